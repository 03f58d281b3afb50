/**
 * axe on every page of the sitemap and the 404 page, in light and dark and on a 320 px phone: WCAG 2.2
 * AA, zero violations. The phone pass is there for what depends on the width: target sizes and spacing
 * of controls that wrap onto their own lines, and reflow.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers/worker-page.ts';
import { label, sitePages } from '../support/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One block per violated rule: what it is, where (CSS selectors) and axe's own summary of the fix. */
function describe(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replaceAll('\n', '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : '';
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

const PASSES = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 320 },
] as const;

for (const { colorScheme, width } of PASSES) {
  test.describe(`axe, ${colorScheme} scheme, ${width} px wide`, () => {
    test.use({ viewport: { width, height: 720 } });
    for (const sitePage of sitePages()) {
      test(`${label(sitePage)} has no WCAG 2.2 AA violation`, async ({ page }) => {
        // axe over the whole timeline page takes 20-40 s on a busy two-core machine.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(sitePage.path);
        expect(response?.status(), `status of ${sitePage.path}`).toBe(sitePage.status);
        // The timeline's chronology entries have `content-visibility: auto` with a 2400 px placeholder:
        // until an entry has been on screen once, a longer one is laid out overflowing its placeholder,
        // over the next entry, which no reader sees (an entry renders, at its real height, as it nears
        // the viewport). Scroll through the page first, as a reader does, so that every entry has its
        // real, remembered height when axe measures target sizes and spacing.
        await page.evaluate(async () => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
          for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
            window.scrollTo(0, y);
            await frame();
          }
          window.scrollTo(0, 0);
          await frame();
        });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(violations.length, `axe found on ${sitePage.path} (${colorScheme}, ${width} px):\n${describe(violations)}\n`).toBe(0);
      });
    }
  });
}

/**
 * Lighthouse runs axe on the page as it loaded, unscrolled, on its phone (412 × 823 at 1.75×). Parts
 * skipped off screen (content-visibility) are then laid out in place inside their guessed size, and
 * axe measures their targets there: a part longer than its guess overlapped the next one, and two
 * links wrapped 4 px apart were reckoned 11 px apart. The pages issue 13 scores with Lighthouse must
 * pass target-size as loaded, too, measured where a reader can reach: each skipped box holds its
 * content (skipped-parts.spec), and every target lies within the page.
 */
test.describe('axe target-size as Lighthouse measures it: a phone, the page as loaded', () => {
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const paths = ['/', sitePages().find((p) => p.path.startsWith('/alliances/'))!.path, '/claims/'];
  for (const path of paths) {
    test(`${path} passes target-size without being scrolled`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(path, { waitUntil: 'load' });
      // What axe measures must be where a reader can go: every link and button within the page's
      // length as loaded. Skipped parts whose content overran their guessed boxes once put an entry's
      // links 100,000 px past the page's end, and whether two of them met there was chance (base.css).
      const beyond = await page.locator('a[href], button').evaluateAll((els) => {
        const end = document.documentElement.scrollHeight;
        return els
          .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().bottom + scrollY > end + 1)
          .map((el) => `${el.closest('[id]')?.id ?? '?'}: "${(el.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(el.getBoundingClientRect().top + scrollY)} px`);
      });
      expect(beyond.slice(0, 10), `links and buttons past the end of ${path} (${await page.evaluate(() => document.documentElement.scrollHeight)} px) as loaded: ${beyond.length}`).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(violations.length, `axe target-size on ${path} as loaded:\n${describe(violations)}\n`).toBe(0);
    });
  }
});
