/**
 * Screenshots of an entry page, a shared /#<id> link on the timeline and the 404 page, for looking
 * at them as a reader would: light and dark, 1280 and 320 px wide. Usage, against `astro preview`:
 *   node tests/scripts/screenshot-pages.ts http://localhost:4321/ tests/output/screens
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const [url = 'http://localhost:4321/', outDir = 'tests/output/screens'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const shots = [
  { name: 'entry', path: 'alliances/nerchinsk-1654-1689/', full: true },
  { name: 'entry-top', path: 'alliances/nerchinsk-1654-1689/', full: false },
  { name: 'target', path: '#moscow-state-visit-2023', full: false },
  { name: 'not-found', path: 'no-such-page/', full: true },
];
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts` first.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 320]) {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(new URL(shot.path, url).href);
      const file = `${outDir}/${shot.name}-${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: shot.full });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(file, overflow > 0 ? `(scrolls sideways by ${overflow}px!)` : '');
      await page.close();
    }
  }
}
await browser.close();
