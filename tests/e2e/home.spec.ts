import { expect, test } from '@playwright/test';

test('the timeline page lists every entry from content/ as an article', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Russia and China');
  await expect(page.locator('article#moscow-state-visit-2023 h2')).toContainText('Moscow');
  await expect(page.locator('article#nerchinsk-1654-1689 h2')).toContainText('Nerchinsk');
});
