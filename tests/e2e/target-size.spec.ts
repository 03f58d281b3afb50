/**
 * Target size (WCAG 2.2 SC 2.5.8, level AA) on every page, at the widths where each drawing is
 * smallest (WIDTHS, below). The SC: a target is at
 * least 24 × 24 CSS px, meaning a solid 24 px square, upright, fits inside the area that takes the
 * pointer; or, undersized, it is spaced: a 24 px circle centred on its bounding box meets no other
 * target and no other undersized target's circle; or it is a link in a line of words (inline).
 *
 * HTML links and buttons are read from the boxes the browser drew. A drawing's links (SVG) are not
 * boxes: a mark is a dot, a label a run of glyphs, and one mark may lie over another. So their areas
 * are measured as the SC defines a target, by the pointer itself: the pixels round each link are hit
 * tested (document.elementFromPoint; every second one, then each one where those differ), and a
 * link's area is the pixels where a tap lands on it. The size test looks for a whole 25 × 25 block
 * of such pixels (sampled at pixel centres, so at least 24 px across whatever the sub-pixel offset);
 * the spacing test centres the circle on the bounding box of those pixels and looks for another
 * link's pixel, or an HTML target's box, inside it, or another undersized target's circle.
 * The equivalent-control exception is not used: every link of a drawing has to pass by itself.
 */
import { expect, test } from './helpers/worker-page.ts';
import { label, sitePages } from '../support/site.ts';

interface Fault {
  html: string;
  size: string;
  why: string;
}

