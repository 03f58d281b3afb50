/**
 * Rendered text uses typographic quotes throughout: front-matter values as well as the MDX prose; and no
 * sentence ends twice (a reference list adding its full stop after a title that ends in "?").
 */
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

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} ends no sentence twice ("?." or "!.")`, async ({ page }) => {
    await page.goto(sitePage.path);
    const doubled = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
      // URLs written out may hold anything: leave them out.
      body.querySelectorAll('a[data-url-text]').forEach((el) => el.remove());
      return [...(body.textContent ?? '').matchAll(/.{0,40}[?!][\u2019\u201d]?\..{0,20}/g)].map((m) => m[0]);
    });
    expect(doubled, `text with "?." or "!." on ${sitePage.path}`).toEqual([]);
  });
}
