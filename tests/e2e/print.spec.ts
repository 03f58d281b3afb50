/**
 * Printing: the timeline page and an entry page, to PDF in Chromium on A4 and US Letter, must carry
 * every title, verdict and source URL, fit the printable width and stay within a page budget.
 */
import { execFileSync } from 'node:child_process';
import { type Page } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { normalise, pdfText, squash } from '../scripts/pdf-text.ts';
import { readEntries, type RawEntry } from '../support/content.ts';

const entries = readEntries();
const FORMATS = [
  // Printable width in CSS px: the paper width less the 16 mm side margins of print.css's @page.
  // A4 31, was 33 (audit 8's 1954–2002 documents had taken it from 32, audit 7's Sun–Joffe text adds a page): the first two pages
  // now hold the charts and the map, which took three, and claim cards split between their parts
  // instead of leaving pages part blank (seen: 31).
  // A4 32, was 31: audit 9's five sources (1643, 1654, 1952, 1953) add a page on top of audit 10's (seen: 32).
  // A4 33, was 32: audit 11's sources for the United Front's second break (Wuhan, July 1927) and the railway contract of
  // 1896, on top of audit 12 at 743a8c4, add a page (seen: 33 in the full suite; Letter stays 34).
  // A4 34, was 33: audit 13's sources for the 1945–55 and 1950–80 entries, on top of audit 14 at 402497a, add a page
  // (seen: 34 in print.spec after the rebase; before it, the full suite passed at 33).
  // A4 35, was 34: audit 18's correction on Aigun's area (two printed lines in the Li–Lobanov corrections, on page 14)
  // pushes the next correction, which is kept whole, to page 15, and the flow after it; the page's closing note then
  // prints alone on page 35 (seen: 35, and 34 on main at cb4b7b2 in the same work tree; Letter stays 36).
  { format: 'A4', widthPx: ((210 - 32) / 25.4) * 96, maxPagesTimeline: 35 },
  // Letter 33, was 32: audit 10's sources for the cessions of 1858–81 add a page (seen: 33; A4 stays 31).
  // Letter 34, was 33: audit 12's sources and corrections (Nerchinsk, 1950–80) with main's 1945 Yalta sources at a1b5e03
  // add a page (seen: 34; the full suite passed at 33 with this audit on top of 3ae1ab3, before 6cf2a93; A4 stays 32).
  // Letter 35, was 34: audit 13's documents for the 1945–55 and 1950–80 entries (seven sources, four corrections) add a
  // page (seen: 35 in the full suite; A4 stays 33).
  // Letter 36, was 35: audit 14's speech of 25 January 1924 (Karakhan) on top of audit 13, as they landed together on
  // main at 34acec7, add a page (seen: 36 on main at 34acec7, and with the Figure 3 tick label on top; A4 stays 34).
  // Letter 37, was 36: audit 19's corrected names (the 1896 and 1945 treaties' Russian titles as their texts bear them,
  // Aigun written 瑷珲 again since 2015: two sources, three short corrections) add a page (seen: 37 in print.spec on
  // top of main at dc54c6e, and 37 still with the new news source's note cut; A4 stays 35).
  { format: 'Letter', widthPx: 8.5 * 96 - (32 / 25.4) * 96, maxPagesTimeline: 37 },
] as const;

/**
 * PDF text breaks URLs across lines and splits ligatures ("fi ve"): compare with all white space
 * removed, in lower case.
 */

/** Occurrences of a verdict word; "accurate" is inside "inaccurate", so that one is taken off. */
function countVerdict(text: string, verdict: string): number {
  const count = (word: string) => squash(text).split(word).length - 1;
  return verdict === 'accurate' ? count('accurate') - count('inaccurate') : count(verdict);
}

function expectEntryOnPaper(text: string, entry: RawEntry) {
  expect(squash(text), `title of ${entry.id}`).toContain(squash(entry.data.title));
  for (const s of entry.data.sources) {
    if (s.url) expect(squash(text), `source URL ${s.url} of ${entry.id}`).toContain(squash(s.url));
  }
}

