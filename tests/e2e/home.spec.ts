import { expect, test } from './helpers/worker-page.ts';
import { readEntries } from '../support/content.ts';

test('the timeline page shows every entry of content/ as an article, oldest first', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Russia and China');
  const entries = readEntries();
  expect(entries.length).toBeGreaterThanOrEqual(6);
  for (const e of entries) {
    await expect(page.locator(`article#${e.id}`).getByRole('heading', { level: 3 }).first()).toHaveText(e.data.title);
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

/** The page's headings in order, as a screen reader's outline lists them: level, text, and where they are. */
async function outline(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.checkVisibility())
      .map((h) => ({
        level: Number(h.tagName.slice(1)),
        text: (h.textContent ?? '').trim().replace(/\s+/g, ' '),
        inChronology: !!h.closest('.chronology'),
        entryTitle: h.classList.contains('entry-title'),
      })),
  );
}

test('the outline files every entry under "The chronology", its parts under its title', async ({ page }) => {
  await page.goto('/');
  const headings = await outline(page);
  const chronology = headings.findIndex((h) => h.text === 'The chronology');
  expect(headings[chronology]?.level, 'The chronology is an h2').toBe(2);
  const inside = headings.filter((h) => h.inChronology);
  expect(inside.length).toBeGreaterThan(readEntries().length);
  // Everything in the chronology comes after its heading, one level down or more.
  expect(headings.findIndex((h) => h.inChronology)).toBe(chronology + 1);
  expect(inside.filter((h) => h.entryTitle).map((h) => h.level)).toEqual(readEntries().map(() => 3));
  // An entry's parts (milestones, its text's headings, claims, sources, corrections) are h4, a claim's labels h5.
  expect(inside.filter((h) => !h.entryTitle && h.level < 4).map((h) => `h${h.level} ${h.text}`)).toEqual([]);
  expect(inside.filter((h) => h.text === 'How it began').map((h) => h.level)).toContain(4);
  expect(inside.filter((h) => h.text === 'The record').every((h) => h.level === 5)).toBe(true);
  const skipped = headings.filter((h, i) => i > 0 && h.level > headings[i - 1]!.level + 1).map((h) => `h${h.level} ${h.text}`);
  expect(skipped).toEqual([]);
});
