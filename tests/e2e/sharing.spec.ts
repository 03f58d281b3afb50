/** Shared links open on their entry; the copy control puts the permalink on the clipboard. */
import { expect, test, type Page } from '@playwright/test';
import { readEntries } from '../support/content.ts';
import { NETWORK } from '../bench/compare.ts';

const ENTRY = readEntries().find((e) => e.data.ordinal === 1)!.id;
const PERMALINK = `/alliances/${ENTRY}/`;

test('/#<slug> scrolls to the entry, marks it as :target and gives it focus', async ({ page }) => {
  await page.goto(`/#${ENTRY}`);
  const article = page.locator(`article#${ENTRY}`);
  await expect(article).toBeInViewport();
  expect(await article.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(article).toBeFocused();
  // Another entry is not marked.
  expect(await page.locator('article.entry').last().evaluate((el) => el.matches(':target'))).toBe(false);
});

/** The entries of content/ by start date: a shared link to the first, one in the middle and the last. */
const byStart = readEntries()
  .map((e) => ({ id: e.id, start: String((e.data.period as { start: { date: string } }).start.date) }))
  .sort((a, b) => a.start.localeCompare(b.start));
const deepLinked = [...new Set([0, Math.floor(byStart.length / 2), byStart.length - 1])].map((i) => byStart[i]!.id);

for (const id of deepLinked) {
  test(`/#${id} lands on the entry at once, without an animated scroll`, async ({ page }) => {
    // Where the entry's top is 100 ms after the load event, measured in the page's own clock.
    await page.addInitScript((target) => {
      addEventListener('load', () => {
        setTimeout(() => {
          const top = document.getElementById(target)?.getBoundingClientRect().top;
          document.documentElement.dataset.topAfterLoad = String(top);
        }, 100);
      });
    }, id);
    await page.goto(`/#${id}`);
    const top = Number(await page.locator('html[data-top-after-load]').getAttribute('data-top-after-load'));
    expect(top, `top of #${id} 100 ms after load`).toBeGreaterThanOrEqual(0);
    expect(top, `top of #${id} 100 ms after load`).toBeLessThanOrEqual(100);
  });
}

/**
 * What the first frame of a load shows, on a line slow enough that the page arrives in pieces (by
 * default the bench's phone line: 150 ms latency, 1.6 Mbit/s): whether the element `id` had been read
 * by then, and where its top was as that frame was drawn (read in a task queued from the frame's
 * requestAnimationFrame, which runs once the frame has been painted), and whether the whole page had
 * been read (DOMContentLoaded) before it.
 */
async function firstFrame(page: Page, path: string, id: string, bytesPerSecond = NETWORK.downloadThroughput) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK, downloadThroughput: bytesPerSecond });
  await page.addInitScript((target) => {
    const w = window as unknown as { __firstFrame?: { read: boolean; top: number | null; pageRead: boolean } };
    let pageRead = false;
    document.addEventListener('DOMContentLoaded', () => (pageRead = true));
    requestAnimationFrame(() => setTimeout(() => {
      const el = document.getElementById(target);
      w.__firstFrame = { read: el !== null, top: el ? el.getBoundingClientRect().top : null, pageRead };
    }));
  }, id);
  await page.goto(path, { waitUntil: 'commit' });
  const frame = await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame, undefined, { timeout: 20_000 });
  return (await frame.jsonValue()) as { read: boolean; top: number | null; pageRead: boolean };
}

for (const id of deepLinked) {
  test(`on a slow line, the first frame of /#${id} already shows the entry at the top, not the top of the timeline`, async ({ page }) => {
    const frame = await firstFrame(page, `/#${id}`, `${id}-title`);
    expect(frame.read, `#${id}-title read before the first frame`).toBe(true);
    expect(frame.top, `top of #${id}-title in the first frame`).toBeGreaterThanOrEqual(0);
    // At the top, as the landing tests want it: not lower down because the page that had come so far
    // ended less than a screen below the entry, which stops the scroll short (index.astro).
    expect(frame.top, `top of #${id}-title in the first frame`).toBeLessThanOrEqual(100);
  });
}

test('on a slow line, a link to an id that is no entry does not hold the first frame until the page is read', async ({ page }) => {
  // A slower line (50 KB/s, some seconds for the page), so that even a machine busy with other work
  // draws a frame before the page has all come.
  const frame = await firstFrame(page, '/#no-such-entry', 'no-such-entry', 50 * 1024);
  expect(frame.pageRead, 'whole page read before the first frame').toBe(false);
});

