/** An unknown path gets the 404 page, which leads back to the timeline and to every entry. */
import { expect, test } from './helpers/worker-page.ts';

test('an unknown path answers 404 with a page that helps the reader back', async ({ page }) => {
  const response = await page.goto('/alliances/no-such-entry/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('main').getByRole('link', { name: 'the timeline' })).toHaveAttribute('href', '/');
  const entries = page.getByRole('main').getByRole('listitem').getByRole('link');
  expect(await entries.count()).toBeGreaterThanOrEqual(2);
  await entries.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/(alliances|events)\/[a-z0-9-]+\/$/);
});

test('a deep unknown path still loads the 404 page\'s styles and links', async ({ page }) => {
  await page.goto('/a/b/c/d');
  // Styles are inlined or linked from the root; a relative link would break this deep down.
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.getByRole('link', { name: 'About this timeline' }).first()).toHaveAttribute('href', '/about/');
});
