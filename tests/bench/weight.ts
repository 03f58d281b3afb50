/**
 * Page weight from the built files: a page's HTML and every asset it links (stylesheets, scripts,
 * images, fonts, and what those stylesheets pull in with url() or @import), raw and gzipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

/** Bytes of one kind of resource, raw and gzipped, and which files they came from. */
export interface Weight {
  raw: number;
  gzip: number;
  files: string[];
}

export interface PageWeight {
  page: string;
  byKind: Record<Kind, Weight>;
  /** Script and style written inside the HTML (already counted in html); JS counts towards the JS budget. */
  inlineJs: Weight;
  inlineCss: Weight;
  /** Linked paths that are not in dist/ (the link check in validity.spec.ts names them too). */
  missing: string[];
}

const FONT = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot']);
const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico']);

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (FONT.has(ext)) return 'font';
  if (IMAGE.has(ext)) return 'image';
  if (ext === '.html') return 'html';
  return 'other';
}

const empty = (): Weight => ({ raw: 0, gzip: 0, files: [] });

function add(w: Weight, bytes: Buffer | string, name: string): void {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  w.raw += buf.length;
  w.gzip += gzipSync(buf, { level: 9 }).length;
  w.files.push(name);
}

/** The attribute values of every tag named `tag` in `html`, as objects (good enough for Astro's own output). */
function tags(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[(a[1] ?? '').toLowerCase()] = (a[2] ?? a[3] ?? a[4] ?? '').replaceAll('&amp;', '&');
    }
    out.push(attrs);
  }
  return out;
}

/**
 * The weight of the page served by `htmlFile`, whose URL path is `pagePath`. `basePath` is the site's
 * sub-path, so that root-relative links map back to files in `dist`.
 */
export function pageWeight(dist: string, htmlFile: string, pagePath: string, basePath = '/'): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const result: PageWeight = {
    page: pagePath,
    byKind: { html: empty(), css: empty(), js: empty(), image: empty(), font: empty(), other: empty() },
    inlineJs: empty(),
    inlineCss: empty(),
    missing: [],
  };
  add(result.byKind.html, html, pagePath);
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    // JSON-LD and other data blocks are not script the browser runs.
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[0])) continue;
    if ((m[1] ?? '').trim()) add(result.inlineJs, m[1] ?? '', 'inline <script>');
  }
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').filter((css) => css.trim());
  for (const css of inlineStyles) add(result.inlineCss, css, 'inline <style>');

  const seen = new Set<string>();
  const pageUrl = new URL(pagePath, 'http://site.invalid');
  const visit = (ref: string, from: URL, forced?: Kind) => {
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) return;
    const url = new URL(ref, from);
    if (url.origin !== pageUrl.origin) return; // other hosts: privacy.spec.ts forbids them
    if (seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const inside = decodeURIComponent(url.pathname).slice(basePath.length);
    const file = join(dist, inside);
    if (!existsSync(file) || !statSync(file).isFile()) {
      result.missing.push(url.pathname);
      return;
    }
    const bytes = readFileSync(file);
    const kind = forced ?? kindOf(file);
    add(result.byKind[kind], bytes, url.pathname);
    if (kind === 'css') for (const ref of cssRefs(bytes.toString('utf8'))) visit(ref, url);
  };
  // What the page's own <style>s ask for (a web font's file), relative to the page.
  for (const css of inlineStyles) for (const ref of cssRefs(css)) visit(ref, pageUrl);
  for (const l of tags(html, 'link')) {
    const rel = (l.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) visit(l.href ?? '', pageUrl, 'css');
    else if (rel.includes('modulepreload')) visit(l.href ?? '', pageUrl, 'js');
    else if (rel.includes('preload') && l.as === 'font') visit(l.href ?? '', pageUrl, 'font');
    else if (rel.includes('preload') && l.as === 'script') visit(l.href ?? '', pageUrl, 'js');
    else if (rel.includes('icon')) visit(l.href ?? '', pageUrl, 'image');
  }
  for (const s of tags(html, 'script')) if (s.src) visit(s.src, pageUrl, 'js');
  for (const tag of ['img', 'source']) {
    for (const i of tags(html, tag)) {
      if (i.src) visit(i.src, pageUrl);
      for (const c of (i.srcset ?? '').split(/,\s+/)) visit(c.trim().split(/\s+/)[0] ?? '', pageUrl);
    }
  }
  for (const i of tags(html, 'image')) visit(i.href ?? i['xlink:href'] ?? '', pageUrl);
  // Bundled JS can import further chunks: count them, since the browser fetches them on load.
  for (const path of [...seen]) {
    if (kindOf(path) !== 'js') continue;
    const inside = decodeURIComponent(path).slice(basePath.length);
    const file = join(dist, inside);
    if (!existsSync(file)) continue;
    const js = readFileSync(file, 'utf8');
    for (const m of js.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(m[1] ?? '', new URL(path, pageUrl), 'js');
    }
  }
  return result;
}

/** The files a stylesheet asks for: its url()s and @imports. */
function cssRefs(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((u) => (u[1] ?? u[2] ?? '').trim());
}

/** HTML + CSS + JS, gzipped each file on its own (as a server compresses them): the budget's measure. */
export function htmlCssJsGzip(w: PageWeight): number {
  return w.byKind.html.gzip + w.byKind.css.gzip + w.byKind.js.gzip;
}

/** All JavaScript the page runs: linked files plus inline scripts. */
export function jsGzip(w: PageWeight): number {
  return w.byKind.js.gzip + w.inlineJs.gzip;
}

/** The map drawings in a page's HTML (`<svg class="map-svg …">`), each gzipped on its own. */
export function mapDrawingsGzip(html: string): number[] {
  return [...html.matchAll(/<svg class="map-svg[\s\S]*?<\/svg>/g)].map((m) => gzipSync(m[0], { level: 9 }).length);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * What a reader reads on the page, without any markup: the text of its <body> (scripts and styles
 * left out) and, once each, the addresses of the other sites it links to, which the printed page
 * writes out. Gzipped together, it is a floor under the page's weight: no markup, CSS or drawing can
 * make the page lighter than its own words, so a budget below it cannot be met without removing
 * something a reader reads.
 */
export function readerTextGzip(html: string): { raw: number; gzip: number } {
  const body = html.slice(Math.max(0, html.search(/<body\b/i)));
  const text = body
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
  const addresses = [...new Set([...body.matchAll(/<a\b[^>]*\shref="(https?:\/\/[^"]+)"/gi)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&')))];
  const all = Buffer.from([text, ...addresses].join('\n'));
  return { raw: all.length, gzip: gzipSync(all, { level: 9 }).length };
}
