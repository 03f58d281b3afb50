/**
 * Validity of the built site, read from the files in dist/: every .html file passes html-validate
 * with tests/htmlvalidate.json, every internal link and #anchor resolves to a file and an id, the
 * served sitemap is the one on disk, the security headers ship, and the site has no runtime dependency.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { formatterFactory, HtmlValidate, type ConfigData } from 'html-validate';
import { distDir, fileForPath, htmlFiles, locs, pathForFile, root, sitemapPaths } from '../support/site.ts';

const config = JSON.parse(readFileSync(join(root, 'tests/htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

/**
 * Why each rule that tests/htmlvalidate.json changes from html-validate:recommended is changed (JSON
 * holds no comments, so the reasons live here, and a test below keeps the two lists in step).
 */
const RELAXED: Record<string, string> = {
  // None: the recommended preset holds as it is. Add "rule-id": "why" here with each change there.
};
const site = new URL(process.env.SITE_URL ?? 'https://timeline.example');

for (const file of htmlFiles()) {
  test(`html-validate: ${file}`, async () => {
    const report = await validator.validateFile(join(distDir, file));
    expect(report.valid, formatterFactory('text')(report.results)).toBe(true);
  });
}

test('every rule tests/htmlvalidate.json relaxes has a written reason', () => {
  expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(RELAXED).sort());
  expect(config.extends).toEqual(['html-validate:recommended']);
});

/**
 * Notes for the people who edit the source stay in the source: Astro writes an HTML comment in a
 * template into every page that uses it (a note beside the citation component once filled 22 KB of the
 * home page, one copy per citation), and an inline script is sent as written. Templates take
 * {/* … *\/} comments, and an inline script's reasons go in one such comment above it.
 */
test("no built page carries the source's comments: no HTML comment, no comment line in an inline script", () => {
  const files = htmlFiles();
  expect(files.length, 'HTML files in the build').toBeGreaterThan(0);
  const found = files.flatMap((file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    const comments = (html.match(/<!--[\s\S]*?-->/g) ?? []).map((c) => `${file}: ${c.slice(0, 70)}`);
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)];
    const lines = scripts.flatMap((m) => m[1]!.split('\n').filter((line) => /^\s*(\/\/|\/\*)/.test(line)).map((line) => `${file}: ${line.trim().slice(0, 70)}`));
    return [...comments, ...lines];
  });
  expect(found, 'comments written into built pages').toEqual([]);
});

/** What one HTML document links to and which ids it holds, parsed by the browser's own parser. */
interface Parsed {
  refs: { attr: string; value: string }[];
  ids: string[];
}

async function parse(page: Page, html: string): Promise<Parsed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const refs: { attr: string; value: string }[] = [];
    const add = (el: Element, attr: string, value: string | null) => {
      if (value !== null) refs.push({ attr: `<${el.localName} ${attr}>`, value: value.trim() });
    };
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of ['href', 'xlink:href', 'src', 'poster', 'data', 'action', 'formaction']) {
        if (attr === 'data' && el.localName !== 'object') continue;
        add(el, attr, el.getAttribute(attr));
      }
      for (const attr of ['srcset', 'imagesrcset']) {
        const set = el.getAttribute(attr);
        if (set) for (const candidate of set.split(/,\s+/)) add(el, attr, candidate.trim().split(/\s+/)[0] ?? '');
      }
    }
    // Absolute URLs in link-preview tags are links too: a shared page must unfurl with a real image.
    for (const el of doc.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
      const content = el.getAttribute('content') ?? '';
      if (/^https?:\/\//.test(content)) add(el, el.getAttribute('property') ?? el.getAttribute('name') ?? 'content', content);
    }
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    const names = [...doc.querySelectorAll('a[name]')].map((el) => el.getAttribute('name') ?? '');
    return { refs, ids: [...ids, ...names] };
  }, html);
}

test('every internal link and #anchor in dist/ resolves', async ({ page }) => {
  const cache = new Map<string, Parsed>();
  const parsed = async (file: string) => {
    let p = cache.get(file);
    if (!p) {
      p = await parse(page, readFileSync(file, 'utf8'));
      cache.set(file, p);
    }
    return p;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles()) {
    const pageUrl = new URL(pathForFile(file), site);
    const { refs, ids } = await parsed(join(distDir, file));
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (duplicates.length) broken.push(`${file}: duplicate ids ${[...new Set(duplicates)].join(', ')}`);
    for (const { attr, value } of refs) {
      if (value === '' || value === '#') {
        broken.push(`${file}: ${attr}="${value}" goes nowhere`);
        continue;
      }
      // A bare #fragment names an id in this same document, wherever the document is served from.
      if (value.startsWith('#')) {
        checked++;
        const fragment = decodeURIComponent(value.slice(1));
        if (fragment !== 'top' && !fragment.startsWith(':~:') && !ids.includes(fragment)) {
          broken.push(`${file}: ${attr}="${value}" → no id="${fragment}" in this page`);
        }
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        broken.push(`${file}: ${attr}="${value}" is not a URL`);
        continue;
      }
      if (url.protocol === 'javascript:') broken.push(`${file}: ${attr}="${value}" (javascript: URLs break the CSP)`);
      if (/^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(url.hostname)) broken.push(`${file}: ${attr}="${value}" points at a local server`);
      if (url.origin !== site.origin) continue;
      checked++;
      const target = fileForPath(url.pathname);
      if (!target) {
        broken.push(`${file}: ${attr}="${value}" → ${url.pathname} is not in dist/`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // #top is the top of any document (HTML spec); text fragments are not ids.
      if (!fragment || fragment === 'top' || fragment.startsWith(':~:') || !target.endsWith('.html')) continue;
      if (!(await parsed(target)).ids.includes(fragment)) {
        broken.push(`${file}: ${attr}="${value}" → no id="${fragment}" in ${target.slice(distDir.length + 1)}`);
      }
    }
  }
  for (const path of sitemapPaths()) {
    if (!fileForPath(path)) broken.push(`sitemap: ${path} is not in dist/`);
  }
  expect(checked, 'internal links found (the check itself works)').toBeGreaterThan(0);
  expect(broken, `broken links in dist/ (${checked} internal links checked)`).toEqual([]);
});

test('the preview server serves the sitemap that the specs read from dist/', async ({ request }) => {
  const served: string[] = [];
  const index = await request.get(`${pathForFile('index.html')}sitemap-index.xml`);
  expect(index.status()).toBe(200);
  for (const sitemap of locs(await index.text())) {
    const response = await request.get(new URL(sitemap).pathname);
    expect(response.status(), sitemap).toBe(200);
    served.push(...locs(await response.text()).map((u) => new URL(u).pathname));
  }
  expect(served).toEqual(sitemapPaths());
});

test('public/_headers ships the security headers for every path', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  const block = headers.split(/\n(?=\S)/).find((b) => b.startsWith('/*'));
  expect(block, 'a "/*" block in _headers').toBeDefined();
  const names = (block ?? '').split('\n').slice(1).map((line) => line.trim().split(':')[0]?.toLowerCase());
  for (const name of [
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'x-frame-options',
    'content-security-policy',
    'strict-transport-security',
  ]) {
    expect(names, `_headers sets ${name}`).toContain(name);
  }
  expect(block).toMatch(/frame-ancestors 'none'/);
  expect(block).toMatch(/X-Content-Type-Options:\s*nosniff/i);
});

test('the site has no runtime dependency (so `npm audit --omit=dev` has nothing to audit)', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
    expect(Object.keys((pkg[field] as object | undefined) ?? {}), `package.json ${field}`).toEqual([]);
  }
});
