import { expect, test } from '@playwright/test';
import { readEntries } from '../support/content.ts';

test('the timeline page shows every entry of content/ as an article, oldest first', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Russia and China');
  const entries = readEntries();
  expect(entries.length).toBeGreaterThanOrEqual(6);
  for (const e of entries) {
    await expect(page.locator(`article#${e.id}`).getByRole('heading', { level: 2 }).first()).toHaveText(e.data.title);
  }
  // Chronological order: the first alliance the article counts comes first, the meeting it is about last.
  const ids = await page.locator('ol.chronology > li > article').evaluateAll((els) => els.map((el) => el.id));
  expect(ids).toHaveLength(entries.length);
  expect(ids[0]).toBe(entries.find((e) => e.data.ordinal === 1)!.id);
  expect(ids.at(-1)).toBe(entries.find((e) => e.data.kind === 'meeting')!.id);
});

test('each corrected entry on the timeline page shows its Corrections, anchored at #<id>-corrections', async ({ page }) => {
  await page.goto('/');
  const corrected = readEntries().filter((e) => Array.isArray(e.data['corrections']) && (e.data['corrections'] as unknown[]).length > 0);
  expect(corrected.length).toBeGreaterThan(0);
  for (const e of corrected) {
    const section = page.locator(`article#${e.id} section#${e.id}-corrections`);
    await expect(section.getByRole('heading', { name: 'Corrections' })).toHaveCount(1);
    await expect(section.locator('li')).toHaveCount((e.data['corrections'] as unknown[]).length);
  }
});

for (const width of [320, 1280]) {
  test(`at ${width} px every number of an entry's numbered lists fits inside the entry, which clips what overflows it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    // Each chronology entry has content-visibility: auto, so paint containment: a list number that
    // sticks out past the entry's edge loses its first digit ("10." drawn as "0.").
    const cut = await page.evaluate(() => {
      const found: string[] = [];
      for (const ol of document.querySelectorAll<HTMLOListElement>('.chronology > li ol')) {
        const items = ol.querySelectorAll<HTMLLIElement>(':scope > li');
        const last = items[items.length - 1];
        if (!last || getComputedStyle(last).listStylePosition !== 'outside' || getComputedStyle(last).listStyleType === 'none') continue;
        // The widest number is the last one; the marker is the number, a full stop and a space.
        const probe = document.createElement('span');
        probe.textContent = `${items.length}. `;
        probe.style.cssText = `font: ${getComputedStyle(last).font}; white-space: pre; position: absolute; visibility: hidden`;
        last.append(probe);
        const marker = probe.getBoundingClientRect().width;
        probe.remove();
        const edge = ol.closest('.chronology > li')!.getBoundingClientRect().left;
        const room = last.getBoundingClientRect().left - edge;
        if (marker > room) found.push(`${ol.closest('article')?.id} ${ol.parentElement?.className}: "${items.length}. " is ${marker.toFixed(1)} px, room ${room.toFixed(1)} px`);
      }
      return found;
    });
    expect(cut).toEqual([]);
  });
}
