/**
 * Chinese names on every machine and on paper: printed by a Chromium that sees no CJK font at all,
 * an entry page and the timeline still carry their Chinese names, in the subset font the build ships.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { cjkCharacters } from '../../src/lib/cjk.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { readEntries } from '../support/content.ts';
import { pdfText } from '../scripts/pdf-text.ts';
import { distDir, htmlFiles, label, pathForFile, root, sitePages } from '../support/site.ts';

const NAME = '索额图';
const outDir = join(root, 'tests/output/cjk');
const entry = readEntries().find((e) => e.body.includes(NAME) || JSON.stringify(e.data).includes(NAME));

/**
 * A fontconfig file that includes the system's configuration and rejects every font that covers
 * Chinese: what a reader's machine without fonts-noto-cjk sees, whatever this machine has.
 */
function fontconfigWithoutCjk(): string {
  const cjkFiles = execFileSync('fc-list', [':lang=zh', '--format', '%{file}\n'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const file = join(outDir, 'fonts-without-cjk.conf');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <selectfont><rejectfont>${cjkFiles.map((f) => `<glob>${esc(f)}</glob>`).join('')}</rejectfont></selectfont>\n</fontconfig>\n`,
  );
  return file;
}

/** The pages that show Chinese text (in their body, outside scripts and styles). */
function pagesWithCjk(): string[] {
  return htmlFiles()
    .filter((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      return cjkCharacters(html.slice(html.indexOf('<body')).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')).length > 0;
    })
    .map(pathForFile);
}

/**
 * Printed as a reader prints: the page loaded and left alone, then Chromium's print, which does not wait
 * for a font it has not been asked for yet. On the timeline page every Chinese name is in a part that is
 * skipped while off screen (base.css), so nothing on screen asks for the font: the page asks for it once
 * it has loaded (index.astro). Every page that shows Chinese is printed (the timeline, each entry, the
 * corrections page), and each page's Russian names print too, in a font that has Cyrillic: the
 * text of the PDF holds them (a glyph no font has prints as an empty box, which no text is read from).
 */
test('the entry page of the test name is among the pages with Chinese', () => {
  expect(entry, `an entry of content/ names ${NAME}`).toBeDefined();
  expect(pagesWithCjk()).toContain(`/${entry!.collection}/${entry!.id}/`);
  expect(pagesWithCjk()).toContain('/');
});

for (const path of pagesWithCjk()) {
  test(`${path} printed where no CJK font is installed embeds the subset font and keeps its Chinese and Russian text`, async ({ baseURL }) => {
    test.setTimeout(90_000);
    const env = { ...process.env, FONTCONFIG_FILE: fontconfigWithoutCjk() };
    expect(execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', env }).trim(), 'CJK fonts this browser can see').toBe('');

    const executablePath = findChromium();
    expect(executablePath, 'a Chromium to print with').toBeDefined();
    const browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS, env });
    try {
      const page = await browser.newPage();
      await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // What the page shows in Chinese and in Russian, as printed (not hidden on paper).
      await page.emulateMedia({ media: 'print' });
      const shown = (lang: string) =>
        page.evaluate((l) => {
          const el = [...document.querySelectorAll(`[lang^="${l}"]`)].find((e) => e.getClientRects().length > 0 && (e.textContent ?? '').trim());
          return (el?.textContent ?? '').replace(/\s+/g, '');
        }, lang);
      const chinese = await shown('zh');
      const russian = await shown('ru');
      await page.emulateMedia({ media: null });
      expect(chinese, 'Chinese text printed on the page').not.toBe('');
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const file = join(outDir, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'timeline'}-a4.pdf`);
      writeFileSync(file, pdf);

      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      const subset = fonts.split('\n').find((line) => /NotoSerifSC/i.test(line));
      expect(subset, `pdffonts lists the subset font:\n${fonts}`).toBeDefined();
      expect(subset!.split(/\s+/).includes('yes'), `embedded:\n${subset}`).toBe(true);

      const { pages } = await pdfText(new Uint8Array(pdf));
      const text = pages.join(' ').replace(/\s+/g, '');
      expect(text).toContain(chinese);
      if (path === `/${entry!.collection}/${entry!.id}/` || path === '/') expect(text).toContain(NAME);
      if (russian) expect(text, 'Russian text on paper').toContain(russian);
    } finally {
      await browser.close();
    }
  });
}

test('the subset font holds at most 30 KB and is declared on exactly the pages that show CJK text', () => {
  let fontFile: string | undefined;
  for (const file of htmlFiles()) {
    const html = readFileSync(join(distDir, file), 'utf8');
    const hasCjk = cjkCharacters(html.slice(html.indexOf('<body')).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')).length > 0;
    const link = /<style>@font-face \{[^<]*url\("[^"]*\/_astro\/(noto-serif-sc-subset\.[\w]+\.woff2)"\)[^<]*<\/style>/.exec(html);
    expect(Boolean(link), `${pathForFile(file)} shows CJK text: ${hasCjk}; declares the font: ${Boolean(link)}`).toBe(hasCjk);
    if (link) fontFile = link[1];
  }
  expect(fontFile, 'some page shows CJK text').toBeDefined();
  const bytes = readFileSync(join(distDir, '_astro', fontFile!)).length;
  expect(bytes, 'subset font size in bytes').toBeLessThanOrEqual(30 * 1024);
});

/**
 * Every piece of Chinese or Russian a page shows sits in an element marked with its language
 * (lang="zh…", lang="ru"): a screen reader reads it with a Chinese or Russian voice (WCAG 3.1.2,
 * language of parts), and only Chinese text is given the CJK font stack (props.css), so English text
 * neither waits for the subset nor falls back to it. A Russian source title and the Russian words of a
 * correction were read in an English voice before.
 */
const SCRIPTS = [
  { name: 'Chinese', pattern: '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]', lang: 'zh' },
  { name: 'Russian', pattern: '\\p{Script=Cyrillic}', lang: 'ru' },
];
for (const sitePage of sitePages()) {
  for (const script of SCRIPTS) {
    test(`${label(sitePage)}: its ${script.name} text is marked lang="${script.lang}…"`, async ({ page }) => {
      await page.goto(sitePage.path);
      const unmarked = await page.evaluate(({ pattern, lang: wanted }) => {
        const letters = new RegExp(pattern, 'u');
        const langPattern = new RegExp(`^${wanted}\\b`, 'i');
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style') || !letters.test(node.nodeValue ?? '')) continue;
          const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!langPattern.test(lang)) found.push(`"${(node.nodeValue ?? '').trim().slice(0, 80)}" (lang="${lang}")`);
        }
        return found;
      }, script);
      expect(unmarked, `${script.name} text not marked as ${script.name} on ${sitePage.path}`).toEqual([]);
    });
  }
}
