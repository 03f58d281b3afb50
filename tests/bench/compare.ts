/**
 * The same entries as this site's timeline page and as a TimelineJS page, served by one local server
 * with gzip and loaded in the same Chromium as issue 13 measured them: a phone's screen, 4× CPU
 * slowdown, 150 ms latency and 1.6 Mbit/s, cold cache, the median of several loads. Figures from the
 * browser's own performance APIs: first entry visible (FIRST_VISIBLE), long tasks, FCP, LCP, TBT,
 * requests and bytes. Requests to other hosts are blocked and counted.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { median } from './figures.ts';
import { serve } from './serve.ts';

/** What one page load cost, as the browser saw it. */
export interface LoadFigures {
  requests: number;
  transferred: number;
  jsTransferred: number;
  jsDecoded: number;
  stylesheets: number;
  fcp: number;
  lcp: number;
  /** When the first entry was first shown (see FIRST_VISIBLE below); NaN if it never was. */
  firstVisible: number;
  /** Total blocking time as Lighthouse defines it: long-task time beyond 50 ms after first contentful paint. */
  tbt: number;
  /** Every long task of the whole load added up (the tasks themselves, not only their part beyond 50 ms). */
  longTasks: number;
  /** The part beyond 50 ms of every long task of the whole load, including those that delay the first paint. */
  blockingAll: number;
  blocked: string[];
}

/**
 * TimelineJS's JSON for the site's entries: the build's own /timelinejs.json (src/pages/timelinejs.json.ts),
 * so both sides show exactly the same entries.
 */
