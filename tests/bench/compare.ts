/**
 * The same entries as this site's timeline page and as a TimelineJS page, served by one local server
 * and loaded in the same Chromium: transferred bytes, JavaScript bytes, LCP and TBT from the browser's
 * own performance APIs. Requests to other hosts are blocked and counted.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { serve } from './serve.ts';

/** What one page load cost, as the browser saw it. */
export interface LoadFigures {
  requests: number;
  transferred: number;
  jsTransferred: number;
  jsDecoded: number;
  fcp: number;
  lcp: number;
  /** Total blocking time as Lighthouse defines it: long-task time beyond 50 ms after first contentful paint. */
  tbt: number;
  /** The same sum over the whole load, including long tasks that delay the first paint. */
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

/** Runs in the page before anything else: records LCP, FCP and long tasks as they happen. */
function observe(): void {
  const w = window as unknown as { __perf: { lcp: number; fcp: number; long: { start: number; duration: number }[] } };
  w.__perf = { lcp: 0, fcp: 0, long: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.lcp = Math.max(w.__perf.lcp, e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__perf.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** One cold load of `url` (new context, no cache), with the CPU slowed `cpuSlowdown` times. */
async function load(browser: Browser, url: string, cpuSlowdown: number): Promise<LoadFigures> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const figures: LoadFigures = { requests: 0, transferred: 0, jsTransferred: 0, jsDecoded: 0, fcp: 0, lcp: 0, tbt: 0, blockingAll: 0, blocked: [] };
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    figures.blocked.push(u);
    return route.abort('blockedbyclient');
  });
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        figures.requests++;
        figures.transferred += sizes.responseHeadersSize + sizes.responseBodySize;
        if (request.resourceType() === 'script') {
          figures.jsTransferred += sizes.responseBodySize;
          figures.jsDecoded += (await response?.body())?.length ?? 0;
        }
      })(),
    );
  });
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // Quiet time after load, so that late long tasks (a library building its UI) are counted.
  await page.waitForTimeout(2000);
  const perf = await page.evaluate(() => (window as unknown as { __perf: { lcp: number; fcp: number; long: { start: number; duration: number }[] } }).__perf);
  await Promise.all(pending);
  figures.fcp = perf.fcp;
  figures.lcp = perf.lcp;
  figures.blockingAll = perf.long.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  // Total blocking time: the part of each long task beyond 50 ms, from first contentful paint on.
  figures.tbt = perf.long.filter((t) => t.start + t.duration > perf.fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  await context.close();
  return figures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export interface Comparison {
  site: LoadFigures;
  timelineJs: LoadFigures;
  dataFrom: string;
  entries: number;
  runs: number;
  cpuSlowdown: number;
}

/** Loads both pages `runs` times each, alternating, and keeps the median of every figure. */
export async function compare(dist: string, basePath: string, runs = 3, cpuSlowdown = 4): Promise<Comparison> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts`.');
  const { data, from, count } = timelineJsData(dist);
  const tlDir = timelineJsSite(data);
  const server = await serve([
    { prefix: basePath, dir: dist },
    { prefix: '/timelinejs-bench/', dir: tlDir },
  ]);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const siteRuns: LoadFigures[] = [];
    const tlRuns: LoadFigures[] = [];
    for (let i = 0; i < runs; i++) {
      siteRuns.push(await load(browser, `${server.origin}${basePath}`, cpuSlowdown));
      tlRuns.push(await load(browser, `${server.origin}/timelinejs-bench/`, cpuSlowdown));
    }
    const summarise = (all: LoadFigures[]): LoadFigures => ({
      requests: median(all.map((f) => f.requests)),
      transferred: median(all.map((f) => f.transferred)),
      jsTransferred: median(all.map((f) => f.jsTransferred)),
      jsDecoded: median(all.map((f) => f.jsDecoded)),
      fcp: median(all.map((f) => f.fcp)),
      lcp: median(all.map((f) => f.lcp)),
      tbt: median(all.map((f) => f.tbt)),
      blockingAll: median(all.map((f) => f.blockingAll)),
      blocked: [...new Set(all.flatMap((f) => f.blocked))],
    });
    return { site: summarise(siteRuns), timelineJs: summarise(tlRuns), dataFrom: from, entries: count, runs, cpuSlowdown };
  } finally {
    await browser.close();
    await server.close();
    rmSync(tlDir, { recursive: true, force: true });
  }
}
