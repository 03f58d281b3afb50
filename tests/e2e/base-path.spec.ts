/**
 * Deploying under a sub-path works: builds the site once under the base /timeline/ into a temporary
 * folder and serves it with `astro preview` (tests/support/preview.ts), crawls every page of its
 * sitemap (and the 404 page), and checks that every internal href, src and preview image answers 200
 * under the base and that every #anchor exists. The folder is deleted afterwards.
 */
import { expect, test } from '@playwright/test';
import { buildUnderBase, servePreview } from '../support/preview.ts';
import { readEntries } from '../support/content.ts';
import { locs } from '../support/site.ts';

const BASE = '/timeline/';
const SITE = 'https://timeline.example';
/** The first alliance of content/, for the entry-page checks. */
const FIRST = readEntries().find((e) => e.data.ordinal === 1)!.id;

let origin: string;
let stop: (() => Promise<void>) | undefined;
let remove: (() => void) | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const built = await buildUnderBase(BASE, SITE);
  remove = built.remove;
  ({ origin, stop } = await servePreview(built));
});

test.afterAll(async () => {
  await stop?.();
  remove?.();
});

const attr = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));

async function sitemapPages(): Promise<string[]> {
  const index = await (await fetch(`${origin}${BASE}sitemap-index.xml`)).text();
  const pages: string[] = [];
  for (const loc of locs(index)) {
    const xml = await (await fetch(`${origin}${new URL(loc).pathname}`)).text();
    pages.push(...locs(xml).map((u) => new URL(u).pathname));
  }
  return pages;
}

test('the sitemap lists absolute URLs under the base', async () => {
  const pages = await sitemapPages();
  expect(pages.length).toBeGreaterThan(2);
  for (const p of pages) expect(p.startsWith(BASE), p).toBe(true);
  expect(pages).toContain(BASE);
});

test('every internal link, asset, preview image and #anchor of every page resolves under the base', async () => {
  test.setTimeout(120_000);
  const pages = [...(await sitemapPages()), `${BASE}no-such-page/`];
  const status = new Map<string, number>();
  const idsOf = new Map<string, Set<string>>();
  const broken: string[] = [];

  const load = async (path: string) => {
    if (!status.has(path)) {
      const res = await fetch(`${origin}${path}`);
      status.set(path, res.status);
      if ((res.headers.get('content-type') ?? '').startsWith('text/html')) idsOf.set(path, new Set(attr(await res.text(), 'id')));
      else await res.arrayBuffer();
    }
    return status.get(path)!;
  };

  for (const page of pages) {
    const res = await fetch(`${origin}${page}`);
    const html = await res.text();
    const expected = page.endsWith('no-such-page/') ? 404 : 200;
    if (res.status !== expected) broken.push(`${page} answered ${res.status}`);
    idsOf.set(page, new Set(attr(html, 'id')));
    const metaImages = [...html.matchAll(/<meta property="og:(?:image|url)" content="([^"]*)"/g)].map((m) => m[1]!);
    const canonical = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]!);
    for (const ref of [...metaImages, ...canonical]) {
      if (!ref.startsWith(`${SITE}${BASE}`)) broken.push(`${page} → ${ref}: not an absolute URL under ${SITE}${BASE}`);
    }
    for (const ref of [...attr(html, 'href'), ...attr(html, 'src'), ...metaImages, ...canonical]) {
      const url = new URL(ref, `${SITE}${page}`);
      if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) broken.push(`${page} → ${ref}: points at the build machine`);
      if (url.origin !== SITE) continue; // sources on other sites are not ours to check here
      const where = `${page} → ${ref}`;
      if (!url.pathname.startsWith(BASE)) {
        broken.push(`${where}: outside the base ${BASE}`);
        continue;
      }
      // A same-page "#id" link needs no fetch (and the 404 page answers 404 by design).
      const code = url.pathname === page ? 200 : await load(url.pathname);
      if (code !== 200) {
        broken.push(`${where}: ${code}`);
        continue;
      }
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf.get(url.pathname)?.has(id)) broken.push(`${where}: no element with id "${id}"`);
      }
    }
  }
  expect(broken).toEqual([]);
  // The crawl saw the entry pages and their preview images.
  const seen = [...pages, ...status.keys()];
  expect(seen.some((p) => /^\/timeline\/(alliances|events)\/[a-z0-9-]+\/$/.test(p))).toBe(true);
  expect(seen.some((p) => /^\/timeline\/og\/.+\.png$/.test(p))).toBe(true);
});

test('the exports give absolute URLs under the base', async () => {
  const model = (await (await fetch(`${origin}${BASE}timeline.json`)).json()) as { url: string; entries: { url: string }[] };
  expect(model.url).toBe(`${SITE}${BASE}`);
  for (const e of model.entries) {
    expect(e.url.startsWith(`${SITE}${BASE}`)).toBe(true);
    expect((await fetch(`${origin}${new URL(e.url).pathname}`)).status).toBe(200);
  }
  const tl = await (await fetch(`${origin}${BASE}timelinejs.json`)).text();
  expect(tl).toContain(`${SITE}${BASE}`);
});

test('a browser loads an entry page under the base with its styles, and the copy control works', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(`${origin}${BASE}alliances/${FIRST}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /^Copy link/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${BASE}alliances/${FIRST}/`);
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page.locator(`article#${FIRST}`)).toBeFocused();
  expect(failed).toEqual([]);
});