/** Runs in the page: every target that meets none of 2.5.8's conditions. */
async function faults(): Promise<Fault[]> {
  const selector = 'a[href], button, summary, input:not([type="hidden"]), select, textarea, [role="button"], [role="link"]';
  /** Whole pixels of the page (document coordinates), as one number: y × 4096 + x. */
  const W = 4096;
  const key = (x: number, y: number) => y * W + x;
  interface Target {
    el: Element;
    /** Bounding box in document coordinates: of the element (HTML) or of its hit pixels (SVG). */
    left: number;
    top: number;
    right: number;
    bottom: number;
    small: boolean;
    cx: number;
    cy: number;
    /** SVG links only: the pixels where the pointer lands on this link. */
    pixels?: Set<number>;
  }
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const targets: Target[] = [];
  const inSvg: Element[] = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!shown(el)) continue;
    if (el.closest('svg')) {
      inSvg.push(el);
      continue;
    }
    const box = el.getBoundingClientRect();
    // Shown only on focus (.visually-hidden-focusable): no target for a finger until then.
    if (box.width <= 1 || box.height <= 1) continue;
    // Half a pixel of slack for fractional layout; 24 px is the bar.
    const small = box.width < 23.5 || box.height < 23.5;
    const top = box.top + scrollY;
    targets.push({ el, left: box.left, top, right: box.right, bottom: top + box.height, small, cx: box.x + box.width / 2, cy: top + box.height / 2 });
  }

  // The drawings' links: hit test every pixel of their boxes, widened by 4 px for strokes and halos.
  // On a page this long a hit test takes a tenth of a millisecond or more, so each drawing is tested
  // alone: every element beside its ancestors is hidden for the while (which leaves its own width,
  // set by its column, as it was; checked below), and each pixel is keyed by where it was on the page.
  const owner = new Map<number, Target>();
  const byLink = new Map<Element, Target>();
  const saved = scrollY;
  const drawings = new Set(inSvg.map((el) => el.closest('svg')!));
  for (const svg of drawings) {
    const links = inSvg.filter((el) => svg.contains(el));
    const before = svg.getBoundingClientRect();
    const pageX = before.left;
    const pageY = before.top + scrollY;
    // Each link's box, widened, in whole pixels of the page.
    const boxes = links.map((el) => {
      const box = el.getBoundingClientRect();
      return {
        x0: Math.max(0, Math.floor(box.left) - 4),
        x1: Math.min(innerWidth - 1, Math.ceil(box.right) + 4),
        y0: Math.max(0, Math.floor(box.top + scrollY) - 4),
        y1: Math.ceil(box.bottom + scrollY) + 4,
      };
    });
    const hidden: [HTMLElement | SVGElement, string][] = [];
    for (let el: Element = svg; el.parentElement && el !== document.body; el = el.parentElement) {
      for (const sibling of el.parentElement.children) {
        if (sibling === el || !(sibling instanceof HTMLElement || sibling instanceof SVGElement)) continue;
        hidden.push([sibling, sibling.style.getPropertyValue('display')]);
        sibling.style.setProperty('display', 'none', 'important');
      }
    }
    window.scrollTo({ top: 0, behavior: 'instant' });
    const alone = svg.getBoundingClientRect();
    if (Math.abs(alone.width - before.width) > 0.01 || Math.abs(alone.height - before.height) > 0.01) {
      throw new Error(`a drawing changed size when shown alone: ${before.width} × ${before.height}, then ${alone.width} × ${alone.height}`);
    }
    const wanted = new Set<number>();
    for (const b of boxes) for (let y = b.y0; y <= b.y1; y++) for (let x = b.x0; x <= b.x1; x++) wanted.add(key(x, y));
    // Where pixel (x, y) of the page lies on the screen now: its offset from the drawing's corner,
    // from that corner's place. elementFromPoint sees only the viewport: scroll where it is out.
    let shift = svg.getBoundingClientRect().top - pageY;
    const probe = (x: number, y: number): Element | null => {
      if (y + 0.5 + shift < 0 || y + 0.5 + shift >= innerHeight) {
        window.scrollTo({ top: Math.max(0, alone.top + y + 0.5 - pageY - 1), behavior: 'instant' });
        shift = svg.getBoundingClientRect().top - pageY;
        if (y + 0.5 + shift < 0 || y + 0.5 + shift >= innerHeight) return null;
      }
      const link = document.elementFromPoint(x + 0.5 + alone.left - pageX, y + 0.5 + shift)?.closest(selector);
      return link && svg.contains(link) ? link : null;
    };
    // Every second pixel each way first; a pixel between four that agree (one link, or none) is
    // theirs, any other is tested itself: about four times fewer tests, every edge found to the
    // pixel. Only a shape thinner than 2 px lying wholly between the samples (a hairline) can be missed.
    const seen = new Map<number, Element | null>();
    const byRow = (ks: Iterable<number>) => [...ks].sort((p, q) => p - q);
    const even = byRow([...wanted].filter((k) => k % 2 === 0 && Math.floor(k / W) % 2 === 0));
    for (const k of even) seen.set(k, probe(k % W, Math.floor(k / W)));
    for (const k of byRow(wanted)) {
      if (seen.has(k)) continue;
      const x = k % W;
      const y = Math.floor(k / W);
      const x0 = x - (x % 2);
      const y0 = y - (y % 2);
      const corners = [key(x0, y0), key(x0 + 2, y0), key(x0, y0 + 2), key(x0 + 2, y0 + 2)];
      const first = seen.get(corners[0]!);
      const agree = first !== undefined && corners.every((c) => seen.has(c) && seen.get(c) === first);
      seen.set(k, agree ? first : probe(x, y));
    }
    for (const [k, link] of seen) {
      if (!link) continue;
      let t = byLink.get(link);
      if (!t) {
        t = { el: link, left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity, small: true, cx: 0, cy: 0, pixels: new Set() };
        byLink.set(link, t);
      }
      t.pixels!.add(k);
      owner.set(k, t);
    }
    for (const [el, display] of hidden) el.style.setProperty('display', display);
  }
  window.scrollTo({ top: saved, behavior: 'instant' });

  /** Whether a solid upright square of `side` pixels (whole pixels, all the link's) fits in the area. */
  const fitsSquare = (t: Target, side: number) => {
    const w = t.right - t.left;
    const h = t.bottom - t.top;
    if (w < side || h < side) return false;
    // Runs of the link's pixels: across (per row), then down the columns of those run lengths.
    const across = new Uint16Array(w * h);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const on = t.pixels!.has(key(t.left + x, t.top + y));
        across[y * w + x] = on ? (x > 0 ? across[y * w + x - 1]! : 0) + 1 : 0;
      }
    }
    for (let x = side - 1; x < w; x++) {
      let run = 0;
      for (let y = 0; y < h; y++) {
        run = across[y * w + x]! >= side ? run + 1 : 0;
        if (run >= side) return true;
      }
    }
    return false;
  };
  for (const t of byLink.values()) {
    for (const k of t.pixels!) {
      const y = Math.floor(k / W);
      const x = k - y * W;
      t.left = Math.min(t.left, x);
      t.right = Math.max(t.right, x + 1);
      t.top = Math.min(t.top, y);
      t.bottom = Math.max(t.bottom, y + 1);
    }
    // 25 pixel centres in a row span 24 px: the square fits whatever the sub-pixel offset.
    t.small = !fitsSquare(t, 25);
    t.cx = (t.left + t.right) / 2;
    t.cy = (t.top + t.bottom) / 2;
    targets.push(t);
  }

  /** The inline exception: an HTML link laid out in a line of words that are not themselves targets. */
  const inline = (el: Element): boolean => {
    if (el instanceof SVGElement || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    if (!block) return false;
    let words = '';
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) words += node.textContent ?? '';
      else if (node instanceof Element && !node.matches(selector)) for (const child of node.childNodes) walk(child);
    };
    walk(block);
    return /\p{L}{2,}/u.test(words);
  };
  /** Distance from a point to the nearest point of a box (0 inside it). */
  const distance = (x: number, y: number, b: { left: number; top: number; right: number; bottom: number }) =>
    Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
  /** A drawing's link with a pixel inside the circle of radius 12 round (x, y), other than `self`. */
  const svgInCircle = (x: number, y: number, self: Target): Target | undefined => {
    for (let py = Math.floor(y - 12); py <= Math.ceil(y + 12); py++) {
      for (let px = Math.floor(x - 12); px <= Math.ceil(x + 12); px++) {
        const o = owner.get(key(px, py));
        if (o && o !== self && distance(x, y, { left: px, top: py, right: px + 1, bottom: py + 1 }) < 12 - 0.01) return o;
      }
    }
    return undefined;
  };
  const describe = (el: Element, n: number) => {
    const name = el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? '';
    const html = el.outerHTML.replace(/\s+/g, ' ').slice(0, n);
    return el.closest('svg') ? `<svg link "${name}" ${el.getAttribute('href')}> ${html.slice(0, 60)}` : html;
  };
  const found: Fault[] = [];
  for (const t of targets) {
    if (!t.small || inline(t.el)) continue;
    const crowded =
      svgInCircle(t.cx, t.cy, t) ??
      targets.find((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        // The circle of radius 12 round t's centre meets o's box (HTML), or o's own circle when o is small.
        return (!o.pixels && distance(t.cx, t.cy, o) < 12 - 0.01) || (o.small && Math.hypot(t.cx - o.cx, t.cy - o.cy) < 24 - 0.01);
      });
    if (!crowded) continue;
    found.push({
      html: describe(t.el, 140),
      size: `${(t.right - t.left).toFixed(1)} × ${(t.bottom - t.top).toFixed(1)}`,
      why: `its 24 px circle meets ${describe(crowded.el, 100)}`,
    });
  }
  return found;
}

