/** Serves the built site with `astro preview` on a free port for the whole run. */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { preview } from 'astro';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ has no index.html: run `npm run build` before the end-to-end tests.');
  }
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  process.env.BASE_URL = `http://127.0.0.1:${server.port}`;
  return async () => {
    await server.stop();
  };
}
