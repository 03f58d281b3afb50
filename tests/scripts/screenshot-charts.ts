/**
 * Screenshots of the timeline page's charts, for looking at them as a reader would: light and
 * dark, at 1280, 768 and 320 px wide. Usage, against a running `astro preview`:
 *   node tests/scripts/screenshot-charts.ts http://localhost:4321/ tests/output/screens
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const [url = 'http://localhost:4321/', outDir = 'tests/output/screens'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts` or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 768, 320]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(url);
    const figures = page.locator('.charts figure');
    for (let i = 0; i < (await figures.count()); i++) {
      const path = `${outDir}/figure${i + 1}-${width}-${scheme}.png`;
      await figures.nth(i).screenshot({ path });
      console.log(path);
    }
    console.log(`${width} px ${scheme}: page scrollWidth`, await page.evaluate(() => document.documentElement.scrollWidth));
    await page.close();
  }
}
await browser.close();
