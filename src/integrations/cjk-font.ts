/**
 * Chinese names on every machine and on paper: after the build, collects the CJK characters the
 * built pages render, subsets Noto Serif SC (from npm) to exactly those as WOFF2 with subset-font,
 * and links the @font-face stylesheet (with a preload of the font) from the pages that have any.
 * Reading the built HTML, not content/, catches text made at build time (dates, generated labels).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { cjkCharacters, cjkFontFace } from '../lib/cjk';

const require = createRequire(import.meta.url);
/** The full Noto Serif SC Regular (SIL Open Font License) that the subset is cut from. */
const SOURCE_FONT = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

/** The text a reader sees: the body, without scripts and styles (the head only names the page). */
function bodyText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
}

const hash = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex').slice(0, 10);

export default function cjkFont(): AstroIntegration {
  let base = '/';
  return {
    name: 'cjk-font',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = htmlFiles(outDir).map((file) => {
          const html = readFileSync(file, 'utf8');
          return { file, html, chars: cjkCharacters(bodyText(html)) };
        });
        const chars = cjkCharacters(pages.map((p) => p.chars.join('')).join(''));
        if (chars.length === 0) return;
        const font = await subsetFont(readFileSync(SOURCE_FONT), chars.join(''), { targetFormat: 'woff2' });
        const fontName = `noto-serif-sc-subset.${hash(font)}.woff2`;
        const css = cjkFontFace(fontName, chars);
        const cssName = `cjk.${hash(css)}.css`;
        mkdirSync(join(outDir, '_astro'), { recursive: true });
        writeFileSync(join(outDir, '_astro', fontName), font);
        writeFileSync(join(outDir, '_astro', cssName), css);
        const tags =
          `<link rel="preload" href="${base}_astro/${fontName}" as="font" type="font/woff2" crossorigin>` +
          `<link rel="stylesheet" href="${base}_astro/${cssName}">`;
        let linked = 0;
        for (const p of pages) {
          if (p.chars.length === 0 || !p.html.includes('</head>')) continue;
          writeFileSync(p.file, p.html.replace('</head>', `${tags}</head>`));
          linked++;
        }
        logger.info(`${chars.length} CJK characters, subset font ${font.length} bytes, linked from ${linked} page(s)`);
      },
    },
  };
}