/**
 * The widths at which each drawing is shown at its smallest (lib/timeline/variants.ts): a 320 px
 * phone (the phone's drawing in a 288 px column), and the narrow ends of the medium drawing's range
 * (a 36rem column: 608 px wide) and the wide drawing's (56rem: 928 px). Wider, each is larger. The
 * SC holds for a mouse as for a finger: at 1024 px the overview's milestone dots, links 9 px across
 * and a few px apart, failed it until the milestones joined their bands' links at every size; the
 * events of 2022 and 2023, marks a few px apart with labels 14 px tall, until each had a lane of its own.
 */
const WIDTHS = [320, 608, 928] as const;

for (const width of WIDTHS) {
  test.describe(`target size at ${width} px`, () => {
    test.use({ viewport: { width, height: 720 } });
    // Hit testing the drawings pixel by pixel takes seconds on the home page, more on a busy machine.
    test.describe.configure({ timeout: 90_000 });
    for (const sitePage of sitePages()) {
      test(`${label(sitePage)} at ${width} px: every link and button, in the drawings too, is 24 px, or spaced, or in a line of text`, async ({ page }) => {
        await page.goto(sitePage.path);
        // Every part laid out at its real size (content-visibility would leave parts at their guess), and
        // the buttons a script shows where the browser can use them shown, as on a phone that has them.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('*')) {
            if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
          }
          for (const button of document.querySelectorAll<HTMLButtonElement>('button[hidden]')) button.hidden = false;
        });
        const found = await page.evaluate(faults);
        expect(found, found.map((f) => `${f.html} (${f.size}): ${f.why}`).join('\n')).toEqual([]);
      });
    }
  });
}
