/**
 * The article's claims as pages of their own: /claims/ lists every claim of content/ in the article's
 * order with counts per verdict that add up; each claim page has a valid ClaimReview, canonical and
 * link-preview tags, a 1200×630 card, and prints on one A4 page; every link to a sentence of the
 * article decodes to words that stand in article.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/worker-page.ts';
import { readEntries } from '../support/content.ts';
import { pdfText, squash } from '../scripts/pdf-text.ts';
import { distDir, htmlFiles } from '../support/site.ts';
import { pngSize } from './helpers/png';
import { doubleQuoteFaults } from '../support/quotes.ts';
import { parseTextDirective } from '../support/text-directive.ts';
import { ratingScale, verdictInfo, verdicts, type Verdict } from '../../src/lib/verdicts';
import { ARTICLE } from '../../src/lib/site';
import type { TimelineJson } from '../../src/lib/exports';

const article = readFileSync(new URL('../fixtures/research/article.txt', import.meta.url), 'utf8');
const model = JSON.parse(readFileSync(join(distDir, 'timeline.json'), 'utf8')) as TimelineJson;
const SITE = model.url;
const entries = readEntries();
// The article's order, found here from the quotes themselves: where each first stands in article.txt.
const claims = entries
  .flatMap((e) => (e.data.claims ?? []).map((c) => ({ ...c, entry: e, at: article.indexOf(c.quote) })))
  .sort((a, b) => a.at - b.at || a.quote.length - b.quote.length);

test('every claim of content/ quotes the article, so that it has a place in its order', () => {
  expect(claims.length).toBeGreaterThan(10);
  for (const c of claims) expect(c.at, c.id).toBeGreaterThanOrEqual(0);
});

test.describe('/claims/', () => {
  test('lists every claim of content/, in the article’s order, each with its verdict and links', async ({ page }) => {
    await page.goto('/claims/');
    const items = page.locator('ol.claim-cards > li');
    await expect(items).toHaveCount(claims.length);
    const quotes = await items.locator('blockquote').allTextContents();
    expect(quotes.map((q) => q.trim())).toEqual(claims.map((c) => c.quote));
    for (const [i, c] of claims.entries()) {
      const item = items.nth(i);
      await expect(item.locator('.verdict')).toContainText(verdictInfo[c.verdict as Verdict].label);
      await expect(item.locator('.claim-conclusion')).toHaveText(c.conclusion!);
      await expect(item.getByRole('link', { name: /^The claim’s page/ })).toHaveAttribute('href', `/claims/${c.id}/`);
      await expect(item.getByRole('link', { name: /^Entry:/ })).toHaveAttribute('href', `/${c.entry.collection}/${c.entry.id}/`);
    }
  });

  test('gives each claim a heading under "In the article’s order", naming its number and verdict, so a screen reader can go from claim to claim', async ({ page }) => {
    await page.goto('/claims/');
    const headings = page.locator('ol.claim-cards > li').getByRole('heading', { level: 3 });
    await expect(headings).toHaveCount(claims.length);
    for (const [i, c] of claims.entries()) {
      await expect(headings.nth(i)).toHaveAccessibleName(new RegExp(`^Claim ${i + 1}\\b.*${verdictInfo[c.verdict as Verdict].label}`));
    }
  });

  test('counts per verdict add up to the claims, and each count leads to its verdict’s section', async ({ page }) => {
    await page.goto('/claims/');
    const counts = page.getByRole('navigation', { name: 'Verdicts' });
    let total = 0;
    for (const v of verdicts) {
      const expected = claims.filter((c) => c.verdict === v).length;
      const link = counts.getByRole('link', { name: new RegExp(`^${verdictInfo[v].label}\\b`) });
      await expect(link).toContainText(String(expected));
      total += Number((await link.locator('.count').textContent())?.trim());
      // Without JavaScript, the count's link is an anchor to a section that lists those claims.
      const href = await link.getAttribute('href');
      const section = page.locator(`section${href}`);
      await expect(section.locator('li')).toHaveCount(expected);
      const linked = await section.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(linked).toEqual(claims.filter((c) => c.verdict === v).map((c) => `/claims/${c.id}/`));
    }
    expect(total).toBe(claims.length);
    await expect(counts).toContainText(`${claims.length} claims in all`);
  });

  test('is linked from the home page, every entry page and the site navigation', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main').getByRole('link', { name: 'All the claims, one by one' })).toHaveAttribute('href', '/claims/');
    for (const e of entries) {
      await page.goto(`/${e.collection}/${e.id}/`);
      await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'The claims' })).toHaveAttribute('href', '/claims/');
    }
  });

  // On paper a card is read whole: a page may begin with a card, a heading, or an item or paragraph
  // of the lists by verdict, never with the tail of a card (its links, cut off from their claim).
  // Seen on 29 November 2026: A4 pages 3 and 5 began with the last links of claims 7 and 14.
  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on ${format} with no page beginning inside a claim's card`, async ({ page }) => {
      await page.goto('/claims/');
      await page.emulateMedia({ media: 'print' });
      const starts = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(h1, h2, h3, .claim-card, li, p)')]
          .filter((el) => el.matches('.claim-card') || !el.closest('.claim-card'))
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => (el.textContent ?? '').replace(/\s+/g, '').toLowerCase().slice(0, 15)),
      );
      await page.emulateMedia({ media: null });
      expect(starts.length).toBeGreaterThan(claims.length);
      const pdf = await pdfText(await page.pdf({ format }));
      expect(pdf.pages.length).toBeGreaterThan(1);
      const furniture = squash('Five alliances? Russia and China, 1654–2023');
      const bad = pdf.pages.slice(1).flatMap((text, i) => {
        // The running title and page number are furniture; the printed addresses (written after each
        // link on paper) are not in the page's text.
        const head = squash(text).replace(furniture, '').replace(/page\d+of\d+/, '').replace(/<https?:[^>]*>/g, '').slice(0, 40);
        return starts.some((s) => head.startsWith(s)) ? [] : [`page ${i + 2} begins "${head}"`];
      });
      expect(bad).toEqual([]);
    });
  }
});

test('entry pages link each of their claims to its own page and to its sentence in the article', async ({ page }) => {
  for (const e of entries.filter((x) => (x.data.claims ?? []).length > 0)) {
    await page.goto(`/${e.collection}/${e.id}/`);
    for (const c of e.data.claims ?? []) {
      const item = page.locator(`#claim-${c.id}`);
      await expect(item.getByRole('link', { name: /^This claim on its own page/ })).toHaveAttribute('href', `/claims/${c.id}/`);
      const sentence = await item.getByRole('link', { name: /^The sentence in the article/ }).getAttribute('href');
      expect(parseTextDirective(sentence!)?.start).toBeTruthy();
    }
  }
});

for (const [i, c] of claims.entries()) {
  const path = `/claims/${c.id}/`;
  const url = `${SITE}claims/${c.id}/`;

  test.describe(path, () => {
    test('has its quote, verdict with meaning, conclusion, record, sources, entry and neighbours', async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.conclusion!);
      await expect(page.locator('blockquote')).toHaveText(c.quote);
      const info = verdictInfo[c.verdict as Verdict];
      await expect(page.locator('.claim-page-verdict')).toContainText(info.label);
      await expect(page.locator('.claim-page-verdict')).toContainText(info.meaning);
      for (const id of (c as unknown as { sources: string[] }).sources) await expect(page.locator(`#source-${id}`)).toBeVisible();
      await expect(page.getByRole('link', { name: c.entry.data.title })).toHaveAttribute('href', `/${c.entry.collection}/${c.entry.id}/`);
      await expect(page.locator('.mini-axis svg')).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Previous and next claims' });
      if (i > 0) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', `/claims/${claims[i - 1]!.id}/`);
      if (i < claims.length - 1) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `/claims/${claims[i + 1]!.id}/`);
      await expect(nav.locator('a')).toHaveCount(i === 0 || i === claims.length - 1 ? 1 : 2);
    });

    test('has one valid ClaimReview, field by field', async ({ page }) => {
      await page.goto(path);
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      const reviews = scripts.map((s) => JSON.parse(s)).filter((j) => j['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(1);
      expect(scripts).toHaveLength(1);
      const r = reviews[0];
      expect(r['@context']).toBe('https://schema.org');
      expect(r.url).toBe(url);
      expect(r.claimReviewed).toBe(c.quote);
      expect(r.itemReviewed).toEqual({
        '@type': 'Claim',
        author: { '@type': 'Organization', name: ARTICLE.publisher },
        datePublished: ARTICLE.date,
        appearance: ARTICLE.url,
      });
      expect(r.author).toEqual({ '@type': 'Organization', name: model.title, url: SITE });
      expect(r.publisher).toEqual(r.author);
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const info = verdictInfo[c.verdict as Verdict];
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(r.reviewRating.alternateName).toBe(info.label);
      expect(r.reviewRating.ratingExplanation).toBe(c.conclusion);
      if (info.rating === undefined) {
        expect(r.reviewRating).not.toHaveProperty('ratingValue');
      } else {
        expect(r.reviewRating).toMatchObject({ ratingValue: info.rating, worstRating: ratingScale.worst, bestRating: ratingScale.best });
      }
    });

    test('has a canonical URL, Open Graph and Twitter tags, and a 1200×630 PNG card', async ({ page, request }) => {
      await page.goto(path);
      const head = page.locator('head');
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', c.conclusion!);
      await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/);
      await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      await expect(head.locator('meta[name="twitter:title"]')).toHaveAttribute('content', c.conclusion!);
      await expect(head.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
      // The article's words are quoted in these; a quotation inside them must turn single.
      for (const selector of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]', 'meta[property="og:image:alt"]', 'meta[name="twitter:image:alt"]']) {
        const content = (await head.locator(selector).getAttribute('content')) ?? '';
        expect(content, selector).toContain(c.quote.slice(0, 20));
        expect(doubleQuoteFaults(content), `${selector}: ${content}`).toEqual([]);
      }
      const image = await head.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toBe(`${SITE}og/claims/${c.id}.png`);
      const served = await request.get(new URL(image!).pathname);
      expect(served.status()).toBe(200);
      expect(served.headers()['content-type']).toContain('image/png');
      expect(pngSize(await served.body())).toEqual({ width: 1200, height: 630 });
      expect((await page.title()).length).toBeLessThanOrEqual(70);
    });

    test('prints on one page of A4 and of Letter, with its quote, verdict, conclusion and permalink', async ({ page }) => {
      await page.goto(path);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await pdfText(await page.pdf({ format }));
        expect(pdf.pages.length, `${path} printed on ${pdf.pages.length} ${format} pages`).toBe(1);
        const text = pdf.pages[0]!.replace(/\s+/g, '');
        for (const words of [c.quote, c.conclusion!, verdictInfo[c.verdict as Verdict].label, `${SITE}claims/${c.id}/`]) {
          expect(text).toContain(words.replace(/\s+/g, '').slice(0, 50));
        }
      }
    });
  });
}

test('timeline.json gives each claim its page, its place on the timeline and its sentence', () => {
  const exported = model.entries.flatMap((e) => e.claims);
  expect(exported.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
  for (const c of exported) {
    expect(c.url).toBe(`${SITE}claims/${c.id}/`);
    expect(c.timelineUrl).toBe(`${SITE}#claim-${c.id}`);
    expect(article).toContain(parseTextDirective(c.articleUrl)!.start);
  }
});

test('every link to a sentence of the article, on every page, decodes to words in article.txt', () => {
  let links = 0;
  for (const file of htmlFiles()) {
    const html = readFileSync(join(distDir, file), 'utf8');
    for (const [, href] of html.matchAll(/href="([^"]*#:~:text=[^"]*)"/g)) {
      links++;
      const raw = href!.replaceAll('&amp;', '&');
      expect(raw.startsWith(`${ARTICLE.url}#:~:`), `${file}: ${raw}`).toBe(true);
      const d = parseTextDirective(raw)!;
      for (const term of [d.start, d.end].filter((t) => t !== undefined)) {
        expect(article.includes(term), `${file}: "${term}" is not in article.txt`).toBe(true);
      }
    }
  }
  // Each claim links to its sentence from /claims/, its own page, its entry page and the timeline.
  expect(links).toBeGreaterThanOrEqual(claims.length * 4);
});

/**
 * A claim page names its entry and the entry's dates once: where the entry's title already ends with
 * its period ("Xi Jinping’s state visit to Moscow, 20–22 March 2023"), the dates are not repeated after
 * it in brackets; where the title gives less ("…Nerchinsk, 1654–1689"), the full period follows.
 */
test('each claim page names its entry’s dates once', async ({ page }) => {
  const seen = { once: 0, added: 0 };
  for (const c of claims) {
    await page.goto(`/claims/${c.id}/`);
    const p = page.locator('.claim-page-entry p').first();
    const title = (await p.getByRole('link').first().textContent())!.trim();
    const text = (await p.textContent())!.replace(/\s+/g, ' ');
    const bracket = text.slice(text.indexOf(title) + title.length).match(/^ \(([^)]*)\)/)?.[1];
    if (bracket) {
      seen.added++;
      expect(title.replace(/\s+/g, ' '), `${c.id}: "${title}" then "(${bracket})"`).not.toContain(bracket.replace(/\s+/g, ' '));
    } else {
      seen.once++;
      expect(title, `${c.id}: the title gives its dates itself`).toMatch(/\d{4}$/);
    }
  }
  // Both kinds are there: alliances' titles give years only, events' titles their day.
  expect(seen.added).toBeGreaterThan(0);
  expect(seen.once).toBeGreaterThan(0);
});
