/** Serves the built site with `astro preview` on a free port for the whole run, as BASE_URL. */
import { servePreview } from '../support/preview.ts';

export default async function globalSetup() {
  const server = await servePreview();
  process.env.BASE_URL = server.origin;
  return server.stop;
}
