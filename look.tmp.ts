import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
const origin = 'http://localhost:4731';
const [path = '/alliances/nerchinsk-1654-1689/', sel = '.cite-this', name = 'cite'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 320]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(origin + path);
  await page.locator(sel).first().screenshot({ path: `/tmp/scratch/${name}-${scheme}-${width}.png` });
  console.log(scheme, width, await page.evaluate(() => document.documentElement.scrollWidth - innerWidth));
  await page.close();
}
const page = await browser.newPage();
await page.goto(origin + path);
await page.pdf({ path: `/tmp/scratch/${name}.pdf`, format: 'A4' });
await browser.close();
execFileSync('pdftoppm', ['-png', '-r', '60', `/tmp/scratch/${name}.pdf`, `/tmp/scratch/${name}-print`]);