/** Each claim's verdict is printed next to its quotation (a legend elsewhere cannot stand in for it). */
function expectVerdictsOnPaper(text: string, list: RawEntry[]) {
  const flat = squash(text);
  for (const e of list) {
    for (const c of e.data.claims ?? []) {
      const quote = squash(c.quote).slice(0, 60);
      // The quotation may also stand in the narrative: any printing of it with its verdict beside it will do.
      const places: number[] = [];
      for (let at = flat.indexOf(quote); at >= 0; at = flat.indexOf(quote, at + 1)) places.push(at);
      expect(places.length, `quotation of claim ${c.id} printed`).toBeGreaterThan(0);
      const besideVerdict = places.some(
        (at) => countVerdict(flat.slice(Math.max(0, at - 80), at + quote.length + 80), c.verdict) > 0,
      );
      expect(besideVerdict, `verdict "${c.verdict}" printed beside claim ${c.id}`).toBe(true);
    }
  }
}

async function overflowingElements(page: Page, widthPx: number) {
  await page.setViewportSize({ width: Math.floor(widthPx), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((w) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      // Text kept for screen readers only sits in a 1 px box that clips it (base.css's .visually-hidden,
      // with white-space: nowrap): a run inside it marked lang="ru" is a box as wide as its words, but
      // nothing of it reaches the paper (seen: a source's Russian title in a citation's name, 610–928 px).
      if (el.closest('.visually-hidden, .visually-hidden-focusable:not(:focus)')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > w + 1 || r.left < -1) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} (${Math.round(r.left)}–${Math.round(r.right)})`);
      }
    }
    return out.slice(0, 10);
  }, Math.floor(widthPx));
}

for (const { format, widthPx, maxPagesTimeline } of FORMATS) {
  test.describe(`printing on ${format}`, () => {
    test(`the timeline prints every entry, verdict and source URL within ${maxPagesTimeline} pages`, async ({ page }) => {
      await page.goto('/');
      const caption = await page.locator('figure figcaption').first().textContent();
      const pdf = await pdfText(await page.pdf({ format, preferCSSPageSize: false }));
      const all = pdf.pages.join('\n');
      for (const entry of entries) expectEntryOnPaper(all, entry);
      expectVerdictsOnPaper(all, entries);
      expect(pdf.pages.length).toBeLessThanOrEqual(maxPagesTimeline);
      // The axis (its figure and its end years) is on the first page.
      expect(caption, 'the timeline page has a captioned figure').toBeTruthy();
      const first = normalise(pdf.pages[0]!);
      expect(squash(first)).toContain(squash(caption!).slice(0, 40));
      expect(first).toMatch(/1654/);
      expect(first).toMatch(/2023/);
      // Page furniture: numbers in the margin.
      expect(normalise(pdf.pages.at(-1)!)).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);
      // No screen-only controls on paper.
      expect(all).not.toMatch(/Copy link|Skip to content/);
    });

    test('nothing on the timeline is wider than the printable area', async ({ page }) => {
      await page.goto('/');
      expect(await overflowingElements(page, widthPx)).toEqual([]);
    });

    test('an entry page prints its title, verdicts and source URLs', async ({ page }) => {
      const entry = entries.find((e) => (e.data.claims ?? []).length > 0) ?? entries[0]!;
      await page.goto(`/${entry.collection}/${entry.id}/`);
      const pdf = await pdfText(await page.pdf({ format }));
      const all = pdf.pages.join('\n');
      expectEntryOnPaper(all, entry);
      expectVerdictsOnPaper(all, [entry]);
      expect(pdf.pages.length).toBeLessThanOrEqual(12);
      // No screen-only controls on paper: the way back to the timeline is a link to follow, not to read.
      expect(all).not.toMatch(/Back to the timeline|Copy link|Skip to content/);
      expect(await overflowingElements(page, widthPx)).toEqual([]);
    });
  });
}

/**
 * On paper no gridline of the durations chart (Figure 3) is drawn through a label or a value. On screen
 * a halo in the page's colour (paint-order: stroke) keeps them clear, but Chromium prints that halo as
 * stroked text in a Type 3 font, which poppler's readers and print filters do not draw (seen with
 * pdftoppm: "8 y|ears", "1896–1|900"), so a halo does not count here.
 */
test('on paper no gridline of the durations chart runs through its labels', async ({ page }) => {
  await page.setViewportSize({ width: Math.floor(FORMATS[0].widthPx), height: 1000 });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const crossings = await page.evaluate(() => {
    const chart = document.querySelector('.charts .durations');
    if (!chart || chart.getClientRects().length === 0) return ['the durations chart is not printed'];
    const found: string[] = [];
    for (const grid of chart.querySelectorAll<SVGPathElement>('.grid')) {
      const ctm = grid.getScreenCTM();
      const box = grid.getBoundingClientRect();
      if (!ctm || grid.getClientRects().length === 0 || box.height === 0) continue;
      const xs = [...(grid.getAttribute('d') ?? '').matchAll(/M\s*([\d.]+)/g)].map((m) => ctm.a * Number(m[1]) + ctm.e);
      for (const text of chart.querySelectorAll('text.label, text.value')) {
        const r = text.getBoundingClientRect();
        for (const x of xs) {
          if (x > r.left + 0.5 && x < r.right - 0.5 && box.top < r.bottom && box.bottom > r.top) {
            found.push(`"${(text.textContent ?? '').trim()}" crossed at x = ${Math.round(x)}`);
          }
        }
      }
    }
    return found;
  });
  expect(crossings, 'labels of Figure 3 with a gridline through them on paper').toEqual([]);
});

/**
 * A written-out URL may be broken anywhere to fit a narrow column (a table of places), but its
 * brackets stay with it: a "<" or ">" alone among spaces on a printed line is one cut off from its URL.
 * The page's layout is read with poppler's pdftotext -layout, which keeps each printed line whole.
 */
test.describe('printed URLs keep their brackets', () => {
  const pages = ['/', ...entries.map((e) => `/${e.collection}/${e.id}/`)];
  for (const path of pages) {
    test(`${path}: no bracket of a written-out URL alone on an A4 line`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(path, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4' });
      const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
      const lone = text.split('\n').flatMap((line, i) => (/(^|\s)[<>](\s|$)/.test(line) ? [`line ${i + 1}: ${line.trim()}`] : []));
      expect(lone, `lines of the printed ${path} with a bracket cut off from its URL`).toEqual([]);
    });
  }
});

/**
 * No printed page is left largely blank by a block that would not fit under it (a figure, a card,
 * a heading kept with a long block): on every page but the last, and but one whose next page starts
 * a part that print.css starts on a new page (the chronology), the last line of text reaches at
 * least FULL of the way down the paper. A full page ends near 0.92 (the bottom margin takes the
 * rest); an entry's header pushed to the next page leaves about 0.63; the defects this guards
 * against ended at 0.57 (the Nerchinsk entry's locator map) and 0.60 (the timeline's first page).
 * Every drawing carries text (labels, legend, axis), so a page ending in one counts.
 */
const FULL = 0.62;

async function blankPages(page: Page, path: string, format: 'A4' | 'Letter') {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  // The text each part that starts a page begins with: the page before it may end where it likes.
  const starts = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => getComputedStyle(el).breakBefore === 'page' && el.getClientRects().length > 0)
      .map((el) => (el.textContent ?? '').replace(/\s+/g, '').slice(0, 30).toLowerCase()),
  );
  await page.emulateMedia({ media: null });
  const pdf = await pdfText(await page.pdf({ format }));
  const furniture = squash('Five alliances? Russia and China, 1654–2023');
  return pdf.lowest.flatMap((low, i) => {
    if (i === pdf.lowest.length - 1 || low >= FULL) return [];
    const next = squash(pdf.pages[i + 1]!).replace(furniture, '').slice(0, 120);
    if (starts.some((s) => s && next.includes(s))) return [];
    return [`page ${i + 1} of ${pdf.lowest.length} ends ${Math.round(low * 100)}% of the way down`];
  });
}

test.describe('printed pages are not left largely blank', () => {
  for (const format of ['A4', 'Letter'] as const) {
    // The first page holds the introduction, the axis and the days of March 2023 (it held the axis
    // alone, a third of it blank, when Figure 2 printed at the page's width).
    test(`the timeline's first page on ${format} holds Figures 1 and 2`, async ({ page }) => {
      await page.goto('/');
      const inset = await page.locator('#fig-inset').textContent();
      const pdf = await pdfText(await page.pdf({ format }));
      const first = squash(pdf.pages[0]!);
      expect(first).toContain(squash('Figure 1.'));
      expect(first, 'Figure 2 and its caption on the first page').toContain(squash(inset!).slice(0, 40));
      expect(first, 'the last day of Figure 2 on the first page').toMatch(/wed22mar/);
    });
    test(`the timeline on ${format}`, async ({ page }) => {
      test.setTimeout(90_000);
      expect(await blankPages(page, '/', format)).toEqual([]);
    });
  }
  // Every entry page on both papers: an entry's locator map cannot split, and printed after a long
  // table of places it left a page half blank. With print.css's locator rules taken out, six of these
  // checks failed on the two papers, pages ending 43–57% of the way down (seen 29 November 2026).
  for (const e of entries) {
    test(`${e.collection}/${e.id} on A4`, async ({ page }) => {
      test.setTimeout(60_000);
      expect(await blankPages(page, `/${e.collection}/${e.id}/`, 'A4')).toEqual([]);
    });
    test(`${e.collection}/${e.id} on Letter`, async ({ page }) => {
      test.setTimeout(60_000);
      expect(await blankPages(page, `/${e.collection}/${e.id}/`, 'Letter')).toEqual([]);
    });
  }
});

