/**
 * How cost grows with the number of entries: builds a temporary copy of the project holding N
 * generated entries (never touching content/), and times the charts' layout code on N entries and on
 * 10,000 label marks.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../support/random.ts';
import { median } from './figures.ts';

/** One generated entry: where it goes and what its file says. */
export interface GeneratedEntry {
  collection: 'alliances' | 'events';
  id: string;
  data: Record<string, unknown>;
  body: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The article the build reads to order the claims, relative to the project (copied with the code). */
const ARTICLE_FILE = 'tests/fixtures/research/article.txt';
/** Sentences of the article: a generated claim must quote it word for word, as a real one does. */
const sentences = readFileSync(new URL(`../../${ARTICLE_FILE}`, import.meta.url), 'utf8')
  .split(/(?<=[.!?])\s+/)
  .filter((s) => s.length >= 20 && s.length <= 200);

/**
 * N entries that pass the content schema: the first five are alliances with ordinals 1–5 (the
 * schema allows no more), the rest are context events, and the last one is a meeting. Dates spread
 * over 1654–2022; every id is prefixed with the entry's number, so ids stay unique across the site.
 */
export function generateEntries(n: number): GeneratedEntry[] {
  const entries: GeneratedEntry[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1654 + Math.floor((i * (2022 - 1664)) / Math.max(1, n - 1));
    const day = `${year}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;
    const isAlliance = i < Math.min(5, n - 1);
    const isMeeting = i === n - 1;
    const id = `${isAlliance ? 'alliance' : 'event'}-${String(i).padStart(4, '0')}`;
    const end = isAlliance ? `${year + 10}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}` : day;
    const data: Record<string, unknown> = {
      title: `Generated ${isAlliance ? 'alliance' : 'event'} number ${i} for the benchmark`,
      shortTitle: `Entry ${i}`,
      summary: `A generated entry, number ${i}, that exists only to measure how the build grows with content.`,
      period: { start: { date: day, precision: 'day' }, end: { date: end, precision: 'day' } },
      milestones: [
        { id: `${id}-start`, date: { date: day, precision: 'day' }, label: `Milestone at the start of entry ${i}`, sources: [`${id}-src`] },
        { id: `${id}-end`, date: { date: end, precision: 'day' }, label: `Milestone at the end of entry ${i}`, sources: [`${id}-src`] },
      ],
      parties: ['Party A', 'Party B'],
      signatories: [{ name: 'A. Signatory', for: 'Party A' }],
      claims: [
        {
          id: `${id}-claim`,
          quote: sentences[i % sentences.length],
          record: 'What the record says about it, in a sentence.',
          conclusion: `The benchmark’s finding on entry ${i}, in one sentence.`,
          verdict: ['accurate', 'imprecise', 'inaccurate', 'unverified'][i % 4],
          sources: [`${id}-src`],
        },
      ],
      sources: [
        { id: `${id}-src`, title: `A source for entry ${i}`, publisher: 'Benchmark Press', date: String(year), url: `https://example.org/source/${i}` },
      ],
    };
    if (isAlliance) Object.assign(data, { ordinal: i + 1, brokenBy: 'Broken in the benchmark, by design.' });
    else Object.assign(data, { kind: isMeeting ? 'meeting' : 'context' });
    if (isMeeting) {
      const d = '2023-03-20';
      Object.assign(data, {
        period: { start: { date: d, precision: 'day' }, end: { date: '2023-03-22', precision: 'day' } },
        milestones: [{ id: `${id}-start`, date: { date: d, precision: 'day' }, label: 'Arrival', sources: [`${id}-src`] }],
      });
    }
    const body = [
      `This paragraph stands in for the narrative of entry ${i}. It is plain Markdown, long enough to`,
      'look like a real entry: two paragraphs of a few sentences each, with some **emphasis** and a list.',
      '',
      '- one point',
      '- another point',
      '',
      'The second paragraph closes the entry, so that the page weight per entry is close to the real one.',
    ].join('\n');
    entries.push({ collection: isAlliance ? 'alliances' : 'events', id, data, body });
  }
  return entries;
}

/** The MDX file for an entry. JSON is valid YAML, so the front matter needs no YAML writer. */
export function mdxFile(e: GeneratedEntry): string {
  return `---\n${JSON.stringify(e.data, null, 1)}\n---\n\n${e.body}\n`;
}

