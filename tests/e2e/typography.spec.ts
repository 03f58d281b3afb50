/**
 * Rendered text uses typographic quotes throughout: front-matter values as well as the MDX prose; no
 * sentence ends twice (a reference list adding its full stop after a title that ends in "?"); no
 * date the site writes is broken across two lines; and no range of years, days or pages either; and
 * a quotation within a quotation is in single quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/worker-page.ts';
import { distDir, htmlFiles, label, sitePages } from '../support/site.ts';
import { KEPT_TOGETHER } from '../../src/lib/typography.ts';
import { doubleQuoteFaults } from '../support/quotes.ts';

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} shows no straight quote or apostrophe`, async ({ page }) => {
    await page.goto(sitePage.path);
    const stray = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
      const texts = [document.title, ...(body.textContent ?? '').split('\n')];
      return texts.map((t) => t.trim()).filter((t) => /['"]/.test(t));
    });
    expect(stray, `text with ' or " on ${sitePage.path}`).toEqual([]);
  });
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} opens no double quote inside another, and leaves none open`, async ({ page }) => {
    await page.goto(sitePage.path);
    // The text of each block (a paragraph, list item, heading, cell, caption, quotation, chart label),
    // hidden text included, with the page's title and description, which link previews show.
    const blocks = await page.evaluate(() => {
      const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, dd, dt, td, th, caption, figcaption, blockquote, summary, button, title, desc, text';
      const groups = new Map<Element, string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template, noscript')) continue;
        const block = parent.closest(BLOCK) ?? parent;
        groups.set(block, (groups.get(block) ?? '') + (node.nodeValue ?? ''));
      }
      return [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '', ...groups.values()];
    });
    expect(blocks.length, 'blocks read').toBeGreaterThan(2);
    expect(blocks.flatMap(doubleQuoteFaults), `quotes on ${sitePage.path}`).toEqual([]);
  });
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} ends no sentence twice ("?." or "!.")`, async ({ page }) => {
    await page.goto(sitePage.path);
    const doubled = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
      // URLs written out may hold anything: leave them out.
      body.querySelectorAll('a[data-url-text]').forEach((el) => el.remove());
      return [...(body.textContent ?? '').matchAll(/.{0,40}[?!][\u2019\u201d]?\..{0,20}/g)].map((m) => m[0]);
    });
    expect(doubled, `text with "?." or "!." on ${sitePage.path}`).toEqual([]);
  });
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} runs no word into a link or an emphasis, and repeats no date or range straight after itself`, async ({ page }) => {
    await page.goto(sitePage.path);
    const faults = await page.evaluate(() => {
      const out: string[] = [];
      // A word glued to an inline element's text: "page</a>gathers" reads "pagegathers". Latin letters and
      // digits only (Chinese is written without spaces); text hidden for screen readers is left out.
      const inline = 'a, em, strong, cite, q, abbr, time, i, b, dfn';
      for (const el of document.body.querySelectorAll<HTMLElement>(inline)) {
        if (el.closest('.visually-hidden, script, style, template, noscript')) continue;
        const text = el.textContent ?? '';
        const next = el.nextSibling;
        const prev = el.previousSibling;
        if (next?.nodeType === Node.TEXT_NODE && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(next.textContent ?? '')) {
          out.push(`${text.slice(-30)}|${(next.textContent ?? '').slice(0, 20)}`);
        }
        if (prev?.nodeType === Node.TEXT_NODE && /[A-Za-z0-9]$/.test(prev.textContent ?? '') && /^[A-Za-z0-9]/.test(text)) {
          out.push(`${(prev.textContent ?? '').slice(-20)}|${text.slice(0, 30)}`);
        }
      }
      // A title that already ends in its years, followed by the same years again: "Nerchinsk, 1654–1689 (1654–1689)".
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('script, style, template, noscript, .visually-hidden').forEach((el) => el.remove());
      for (const m of (body.textContent ?? '').matchAll(/(\d{4}(?:\u2013\d{4})?)\s*\(\1\)/g)) out.push(m[0]);
      return out;
    });
    expect(faults, `glued or repeated text on ${sitePage.path}`).toEqual([]);
  });
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} at 320 px breaks no date the site writes across two lines`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(sitePage.path);
    const broken = await page.evaluate(() => {
      const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
      // "6 September 1689", "20–22 March 2023", "20 March", "September 1689".
      const date = new RegExp(`(?:\\d{1,2}(?:–\\d{1,2})? )?${month}(?: \\d{4})?`, 'g');
      const found: string[] = [];
      // Dates the site writes itself (the prose's and the titles' own dates are the text's): <time>s,
      // and the periods of the 404 page's list of entries.
      for (const el of document.querySelectorAll('time, .not-found-dates')) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(date)) {
            if (!m[0].includes(' ')) continue;
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
            if (lines.size > 1) found.push(m[0]);
          }
        }
      }
      return [...new Set(found)];
    });
    expect(broken, `dates broken across lines on ${sitePage.path} at 320 px`).toEqual([]);
  });
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} at 320 px starts no line with a citation that follows its word without a space`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(sitePage.path);
    const orphans = await page.evaluate(async () => {
      const found: string[] = [];
      for (const sup of document.querySelectorAll('sup.cite')) {
        // Draw the skipped part (content-visibility) it is in, so that its lines are laid out.
        sup.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const before = sup.previousSibling;
        const text = before?.nodeType === Node.TEXT_NODE ? (before.textContent ?? '') : '';
        // "…miles)[10]": no space, so the number belongs to the word before it; a space is a break the text allows.
        if (!text || /\s$/.test(text)) continue;
        const range = document.createRange();
        range.setStart(before!, text.length - 1);
        range.setEnd(before!, text.length);
        const last = range.getBoundingClientRect();
        const cite = sup.getBoundingClientRect();
        if (cite.top >= last.bottom - 1) found.push(`${text.slice(-30)}${sup.textContent}`);
      }
      return found;
    });
    expect(orphans, `citations alone at the start of a line on ${sitePage.path}`).toEqual([]);
  });
}

/**
 * The MDX components that sit in a sentence (Term, Cite, ClaimRef) stay in their paragraph. MDX makes
 * a component written alone on its line a block of its own, which splits the sentence around it
 * into two paragraphs with the term between them, shown as a gap on a phone.
 */