/**
 * On paper every link a reader may follow says where it goes: an external link by its URL, a link to
 * another page of the site by its absolute address (src/lib/print-urls.ts), a source's number that
 * points to another page by the source's name. Checked on each kind of page, in print media: every
 * printed link that leaves the page has something written after it (or is its own URL), and the
 * footer's "all corrections" prints its address.
 */
const PAGE_TYPES = ['/', `/${entries[0]!.collection}/${entries[0]!.id}/`, '/claims/', '/corrections/', '/about/'];
test.describe('printed links say where they go', () => {
  for (const path of PAGE_TYPES) {
    test(`${path}: every printed link that leaves the page writes out where it goes`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const silent = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .filter((a) => !a.closest('svg') && a.getClientRects().length > 0 && !a.getAttribute('href')!.startsWith('#'))
          .filter((a) => !a.hasAttribute('data-url-text'))
          .filter((a) => ['none', 'normal', '""'].includes(getComputedStyle(a, '::after').content))
          .map((a) => `${(a.textContent ?? '').trim().slice(0, 40)} → ${a.getAttribute('href')}`),
      );
      expect(silent, `links printed on ${path} with no address or name after them`).toEqual([]);
    });
  }

  test('the footer prints the address of all corrections', async ({ page }) => {
    await page.goto(PAGE_TYPES[1]!);
    const address = await page.locator('.site-footer a', { hasText: 'all corrections' }).getAttribute('data-print-url');
    expect(address, 'the link carries its absolute address').toMatch(/^https?:\/\/[^/]+\/(.*\/)?corrections\/$/);
    const pdf = await pdfText(await page.pdf({ format: 'A4' }));
    const last = squash(pdf.pages.at(-1)!).replaceAll('\u2060', '');
    expect(last).toContain(squash(`all corrections <${address}>`));
  });

  test('a source number on the corrections page prints the name of its source', async ({ page }) => {
    await page.goto('/corrections/');
    const ref = page.locator('.source-ref').first();
    const title = await ref.getAttribute('title');
    expect(title, 'a source reference with a name').toBeTruthy();
    const pdf = await pdfText(await page.pdf({ format: 'A4' }));
    // The number the reader sees ("[4]"); the link's name, off screen, does not print.
    const shown = await ref.locator('span[aria-hidden="true"]').textContent();
    expect(squash(pdf.pages.join(' '))).toContain(squash(`${shown} (${title})`));
  });
});
