/**
 * The maps as readers meet them: the home page's map and every entry's locator are there at each
 * width, every place drawn links to its row, every row links to the entries told at that place, each
 * drawing stays within its weight, nothing scrolls sideways, and the printed pages carry the map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readEntries, readPlaces } from '../support/content.ts';
import { normalise, pdfText } from '../scripts/pdf-text.ts';
import { distDir } from '../support/site.ts';
import { mapDrawingsGzip } from '../bench/weight.ts';

const entries = readEntries();
const places = readPlaces();
type Milestone = { id: string; places?: string[] };
const placesOf = (e: (typeof entries)[number]) => [
  ...new Set([...((e.data.places as string[] | undefined) ?? []), ...((e.data.milestones ?? []) as Milestone[]).flatMap((m) => m.places ?? [])]),
];
const withPlaces = entries.filter((e) => placesOf(e).length > 0);
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The drawing on show (the other size is display:none). */
const visibleMap = (page: Page, figure: string) => page.locator(`${figure} svg.map-svg:visible`);

test('content names places, so the maps have something to show', () => {
  expect(withPlaces.length).toBeGreaterThan(0);
});

for (const width of [1280, 320]) {
  test(`at ${width} px the home map names every place of the timeline and each links to its row`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const figure = page.getByRole('figure', { name: /Figure 4/ });
    await expect(figure).toBeVisible();
    await expect(visibleMap(page, '#map-frontier')).toHaveCount(1);
    const links = visibleMap(page, '#map-frontier').locator('a.map-place');
    // Every place is drawn (Moscow in the inset), with its name as the link's name.
    const drawn = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-place')));
    const inset = await visibleMap(page, '#map-frontier').locator('.map-inset-place').count();
    expect(drawn.length + inset).toBeGreaterThanOrEqual(places.length);
    for (const id of drawn) {
      const link = figure.locator(`svg:visible a[data-place="${id}"]`);
      await expect(link).toHaveAttribute('href', `#place-${id}`);
      await expect(page.locator(`#place-${id}`)).toHaveCount(1);
      const label = await link.getAttribute('aria-label');
      await expect(link.locator('text')).toHaveText(label!.replace(/ \(inset\)$/, ''));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  });
}

test('the home table lists every place and links it to each entry told there', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: /Places on the map/ });
  await expect(table.locator('tbody tr')).toHaveCount(places.length);
  for (const p of places) {
    const row = table.locator(`#place-${p.id}`);
    await expect(row.getByRole('rowheader')).toContainText(p.data.label);
    for (const e of entries.filter((x) => placesOf(x).includes(p.id))) {
      await expect(row.locator(`a[href="#${e.id}"]`), `${p.id} → ${e.id}`).toHaveCount(1);
      await expect(page.locator(`article#${e.id}`)).toHaveCount(1);
    }
    // Names shown in Chinese or Russian carry their language.
    await expect(row.locator('[lang="ru"]').first()).toBeAttached();
    await expect(row.locator('[lang="zh-Hans"]').first()).toBeAttached();
  }
});

for (const e of withPlaces) {
  test(`the page of ${e.id} has a locator naming its places, each linked to what happened there`, async ({ page }) => {
    await page.goto(`/${e.collection}/${e.id}/`);
    const figure = page.locator('#map-locator');
    await expect(figure).toBeVisible();
    const own = placesOf(e);
    const drawn = await visibleMap(page, '#map-locator')
      .locator('a.map-place')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-place')));
    expect(drawn.sort()).toEqual([...own].sort());
    const table = page.locator('#map-locator-places');
    await expect(table.locator('tbody tr')).toHaveCount(own.length);
    for (const id of own) {
      const row = table.locator(`#place-${id}`);
      const milestones = ((e.data.milestones ?? []) as Milestone[]).filter((m) => m.places?.includes(id));
      for (const m of milestones) {
        await expect(row.locator(`a[href="#${m.id}"]`)).toHaveCount(1);
        await expect(page.locator(`li#${m.id}`)).toHaveCount(1);
      }
      if (!milestones.length) await expect(row.locator(`a[href="#${e.id}"]`)).toHaveCount(1);
    }
  });
}

for (const e of entries.filter((x) => placesOf(x).length === 0)) {
  test(`${e.id} names no place and has no locator`, async ({ page }) => {
    await page.goto(`/${e.collection}/${e.id}/`);
    await expect(page.locator('#map-locator')).toHaveCount(0);
  });
}

test('each map drawing weighs at most 8 KB gzipped, and the home page’s maps 15 KB together', () => {
  const drawings = (file: string) => mapDrawingsGzip(readFileSync(file, 'utf8'));
  const home = drawings(join(distDir, 'index.html'));
  expect(home.length).toBe(2);
  for (const w of home) expect(w).toBeLessThanOrEqual(8 * 1024);
  expect(home.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(15 * 1024);
  for (const e of withPlaces) {
    for (const w of drawings(join(distDir, e.collection, e.id, 'index.html'))) expect(w, e.id).toBeLessThanOrEqual(8 * 1024);
  }
});

test('the printed timeline shows the map after the charts and before the chronology', async ({ page }) => {
  await page.goto('/');
  const pdf = await pdfText(await page.pdf({ format: 'A4' }));
  const pages = pdf.pages.map((p) => squash(normalise(p)));
  const map = pages.findIndex((p) => p.includes(squash('Figure 4.')) && p.includes('portarthur'));
  // Entries' full titles are printed only in the chronology: its first page is the first that holds one.
  const chronology = Math.min(...entries.map((e) => pages.findIndex((p) => p.includes(squash(e.data.title).slice(0, 40)))).filter((i) => i >= 0));
  expect(map, 'a page with Figure 4 and its place names').toBeGreaterThanOrEqual(0);
  expect(map).toBeLessThan(chronology);
  expect(pages[map]).toContain(squash('China–Russia border today'));
});

test('a printed entry page shows its locator on the first pages, with the legend', async ({ page }) => {
  const e = withPlaces[0]!;
  await page.goto(`/${e.collection}/${e.id}/`);
  const pdf = await pdfText(await page.pdf({ format: 'A4' }));
  const pages = pdf.pages.map((p) => squash(normalise(p)));
  const at = pages.findIndex((p) => p.includes(squash('Where it happened')));
  expect(at).toBeGreaterThanOrEqual(0);
  expect(at).toBeLessThanOrEqual(1);
  expect(pages[at]).toContain(squash('Other borders today'));
});
