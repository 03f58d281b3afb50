/**
 * The timeline page's charts, map and entries, and each entry's parts after its facts, are skipped
 * while off screen (content-visibility: auto, base.css), so a load lays out the first screen and not
 * the rest.
 *
 * Skipping must not cost the reader anything: content-visibility also clips what a part paints to its
 * box, so the rings drawn outside an element (the focus ring, the shared entry's :target ring) need the
 * clip widened (overflow-clip-margin), or a keyboard user's ring and a shared link's mark are cut off.
 *
 * Nothing in an entry may make the browser lay them out all the same. A form field does: once the page has been read, Chromium's
 * autofill reads every input, select and textarea, and for one inside a skipped entry it lays that
 * entry out. With the copy control's hidden fallback field in each entry, that was every entry in one
 * task after the parser ended: about 350 ms of long tasks on issue 13's phone (4× CPU), more than
 * half the page's total. The fallback field is now made by the script when it is needed.
 */
import { expect, test, type Page } from '@playwright/test';

/** An entry's parts, each guessed at least as long as it is (base.css says why). */
const ENTRY_PARTS = '.entry > :is(.milestones, .entry-body, .claims, .sources, .corrections)';
/** A map's two parts (base.css): the figure with its drawing, and the table of places after it. */
const MAP_PARTS = '.maps > :is(.map, .map-places)';
/** What content-visibility skips off screen (base.css): the timeline page's parts, and each entry's parts after its facts. */
const SKIPPED = `.charts figure, ${MAP_PARTS}, .chronology > li, ${ENTRY_PARTS}`;

/**
 * How far, in px, each ring drawn outside an element of `part` reaches past the part's box widened by
 * its overflow-clip-margin (what content-visibility would cut off); empty if every ring fits.
 * Each focusable element is focused as a keyboard user focuses it (focusVisible), and `ringed`
 * elements are measured as they are (the :target entry).
 */
async function clippedRings(page: Page, part: number, ringed = ''): Promise<string[]> {
  const box = page.locator(SKIPPED).nth(part);
  await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return box.evaluate((container, [ringedSelector, skipped]) => {
    const margin = parseFloat(getComputedStyle(container).overflowClipMargin) || 0;
    const out: string[] = [];
    const measure = (el: Element) => {
      const style = getComputedStyle(el);
      const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
      if (!width) return;
      const reach = width + parseFloat(style.outlineOffset);
      const r = el.getBoundingClientRect();
      const c = container.getBoundingClientRect();
      const over = Math.max(c.left - margin - (r.left - reach), r.right + reach - (c.right + margin), c.top - margin - (r.top - reach), r.bottom + reach - (c.bottom + margin));
      if (over > 0.5) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}": ${over.toFixed(1)} px`);
    };
    // Each element is measured against the innermost skipped part it is in (parts nest in entries).
    const own = (el: Element) => el.parentElement?.closest(skipped) === container;
    for (const el of container.querySelectorAll<HTMLElement | SVGElement>('a[href], button:not([hidden]), [tabindex]')) {
      if (!own(el) || !el.checkVisibility()) continue;
      el.focus({ focusVisible: true, preventScroll: true } as FocusOptions);
      if (document.activeElement === el) measure(el);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    if (ringedSelector) for (const el of container.querySelectorAll(ringedSelector)) if (own(el)) measure(el);
    return out;
  }, [ringed, SKIPPED] as const);
}