export interface BuildResult {
  entries: number;
  /** Wall-clock time of the build. */
  ms: number;
  /** CPU time (user + system) of the build process and its children, when the shell reports it. */
  cpuMs?: number;
  pages: number;
  ok: boolean;
  /** The end of the build's output when it failed. */
  error?: string;
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, d) => n + (d.isDirectory() ? countHtml(join(dir, d.name)) : d.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

/** The children's user + system time from the second line `times` printed after "@@times", in ms. */
export function childCpuMs(output: string): number | undefined {
  const after = output.split('@@times')[1];
  const line = after?.trim().split('\n')[1];
  const parts = [...(line ?? '').matchAll(/(\d+)m([\d.]+)s/g)];
  if (parts.length !== 2) return undefined;
  return parts.reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
}

/** Copies the project's code (not content/, not dist/) into a temp folder with N generated entries and builds it. */
export async function timeBuild(root: string, n: number): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), `timeline-bench-${n}-`));
  try {
    for (const name of ['src', 'public']) {
      if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
    }
    for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', ARTICLE_FILE]) cpSync(join(root, name), join(dir, name));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const e of generateEntries(n)) {
      mkdirSync(join(dir, 'content', e.collection), { recursive: true });
      writeFileSync(join(dir, 'content', e.collection, `${e.id}.mdx`), mdxFile(e));
    }
    const astro = join(root, 'node_modules/astro/bin/astro.mjs');
    const started = performance.now();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      // Through sh, whose `times` prints the CPU time of its children: on a shared machine wall-clock
      // time also measures the neighbours, CPU time measures the build alone.
      const script = '"$0" "$1" build; status=$?; echo "@@times"; times; exit $status';
      const child = spawn('sh', ['-c', script, process.execPath, astro], {
        cwd: dir,
        env: { ...process.env, OUT_DIR: './dist', ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (c) => resolve({ code: c, output: out }));
    });
    const ms = performance.now() - started;
    const result: BuildResult = { entries: n, ms, pages: countHtml(join(dir, 'dist')), ok: code === 0 };
    const cpu = childCpuMs(output);
    if (cpu !== undefined) result.cpuMs = cpu;
    if (code !== 0) result.error = output.split('\n').slice(-25).join('\n');
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median of a function's run time over `runs` runs after `warmup` unmeasured ones, in ms. */
export function medianMs(fn: () => unknown, runs = 9, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

type AnyFn = (...args: unknown[]) => unknown;

/** The charts' layout module, bundled with esbuild (its imports have no extensions, which Node cannot resolve). */
export async function loadTimelineLib(root: string): Promise<Record<string, unknown> | undefined> {
  const entry = join(root, 'src/lib/timeline/index.ts');
  if (!existsSync(entry)) return undefined;
  const { build } = await import('esbuild');
  // Written inside the project, so that the bundle's bare imports (d3-scale…) resolve from node_modules.
  const outfile = join(root, 'tests/output/bench/timeline-lib.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'error' });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as Record<string, unknown>;
}

/** `count` label requests spread along an axis `width` pixels long. */
export function labelRequests(count: number, width: number): { id: string; anchor: number; size: number; text: string; label: string; width: number }[] {
  const rnd = seededRandom(count); // the same marks on every run
  return Array.from({ length: count }, (_, i) => {
    const size = 40 + Math.round(rnd() * 80);
    return { id: `mark-${i}`, anchor: rnd() * width, size, width: size, text: `Mark ${i}`, label: `Mark ${i}` };
  });
}

export interface LayoutTimings {
  /** Which exported function was timed, or why none was. */
  labelFunction: string;
  /** ms for 10,000 marks, when measured. */
  labels10k?: number;
  /** ms per entry count for the whole overview layout, when the module exports one. */
  overview: { entries: number; ms: number }[];
  overviewFunction?: string;
  errors: string[];
}

/** Times the label placement on 10,000 marks and the overview layout on N generated entries. */
export async function timeLayout(root: string, sizes: number[]): Promise<LayoutTimings> {
  const result: LayoutTimings = { labelFunction: 'layout module not found', overview: [], errors: [] };
  let lib: Record<string, unknown> | undefined;
  try {
    lib = await loadTimelineLib(root);
  } catch (error) {
    result.errors.push(`could not load src/lib/timeline/index.ts: ${(error as Error).message}`);
    return result;
  }
  if (!lib) return result;
  const name = ['placeLabels', 'placeInRows', 'layoutLabels'].find((n) => typeof lib[n] === 'function');
  if (!name) {
    result.labelFunction = 'layout module found, but no placeLabels (or placeInRows) export';
  } else {
    result.labelFunction = `${name}()`;
    const width = 1200;
    const marks = labelRequests(10_000, width);
    const opts = { min: 0, max: width, width, gap: 4, maxRows: 4, rows: 4 };
    const fn = lib[name] as AnyFn;
    try {
      result.labels10k = medianMs(() => fn(marks, opts));
    } catch (error) {
      result.errors.push(`${name}(10,000 marks) threw: ${(error as Error).message}`);
    }
  }
  const overview = ['overviewLayout', 'timelineLayout'].find((n) => typeof lib[n] === 'function');
  if (overview) {
    result.overviewFunction = `${overview}()`;
    const fn = lib[overview] as AnyFn;
    for (const n of sizes) {
      const items = generateEntries(n).map((e) => ({ id: e.id, collection: e.collection, data: e.data }));
      try {
        result.overview.push({ entries: n, ms: medianMs(() => fn(items, { orientation: 'horizontal', width: 1200 }), 5, 1) });
      } catch (error) {
        result.errors.push(`${overview}(${n} entries) threw: ${(error as Error).message}`);
        break;
      }
    }
  }
  return result;
}
