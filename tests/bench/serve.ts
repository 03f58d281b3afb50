/**
 * A tiny static file server for the benchmark: one origin, several folders mounted under path
 * prefixes, gzip for text as static hosts send it, so both pages are measured the same way.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface Mount {
  /** URL prefix, with slashes at both ends ("/", "/timelinejs/"). */
  prefix: string;
  /** Folder served under it. */
  dir: string;
}

/** Starts the server on a free port of 127.0.0.1; resolves with its origin and a way to stop it. */
export async function serve(mounts: Mount[]): Promise<{ origin: string; close: () => Promise<void> }> {
  // Longest prefix first, so "/timelinejs/" wins over "/".
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const mount = ordered.find((m) => url.pathname.startsWith(m.prefix));
    let file = mount ? join(mount.dir, normalize(decodeURIComponent(url.pathname.slice(mount.prefix.length)))) : '';
    if (mount && !file.startsWith(mount.dir)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body = readFileSync(file);
    // What a static host sends for a page (Netlify's default): the browser may keep the file but must
    // ask again. Not no-store, which would also keep a page out of the back/forward cache and make
    // Lighthouse's bf-cache audit blame the site for the bench's server. Each load is still cold: the
    // comparison opens a new browser context with the cache disabled, and Lighthouse clears the cache.
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'public, max-age=0, must-revalidate' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