export function timelineJsData(dist: string): { data: unknown; from: string; count: number } {
  const exported = join(dist, 'timelinejs.json');
  if (!existsSync(exported)) throw new Error(`${exported} is missing: run \`npm run build\` first.`);
  const data = JSON.parse(readFileSync(exported, 'utf8')) as { events?: unknown[] };
  return { data, from: 'dist/timelinejs.json', count: data.events?.length ?? 0 };
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The same entries in TimelineJS</title>
<link rel="stylesheet" href="lib/css/timeline.css">
<script src="lib/js/timeline.js"></script>
<style>html, body { margin: 0; height: 100%; } #timeline-embed { width: 100%; height: 100vh; }</style>
</head>
<body>
<div id="timeline-embed"></div>
<script>
  // TimelineJS's documented embed: a container id, the JSON, and its default theme, font and locale.
  fetch('data.json').then((r) => r.json()).then((data) => {
    // script_path: its fonts, themes and locales come from the local copy, not from its CDN.
    window.timeline = new TL.Timeline('timeline-embed', data, { script_path: new URL('lib/js/', location.href).href });
  });
</script>
</body>
</html>
`;

/** Lays out a temp folder: TimelineJS's dist files under lib/, the page, and its data. */
export function timelineJsSite(data: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'timelinejs-bench-'));
  cpSync(new URL('../../node_modules/@knight-lab/timelinejs/dist/', import.meta.url).pathname, join(dir, 'lib'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'data.json'), JSON.stringify(data));
  return dir;
}

/**
 * "First entry visible", defined the same way for both pages: the time (ms from navigation start) at
 * which the first frame that shows the element `selector` names has been painted. A requestAnimationFrame
 * probe, started when the document is created, checks at each frame whether that element
 *   - has text and a layout box that intersects the viewport,
 *   - is not hidden by display, visibility, opacity or content-visibility (Element.checkVisibility), and
 *   - has no web font for its family still loading (text waiting for its font may be drawn invisible;
 *     a font that loaded or failed shows, the latter in the fallback font).
 * The first frame where all three hold paints the element; the time taken is the start of the next
 * frame (its rAF callback), which the main thread reaches only after that paint, so the figure
 * includes the layout and paint of a long page, to within one frame. The frame may still be on its way
 * to the screen then (raster and compositing run on other threads), and nothing is on screen before
 * the first contentful paint, whose time is when the frame was shown: so the figure is the later of
 * the two (visibleAt).
 * For this site the element is the first chronology <article>'s heading, loaded by its deep link
 * (/#<id>, as a shared link opens it: on / it lies below the first screen, and its content-visibility
 * would keep it from being drawn at all); for TimelineJS it is its first slide's title (the title
 * slide it opens on), loaded as embedded.
 */
export const FIRST_VISIBLE = {
  site: (articleId: string) => `#${CSS_ESCAPE(articleId)} :is(h1, h2, h3)`,
  timelineJs: '.tl-storyslider .tl-slide .tl-headline',
};
/** When the element was first on screen: the probe's time, but never before the first contentful paint. */
export function visibleAt(probe: number, fcp: number): number {
  return Number.isNaN(probe) ? NaN : Math.max(probe, fcp);
}
const CSS_ESCAPE = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c}`);

interface PagePerf {
  lcp: number;
  fcp: number;
  firstVisible: number;
  long: { start: number; duration: number }[];
}

/** Runs in the page before anything else: records FCP, LCP, long tasks and the first-visible probe. */
export function observe(selector: string): void {
  const w = window as unknown as { __perf: PagePerf };
  w.__perf = { lcp: 0, fcp: 0, firstVisible: NaN, long: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.lcp = Math.max(w.__perf.lcp, e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__perf.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const families = (el: Element) => getComputedStyle(el).fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
  const probe = () => {
    const el = document.querySelector(selector);
    if (el?.textContent?.trim()) {
      const r = el.getBoundingClientRect(); // forces this frame's style and layout
      const inView = r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0;
      const shown = el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
      const wanted = families(el);
      const fontWait = [...document.fonts].some((f) => f.status === 'loading' && wanted.includes(f.family.replace(/^["']|["']$/g, '')));
      if (inView && shown && !fontWait) {
        requestAnimationFrame(() => (w.__perf.firstVisible = performance.now()));
        return;
      }
    }
    if (performance.now() < 60_000) requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
}

/** The network issue 13 measured on: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up (Lighthouse's "slow 4G"). */
export const NETWORK = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * One cold load of `url` (new context, cache disabled) on a phone's screen (Playwright's Pixel 7: its
 * viewport, pixel ratio, touch and user agent, so TimelineJS picks its mobile layout as on a phone), with
 * the CPU slowed `cpuSlowdown` times and the network throttled to NETWORK through the DevTools protocol.
 */
export async function load(browser: Browser, url: string, selector: string, cpuSlowdown: number): Promise<LoadFigures> {
  const origin = new URL(url).origin;
  const { defaultBrowserType: _, ...phone } = devices['Pixel 7']!;
  const context = await browser.newContext(phone);
  try {
    const page = await context.newPage();
    const figures: LoadFigures = {
      requests: 0, transferred: 0, jsTransferred: 0, jsDecoded: 0, stylesheets: 0,
      fcp: 0, lcp: 0, firstVisible: NaN, tbt: 0, longTasks: 0, blockingAll: 0, blocked: [],
    };
    // Other hosts do not resolve (see HOST_RULES): their requests fail and are named here.
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) figures.blocked.push(request.url());
    });
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const sizes = await request.sizes();
          const response = await request.response();
          figures.requests++;
          figures.transferred += sizes.responseHeadersSize + sizes.responseBodySize;
          if (request.resourceType() === 'stylesheet') figures.stylesheets++;
          if (request.resourceType() === 'script') {
            figures.jsTransferred += sizes.responseBodySize;
            figures.jsDecoded += (await response?.body())?.length ?? 0;
          }
        })(),
      );
    });
    await page.addInitScript(observe, selector);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    // Quiet time after load, so that late long tasks (a library building its UI) are counted, and the
    // probe has had its chance.
    await page.waitForTimeout(2000);
    await page.waitForFunction(() => !Number.isNaN((window as unknown as { __perf: PagePerf }).__perf.firstVisible), undefined, { timeout: 15_000 }).catch(() => undefined);
    const perf = await page.evaluate(() => (window as unknown as { __perf: PagePerf }).__perf);
    await Promise.all(pending);
    figures.fcp = perf.fcp;
    figures.lcp = perf.lcp;
    figures.firstVisible = visibleAt(perf.firstVisible, perf.fcp);
    figures.longTasks = perf.long.reduce((sum, t) => sum + t.duration, 0);
    figures.blockingAll = perf.long.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    // Total blocking time: the part of each long task beyond 50 ms, from first contentful paint on.
    figures.tbt = perf.long.filter((t) => t.start + t.duration > perf.fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return figures;
  } finally {
    await context.close();
  }
}

/** Every host but the bench's own server fails to resolve, so nothing leaves the machine. */
export const HOST_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export interface Comparison {
  site: LoadFigures;
  timelineJs: LoadFigures;
  /** How many loads of each side completed (of `runs`), and what went wrong with the others. */
  loads: { site: number; timelineJs: number };
  failedLoads: string[];
  /** The page loaded for this site (its first entry's deep link). */
  sitePath: string;
  dataFrom: string;
  entries: number;
  runs: number;
  cpuSlowdown: number;
  device: string;
}

/** The id of the first chronology <article> on the timeline page, read from the built HTML. */
export function firstArticleId(html: string): string | undefined {
  return /<article\b[^>]*\bid="([^"]+)"/.exec(html)?.[1];
}

/** Loads both pages `runs` times each, alternating, and keeps the median of every figure. */
export async function compare(dist: string, basePath: string, runs = 3, cpuSlowdown = 4): Promise<Comparison> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts`.');
  const { data, from, count } = timelineJsData(dist);
  const articleId = firstArticleId(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (!articleId) throw new Error('dist/index.html has no <article id="…">: no first entry to wait for.');
  const sitePath = `${basePath}#${articleId}`;
  const tlDir = timelineJsSite(data);
  const server = await serve([
    { prefix: basePath, dir: dist },
    { prefix: '/timelinejs-bench/', dir: tlDir },
  ]);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, HOST_RULES] });
  try {
    const siteRuns: LoadFigures[] = [];
    const tlRuns: LoadFigures[] = [];
    const failedLoads: string[] = [];
    // A load that fails (on a machine busy with other work, one has timed out before its load event)
    // is tried once more; if it fails again that run is left out and named, and the medians are of the
    // loads that completed.
    const attempt = async (url: string, selector: string, into: LoadFigures[]) => {
      for (let tries = 1; tries <= 2; tries++) {
        try {
          into.push(await load(browser, url, selector, cpuSlowdown));
          return;
        } catch (error) {
          failedLoads.push(`${new URL(url).pathname}${new URL(url).hash} (try ${tries}): ${(error as Error).message.split('\n')[0]}`);
        }
      }
    };
    for (let i = 0; i < runs; i++) {
      await attempt(`${server.origin}${sitePath}`, FIRST_VISIBLE.site(articleId), siteRuns);
      await attempt(`${server.origin}/timelinejs-bench/`, FIRST_VISIBLE.timelineJs, tlRuns);
    }
    if (siteRuns.length === 0 || tlRuns.length === 0) throw new Error(`no load completed on one side:\n  ${failedLoads.join('\n  ')}`);
    const summarise = (all: LoadFigures[]): LoadFigures => {
      const m = (key: Exclude<keyof LoadFigures, 'blocked'>) => median(all.map((f) => f[key]));
      return {
        requests: m('requests'),
        transferred: m('transferred'),
        jsTransferred: m('jsTransferred'),
        jsDecoded: m('jsDecoded'),
        stylesheets: m('stylesheets'),
        fcp: m('fcp'),
        lcp: m('lcp'),
        // A load where the entry never showed counts as never (NaN is kept, not skipped).
        firstVisible: all.some((f) => Number.isNaN(f.firstVisible)) ? NaN : m('firstVisible'),
        tbt: m('tbt'),
        longTasks: m('longTasks'),
        blockingAll: m('blockingAll'),
        blocked: [...new Set(all.flatMap((f) => f.blocked))],
      };
    };
    return {
      site: summarise(siteRuns),
      timelineJs: summarise(tlRuns),
      loads: { site: siteRuns.length, timelineJs: tlRuns.length },
      failedLoads,
      sitePath,
      dataFrom: from,
      entries: count,
      runs,
      cpuSlowdown,
      device: 'Pixel 7 (Playwright), 412×839',
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(tlDir, { recursive: true, force: true });
  }
}
