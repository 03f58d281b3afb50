/**
 * Corrections in the open: /corrections/ lists every correction of content/, newest first under its
 * day, each linked to the same correction on its entry's page; the RSS feed carries each once, linked
 * the same way; every page points to both (a footer link and a feed link in the head).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { readEntries } from '../support/content.ts';
import { distDir } from '../support/site.ts';
import { typographic } from '../../src/lib/typography';
import { formatPeriod } from '../../src/lib/dates';
import type { TimelineJson } from '../../src/lib/exports';

interface RawCorrection {
  date: string;
  what: string;
  why: string;
}
const corrections = readEntries().flatMap((entry) =>
  ((entry.data.corrections as RawCorrection[] | undefined) ?? []).map((c) => ({ ...c, entry })),
);
const SITE = (JSON.parse(readFileSync(join(distDir, 'timeline.json'), 'utf8')) as TimelineJson).url;
/** Rendered text against front matter: front-matter quotes are made typographic, runs of white space are one. */
const squash = (s: string) => s.replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
const whatOf = (c: RawCorrection) => squash(typographic(c.what));

test('content/ has corrections to list, on more than one entry', () => {
  expect(corrections.length).toBeGreaterThan(5);
  expect(new Set(corrections.map((c) => c.entry.id)).size).toBeGreaterThan(1);
});

/** Each item of /corrections/: its day (the heading above it), its text and its link to the entry. */
async function listed(page: Page) {
  await page.goto('/corrections/');
  return page.locator('.corrections-day').evaluateAll((days) =>
    days.flatMap((day) =>
      [...day.querySelectorAll('li')].map((li) => ({
        day: day.querySelector('h2 time')?.getAttribute('datetime') ?? '',
        text: li.textContent ?? '',
        href: li.querySelector('a.correction-entry')?.getAttribute('href') ?? '',
      })),
    ),
  );
}

test('/corrections/ lists every correction of content/ once, under the day it was published, newest day first', async ({ page }) => {
  const items = await listed(page);
  expect(items).toHaveLength(corrections.length);
  for (const c of corrections) {
    const found = items.filter((i) => squash(i.text).includes(whatOf(c)));
    expect(found.map((i) => i.day), `${c.entry.id}: ${c.what.slice(0, 60)}`).toEqual([c.date]);
  }
  const days = items.map((i) => i.day);
  expect(days).toEqual([...days].sort().reverse());
});

test('/corrections/ counts its corrections and gives the days they were published as one period ("28–29 November 2026")', async ({ page }) => {
  await page.goto('/corrections/');
  const dates = corrections.map((c) => c.date).sort();
  const span = formatPeriod({ start: { date: dates[0]!, precision: 'day' }, end: { date: dates.at(-1)!, precision: 'day' } });
  const intro = squash((await page.locator('main p').filter({ hasText: /corrections? to \d+ of the/ }).first().textContent()) ?? '');
  expect(intro).toContain(`${corrections.length} corrections to ${new Set(corrections.map((c) => c.entry.id)).size} of the`);
  expect(intro).toContain(dates[0] === dates.at(-1) ? `published on ${span}` : `published ${span}.`);
});

test('each correction on /corrections/ links to the same correction on its entry’s page', async ({ page }) => {
  const items = await listed(page);
  const byPage = Map.groupBy(items, (i) => i.href.split('#')[0]!);
  for (const [path, here] of byPage) {
    await page.goto(path);
    for (const item of here) {
      const id = decodeURIComponent(item.href.split('#')[1] ?? '');
      const target = page.locator(`.corrections li[id="${id}"]`);
      await expect(target, item.href).toHaveCount(1);
      const what = corrections.find((c) => squash(item.text).includes(whatOf(c)))!;
      expect(squash((await target.textContent()) ?? ''), item.href).toContain(whatOf(what));
    }
  }
});

test('the corrections feed is well-formed RSS with one item per correction, each linked to it on its entry’s page', async ({ page, request }) => {
  const response = await request.get('/corrections/feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/corrections/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      items: [...doc.querySelectorAll('channel > item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        guid: item.querySelector('guid')?.textContent ?? '',
        date: item.querySelector('pubDate')?.textContent ?? '',
        description: item.querySelector('description')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.items).toHaveLength(corrections.length);
  expect(new Set(feed.items.map((i) => i.guid)).size).toBe(corrections.length);
  // A feed reader lists items by title: no two alike (three of one entry and day were).
  const titles = feed.items.map((i) => i.title);
  expect(titles.filter((t, i) => titles.indexOf(t) !== i), 'feed titles given twice').toEqual([]);
  const pageLinks = new Set((await listed(page)).map((i) => new URL(i.href, SITE).href));
  for (const c of corrections) {
    const item = feed.items.find((i) => squash(i.description).startsWith(whatOf(c)));
    expect(item, `${c.entry.id}: ${c.what.slice(0, 60)}`).toBeDefined();
    expect(new Date(item!.date).toISOString().slice(0, 10)).toBe(c.date);
    expect(item!.link.startsWith(SITE)).toBe(true);
    expect(pageLinks.has(item!.link), item!.link).toBe(true);
  }
});

for (const path of ['/', '/about/', '/claims/', `/${corrections[0]!.entry.collection}/${corrections[0]!.entry.id}/`]) {
  test(`${path} links to the corrections page and names the feed in its head`, async ({ page, request }) => {
    await page.goto(path);
    const link = page.locator('footer a[href$="/corrections/"]');
    await expect(link).toHaveCount(1);
    // Named for where it goes, not "correction" (reader3's report).
    await expect(link).toHaveAccessibleName(/\bcorrections\b/i);
    const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(feed).toHaveCount(1);
    const href = await feed.getAttribute('href');
    expect((await request.get(href!)).status()).toBe(200);
  });
}
