/** Every entry has its own page, with its own head tags, preview image, small axis and neighbours. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/worker-page.ts';
import type { TimelineJson } from '../../src/lib/exports';
import { pngSize } from './helpers/png';
import { distDir, sitePages } from '../support/site.ts';

const model = JSON.parse(readFileSync(join(distDir, 'timeline.json'), 'utf8')) as TimelineJson;
// The built site's absolute URLs (from `site`), e.g. https://timeline.example/alliances/x/.
const SITE = model.url;

test('the export lists at least the two seed entries', () => {
  expect(model.entries.length).toBeGreaterThanOrEqual(2);
});

for (const [i, entry] of model.entries.entries()) {
  const path = new URL(entry.url).pathname;

  test(`${path} answers 200 with its own title, canonical URL and Open Graph tags`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // The tab shows the title and the site name, shortened (short title, or no site name) past 70 characters.
    const title = await page.title();
    const site = (await page.locator('meta[property="og:site_name"]').getAttribute('content')) ?? '';
    expect([`${entry.title} · ${site}`, `${entry.shortTitle} · ${site}`, entry.title, entry.shortTitle]).toContain(title);
    if (title !== entry.shortTitle) expect(title.length).toBeLessThanOrEqual(70);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', entry.url);
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', entry.summary);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', entry.title);
    await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', entry.summary);
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', entry.url);
    await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(head.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
    await expect(head.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

    const jsonLd = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd).toMatchObject({
      '@type': 'Article',
      url: entry.url,
      about: { '@type': 'Event', startDate: entry.period.start.date, endDate: entry.period.end.date },
    });
  });

  test(`${path} shows its corrections, if any, and dates its last change in JSON-LD`, async ({ page }) => {
    await page.goto(path);
    const section = page.getByRole('region', { name: 'Corrections' });
    const jsonLd = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd.datePublished, 'every entry page says when it was published').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (entry.corrections.length === 0) {
      await expect(section).toHaveCount(0);
      expect(jsonLd).not.toHaveProperty('dateModified');
      return;
    }
    await expect(section.getByRole('heading', { name: 'Corrections' })).toBeVisible();
    await expect(section.getByRole('listitem')).toHaveCount(entry.corrections.length);
    // Newest first, each with its date as a <time> and what changed.
    const first = entry.corrections[0]!;
    await expect(section.locator('li').first().locator('time')).toHaveAttribute('datetime', first.date);
    await expect(section.locator('li').first()).toContainText(first.what);
    expect(jsonLd.dateModified).toBe(entry.dateModified);
    expect(entry.dateModified).toBe(first.date);
  });

  test(`${path} has an og:image in dist/ that is a 1200×630 PNG`, async ({ page, request }) => {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image?.startsWith(SITE)).toBe(true);
    const imagePath = new URL(image!).pathname;
    const file = readFileSync(join(distDir, `.${imagePath}`));
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    const served = await request.get(imagePath);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toContain('image/png');
  });

  test(`${path} shows the small axis, links back to the timeline and to its neighbours`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('img', { name: /axis from 1654 to 2023/ })).toBeVisible();
    // The figure round it is named by its caption, which says what it shows.
    await expect(page.getByRole('figure', { name: /^Where this entry sits on the \d{4}–\d{4} timeline\.$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute('href', `/#${entry.id}`);
    await expect(page.getByRole('link', { name: 'See it on the timeline' })).toHaveAttribute('href', `/#${entry.id}`);
    const nav = page.getByRole('navigation', { name: 'Previous and next entries' });
    const prev = model.entries[i - 1];
    const next = model.entries[i + 1];
    if (prev) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', new URL(prev.url).pathname);
    else await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', new URL(next.url).pathname);
    else await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
  });
}

test('on its own page an entry’s title is the h1, its parts h2s and its text’s headings h3s', async ({ page }) => {
  const entry = model.entries.find((e) => e.id === 'karakhan-sun-1919-1927')!;
  await page.goto(new URL(entry.url).pathname);
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4, h5, h6)')]
      .filter((h) => h.checkVisibility())
      .map((h) => `h${h.tagName.slice(1)} ${(h.textContent ?? '').trim().replace(/\s+/g, ' ')}`),
  );
  expect(headings[0]).toBe(`h1 ${entry.title}`);
  expect(headings).toEqual(expect.arrayContaining(['h2 Milestones', 'h2 The story', 'h3 How it began', 'h2 Sources', 'h3 The record']));
  expect(headings.indexOf('h2 The story')).toBeLessThan(headings.indexOf('h3 How it began'));
});

test('entry pages show the treaty name in English, Chinese and Russian with lang attributes', async ({ page }) => {
  const withTreaty = model.entries.filter((e) => e.treaty);
  expect(withTreaty.length).toBeGreaterThan(0);
  for (const entry of withTreaty) {
    await page.goto(new URL(entry.url).pathname);
    const article = page.locator(`article#${entry.id}`);
    await expect(article.locator(`time[datetime="${entry.period.end.date}"]`).first()).toBeVisible();
    const facts = article.locator('dl.entry-facts');
    await expect(facts.locator('[lang="zh-Hans"]', { hasText: entry.treaty!.zh })).toBeVisible();
    await expect(facts.locator('[lang="ru"]', { hasText: entry.treaty!.ru })).toBeVisible();
  }
});

test('every milestone has its own anchor with a <time> and links to its sources', async ({ page }) => {
  const milestones = model.entries.flatMap((e) => e.milestones.map((m) => ({ entry: e.id, ...m })));
  expect(milestones.length).toBeGreaterThan(0);
  await page.goto('/');
  for (const m of milestones) {
    const item = page.locator(`article#${m.entry} li#${m.id}`);
    await expect(item.locator(`time[datetime="${m.date.date}"]`)).toHaveCount(1);
    for (const s of m.sources) {
      await expect(item.locator(`a[href="#source-${s}"]`)).toHaveCount(1);
      await expect(page.locator(`article#${m.entry} #source-${s}`)).toHaveCount(1);
    }
  }
});

test('the timeline page has its own preview image and card', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', SITE);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(pngSize(readFileSync(join(distDir, `.${new URL(image!).pathname}`)))).toEqual({ width: 1200, height: 630 });
});

// A reader who opens a shared entry link on a phone reaches the entry's own story first: a locator
// map and its table of places (long, and about other entries too) come after the body. Which entries
// must have a locator is maps.spec.ts's check; here, wherever there is one, it follows the story.
for (const entry of model.entries) {
  const path = new URL(entry.url).pathname;
  test(`${path}: the story comes before any locator map and its table of places`, async ({ page }) => {
    await page.goto(path);
    const misplaced = await page.evaluate(() => {
      const body = document.querySelector('.entry-body');
      const facts = document.querySelector('.entry-facts');
      if (!body || !facts) return ['no .entry-body or .entry-facts'];
      const after = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return [...document.querySelectorAll('.maps-locator')]
        .filter((map) => !after(facts, map) || !after(body, map))
        .map((map) => map.querySelector('h2, h3')?.textContent ?? 'a locator');
    });
    expect(misplaced).toEqual([]);
  });
}

/**
 * Sources cited together read in order, "[2] [5] [9]", on every page: in an entry's text, after a
 * milestone, a claim or a correction. A run is citations with nothing between them but spaces and
 * commas; the numbers are read as the reader sees them.
 */
test('sources cited together are numbered in ascending order on every page', async ({ page }) => {
  let runs = 0;
  for (const { path } of sitePages().filter((p) => p.status === 200)) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const number = (n: Node) =>
        n instanceof Element && (n.matches('sup.cite') || n.matches('a.source-ref')) ? Number(/\[(\d+)\]/.exec(n.textContent ?? '')?.[1]) : undefined;
      const out: number[][] = [];
      for (const parent of new Set([...document.querySelectorAll('sup.cite, a.source-ref')].map((e) => e.parentNode!))) {
        let run: number[] = [];
        const end = () => { if (run.length > 1) out.push(run); run = []; };
        for (const n of parent.childNodes) {
          const k = number(n);
          if (k !== undefined) run.push(k);
          else if (!(n.nodeType === Node.TEXT_NODE && /^[\s,\u2060]*$/.test(n.textContent ?? ''))) end();
        }
        end();
      }
      return out;
    });
    runs += found.length;
    for (const run of found) expect(run, `${path}: [${run.join('] [')}]`).toEqual([...run].sort((a, b) => a - b));
  }
  // The check has something to check: the entries cite several sources at once in many places.
  expect(runs).toBeGreaterThan(20);
});
