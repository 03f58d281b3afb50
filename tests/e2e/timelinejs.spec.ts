/**
 * The TimelineJS export really works in TimelineJS: the library from node_modules renders
 * /timelinejs.json into one slide per entry, on a page built for the test (nothing fetched).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const script = readFileSync(require.resolve('@knight-lab/timelinejs/dist/js/timeline.js'), 'utf8');
const css = readFileSync(require.resolve('@knight-lab/timelinejs/dist/css/timeline.css'), 'utf8');

test('TimelineJS renders /timelinejs.json with a slide per entry', async ({ page, request }) => {
  const data = await (await request.get('/timelinejs.json')).json();
  const model = await (await request.get('/timeline.json')).json();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // TimelineJS may ask for fonts or locale files elsewhere; the test page answers nothing from outside.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto('/timelinejs.json'); // any page of the site gives the test a same-origin document
  await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body><div id="tl" style="width:1000px;height:600px"></div></body></html>`);
  await page.addScriptTag({ content: script });
  await page.evaluate((json) => {
    const TL = (window as unknown as { TL: { Timeline: new (id: string, data: unknown, opts?: unknown) => unknown } }).TL;
    // No font or theme files: TimelineJS's own CSS above is enough to lay out the slides.
    new TL.Timeline('tl', json, { script_path: `${location.origin}/timelinejs/js/`, language: 'en', font: '', theme: '' });
  }, data);
  // Web-first: wait until TimelineJS has drawn a marker per entry, however long that takes here.
  await expect(page.locator('.tl-timemarker')).toHaveCount(model.entries.length);
  // The title slide, then one slide per entry with the entry's id.
  const slides = await page.locator('.tl-slide').evaluateAll((els) => els.map((s) => s.id));
  for (const entry of model.entries as { id: string }[]) expect(slides).toContain(entry.id);
  expect(errors).toEqual([]);
});
