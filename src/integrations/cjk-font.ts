/**
 * Chinese names on every machine and on paper: after the build, collects the CJK characters the
 * built pages render, subsets Noto Serif SC (from npm) to exactly those as WOFF2 with subset-font,
 * and writes its @font-face into the head of the pages that have any. The rule is a <style> in the
 * page, as the site's own CSS is (astro.config.mjs, inlineStylesheets), so no stylesheet request stands
 * between the page and its first paint; its hash joins the page's Content-Security-Policy, which allows
 * no other inline style. The font is not preloaded: Chromium holds the first paint for a preloaded
 * font, which on a slow phone line cost about 300 ms (`npm run bench`), and only text marked as
 * Chinese uses it (props.css), so the browser asks for it when it lays such text out.
 * Reading the built HTML, not content/, catches text made at build time (dates, generated labels).
 *
 * In `astro dev` there is no built HTML: the dev server serves a subset of the CJK characters in
 * content/ and src/ (which holds the Qing reign names and numerals the dates are written with), cut
 * when first asked for and again when those files change, so an editor without a CJK font sees the
 * names too. It is linked from every page by a one-line script that only the dev server injects.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { cjkCharacters, cjkFontFace } from '../lib/cjk';
import { CSP_META, filesUnder, hashSource } from './built-pages';

const require = createRequire(import.meta.url);
/** The full Noto Serif SC Regular (SIL Open Font License) that the subset is cut from. */
const SOURCE_FONT = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');

/** The text a reader sees: the body, without scripts and styles (the head only names the page). */
function bodyText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
}


/** The CJK characters of every text file under these folders: what the dev server's subset covers. */
export function sourceCharacters(dirs: readonly string[]): string[] {
  const text = dirs.flatMap(filesUnder).filter((f) => /\.(mdx?|ya?ml|json|ts|astro)$/.test(f)).map((f) => readFileSync(f, 'utf8'));
  return cjkCharacters(text.join(''));
}

/** Where the dev server serves its font and stylesheet, under the site's base. */
export const devPaths = (base: string) => ({ css: `${base}_cjk-dev/font.css`, font: `${base}_cjk-dev/font.woff2` });

/**
 * The dev server's handler for the subset font and its @font-face: answers the two dev paths and
 * passes anything else on. The subset is cut again only when a file under `dirs` changed.
 */
export function devFontHandler(base: string, dirs: readonly string[]) {
  const paths = devPaths(base);
  let cached: { stamp: number; css: string; font: Uint8Array } | undefined;
  const current = async () => {
    const stamp = Math.max(...dirs.flatMap(filesUnder).map((f) => statSync(f).mtimeMs));
    if (cached?.stamp !== stamp) {
      const chars = sourceCharacters(dirs);
      cached = { stamp, css: cjkFontFace(paths.font, chars), font: await subsetOf(chars) };
    }
    return cached;
  };
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const url = (req.url ?? '').split('?')[0];
    if (url !== paths.css && url !== paths.font) return next();
    const { css, font } = await current();
    res.setHeader('Content-Type', url === paths.css ? 'text/css; charset=utf-8' : 'font/woff2');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(url === paths.css ? css : font);
  };
}

/** Noto Serif SC cut down to exactly these characters, as WOFF2. */
const subsetOf = (chars: readonly string[]) => subsetFont(readFileSync(SOURCE_FONT), chars.join(''), { targetFormat: 'woff2' });

/** The site's base path with its closing slash, as the links to the font are written. */
const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

const hash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex').slice(0, 10);

/**
 * `html` with `<style>{css}</style>` at the end of its head, and that style's SHA-256 hash added to the
 * style-src of the page's <meta http-equiv="content-security-policy"> (Astro's security.csp writes
 * it, with a hash for each style of its own). A page without that meta, or whose policy has no
 * style-src, is an error: the style would be blocked, or the policy would no longer be the site's.
 */
export function withInlineStyle(html: string, css: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error('cjk-font: a page with CJK text has no content-security-policy <meta>');
  const policy = meta[2]!;
  if (!/(^|;)\s*style-src\s/.test(policy)) throw new Error(`cjk-font: the page's policy has no style-src: ${policy}`);
  const updated = policy.replace(/((?:^|;)\s*style-src\s[^;]*)/, `$1 ${hashSource(css)}`);
  return html
    .replace(meta[0], `${meta[1]}${updated}${meta[3]}`)
    .replace('</head>', `<style>${css}</style></head>`);
}

export default function cjkFont(): AstroIntegration {
  let base = '/';
  return {
    name: 'cjk-font',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript }) => {
        if (command !== 'dev') return;
        const href = devPaths(withSlash(config.base)).css;
        injectScript('head-inline', `document.head.append(Object.assign(document.createElement('link'),{rel:'stylesheet',href:${JSON.stringify(href)}}))`);
      },
      'astro:config:done': ({ config }) => {
        base = withSlash(config.base);
      },
      'astro:server:setup': ({ server }) => {
        const root = server.config.root;
        const handler = devFontHandler(base, [join(root, 'content'), join(root, 'src')]);
        server.middlewares.use((req, res, next) => void handler(req, res, next).catch(next));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = filesUnder(outDir).filter((f) => f.endsWith('.html')).map((file) => {
          const html = readFileSync(file, 'utf8');
          return { file, html, chars: cjkCharacters(bodyText(html)) };
        });
        const chars = cjkCharacters(pages.map((p) => p.chars.join('')).join(''));
        if (chars.length === 0) return;
        const font = await subsetOf(chars);
        const fontUrl = `${base}_astro/noto-serif-sc-subset.${hash(font)}.woff2`;
        const css = cjkFontFace(fontUrl, chars);
        mkdirSync(join(outDir, '_astro'), { recursive: true });
        writeFileSync(join(outDir, fontUrl.slice(base.length)), font);
        let declared = 0;
        for (const p of pages) {
          if (p.chars.length === 0 || !p.html.includes('</head>')) continue;
          writeFileSync(p.file, withInlineStyle(p.html, css));
          declared++;
        }
        logger.info(`${chars.length} CJK characters, subset font ${font.length} bytes, declared on ${declared} page(s)`);
      },
    },
  };
}
