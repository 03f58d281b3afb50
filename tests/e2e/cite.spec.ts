/**
 * "Cite this page" on every entry page (and claim page, where the site has them): Chicago and APA
 * references, a copy button that needs JavaScript and text that does not, and the page's citation
 * and sources as .bib, .ris and CSL-JSON files that are served and read back. The About page's
 * whole bibliography holds every source of content/ once. Content types: see the last tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { exportFormats, type CslItem } from '../../src/lib/cite';
import { readEntries } from '../support/content.ts';
import { basePath, distDir, sitemapPaths } from '../support/site.ts';
import { typographic } from '../../src/lib/typography.ts';
import { SITE_TITLE } from '../../src/lib/site.ts';

const citedPages = sitemapPaths().filter((p) => new RegExp(`^${basePath}(alliances|events|claims)/[^/]+/$`).test(p));

/** Reads a served citation file back with citation-js, by its extension. */
async function readBack(request: APIRequestContext, href: string): Promise<CslItem[]> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  const body = await response.text();
  if (href.endsWith('.json')) return JSON.parse(body) as CslItem[];
  if (href.endsWith('.bib')) expect(body, href).toMatch(/^@\w+\{/);
  if (href.endsWith('.ris')) expect(body, href).toMatch(/^TY {2}- /);
  return new Cite(body).data;
}

test('there are pages with a citation block to check', () => {
  expect(citedPages.length).toBeGreaterThanOrEqual(2);
});

for (const path of citedPages) {
  test(`${path} offers its citation in Chicago and APA, and as .bib, .ris and CSL-JSON`, async ({ page, request }) => {
    await page.goto(path);
    const block = page.getByRole('region', { name: 'Cite this page' });
    await expect(block).toBeVisible();
    const url = new URL(path, 'https://x').pathname;
    // Chicago capitalises titles and turns inner quotation marks round: compare without either.
    const plain = (t: string | null) => (t ?? '').replace(/[‘’“”'"]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
    // A claim page's heading is its conclusion, a sentence: its closing stop is the style's to place.
    const title = plain(await page.getByRole('heading', { level: 1 }).textContent()).replace(/\.$/, '');
    for (const style of ['chicago', 'apa']) {
      const ref = block.locator(`#cite-${style}`);
      await expect(ref).toContainText(url);
      const text = plain(await ref.textContent());
      expect(text, style).toContain(title);
      expect(text, `${style}: no doubled punctuation after the title`).not.toMatch(/[.!?][.,]/);
      // The site is named as it names itself (APA's style had title-cased it: "Five Alliances? …").
      await expect(ref, `${style}: the site's name as written`).toContainText(SITE_TITLE);
    }
    const groups = block.locator('.cite-files');
    const own = groups.first().getByRole('link');
    await expect(own).toHaveText([/^BibTeX/, /^RIS/, /^CSL-JSON/]);
    // Out of context (a screen reader's list of links) each download is told apart by its name.
    // (Their names are their text, visually hidden words included: they carry no aria-label.)
    await expect(groups.locator('a[aria-label]')).toHaveCount(0);
    const names = (await groups.locator('a').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.filter((n, i) => names.indexOf(n) !== i), `download links named alike on ${path}`).toEqual([]);
    // The record's date is the day the page last changed (JSON-LD dateModified), else the day it was
    // published (datePublished): every page citation carries a date, never "n.d.".
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { dateModified?: string; datePublished?: string };
    const modified = (jsonLd.dateModified ?? jsonLd.datePublished)?.split('-').map(Number);
    expect(modified, 'the page states when it was published').toBeDefined();
    for (const style of ['chicago', 'apa']) await expect(block.locator(`#cite-${style}`)).not.toContainText('n.d.');
    for (const link of await own.all()) {
      const href = (await link.getAttribute('href'))!;
      await expect(link).toHaveAttribute('download', /\.(bib|ris|json)$/);
      const items = await readBack(request, href);
      expect(items, href).toHaveLength(1);
      expect(new URL(String(items[0]!['URL'])).pathname, href).toBe(url);
      const issued = items[0]!['issued'] as { 'date-parts': number[][] } | undefined;
      expect(issued?.['date-parts'][0], href).toEqual(modified);
    }
    // An entry's own sources, once each, as many as its source list shows (merging none within one entry).
    if (path.includes('/alliances/') || path.includes('/events/')) {
      const listed = await page.locator('.source-list > li').count();
      for (const link of await groups.nth(1).getByRole('link').all()) {
        const items = await readBack(request, (await link.getAttribute('href'))!);
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
        expect(items.length).toBeGreaterThan(0);
        expect(items.length).toBeLessThanOrEqual(listed);
      }
    }
  });
}

test('the copy buttons copy the reference; without JavaScript they stay hidden and the text is there', async ({ browser }) => {
  const path = citedPages[0]!;
  const withJs = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await withJs.newPage();
  await page.goto(path);
  const copy = page.getByRole('button', { name: /Copy the Chicago citation/ });
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await page.locator('#cite-chicago').textContent())!.replace(/\s+/g, ' ').trim());
  await withJs.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto(path);
  await expect(still.locator('#cite-apa')).toContainText('http');
  await expect(still.getByRole('button', { name: /Copy the/ })).toHaveCount(0);
  await noJs.close();
});

test('About offers the whole bibliography, and each file holds every source of content/ exactly once', async ({ page, request }) => {
  await page.goto(`${basePath}about/`);
  const links = page.locator('.bib-files').getByRole('link');
  await expect(links).toHaveText([/^BibTeX/, /^RIS/, /^CSL-JSON/]);
  const sources = readEntries().flatMap((e) => e.data.sources.map((s) => ({ ...s, where: `${e.id} → ${s.id}` })));
  const href = (u: unknown) => new URL(String(u)).href;
  for (const link of await links.all()) {
    const file = (await link.getAttribute('href'))!;
    const items = await readBack(request, file);
    expect(new Set(items.map((i) => i['citation-key'] ?? i.id)).size, file).toBe(items.length);
    for (const s of sources) {
      // Titles reach the files with the site's typographic quotes (src/lib/typography.ts).
      const matches = items.filter((i) => (s.url ? !!i['URL'] && href(i['URL']) === href(s.url) : i['title'] === typographic(s.title)));
      expect(matches.length, `${file}: ${s.where}`).toBe(1);
    }
  }
});

test('citation files are served: CSL-JSON as JSON by the preview server, .bib and .ris not as a page', async ({ request }) => {
  const bib = await request.get(`${basePath}cite/bib/bibliography.bib`);
  const ris = await request.get(`${basePath}cite/ris/bibliography.ris`);
  const json = await request.get(`${basePath}cite/csl/bibliography.json`);
  expect(json.headers()['content-type']).toMatch(/^application\/json/);
  // `astro preview` knows no type for .bib or .ris and sends none; hosts that read _headers send theirs.
  for (const response of [bib, ris]) {
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type'] ?? '').not.toMatch(/html/);
  }
});

test('_headers gives each citation folder its media type, in UTF-8', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  for (const f of Object.values(exportFormats)) {
    const block = headers.split(/\n(?=\S)/).find((b) => b.startsWith(`/cite/${f.dir}/*`));
    expect(block, `a "/cite/${f.dir}/*" block in _headers`).toBeDefined();
    expect(block).toContain(`Content-Type: ${f.mediaType}; charset=utf-8`);
  }
});
