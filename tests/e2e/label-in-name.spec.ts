/**
 * Label in name (WCAG 2.5.3, level A), checked by the browser, on every page, at every chart width:
 * the accessible name of each link and button contains the text a sighted reader sees on it, so a
 * speech-input user who says "click 1 Nerchinsk" hits the band labelled "1 Nerchinsk, 1654–1689".
 *
 * axe's rule `label-content-name-mismatch` misses one case that matters here: it takes the visible
 * text from the accessibility tree, so text marked `aria-hidden` under an `aria-label` counts as
 * no visible text at all and the link passes. This check reads what is painted instead.
 */
import { expect, test } from './helpers/worker-page.ts';
import { basePath, label, sitePages } from '../support/site.ts';
import { CHART_VARIANTS } from '../../src/lib/timeline/variants.ts';

interface Mismatch {
  html: string;
  visible: string;
  name: string;
}

/** Runs in the page: every link and button whose computed name lacks its visible text. */
function mismatches(): Mismatch[] {
  // Letters and digits only, lower case: punctuation and spacing do not change what is said.
  const words = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const painted = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
  };
  /** The text a sighted reader sees in the element: painted text nodes, aria-hidden or not. */
  const visibleText = (el: Element): string => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (parent && painted(parent)) parts.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element)) return;
      // An SVG <title> or <desc> is a tooltip or a description, never painted text.
      if (node.localName === 'title' || node.localName === 'desc') return;
      for (const child of node.childNodes) walk(child);
    };
    walk(el);
    return parts.join('');
  };
  /** The accessible name, as the ARIA name computation gives it for these elements. */
  const nameOf = (el: Element): string => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const aria = el.getAttribute('aria-label');
    if (aria?.trim()) return aria;
    if (el instanceof SVGElement) {
      const title = [...el.children].find((c) => c.localName === 'title');
      if (title) return title.textContent ?? '';
    }
    // Name from content: everything not hidden from the accessibility tree.
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) return void parts.push(node.textContent ?? '');
      if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return;
      if (node.localName === 'title' || node.localName === 'desc') return;
      const alt = node.getAttribute('alt');
      if (alt !== null) return void parts.push(alt);
      for (const child of node.childNodes) walk(child);
    };
    walk(el);
    return parts.join('');
  };
  const found: Mismatch[] = [];
  for (const el of document.querySelectorAll('a[href], button')) {
    if (!painted(el) && !(el instanceof SVGElement)) continue;
    const visible = words(visibleText(el));
    if (!visible) continue;
    const name = words(nameOf(el));
    if (!name.includes(visible)) found.push({ html: el.outerHTML.slice(0, 160), visible, name });
  }
  return found;
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)}: every link's and button's name contains its visible text`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(sitePage.path);
    const found = await page.evaluate(mismatches);
    expect(found, found.map((m) => `${m.html}\n  sees "${m.visible}", hears "${m.name}"`).join('\n')).toEqual([]);
  });
}

// The charts are drawn once per width; each drawing is shown only in its own range of widths.
// A viewport width inside each drawing's range; the visibility check below proves it is.
const VIEWPORT = { wide: 1400, medium: 800, narrow: 320 } as const;
for (const variant of CHART_VARIANTS) {
  test(`charts drawn for ${variant.key} screens: every link's name contains its visible text`, async ({ page }) => {
    await page.setViewportSize({ width: VIEWPORT[variant.key], height: 900 });
    await page.goto(basePath);
    const shown = page.locator(`.charts .variant-${variant.key}`).first();
    await expect(shown).toBeVisible();
    const found = await page.evaluate(mismatches);
    expect(found, found.map((m) => `${m.html}\n  sees "${m.visible}", hears "${m.name}"`).join('\n')).toEqual([]);
  });
}
