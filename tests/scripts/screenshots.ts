/**
 * `npm run screenshots [-- path …]`: looks at the built site as readers do. Serves dist/ with
 * `astro preview`, then saves full-page PNGs of each path in light and dark at 1280, 768 and 320 px,
 * plus each chart and map figure of the timeline and each entry's locator map, into tests/output/screens/, and reports any page that
 * scrolls sideways. Default paths: the timeline, an entry page, a shared /#link, About and the 404.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { servePreview } from '../support/preview.ts';

const out = fileURLToPath(new URL('../output/screens/', import.meta.url));
const args = process.argv.slice(2);
const paths = args.length
  ? args
  : ['/', '/alliances/nerchinsk-1654-1689/', '/#moscow-state-visit-2023', '/about/', '/corrections/', '/no-such-page/'];

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts` or set CHROMIUM_PATH.');
mkdirSync(out, { recursive: true });

const server = await servePreview();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let sideways = 0;
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 768, 320]) {
      for (const path of paths) {
        // bypassCSP: the page's policy admits only its own hashed styles, and the one added below is not.
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce', bypassCSP: true });
        await page.goto(`${server.origin}${path}`);
        const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'timeline';
        const file = `${out}${name}-${width}-${scheme}.png`;
        const fullPage = !path.includes('#');
        // A full-page picture draws the page beyond the window without scrolling it, so parts that
        // content-visibility: auto skips until the reader nears them (the timeline's charts, map and
        // entries) would come out blank: show them as a reader who scrolled there sees them.
        if (fullPage) await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        await page.screenshot({ path: file, fullPage });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) sideways++;
        console.log(file, overflow > 0 ? `SCROLLS SIDEWAYS by ${overflow}px` : '');
        if (path === '/') {
          const figures = page.locator('.charts figure, .maps figure');
          for (let i = 0; i < (await figures.count()); i++) {
            await figures.nth(i).screenshot({ path: `${out}figure${i + 1}-${width}-${scheme}.png` });
          }
        } else if (await page.locator('.maps figure').count()) {
          await page.locator('.maps figure').first().screenshot({ path: `${out}${name}-map-${width}-${scheme}.png` });
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
if (sideways) process.exitCode = 1;
