/**
 * One CSS bundle: a page asks for at most two stylesheets (the site's bundle, and the CJK font's
 * @font-face where the page shows Chinese). Where component CSS goes is said in src/styles/layers.css.
 */
import { expect, test } from '@playwright/test';
import { label, sitePages } from '../support/site.ts';

const MAX_STYLESHEETS = 2;

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} requests at most ${MAX_STYLESHEETS} stylesheets`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'stylesheet') requested.push(new URL(r.url()).pathname);
    });
    await page.goto(sitePage.path, { waitUntil: 'load' });
    const linked = await page.locator('link[rel~="stylesheet"]').evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
    expect(linked.length, `<link rel="stylesheet"> on ${sitePage.path}: ${linked.join(', ')}`).toBeLessThanOrEqual(MAX_STYLESHEETS);
    expect(requested.length, `stylesheet requests on ${sitePage.path}: ${requested.join(', ')}`).toBeLessThanOrEqual(MAX_STYLESHEETS);
  });
}
