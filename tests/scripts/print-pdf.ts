/**
 * `npm run print:pdf [-- /path/]`: prints the built timeline page (or the page at /path/) to
 * tests/output/print/<name>-{a4,letter}.pdf in Chromium, and turns every page of both PDFs into PNGs
 * with pdftoppm (poppler-utils) so a person can look at the result. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { servePreview } from '../support/preview.ts';

const out = fileURLToPath(new URL('../output/print/', import.meta.url));
const path = process.argv[2] ?? '/';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts`.');
mkdirSync(out, { recursive: true });

const server = await servePreview();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  const name = path === '/' ? 'timeline' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
  for (const format of ['A4', 'Letter'] as const) {
    const file = `${out}${name}-${format.toLowerCase()}.pdf`;
    writeFileSync(file, await page.pdf({ format, preferCSSPageSize: true, printBackground: false }));
    console.log(`wrote ${file}`);
  }
  try {
    for (const format of ['a4', 'letter']) {
      const prefix = `${out}${name}-${format}-page`;
      execFileSync('pdftoppm', ['-png', '-r', '80', `${out}${name}-${format}.pdf`, prefix]);
      console.log(`wrote ${prefix}-*.png (every page, 80 dpi)`);
    }
  } catch {
    console.log('pdftoppm not found: install poppler-utils (apt-get install -y poppler-utils) for PNG pages.');
  }
} finally {
  await browser.close();
  await server.stop();
}
