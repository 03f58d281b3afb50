/**
 * Printing: the timeline page and an entry page, to PDF in Chromium on A4 and US Letter, must carry
 * every title, verdict and source URL, fit the printable width and stay within a page budget.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { normalise, pdfText } from '../scripts/pdf-text.ts';
import { readEntries, type RawEntry } from '../support/content.ts';

const entries = readEntries();
const FORMATS = [
  // Printable width in CSS px: the paper width less the 16 mm side margins of print.css's @page.
  // A4 31, was 30; Letter 32, was 31: audit 6's seven documents that took 1945–55 and 1969 milestones off the encyclopaedia, and the 1952 'sources differ', cost a page (seen: 31, 32).
  // A4 32, was 31; Letter 33, was 32: audit 7's seven sources that took eight milestones of 1652–1927 off the encyclopaedia, and the Achansk 'sources differ' correction, cost a page (seen: 32, 33).
  // A4 33, was 32: audit 8's five documents that took 1954–2002 milestones off the encyclopaedia, and the 1969 Kosygin–Zhou correction, cost a page (seen: 33; Letter stays 33).
  { format: 'A4', widthPx: ((210 - 32) / 25.4) * 96, maxPagesTimeline: 33 },
  // Letter 31, was 30: sources that took milestones off the encyclopaedia add lines (seen: 31).
  { format: 'Letter', widthPx: 8.5 * 96 - (32 / 25.4) * 96, maxPagesTimeline: 33 },
] as const;

/**
 * PDF text breaks URLs across lines and splits ligatures ("fi ve"): compare with all white space
 * removed, in lower case.
 */
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

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
