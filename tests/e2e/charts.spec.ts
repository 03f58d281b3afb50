import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './helpers/worker-page.ts';
import { readEntries } from '../support/content.ts';

// The real entries of content/. Every one must be drawn and linked.
const entries = readEntries();
const ALLIANCES = entries
  .filter((e) => e.collection === 'alliances')
  .sort((a, b) => Number(a.data.ordinal) - Number(b.data.ordinal))
  .map((e) => e.id);
const EVENTS = entries.filter((e) => e.collection === 'events').map((e) => e.id);
const MEETING = entries.find((e) => e.data.kind === 'meeting')!.id;

const overview = (page: Page) => page.getByRole('figure', { name: /Figure 1/ });
const bands = (page: Page) => overview(page).getByRole('link', { name: /^Alliance [1-5]:/ });

for (const width of [1280, 768, 320]) {
  test(`at ${width} px the axis shows five numbered bands and the 2023 meeting`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(bands(page)).toHaveCount(5);
    for (const [i, id] of ALLIANCES.entries()) {
      const band = overview(page).getByRole('link', { name: new RegExp(`^Alliance ${i + 1}:`) });
      await expect(band).toBeVisible();
      await expect(band).toHaveAttribute('href', `#${id}`);
    }
    const meeting = overview(page).getByRole('link', { name: /^Meeting: .*2023/ });
    await expect(meeting).toBeVisible();
    await expect(meeting).toHaveAttribute('href', `#${MEETING}`);
    for (const id of EVENTS) await expect(overview(page).locator(`a[href="#${id}"]:visible`)).toHaveCount(1);
    await expect(overview(page).getByText('1654', { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(overview(page).getByText('2023', { exact: true }).filter({ visible: true })).toHaveCount(1);
  });
}

test('clicking a band moves focus to its entry', async ({ page }) => {
  await page.goto('/');
  // Click the band itself: the link's box also spans its label, which may sit far from the band.
  await overview(page).getByRole('link', { name: /^Alliance 2:/ }).locator('rect:not(.tap)').click();
  await expect(page).toHaveURL(/#li-lobanov-1896-1900$/);
  await expect(page.locator('article#li-lobanov-1896-1900')).toBeFocused();
});

test('a keyboard user can skip the charts and the map to the heading of the chronology', async ({ page }) => {
  await page.goto('/');
  const skip = page.getByRole('link', { name: 'Skip the charts, to the chronology' });
  // By keyboard alone: Tab until the skip link has the focus, as a reader does.
  for (let i = 0; i < 30 && !(await skip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'The chronology', level: 2 });
  await expect(heading).toBeFocused();
  // Scrolled to: the heading at the top of the screen, not the first entry's title below it.
  const box = await heading.boundingBox();
  expect(box && box.y > 4 && box.y < 80, `the heading's top is ${box?.y} px down the screen`).toBe(true);
  // The next Tab goes on from there, into the first entry.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(ALLIANCES[0]);
});

test('the inset shows the warrant, the arrival and the joint statement by day', async ({ page }) => {
  await page.goto('/');
  const inset = page.getByRole('figure', { name: /Figure 2/ });
  // The warrant links to the ICC entry, or to its own milestone of that day.
  await expect(inset.getByRole('link', { name: /17 March 2023/ })).toHaveAttribute(
    'data-entry',
    entries.find((e) => (e.data.period as { start: { date: string } }).start.date === '2023-03-17')!.id,
  );
  await expect(inset.getByRole('link', { name: /20 March 2023\)$/ }).first()).toBeVisible();
  await expect(inset.getByRole('link', { name: /21 March 2023\)$/ }).first()).toBeVisible();
});

test('the durations chart has one bar per alliance, with its length in years', async ({ page }) => {
  await page.goto('/');
  const bars = page.getByRole('figure', { name: /Figure 3/ }).getByRole('link', { name: /^Alliance [1-5]: .*, [\d.]+ years?$/ });
  await expect(bars).toHaveCount(5);
});

test('at 320 px the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await expect(bands(page)).toHaveCount(5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('pointing at a band highlights its entry (optional script)', async ({ page }) => {
  await page.goto('/');
  await overview(page).getByRole('link', { name: /^Alliance 3:/ }).locator('rect:not(.tap)').hover();
  await expect(page.locator('article#karakhan-sun-1919-1927')).toHaveClass(/is-highlighted/);
  await page.mouse.move(0, 0);
  await expect(page.locator('article#karakhan-sun-1919-1927')).not.toHaveClass(/is-highlighted/);
  await overview(page).getByRole('link', { name: /^Alliance 4:/ }).focus();
  await expect(page.locator('article#sino-soviet-1945-1955')).toHaveClass(/is-highlighted/);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('every entry is on the page with its title and text, and the charts are drawn', async ({ page }) => {
    await page.goto('/');
    for (const id of [...ALLIANCES, ...EVENTS]) {
      const article = page.locator(`article#${id}`);
      await expect(article.getByRole('heading', { level: 3 })).not.toBeEmpty();
      // textContent, not innerText: entries off screen are not laid out (content-visibility: auto) until scrolled to.
      expect((await article.locator('p').allTextContents()).join(' ').trim().length, id).toBeGreaterThan(40);
    }
    await expect(bands(page)).toHaveCount(5);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  // One width per drawing (wide, medium, narrow): CSS shows one at a time, and axe checks only what shows.
  for (const width of [1280, 768, 320]) {
    test(`axe finds nothing wrong in the charts (${colorScheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const results = await new AxeBuilder({ page }).include('.charts').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

/**
 * No grid line strikes through a word: a chart's text that a grid line crosses (the durations chart's
 * "8 years" and "10 years", its labels, at some widths and on paper) has a halo in the page's colour,
 * drawn under its fill (paint-order: stroke), which hides the line where the text is.
 */
for (const { width, media } of [
  { width: 1280, media: 'screen' },
  { width: 768, media: 'screen' },
  { width: 320, media: 'screen' },
  // The printable width of A4 (210 mm less 2 × 16 mm margins), where the medium drawing prints.
  { width: 673, media: 'print' },
] as const) {
  test(`at ${width} px on ${media}, every chart text a grid line crosses has a halo in the page colour`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media });
    await page.goto('/');
    const report = await page.evaluate(() => {
      const paper = getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)'
        ? getComputedStyle(document.documentElement).backgroundColor
        : getComputedStyle(document.body).backgroundColor;
      let crossed = 0;
      const bare: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>('.charts .chart-svg')) {
        if (!svg.checkVisibility()) continue;
        // The grid: one path of straight lines, "M x y V y2" or "M x y H x2", in its own coordinates
        // (the durations chart draws it in years, in a nested <svg> stretched to the plot).
        const lines = [...svg.querySelectorAll<SVGPathElement>('.grid')].flatMap((p) => {
          const ctm = p.getScreenCTM()!;
          const toScreen = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
          return [...(p.getAttribute('d') ?? '').matchAll(/M([\d.]+)[ ,]([\d.]+)([VH])([\d.]+)/g)].map(([, x, y, dir, to]) => {
            const a = toScreen(+x!, +y!);
            const b = dir === 'V' ? toScreen(+x!, +to!) : toScreen(+to!, +y!);
            return { x1: Math.min(a.x, b.x), x2: Math.max(a.x, b.x), y1: Math.min(a.y, b.y), y2: Math.max(a.y, b.y) };
          });
        });
        // A band's number is drawn on its band, which covers the grid.
        for (const text of svg.querySelectorAll('text:not(.band-number)')) {
          const r = text.getBoundingClientRect();
          if (!r.width) continue;
          // Crossed: a line passes through the text's box, not only along its edge.
          const hit = lines.some((l) => l.x1 > r.left + 1 && l.x2 < r.right - 1 && l.y1 < r.bottom - 2 && l.y2 > r.top + 2
            || l.y1 > r.top + 2 && l.y2 < r.bottom - 2 && l.x1 < r.right - 1 && l.x2 > r.left + 1);
          if (!hit) continue;
          crossed++;
          const s = getComputedStyle(text);
          const halo = s.paintOrder.startsWith('stroke') && s.stroke === paper && parseFloat(s.strokeWidth) >= 2;
          if (!halo) bare.push(`"${text.textContent}" (${text.getAttribute('class')}): paint-order ${s.paintOrder}, stroke ${s.stroke} ${s.strokeWidth}, page ${paper}`);
        }
      }
      return { crossed, bare };
    });
    expect(report.bare, `chart text struck through by grid lines at ${width} px (${media})`).toEqual([]);
  });
}
