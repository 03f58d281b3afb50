/** Rendered text uses typographic quotes throughout: front-matter values as well as the MDX prose. */
import { expect, test } from '@playwright/test';
import { label, sitePages } from '../support/site.ts';

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} shows no straight quote or apostrophe`, async ({ page }) => {
    await page.goto(sitePage.path);
    const stray = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
      const texts = [document.title, ...(body.textContent ?? '').split('\n')];
      return texts.map((t) => t.trim()).filter((t) => /['"]/.test(t));
    });
    expect(stray, `text with ' or " on ${sitePage.path}`).toEqual([]);
  });
}