/**
 * Where an entry's top sits once the page has stopped scrolling (scrollY unchanged for 300 ms): a
 * smooth scroll over entries not yet drawn (content-visibility) ends far from where it aimed.
 */
async function topWhenSettled(page: Page, id: string): Promise<number> {
  let last = Number.NaN;
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => scrollY);
    if (y === last) break;
    last = y;
    await page.waitForTimeout(300);
  }
  return page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    // With JavaScript, the tests above time the landing; here the browser alone must land.
    if (!javaScriptEnabled) {
      for (const id of deepLinked) {
        test(`/#${id} lands on the entry`, async ({ page }) => {
          await page.goto(`/#${id}`);
          const top = await topWhenSettled(page, id);
          expect(top, `top of #${id} once the page is still`).toBeGreaterThanOrEqual(0);
          expect(top, `top of #${id} once the page is still`).toBeLessThanOrEqual(100);
        });
      }
    }

    test(`following the overview's mark for the last entry from the top of the timeline lands on it`, async ({ page }) => {
      const id = deepLinked.at(-1)!;
      await page.goto('/');
      const mark = page.locator(`.charts a[href="#${id}"]`).filter({ visible: true }).first();
      await mark.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      const top = await topWhenSettled(page, id);
      expect(top, `top of #${id} once the page is still`).toBeGreaterThanOrEqual(0);
      expect(top, `top of #${id} once the page is still`).toBeLessThanOrEqual(100);
    });

    test(`on an entry page, following a milestone's citation brings its source into view`, async ({ page }) => {
      await page.goto(PERMALINK);
      const cite = page.locator('.milestones a.source-ref').first();
      const id = (await cite.getAttribute('href'))!.slice(1);
      await cite.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      // The story, map and claims between are drawn as the scroll passes them (content-visibility).
      await topWhenSettled(page, id);
      await expect(page.locator(`#${id}`)).toBeInViewport({ ratio: 1 });
    });
  });
}

test('following an in-page link to an entry moves the mark and the focus', async ({ page }) => {
  await page.goto('/');
  const other = await page.locator('article.entry').last().getAttribute('id');
  await page.evaluate((id) => (location.hash = `#${id}`), other);
  const article = page.locator(`article#${other}`);
  await expect(article).toBeFocused();
  expect(await article.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('the copy control puts the permalink on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const article = page.locator(`article#${ENTRY}`);
  await article.getByRole('button', { name: /^Copy link/ }).click();
  await expect(article.getByRole('status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(PERMALINK, baseURL).href);
  await expect(article.getByRole('link', { name: /^Permalink/ })).toHaveAttribute('href', PERMALINK);
});

test('when the clipboard is refused, the link is shown and selected instead', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto(PERMALINK);
  const article = page.locator(`article#${ENTRY}`);
  await article.getByRole('button', { name: /^Copy link/ }).click();
  const field = article.getByRole('textbox', { name: /^Link to/ });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(new URL(PERMALINK, baseURL).href);
  await expect(field).toBeFocused();
  await expect(article.getByRole('status')).toContainText('not allowed');
});

test('the share button appears only where the browser has a share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: () => Promise.resolve() });
  });
  await page.goto(PERMALINK);
  await expect(page.locator(`article#${ENTRY}`).getByRole('button', { name: /^Share/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('only the plain permalink shows; the buttons stay hidden', async ({ page }) => {
    await page.goto('/');
    const article = page.locator(`article#${ENTRY}`);
    await expect(article.getByRole('link', { name: /^Permalink/ })).toHaveAttribute('href', PERMALINK);
    await expect(article.getByRole('button')).toHaveCount(0);
  });
});

test(`/#${deepLinked[0]} on a slow phone line is on screen as soon as its start has arrived, before the rest of the page`, async ({ page, context }) => {
  // The line issue 13 measured on: the page streams in for about half a second. Where the entry's
  // top is when the parser has read the whole page (readyState "interactive", before any deferred
  // script runs): a reader must not first see the top of the timeline and then be carried down.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.addInitScript((target) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      document.documentElement.dataset.topWhenParsed = String(document.getElementById(target)?.getBoundingClientRect().top);
    });
  }, deepLinked[0]!);
  await page.goto(`/#${deepLinked[0]}`);
  const top = Number(await page.locator('html[data-top-when-parsed]').getAttribute('data-top-when-parsed'));
  expect(top, `top of #${deepLinked[0]} when the page was parsed`).toBeGreaterThanOrEqual(0);
  expect(top, `top of #${deepLinked[0]} when the page was parsed`).toBeLessThanOrEqual(100);
});
