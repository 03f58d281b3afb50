/**
 * Keyboard use of every page: the skip link comes first and works, Tab reaches every interactive
 * element and each one shows a focus indicator, and heading levels never skip.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { label, sitePages } from '../support/site.ts';

/**
 * What makes a focus indicator, per painted part: the element itself and its descendants (SVG links
 * draw their ring by stroking the shapes inside them). Text colour and underline alone do not count.
 */
type FocusLook = string[];

declare global {
  interface Window {
    /** Installed by installLook(): the focus-related computed style of an element and its parts. */
    __focusLook?: (el: Element) => string[];
  }
}

/** Puts the style reader in the page once, so each Tab costs one short round trip. */
async function installLook(page: Page): Promise<void> {
  await page.evaluate(() => {
    const visible = (cs: CSSStyleDeclaration) => {
      const parts: string[] = [];
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !/^transparent$|^rgba\(.*, 0\)$/.test(cs.outlineColor)) {
        parts.push(`outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`);
      }
      if (cs.boxShadow !== 'none') parts.push(`box-shadow ${cs.boxShadow}`);
      if (cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0) parts.push(`stroke ${cs.stroke} ${cs.strokeWidth}`);
      parts.push(`border ${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}`, `background ${cs.backgroundColor}`);
      return parts.join('; ');
    };
    window.__focusLook = (el) => [el, ...el.querySelectorAll('*')].slice(0, 50).map((part) => visible(getComputedStyle(part)));
  });
}

/** True when any painted part looks different with focus than without. */
function showsFocus(focused: FocusLook, unfocused: FocusLook): boolean {
  return focused.some((part, i) => part !== unfocused[i]);
}

/** An interactive element as the spec sees it: a stable name for messages, and its look. */
interface Tabbable {
  key: string;
  name: string;
}

/**
 * Marks every element that the keyboard should reach with data-kbd="<n>" and returns them in DOM
 * order. Interactive = links with href, form controls, summary, anything with tabindex ≥ 0; minus
 * what is disabled, inert, in a closed <details> or not rendered (display: none, visibility: hidden).
 */
async function markInteractive(page: Page): Promise<Tabbable[]> {
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'area[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      'iframe',
      '[contenteditable]:not([contenteditable="false"])',
      '[tabindex]',
    ].join(',');
    const native = /^(a|area|button|input|select|textarea|summary|iframe)$/;
    const found: { key: string; name: string }[] = [];
    document.querySelectorAll<HTMLElement | SVGElement>(selector).forEach((el, i) => {
      // tabindex=-1 on a link or control takes it away from the keyboard: still counted, so that it
      // fails, unless it sits in an aria-hidden duplicate (e.g. a chart whose links the text repeats).
      // On anything else tabindex=-1 only makes it a target for focus from script or a #link.
      if (el.tabIndex < 0 && (!native.test(el.localName) || el.closest('[aria-hidden="true"]'))) return;
      if ((el as HTMLButtonElement).disabled) return;
      if (el.closest('[inert]')) return;
      if (el.tagName.toLowerCase() === 'summary' && el.parentElement?.firstElementChild !== el) return;
      // A closed <details> hides its content from Tab; it is reached once opened, not before.
      const closed = el.closest('details:not([open])');
      if (closed && !(el.tagName.toLowerCase() === 'summary' && el.parentElement === closed)) return;
      if (!el.checkVisibility({ visibilityProperty: true })) return;
      const key = String(i);
      el.setAttribute('data-kbd', key);
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const href = el.getAttribute('href');
      found.push({ key, name: `<${el.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}> "${text}"` });
    });
    return found;
  });
}

/** The look of every marked element, keyed by data-kbd, while none has focus. */
async function unfocusedLooks(page: Page): Promise<Map<string, FocusLook>> {
  const looks = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    return [...document.querySelectorAll('[data-kbd]')].map((el) => [el.getAttribute('data-kbd') ?? '', window.__focusLook?.(el) ?? []] as const);
  });
  return new Map(looks);
}

/**
 * The focused element, in one round trip: its data-kbd and look, or a description of it when it is
 * not one of the marked elements ("(body)" once focus has left the page).
 */
