/**
 * The timeline page's entries are skipped while off screen (content-visibility: auto, index.astro),
 * so a load lays out the first screen and not the nine entries. Nothing in an entry may make the
 * browser lay them out all the same. A form field does: once the page has been read, Chromium's
 * autofill reads every input, select and textarea, and for one inside a skipped entry it lays that
 * entry out. With the copy control's hidden fallback field in each entry, that was every entry in one
 * task after the parser ended: about 350 ms of long tasks on issue 13's phone (4× CPU), more than
 * half the page's total. The fallback field is now made by the script when it is needed.
 */
import { expect, test } from '@playwright/test';

test('no form field is on the timeline page when it loads: autofill would lay out every skipped entry', async ({ page }) => {
  await page.goto('/', { waitUntil: 'load' });
  const entries = page.locator('.chronology > li');
  expect(await entries.count(), 'entries on the timeline page').toBeGreaterThan(1);
  // The rule this relies on: the entries are skipped while off screen.
  expect(await entries.first().evaluate((li) => getComputedStyle(li).contentVisibility)).toBe('auto');
  const fields = await page.locator('input, select, textarea').evaluateAll((els) =>
    els.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} in #${el.closest('[id]')?.id ?? '?'}`),
  );
  expect(fields, 'form fields on the timeline page at load').toEqual([]);
});

test('the copy control still offers the link in a field where the clipboard is refused, made only then', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/', { waitUntil: 'load' });
  const article = page.locator('article.entry').nth(1);
  await expect(article.locator('input')).toHaveCount(0);
  await article.getByRole('button', { name: /^Copy link/ }).click();
  const field = article.getByRole('textbox', { name: /^Link to / });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/^http.*\/[a-z0-9-]+\/$/);
  // A second refusal reuses the field rather than adding another.
  await article.getByRole('button', { name: /^Copy link/ }).click();
  await expect(article.locator('input')).toHaveCount(1);
});
