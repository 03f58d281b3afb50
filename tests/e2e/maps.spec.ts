/**
 * The maps as readers meet them: the home page's map and every entry's locator are there at each
 * width, every place drawn links to its row, every row links to the entries told at that place, each
 * drawing stays within its weight, nothing scrolls sideways, and the printed pages carry the map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { readEntries, readPlaces } from '../support/content.ts';
import { normalise, pdfPaint, pdfText, squash } from '../scripts/pdf-text.ts';
import { distDir } from '../support/site.ts';
import { mapDrawingsGzip } from '../bench/weight.ts';
import { onFrontierMap } from '../../src/lib/map/layout.ts';

const entries = readEntries();
const allPlaces = readPlaces();
const isOnFrontier = (p: (typeof allPlaces)[number]) => onFrontierMap({ id: p.id, name: p.data.label, lat: p.data.lat, lon: p.data.lon });
/** The home map's places: the frontier's, and Moscow in its inset. */
const places = allPlaces.filter(isOnFrontier);
/** Places beyond the frontier, mapped only on their entries' locators. */
const farPlaces = allPlaces.filter((p) => !isOnFrontier(p));
type Milestone = { id: string; places?: string[] };
const placesOf = (e: (typeof entries)[number]) => [
  ...new Set([...((e.data.places as string[] | undefined) ?? []), ...((e.data.milestones ?? []) as Milestone[]).flatMap((m) => m.places ?? [])]),
];
const withPlaces = entries.filter((e) => placesOf(e).length > 0);

/** The drawing on show (the other size is display:none). */
const visibleMap = (page: Page, figure: string) => page.locator(`${figure} svg.map-svg:visible`);

test('content names places, so the maps have something to show; every place beyond the frontier is named by an entry', () => {
  expect(withPlaces.length).toBeGreaterThan(0);
  expect(farPlaces.length).toBeGreaterThan(0);
  // The home map shows the frontier's places whether or not an entry names them (Khabarovsk, for
  // orientation); a place beyond it appears only on the locators of the entries that name it.
  for (const p of farPlaces) expect(withPlaces.some((e) => placesOf(e).includes(p.id)), `content/places/${p.id}.yaml is named by no entry`).toBe(true);
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
      await expect(link.locator('text.map-label')).toHaveText(label!.replace(/ \(inset\)$/, ''));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  });

  test(`at ${width} px following a place on the home map brings its row into view and marks it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const link = visibleMap(page, '#map-frontier').locator('a.map-place').first();
    const id = await link.getAttribute('data-place');
    await link.click();
    const row = page.locator(`#place-${id}`);
    await expect(row).toBeInViewport();
    await expect(row).toBeVisible();
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
  });
}

test('the home table lists every place of the frontier, and links it to each entry told there', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: /Places on the map/ });
  await expect(table.locator('tbody tr')).toHaveCount(places.length);
  // The places further afield are left to their entries' locators, and the caption says so.
  for (const p of farPlaces) await expect(table.locator(`#place-${p.id}`)).toHaveCount(0);
  await expect(page.locator('#map-frontier figcaption')).toContainText('Places further afield are mapped on their entries’ pages');
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
    // A place no entry names says so in a word: a dash alone is read out as "em dash", or not at all.
    if (!entries.some((x) => placesOf(x).includes(p.id))) await expect(row.locator('td').last()).toHaveText('None');
  }
});

test('historical lines are described, not drawn: no map claims a course that no cited source gives', async ({ page }) => {
  await page.goto('/');
  const caption = page.locator('#map-frontier figcaption');
  for (const line of ['The 1689 line beyond the Argun', 'the route of the Chinese Eastern Railway', 'the leased territory on the Liaodong peninsula']) {
    await expect(caption).toContainText(line);
  }
  await expect(caption).toContainText('are not drawn: the sources cited on this site name them but do not give their course');
  // Every line on every map is a border of today, from the atlas: none is labelled approximate or historical.
  for (const path of ['/', ...withPlaces.map((e) => `/${e.collection}/${e.id}/`)]) {
    await page.goto(path);
    const svgText = (await page.locator('svg.map-svg').allTextContents()).join(' ');
    expect(svgText, path).not.toMatch(/approximate|1689|railway|leased/i);
    // The only paths besides land, today's borders and the outlines of areas are the scale bars.
    const other = page.locator('svg.map-svg path:not(.map-land):not(.map-border):not(.map-region)');
    expect(await other.count(), path).toBe(await page.locator('svg.map-svg .map-scale path').count());
  }
});

test('the home map names Lake Baikal, which it does not draw, and its caption says lakes are not drawn', async ({ page }) => {
  await page.goto('/');
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(visibleMap(page, '#map-frontier').locator('text.map-lake')).toHaveText('Lake Baikal');
  }
  await expect(page.locator('#map-frontier figcaption')).toContainText('Lakes are not drawn; Lake Baikal is named where it lies');
});

