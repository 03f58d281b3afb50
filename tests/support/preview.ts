/** Serves the built site (dist/, or OUT_DIR) with `astro preview` on a port the OS says is free, for tests and scripts. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { preview } from 'astro';
import { distDir, root } from './site.ts';

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

/** Starts `astro preview` on dist/; resolves with its origin and a function that stops it. */
export async function servePreview(): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`${relative(root, distDir)}/ has no index.html: run \`npm run build\` first.`);
  }
  const port = await freePort();
  const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