test('no sentence is split around a term, a citation or a claim link written alone on its line', () => {
  const files = htmlFiles();
  expect(files.length, 'HTML files in the build').toBeGreaterThan(0);
  const inline = /<\/p>\s*(<span class="term"|<sup class="cite"|<a class="claim-ref")[^]{0,80}/g;
  const split = files.flatMap((file) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(inline)].map((m) => `${file}: ${m[0].replace(/<[^>]+>/g, '').slice(0, 60)}`),
  );
  expect(split, 'a paragraph closed just before an inline component').toEqual([]);
});

// A phone (320 px and a common 412 px) and a desktop: where a title or a link wraps differs at each.
for (const width of [320, 412, 1280]) {
  for (const sitePage of sitePages()) {
    test(`${label(sitePage)} at ${width} px breaks no range ("1654–1689", "March–July"), en-dash pair ("Li–Lobanov") or day and month ("4 February") across two lines`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(sitePage.path);
      const broken = await page.evaluate((pair) => {
        // Lay out the parts content-visibility skips (through the CSSOM: the CSP refuses a <style>).
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
        }
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // SVG text is placed by the chart, never wrapped.
          if (!node.parentElement || node.parentElement.closest('script, style, svg')) continue;
          const text = node.textContent ?? '';
          for (const m of text.matchAll(new RegExp(pair, 'gu'))) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
            if (lines.size > 1) found.push(`${m[0]} in “…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length)}”`);
          }
        }
        return [...new Set(found)];
      }, KEPT_TOGETHER.source);
      expect(broken, `ranges broken across lines on ${sitePage.path} at ${width} px`).toEqual([]);
      // Kept together, a range must not push the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    });
  }
}

/**
 * A period is written as two <time>s ("<time>20</time>–<time>22 March 2023</time>"): the dash between
 * them is in a text node of its own, out of the reach of the text-node checks above and of the
 * middleware, which only sees a range written in one piece. Joined by an unspaced dash, the two dates
 * stay on one line; a spaced dash ("3 June 1896 – 9 July 1900") may break after the dash, never before
 * it: a line does not start with a dash, which reads as a new item or a minus.
 */
for (const width of [320, 412]) {
  for (const sitePage of sitePages()) {
    test(`${label(sitePage)} at ${width} px breaks no period of two dates joined by an en dash ("20–22 March 2023") and starts no line with its dash`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(sitePage.path);
      const periods = await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
        }
        const found: { text: string; broken: boolean }[] = [];
        const lineOf = (r: Range) => Math.round([...r.getClientRects()].filter((b) => b.width > 0).at(-1)?.bottom ?? NaN);
        for (const start of document.querySelectorAll('time')) {
          const dash = start.nextSibling;
          const end = dash?.nextSibling;
          const sep = dash?.textContent ?? '';
          if (dash?.nodeType !== Node.TEXT_NODE || !/^\s?\u2013\s?$/.test(sep) || !(end instanceof HTMLTimeElement)) continue;
          const range = document.createRange();
          range.setStartBefore(start);
          range.setEndAfter(end);
          let broken: boolean;
          if (sep === '\u2013') {
            broken = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size > 1;
          } else {
            // Spaced: the dash ends the line of the first date.
            const first = document.createRange();
            first.selectNodeContents(start);
            const mark = document.createRange();
            const at = sep.indexOf('\u2013');
            mark.setStart(dash, at);
            mark.setEnd(dash, at + 1);
            broken = lineOf(first) !== lineOf(mark);
          }
          found.push({ text: range.toString(), broken });
        }
        return found;
      });
      const broken = periods.filter((p) => p.broken).map((p) => p.text);
      expect(broken, `periods broken across lines on ${sitePage.path} at ${width} px`).toEqual([]);
    });
  }
}
