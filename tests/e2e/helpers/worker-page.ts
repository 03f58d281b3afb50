/**
 * One browser tab per worker, reused by the tests that load a page and read it. Playwright's own
 * `page` fixture opens a new context and tab for every test, which starts a renderer process each
 * time: 60 of typography.spec's tests took 66 s that way and 22 s in one reused tab, and the specs
 * that import this file run about a thousand tests.
 *
 * Before each test the tab is set back to what the `page` fixture would give: the test's viewport and
 * colour scheme, screen media, no reduced motion or forced colours; after it, its routes and listeners
 * are dropped. The test's own navigation resets the document, focus and scroll; the site keeps nothing
 * in cookies or storage (src/ has no localStorage, sessionStorage or cookie), so nothing else carries
 * over. A failed test ends its worker, and the tab with it. A test that asks for context options a
 * tab cannot change (device scale, JavaScript off, touch, mobile) gets a context of its own, as with
 * Playwright's fixture.
 *
 * Not for specs that add init scripts, grant permissions or use the `context` fixture beside `page`
 * (sharing, privacy, bench, skipped-parts, live-regions, base-path, timelinejs): those keep
 * `@playwright/test`'s own fixtures.
 */
import { devices, test as base, type Page } from '@playwright/test';

const { defaultBrowserType: _, viewport: desktopViewport, ...desktop } = devices['Desktop Chrome'];
/** The preview server global-setup.ts started (as the config's `baseURL`). */
const served = () => (process.env.BASE_URL ? { baseURL: process.env.BASE_URL } : {});

export const test = base.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ ...desktop, ...served(), viewport: desktopViewport });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ workerPage, browser, viewport, colorScheme, deviceScaleFactor, javaScriptEnabled, isMobile, hasTouch }, use) => {
    const shareable =
      (deviceScaleFactor ?? desktop.deviceScaleFactor) === desktop.deviceScaleFactor &&
      javaScriptEnabled !== false &&
      !!isMobile === desktop.isMobile &&
      !!hasTouch === desktop.hasTouch;
    if (!shareable) {
      const context = await browser.newContext({
        ...desktop,
        ...served(),
        viewport: viewport ?? desktopViewport,
        colorScheme: colorScheme ?? 'light',
        deviceScaleFactor: deviceScaleFactor ?? desktop.deviceScaleFactor,
        javaScriptEnabled: javaScriptEnabled !== false,
        isMobile: !!isMobile,
        hasTouch: !!hasTouch,
      });
      await use(await context.newPage());
      await context.close();
      return;
    }
    await workerPage.setViewportSize(viewport ?? desktopViewport);
    await workerPage.emulateMedia({ media: null, colorScheme: colorScheme ?? 'light', reducedMotion: null, forcedColors: null });
    await use(workerPage);
    await workerPage.unrouteAll({ behavior: 'ignoreErrors' });
    workerPage.removeAllListeners();
  },
});

export { expect } from '@playwright/test';