for (const e of withPlaces) {
  const own = placesOf(e);
  const far = own.some((id) => farPlaces.some((p) => p.id === id));
  test(`the page of ${e.id} has a locator naming its places, each linked to what happened there`, async ({ page }) => {
    await page.goto(`/${e.collection}/${e.id}/`);
    const figure = page.locator('#map-locator');
    await expect(figure).toBeVisible();
    const drawn = await visibleMap(page, '#map-locator')
      .locator('a.map-place')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-place')));
    expect(drawn.sort()).toEqual([...own].sort());
    // Each name drawn is its place's label, and nothing else is named on a locator from Europe to East Asia.
    for (const id of drawn) {
      const label = allPlaces.find((p) => p.id === id)!.data.label;
      await expect(visibleMap(page, '#map-locator').locator(`a[data-place="${id}"] text.map-label`)).toHaveText(label);
    }
    // A place beyond the frontier puts the locator on the base from Europe to East Asia, outlining the frontier.
    await expect(figure.locator('figcaption')).toContainText(far ? 'on today’s map from Europe to East Asia' : 'on today’s map of the frontier');
    await expect(visibleMap(page, '#map-locator').locator('.map-inset')).toHaveCount(far ? 0 : 1);
    await expect(visibleMap(page, '#map-locator').locator('path.map-region')).toHaveCount(1);
    await expect(figure.locator('.map-legend')).toContainText(far ? 'Outline: the area of the frontier map' : 'Inset: the area of the main map');
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

test('printed, the links stacked in a cell of a table of places stand apart', async ({ page }) => {
  // An entry's link wraps in the narrow column: unless the space between two entries is wider than
  // the space between the lines of one, two entries read as one run of text.
  await page.emulateMedia({ media: 'print' });
  // A4's width at 96 px to the inch, as page.pdf lays the page out.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('/');
  const { between, within } = await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
    }
    const lines = (a: Element) => [...a.getClientRects()].filter((r) => r.width > 0);
    const between: number[] = [];
    const within: number[] = [];
    for (const li of document.querySelectorAll('.map-places-table li')) {
      const own = lines(li.querySelector('a')!);
      for (let i = 1; i < own.length; i++) within.push(own[i]!.top - own[i - 1]!.bottom);
      const prev = li.previousElementSibling?.querySelector('a');
      if (prev) between.push(own[0]!.top - lines(prev).at(-1)!.bottom);
    }
    return { between, within };
  });
  expect(between.length, 'cells that list several entries').toBeGreaterThan(0);
  expect(within.length, 'links that wrap').toBeGreaterThan(0);
  expect(Math.min(...between) - Math.max(...within), 'the space between two entries less that within one, in px').toBeGreaterThanOrEqual(4);
});

const isFar = (e: (typeof entries)[number]) => placesOf(e).some((id) => farPlaces.some((p) => p.id === id));
for (const e of [withPlaces.find((x) => !isFar(x))!, withPlaces.find(isFar)!]) {
  test(`the printed page of ${e.id} shows its locator after the story and before the claims, with its names and the legend`, async ({ page }) => {
    await page.goto(`/${e.collection}/${e.id}/`);
    const pdf = await pdfText(await page.pdf({ format: 'A4' }));
    const pages = pdf.pages.map((p) => squash(normalise(p)));
    const find = (text: string) => pages.findIndex((p) => p.includes(squash(text)));
    // On paper the table of places comes first and the map, which cannot split, after it (print.css):
    // the section's heading and the map's legend may fall on two pages, in that order.
    const heading = find('Where it happened');
    const at = find('Other borders today');
    const story = find('Milestones');
    const claims = find('The article’s claims against the record');
    expect(heading, 'the page where the locator section begins').toBeGreaterThanOrEqual(0);
    expect(at, 'the page with the locator map').toBeGreaterThanOrEqual(heading);
    expect(story, 'the page where the story begins').toBeGreaterThanOrEqual(0);
    expect(heading).toBeGreaterThanOrEqual(story);
    expect(claims, 'the page where the claims begin').toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThanOrEqual(claims);
    // The drawing's names are on that page: the figure is never split from its caption and legend.
    for (const id of placesOf(e)) {
      const label = allPlaces.find((p) => p.id === id)!.data.label;
      expect(pages[at], label).toContain(squash(label));
    }
  });
}

/**
 * In a table of places a coordinate's number and its hemisphere are read as one: "116.59° E" may not
 * end a line with "116.59°" and start the next with a lone "E" (seen at 1280 px, where the home table's
 * coordinates column is narrow). A line may break after the comma, between latitude and longitude.
 */
