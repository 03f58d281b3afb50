/**
 * No stylesheet request before the first paint: each page's CSS (one <style>) and, on pages with Chinese
 * text, the CJK font's @font-face are written into the page's head (astro.config.mjs,
 * inlineStylesheets; src/integrations/cjk-font.ts), so a shared link opened on a slow line paints as
 * its HTML arrives. Issue 13 counted 8 stylesheet requests on the home page and set at most two;
 * this holds the site at none. Where component CSS goes is said in src/styles/layers.css.
 *
 * Nor any scope attribute: a component's <style> is `is:global`, its selectors starting from its own
 * class. A scoped <style> makes Astro write data-astro-cid-… on every element of the component (1,725
 * of them on the home page, 4.2 KB of its gzipped weight), for CSS that is global anyway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/worker-page.ts';
import { distDir, htmlFiles, label, sitePages } from '../support/site.ts';

test('no built page carries Astro\'s scope attributes (data-astro-cid-…): every <style> is:global', () => {
  const files = htmlFiles();
  expect(files.length, 'HTML files in the build').toBeGreaterThan(0);
  const scoped = files
    .map((file) => ({ file, count: readFileSync(join(distDir, file), 'utf8').match(/data-astro-cid-/g)?.length ?? 0 }))
    .filter(({ count }) => count > 0)
    .map(({ file, count }) => `${file}: ${count}`);
  expect(scoped, 'pages with data-astro-cid- (a component has a scoped <style>)').toEqual([]);
});

for (const sitePage of sitePages()) {
  test(`${label(sitePage)} requests no stylesheet: its CSS is in its head`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'stylesheet') requested.push(new URL(r.url()).pathname);
    });
    await page.goto(sitePage.path, { waitUntil: 'load' });
    const linked = await page.locator('link[rel~="stylesheet"]').evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
    expect({ linked, requested }, `stylesheets on ${sitePage.path}`).toEqual({ linked: [], requested: [] });
    // The page is styled all the same: the inlined CSS's tokens reach the root element.
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-bg').trim());
    expect(background, '--color-bg from the inlined CSS').not.toBe('');
  });
}
