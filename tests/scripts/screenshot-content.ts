/**
 * Screenshots of the built content for a human look: light, dark and 320 px wide.
 * Usage: node tests/scripts/screenshot-content.ts [path=/] [selector] (after `npx astro build`).
 * Writes PNGs to tests/output/screens/.
 */
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const out = fileURLToPath(new URL('../output/screens/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };

const server = createServer(async (req, res) => {
  let path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!));
  if (path.endsWith('/')) path += 'index.html';
  try {
    const body = await readFile(join(dist, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as { port: number };

const [path = '/', selector] = process.argv.slice(2);
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts` or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
await mkdir(out, { recursive: true });
const name = (path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home') + (selector ? `-${selector.replace(/\W+/g, '')}` : '');
for (const [mode, width, scheme] of [
  ['light', 1100, 'light'],
  ['dark', 1100, 'dark'],
  ['narrow', 320, 'light'],
] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  const file = join(out, `${name}-${mode}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  console.log(file, overflow ? 'HORIZONTAL OVERFLOW' : '');
  await page.close();
}
await browser.close();
server.close();
