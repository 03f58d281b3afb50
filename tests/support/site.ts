/**
 * What the quality specs check, found from the built site itself: the pages its sitemap lists (plus
 * the 404 page), and every .html file in the output folder. Nothing here names a particular page, so
 * new pages are checked as soon as the build emits them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The build output, wherever astro.config.mjs put it (OUT_DIR, default ./dist). */
export const distDir = join(root, process.env.OUT_DIR ?? 'dist');
/** The sub-path the site is built for (BASE_PATH), always with slashes at both ends. */
export const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** One page to load in the browser: its path on the server (base included) and the status it should answer. */
export interface SitePage {
  /** Path with the base, e.g. "/about/". */
  path: string;
  /** The HTTP status the preview server should answer with. */
  status: 200 | 404;
}

/** Every <loc> in an XML sitemap or sitemap index. */
export function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => decodeXml(m[1] ?? ''));
}

function decodeXml(s: string): string {
  return s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** The file in dist/ that serves a path on the site (base included), or undefined when none does. */
export function fileForPath(pathname: string): string | undefined {
  if (!pathname.startsWith(basePath) && `${pathname}/` !== basePath) return undefined;
  const inside = decodeURIComponent(pathname.slice(basePath.length));
  const candidates = inside === '' || inside.endsWith('/')
    ? [join(distDir, inside, 'index.html')]
    : [join(distDir, inside), join(distDir, inside, 'index.html'), join(distDir, `${inside}.html`)];
  return candidates.find((p) => existsSync(p) && statSync(p).isFile());
}

/**
 * The pages the sitemap lists, read from the sitemap files in dist/ (the same files the preview server
 * serves; a spec checks that), as paths with the base. The sitemap holds absolute URLs on the configured
 * `site`, so only the path is kept: the browser loads it from the preview server's origin.
 */
export function sitemapPaths(): string[] {
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) {
    throw new Error(`${relative(root, index)} is missing: is @astrojs/sitemap still in astro.config.mjs?`);
  }
  const paths: string[] = [];
  for (const sitemapUrl of locs(readFileSync(index, 'utf8'))) {
    const file = fileForPath(new URL(sitemapUrl).pathname);
    if (!file) throw new Error(`The sitemap index lists ${sitemapUrl}, which is not in ${relative(root, distDir)}/`);
    for (const pageUrl of locs(readFileSync(file, 'utf8'))) paths.push(new URL(pageUrl).pathname);
  }
  if (paths.length === 0) throw new Error('The sitemap lists no page.');
  return paths;
}

/** A path under the base that no page will ever have, to get the 404 page. */
export const missingPath = `${basePath}no-such-page-${'x'.repeat(8)}/`;

/**
 * Every page the browser specs visit: the sitemap's pages, and the 404 page when the build has one
 * (the sitemap never lists it; DESIGN.md asks for one, and it is checked as soon as it is built).
 */
export function sitePages(): SitePage[] {
  const pages: SitePage[] = sitemapPaths().map((path) => ({ path, status: 200 }));
  if (existsSync(join(distDir, '404.html'))) pages.push({ path: missingPath, status: 404 });
  return pages;
}

/** Every .html file in dist/, as paths relative to dist/ with forward slashes. */
export function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [relative(distDir, p).split(sep).join('/')] : [];
  });
}

/** The path on the site (base included) that serves a file of dist/, e.g. "about/index.html" → "/about/". */
export function pathForFile(file: string): string {
  if (file === '404.html') return missingPath;
  return `${basePath}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A short name for test titles. */
export function label(page: SitePage): string {
  return page.status === 404 ? '404 page' : page.path;
}