for (const page of ['the timeline page', 'an entry page'] as const) {
  test(`each part skipped off screen on ${page} keeps the focus rings of its links and buttons whole`, async ({ page: tab }) => {
    // It focuses every link of about 50 parts in turn: 35 s on the timeline at a load average of 16.
    test.setTimeout(90_000);
    await tab.goto('/', { waitUntil: 'load' });
    if (page === 'an entry page') {
      await tab.goto((await tab.locator('article.entry a[rel="bookmark"]').first().getAttribute('href'))!, { waitUntil: 'load' });
    }
    const parts = await tab.locator(SKIPPED).count();
    expect(parts, `parts of ${page} skipped off screen`).toBeGreaterThan(page === 'an entry page' ? 3 : 10);
    expect(await tab.locator(SKIPPED).first().evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
    for (let part = 0; part < parts; part++) {
      expect(await clippedRings(tab, part), `rings cut off in part ${part + 1} of ${tab.url()} (${SKIPPED})`).toEqual([]);
    }
  });
}

for (const width of [320, 412]) {
  test(`at ${width} px, as loaded, every skipped box holds what is laid out in it, so nothing runs over what follows before it is drawn`, async ({ page }) => {
    // A tool that measures the page without scrolling it (Lighthouse's axe) lays a skipped box's content
    // out in place inside the box its guess gives it (base.css): an entry holds its header and its
    // parts (themselves skipped, at their guesses), a part its text. Content past the box's end lies
    // over the next entry's, and two entries' links then meet where no reader ever sees them.
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/alliances/nerchinsk-1654-1689/']) {
      await page.goto(path, { waitUntil: 'load' });
      const over = await page.locator(`.chronology > li, ${ENTRY_PARTS}, ${MAP_PARTS}`).evaluateAll((boxes) =>
        boxes.flatMap((box) => {
          const guess = parseFloat(getComputedStyle(box).containIntrinsicBlockSize.replace(/^auto\s+/, ''));
          // What is laid out in it: from the box's top to its last child's bottom.
          const top = box.getBoundingClientRect().top;
          const bottom = Math.max(...[...box.children].map((c) => c.getBoundingClientRect().bottom));
          const real = bottom - top;
          const height = box.getBoundingClientRect().height;
          const name = `${box.querySelector('article')?.id ?? box.closest('article')?.id} ${box.tagName.toLowerCase()}.${box.className.split(' ')[0]}`;
          return Number.isFinite(guess) && real <= guess && real <= height + 0.5 ? [] : [`${name}: ${Math.round(real)} px in a box of ${Math.round(height)}, guess ${guess}`];
        }),
      );
      expect(over, `skipped boxes on ${path} whose content runs past them as loaded`).toEqual([]);
    }
  });
}

test('a shared link to the first entry lays out neither the map\'s drawing above it nor the charts', async ({ page }) => {
  // The map's table of places ends just above the chronology, within the distance at which the
  // browser lays a skipped part out ahead of the reader; its drawing, a part of its own, does not.
  // When the map was one part, landing on the first entry laid out the drawing and its labels too.
  await page.goto('/');
  const id = await page.locator('article.entry').first().getAttribute('id');
  for (const width of [412, 1280]) {
    await page.setViewportSize({ width, height: 839 });
    await page.goto('about:blank'); // a new load, not a jump within the page
    await page.goto(`/#${id}`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const drawn = await page.evaluate(() =>
      ['.maps .map-frame', '.charts .chart-svg'].filter((q) => [...document.querySelectorAll(q)].some((el) => el.checkVisibility({ contentVisibilityAuto: true }))),
    );
    expect(drawn, `drawn at ${width} px on landing at #${id}`).toEqual([]);
  }
});

test('a shared entry keeps its whole :target ring', async ({ page }) => {
  const ids = await (async () => {
    await page.goto('/');
    return page.locator('article.entry').evaluateAll((els) => els.map((el) => el.id));
  })();
  for (const id of [ids[0], ids.at(-1)]) {
    await page.goto(`/#${id}`, { waitUntil: 'load' });
    const part = await page.locator(SKIPPED).evaluateAll((els, target) => els.findIndex((el) => el.querySelector(`#${CSS.escape(target!)}`)), id);
    expect(await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).outlineStyle), 'the :target ring').not.toBe('none');
    expect(await clippedRings(page, part, ':target'), `ring of #${id} cut off`).toEqual([]);
  }
});

test('no form field is on the timeline page when it loads: autofill would lay out every skipped entry', async ({ page }) => {
  await page.goto('/', { waitUntil: 'load' });
  const entries = page.locator('.chronology > li');
  expect(await entries.count(), 'entries on the timeline page').toBeGreaterThan(1);
  // The rule this relies on: the entries are skipped while off screen.
  expect(await entries.first().evaluate((li) => getComputedStyle(li).contentVisibility)).toBe('auto');
  const fields = await page.locator('input, select, textarea').evaluateAll((els) =>
    els.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} in #${el.closest('[id]')?.id ?? '?'}`),
  );
  expect(fields, 'form fields on the timeline page at load').toEqual([]);
});

test('the copy control still offers the link in a field where the clipboard is refused, made only then', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/', { waitUntil: 'load' });
  const article = page.locator('article.entry').nth(1);
  await expect(article.locator('input')).toHaveCount(0);
  await article.getByRole('button', { name: /^Copy link/ }).click();
  const field = article.getByRole('textbox', { name: /^Link to / });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/^http.*\/[a-z0-9-]+\/$/);
  // A second refusal reuses the field rather than adding another.
  await article.getByRole('button', { name: /^Copy link/ }).click();
  await expect(article.locator('input')).toHaveCount(1);
});
