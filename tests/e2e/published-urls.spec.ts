/** Links never break: every URL the site ever published answers, and every page is on the list. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locs } from '../support/site.ts';

const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

test('the published list is not empty and has no duplicates', () => {
  expect(published.length).toBeGreaterThan(10);
  expect(new Set(published).size).toBe(published.length);
});

for (const path of published) {
  test(`published URL ${path} still answers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 5 });
    expect(response.status(), `${path} answered ${response.status()}`).toBe(200);
    const body = await response.body();
    expect(body.length).toBeGreaterThan(0);
    // A static build writes Astro's `redirects` as pages with a meta refresh: follow that too.
    const refresh = body.toString('utf8').match(/<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i);
    if (refresh) {
      const target = new URL(refresh[1]!, new URL(path, 'http://site.invalid')).pathname;
      expect((await request.get(target)).status(), `${path} redirects to ${target}`).toBe(200);
    }
  });
}

test('every page in the sitemap is on the published list', async ({ request, baseURL }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = locs(index);
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    // The sitemap holds absolute URLs on the configured `site`; only the path matters here.
    const xml = await (await request.get(new URL(sitemap).pathname)).text();
    pages.push(...locs(xml).map((u) => new URL(u).pathname));
  }
  expect(pages.length).toBeGreaterThan(2);
  const missing = pages.filter((p) => !published.includes(p));
  expect(missing, `add these to tests/published-urls.txt (served at ${baseURL})`).toEqual([]);
});
