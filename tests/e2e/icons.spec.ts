/** The favicon, its fallbacks and the web app manifest: every page names them and each one answers. */
import { expect, test } from './helpers/worker-page.ts';
import { sitePages } from '../support/site.ts';

test('/favicon.ico answers with an icon (browsers ask for it whatever the page says)', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  const body = await response.body();
  // ICO header: reserved 0, type 1 (icon).
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

test('every page links an SVG icon, a PNG-backed fallback, an apple-touch-icon and a manifest, and each answers', async ({ page, request }) => {
  const seen = new Set<string>();
  for (const sitePage of sitePages()) {
    await page.goto(sitePage.path);
    const hrefs = await page.evaluate(() => ({
      svg: document.querySelector<HTMLLinkElement>('link[rel="icon"][type="image/svg+xml"]')?.href,
      fallback: document.querySelector<HTMLLinkElement>('link[rel="icon"]:not([type])')?.href,
      apple: document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')?.href,
      manifest: document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href,
    }));
    for (const [kind, href] of Object.entries(hrefs)) {
      expect(href, `${sitePage.path}: ${kind} link`).toBeTruthy();
      seen.add(href!);
    }
  }
  for (const href of seen) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    if (href.endsWith('.webmanifest')) {
      const manifest = (await response.json()) as { name: string; icons: { src: string; sizes: string }[] };
      expect(manifest.name).toBeTruthy();
      expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons) {
        expect((await request.get(new URL(icon.src, href).href)).status(), icon.src).toBe(200);
      }
    }
  }
});
