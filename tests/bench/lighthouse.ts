/**
 * Lighthouse (mobile preset, its default) on pages of the built site, served by the bench's own server
 * with gzip, in the system Chromium launched by chrome-launcher with the project's flags: nothing is
 * downloaded. `summarise` reads a report (pure, unit-tested); `runLighthouse` produces the reports.
 */
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { serve } from './serve.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The part of a Lighthouse result (LHR) the bench reads. */
export interface Lhr {
  finalDisplayedUrl?: string;
  runWarnings?: string[];
  runtimeError?: { code: string; message: string };
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      errorMessage?: string;
      details?: { type?: string; items?: Record<string, unknown>[] };
    }
  >;
}

/** An audit that keeps a category below 100. */
export interface Failing {
  id: string;
  title: string;
  /** 0–100; undefined for an audit that errored. */
  score: number | undefined;
  /** The audit's weight in its category's score (0 for diagnostics and insights that only advise). */
  weight: number;
  displayValue: string | undefined;
}

export interface CategoryResult {
  category: Category;
  /** 0–100, or undefined when Lighthouse could not score the category. */
  score: number | undefined;
  failing: Failing[];
}

/** Display modes whose score says nothing about passing: information, not applicable, checked by hand. */
const NOT_SCORED = new Set(['informative', 'notApplicable', 'manual']);

/**
 * Each of the four categories' scores (0–100) and, for each, the audits that did not pass: every
 * audit of the category with a score below 1 or an error, weighted ones (those that lower the score)
 * first. Audits that only inform, do not apply or must be checked by hand are left out.
 */
export function summarise(lhr: Lhr): CategoryResult[] {
  return CATEGORIES.map((category) => {
    const c = lhr.categories[category];
    const failing: Failing[] = [];
    for (const ref of c?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || NOT_SCORED.has(a.scoreDisplayMode)) continue;
      const errored = a.scoreDisplayMode === 'error';
      if (!errored && (a.score === null || a.score >= 1)) continue;
      failing.push({
        id: a.id,
        title: a.title,
        score: errored || a.score === null ? undefined : Math.round(a.score * 100),
        weight: ref.weight,
        displayValue: a.displayValue ?? a.errorMessage,
      });
    }
    failing.sort((x, y) => y.weight - x.weight || (x.score ?? -1) - (y.score ?? -1));
    const score = c && typeof c.score === 'number' ? Math.round(c.score * 100) : undefined;
    return { category, score, failing };
  });
}

/** The stylesheet requests Lighthouse saw (its network-requests audit), as URLs. */
export function stylesheetRequests(lhr: Lhr): string[] {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items.filter((i) => i.resourceType === 'Stylesheet').map((i) => String(i.url));
}

/**
 * Of several runs on one page, the one whose performance score is the median (the middle run once
 * sorted by it; of an even count, the lower middle): one whole report, so its scores and its failing
 * audits belong together. Lighthouse's own scores vary from run to run with the machine's load, most
 * in total blocking time; a single run on a shared machine can miss a budget the page meets.
 */
export function medianRun(lhrs: readonly Lhr[]): Lhr | undefined {
  const perf = (l: Lhr) => l.categories.performance?.score ?? -1;
  const sorted = [...lhrs].sort((a, b) => perf(a) - perf(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export interface PageReport {
  name: string;
  path: string;
  /** The median run (medianRun) of the runs that completed. */
  lhr: Lhr | undefined;
  /** Each completed run's performance score, 0–100, in the order they ran. */
  performanceRuns: number[];
  error: string | undefined;
  /** Time for all the page's runs. */
  ms: number;
}

/**
 * Runs Lighthouse `runs` times per page, one page after the other, in one headless Chromium, and keeps
 * each page's median run. Mobile preset (the default configuration: a mid-range phone's screen, 4× CPU
 * slowdown and slow 4G, simulated).
 */
export async function runLighthouse(dist: string, basePath: string, pages: { name: string; path: string }[], runs = 3): Promise<PageReport[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: run `node tests/scripts/ensure-browser.ts`.');
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const server = await serve([{ prefix: basePath, dir: dist }]);
  // --no-sandbox as Playwright passes by default (its chromiumSandbox option is off), so that the same
  // Chromium starts here as in the browser tests, also as root in CI's container.
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS] });
  const reports: PageReport[] = [];
  try {
    for (const page of pages) {
      const started = performance.now();
      const lhrs: Lhr[] = [];
      let error: string | undefined;
      for (let i = 0; i < runs; i++) {
        try {
          const result = await lighthouse(`${server.origin}${page.path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          });
          const lhr = result?.lhr as unknown as Lhr | undefined;
          if (!lhr) error = 'no result';
          else if (lhr.runtimeError) error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
          else lhrs.push(lhr);
        } catch (e) {
          error = (e as Error).message;
        }
      }
      reports.push({
        ...page,
        lhr: medianRun(lhrs),
        performanceRuns: lhrs.map((l) => Math.round((l.categories.performance?.score ?? 0) * 100)),
        error: lhrs.length ? undefined : error,
        ms: performance.now() - started,
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return reports;
}