for (const width of [1280, 768, 320]) {
  test(`at ${width} px no coordinate in a table of places leaves its N, S, E or W alone on a line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const paths = ['/', ...withPlaces.map((e) => `/${e.collection}/${e.id}/`)];
    let checked = 0;
    for (const path of paths) {
      await page.goto(path);
      const result = await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
        }
        const found: string[] = [];
        let values = 0;
        for (const cell of document.querySelectorAll('.map-places-table td a')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? '').matchAll(/\d+(?:\.\d+)?°\s[NSEW]/g)) {
              values++;
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
              if (lines.size > 1) found.push(m[0]);
            }
          }
        }
        return { values, found };
      });
      checked += result.values;
      expect(result.found, `coordinates split from their hemisphere on ${path} at ${width} px`).toEqual([]);
    }
    expect(checked, 'coordinates read in the tables of places').toBeGreaterThan(10);
  });
}

/**
 * A place's former names: where the same name is given in simplified and traditional characters with
 * one note ("爱辉 / 愛輝 (the characters from 1956 to 2015)"), the note is said once, as the place's present
 * names are given ("瑷珲 / 璦琿"), not once after each form.
 */
test('no place’s former names repeat a note for two forms of one name', async ({ page }) => {
  const paths = ['/', ...withPlaces.map((e) => `/${e.collection}/${e.id}/`)];
  let lines = 0;
  for (const path of paths) {
    await page.goto(path);
    const thens = await page.locator('.map-places-table .place-names').filter({ hasText: /^\s*Then:/ }).allTextContents();
    for (const then of thens) {
      lines++;
      const notes = [...then.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!);
      expect(notes.filter((n, i) => notes.indexOf(n) !== i), `${path}: "${then.trim()}"`).toEqual([]);
    }
  }
  expect(lines, 'lines of former names read').toBeGreaterThan(3);
});

/**
 * On paper a map's names keep clear of the lines under them in every reader. Their halo was a stroke
 * under the text (paint-order), which Chromium writes into the PDF as stroked text in a Type 3 font;
 * poppler (Evince, Okular, pdftoppm, the CUPS filters that print on Linux) leaves those strokes out at
 * screen resolutions (seen with pdftoppm and pdftocairo at 80 and 150 dpi: borders ran through
 * "Zhenbao (Damansky)" and "Albazin"; drawn at 300 dpi). Printed, no name is Type 3 text, and the map's
 * page paints a picture for each name, its halo: a copy of the name under it, widened by a filter.
 * On the timeline the durations chart (Figure 3), on the same page, is stroked text of its own: a
 * name it also writes ("Nerchinsk") is not looked for there.
 */
for (const path of ['/', ...withPlaces.map((e) => `/${e.collection}/${e.id}/`)]) {
  test(`printed, ${path}: every name on the map has a halo that poppler draws`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const { names, unhaloed, figure3 } = await page.evaluate(() => {
      const svg = document.querySelector('.maps .map-svg.variant-wide')!;
      const names: string[] = [];
      const unhaloed: string[] = [];
      for (const t of svg.querySelectorAll<SVGTextElement>('text:not(.map-halo)')) {
        if (t.getClientRects().length === 0) continue;
        const name = (t.textContent ?? '').trim();
        names.push(name);
        const halo = t.previousElementSibling;
        const filter = halo?.getAttribute('filter')?.match(/^url\(#(.+)\)$/)?.[1];
        const ok =
          halo instanceof SVGTextElement &&
          halo.classList.contains('map-halo') &&
          halo.textContent === t.textContent &&
          halo.getAttribute('x') === t.getAttribute('x') &&
          halo.getAttribute('y') === t.getAttribute('y') &&
          halo.getClientRects().length > 0 &&
          !!filter && !!svg.querySelector(`filter[id="${filter}"] feMorphology[operator="dilate"]`);
        if (!ok) unhaloed.push(name);
      }
      const figure3 = [...document.querySelectorAll('.charts .durations text')].map((t) => t.textContent ?? '').join(' ');
      return { names, unhaloed, figure3 };
    });
    expect(names.length, 'names printed on the map').toBeGreaterThan(0);
    expect(unhaloed, 'names printed with no halo under them').toEqual([]);

    const data = await page.pdf({ format: 'A4' });
    const pages = (await pdfText(data)).pages.map((p) => squash(normalise(p)));
    const at = pages.findIndex((p) => p.includes(squash('Other borders today')));
    expect(at, 'the page with the map').toBeGreaterThanOrEqual(0);
    const paint = await pdfPaint(data);
    const stroked = squash(paint.type3[at]!.join(''));
    const strokedNames = names.filter((n) => !squash(figure3).includes(squash(n)) && stroked.includes(squash(n)));
    expect(strokedNames, 'names printed as stroked (Type 3) text').toEqual([]);
    expect(paint.images[at], 'pictures on the map page: a halo for each name').toBeGreaterThanOrEqual(names.length);
  });
}