async function focused(page: Page): Promise<{ key: string; look?: FocusLook }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { key: '(body)' };
    const key = el.getAttribute('data-kbd');
    if (key === null) {
      // Chromium makes scroll containers keyboard-focusable by itself, so the keyboard can scroll them.
      const cs = getComputedStyle(el);
      const scrolls = /auto|scroll/.test(cs.overflowX + cs.overflowY) && (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
      return { key: scrolls ? '(scroller)' : `(unmarked <${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>)` };
    }
    return { key, look: window.__focusLook?.(el) ?? [] };
  });
}

for (const sitePage of sitePages()) {
  test.describe(label(sitePage), () => {
    test('the first Tab reaches a visible skip link, which moves focus to main', async ({ page }) => {
      await page.goto(sitePage.path);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      await expect(skip, 'the first Tab stop is a link to #main').toHaveAttribute('href', /#main$/);
      await expect(skip).toBeInViewport();
      const box = await skip.boundingBox();
      expect(box && box.width > 1 && box.height > 1, 'the focused skip link has a size on screen').toBe(true);
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });

    test('Tab reaches every interactive element, and each shows a focus indicator', async ({ page }) => {
      // One key press and one round trip per element: the timeline page has hundreds of links.
      test.setTimeout(120_000);
      await page.goto(sitePage.path);
      const tabbables = await markInteractive(page);
      await installLook(page);
      const names = new Map(tabbables.map((t) => [t.key, t.name]));
      const unfocused = await unfocusedLooks(page);

      const reached = new Set<string>();
      const noIndicator: string[] = [];
      const strays: string[] = [];
      // Twice the count, plus slack, is enough to go round once; stop when focus leaves the page.
      for (let i = 0; i < tabbables.length * 2 + 5; i++) {
        await page.keyboard.press('Tab');
        const { key, look } = await focused(page);
        if (key === '(body)') break;
        if (key === '(scroller)') continue;
        if (key.startsWith('(unmarked')) {
          strays.push(key);
          continue;
        }
        if (reached.has(key)) break;
        reached.add(key);
        const before = unfocused.get(key);
        if (look && before && !showsFocus(look, before)) noIndicator.push(`${names.get(key)}: ${look[0] ?? ''}`);
      }
      const missed = tabbables.filter((t) => !reached.has(t.key)).map((t) => t.name);
      // One assertion, so that a failure lists every kind of problem at once.
      expect(
        { neverReached: missed, noVisibleFocus: noIndicator, notInteractive: strays },
        `keyboard problems on ${sitePage.path}`,
      ).toEqual({ neverReached: [], noVisibleFocus: [], notInteractive: [] });
    });

    test('heading levels start at h1 and never skip a level', async ({ page }) => {
      await page.goto(sitePage.path);
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
          // display: none takes a heading out of the outline; visually hidden ones stay in it.
          .filter((h) => h.checkVisibility())
          .map((h) => ({
            level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
            text: (h.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
          })),
      );
      expect(headings[0]?.level, `the first heading on ${sitePage.path} is an h1`).toBe(1);
      const skips: string[] = [];
      headings.forEach((h, i) => {
        const previous = headings[i - 1];
        if (previous && h.level > previous.level + 1) {
          skips.push(`h${previous.level} "${previous.text}" → h${h.level} "${h.text}"`);
        }
      });
      expect(skips, `heading levels skipped on ${sitePage.path}`).toEqual([]);
      expect(headings.filter((h) => h.level === 1).length, `exactly one h1 on ${sitePage.path}`).toBe(1);
    });

    test('each heading is filed under a heading of its own part of the page', async ({ page }) => {
      await page.goto(sitePage.path);
      // A screen reader's outline puts a heading under the nearest heading above it of a lower level;
      // that heading's section (its closest section, article, aside, nav, figure or main) must hold
      // it, or a part of the page is filed under another ("How it began" under "Milestones"). The h1
      // stands for the whole page.
      const misfiled = await page.evaluate(() => {
        const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility());
        const level = (h: HTMLElement) => Number(h.tagName.slice(1));
        const text = (h: HTMLElement) => (h.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        return headings.flatMap((h, i) => {
          const above = headings.slice(0, i).findLast((p) => level(p) < level(h));
          if (!above || level(above) === 1) return [];
          const part = above.closest('section, article, aside, nav, figure, main');
          return part?.contains(h) ? [] : [`h${level(h)} "${text(h)}" under h${level(above)} "${text(above)}"`];
        });
      });
      expect(misfiled, `headings filed under another part of ${sitePage.path}`).toEqual([]);
    });
  });
}
