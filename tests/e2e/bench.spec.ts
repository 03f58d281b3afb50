/**
 * The benchmark's "first entry visible" probe (tests/bench/compare.ts, observe), run in Chromium on
 * small pages: it must report a time only once the element is in the viewport, shown, and not waiting
 * for its font, or the comparison with TimelineJS measures something else.
 */
import { expect, test, type Page } from '@playwright/test';
import { observe } from '../bench/compare.ts';

const ORIGIN = 'http://probe.invalid';

/** Serves `body` as the page at ORIGIN/ (nothing leaves the browser), with the probe waiting for `#target`. */
async function open(page: Page, body: string, font?: (route: import('@playwright/test').Route) => Promise<void>): Promise<void> {
  await page.route(`${ORIGIN}/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><title>probe</title></head><body>${body}</body></html>` }),
  );
  await page.route(`${ORIGIN}/font.woff2`, font ?? ((route) => route.fulfill({ status: 404, body: '' })));
  await page.addInitScript(observe, '#target');
  await page.goto(`${ORIGIN}/`, { waitUntil: 'domcontentloaded' });
}

const firstVisible = (page: Page) => page.evaluate(() => (window as unknown as { __perf: { firstVisible: number } }).__perf.firstVisible);
/** Lets the probe see a few frames. */
const frames = (page: Page, n = 10) =>
  page.evaluate((count) => new Promise<void>((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);

test.describe('bench: first entry visible probe', () => {
  test('reports a time for a heading painted in the viewport', async ({ page }) => {
    await open(page, '<h2 id="target">The first entry</h2>');
    await expect.poll(() => firstVisible(page)).toBeGreaterThan(0);
  });

  test('waits while the heading is below the first screen, and reports once it is scrolled into view', async ({ page }) => {
    await open(page, '<div style="height: 5000px"></div><h2 id="target">The first entry</h2>');
    await frames(page);
    expect(await firstVisible(page)).toBeNaN();
    await page.locator('#target').scrollIntoViewIfNeeded();
    await expect.poll(() => firstVisible(page)).toBeGreaterThan(0);
  });

  for (const [what, style] of [
    ['transparent', 'opacity: 0'],
    ['hidden', 'visibility: hidden'],
    ['empty', ''],
  ] as const) {
    test(`reports nothing for a heading that is ${what}`, async ({ page }) => {
      await open(page, `<h2 id="target" style="${style}">${what === 'empty' ? ' ' : 'The first entry'}</h2>`);
      await frames(page);
      expect(await firstVisible(page)).toBeNaN();
    });
  }

  test('waits for a web font that is still loading, and counts a font that failed as shown in the fallback', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const css = '<style>@font-face { font-family: Probe; src: url(/font.woff2) format("woff2"); font-display: block; } #target { font-family: Probe, serif; }</style>';
    await open(page, `${css}<h2 id="target">The first entry</h2>`, async (route) => {
      await held;
      await route.fulfill({ status: 404, body: '' });
    });
    await frames(page);
    expect(await firstVisible(page)).toBeNaN();
    release();
    await expect.poll(() => firstVisible(page)).toBeGreaterThan(0);
  });
});
