/**
 * The About page tells the truth about its sources: a cited work that could not be read here is
 * named as such in "How the claims were checked", and marked in the bibliography.
 */
import { expect, test } from './helpers/worker-page.ts';
import { readEntries } from '../support/content.ts';
import { isUnread } from '../../src/lib/bibliography';
import { typographic } from '../../src/lib/typography';

const unread = readEntries().flatMap((e) => (e.data.sources as { title: string; note?: string }[]).filter(isUnread));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('content/ marks some sources as not read, so there is something to check', () => {
  expect(unread.length).toBeGreaterThan(0);
});

test('the method names every source that could not be read, and the bibliography marks each', async ({ page }) => {
  await page.goto('/about/');
  const method = squash(await page.locator('h2:text-is("How the claims were checked") + p').textContent() ?? '');
  const items = (await page.locator('ul.bibliography > li').allTextContents()).map(squash);
  for (const s of unread) {
    const title = squash(typographic(s.title));
    expect(method, s.title).toContain(title);
    const item = items.find((i) => i.includes(title));
    expect(item, s.title).toBeDefined();
    expect(item).toContain('Not read here.');
  }
  // And no other work is said to be unread.
  expect(items.filter((i) => i.includes('Not read here.'))).toHaveLength(new Set(unread.map((s) => s.title)).size);
});
