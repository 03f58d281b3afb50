/** Reading a Lighthouse report: the four scores, and the audits that keep a category below 100. */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, medianRun, stylesheetRequests, summarise, type Lhr } from '../bench/lighthouse.ts';

const audit = (id: string, score: number | null, scoreDisplayMode = 'numeric', more: Partial<Lhr['audits'][string]> = {}) => ({
  id,
  title: `Title of ${id}`,
  score,
  scoreDisplayMode,
  ...more,
});

const lhr: Lhr = {
  categories: {
    performance: {
      score: 0.94,
      auditRefs: [
        { id: 'first-contentful-paint', weight: 10 },
        { id: 'total-blocking-time', weight: 30 },
        { id: 'largest-contentful-paint', weight: 25 },
        { id: 'render-blocking-insight', weight: 0 },
        { id: 'diagnostics', weight: 0 },
        { id: 'cumulative-layout-shift', weight: 25 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'manual-check', weight: 0 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }, { id: 'inspector-issues', weight: 0 }] },
    seo: { score: null, auditRefs: [{ id: 'canonical', weight: 1 }] },
  },
  audits: {
    'first-contentful-paint': audit('first-contentful-paint', 0.91, 'numeric', { displayValue: '1.8 s' }),
    'total-blocking-time': audit('total-blocking-time', 0.84, 'numeric', { displayValue: '250 ms' }),
    'largest-contentful-paint': audit('largest-contentful-paint', 1),
    'cumulative-layout-shift': audit('cumulative-layout-shift', 1),
    'render-blocking-insight': audit('render-blocking-insight', 0.5, 'metricSavings'),
    diagnostics: audit('diagnostics', null, 'informative'),
    'color-contrast': audit('color-contrast', 1, 'binary'),
    'manual-check': audit('manual-check', null, 'manual'),
    'errors-in-console': audit('errors-in-console', 0, 'binary'),
    'inspector-issues': audit('inspector-issues', null, 'notApplicable'),
    canonical: audit('canonical', null, 'error', { errorMessage: 'Required LinkElements gatherer did not run' }),
    'network-requests': audit('network-requests', null, 'informative', {
      details: {
        type: 'table',
        items: [
          { url: 'http://x/', resourceType: 'Document' },
          { url: 'http://x/_astro/a.css', resourceType: 'Stylesheet' },
          { url: 'http://x/_astro/cjk.css', resourceType: 'Stylesheet' },
          { url: 'http://x/favicon.svg', resourceType: 'Other' },
        ],
      },
    }),
  },
};

describe('summarise', () => {
  const result = summarise(lhr);
  const of = (c: string) => result.find((r) => r.category === c)!;

  it('gives the four categories in order, as scores out of 100', () => {
    expect(result.map((r) => r.category)).toEqual([...CATEGORIES]);
    expect(result.map((r) => r.score)).toEqual([94, 100, 96, undefined]);
  });

  it('names the audits that did not pass, those that weigh in the score first', () => {
    expect(of('performance').failing.map((f) => [f.id, f.score, f.weight])).toEqual([
      ['total-blocking-time', 84, 30],
      ['first-contentful-paint', 91, 10],
      ['render-blocking-insight', 50, 0],
    ]);
    expect(of('performance').failing[0]).toMatchObject({ title: 'Title of total-blocking-time', displayValue: '250 ms' });
  });

  it('leaves out passed, informative, manual and not-applicable audits', () => {
    expect(of('accessibility').failing).toEqual([]);
    expect(of('best-practices').failing.map((f) => f.id)).toEqual(['errors-in-console']);
  });

  it('counts an audit that errored as not passed, with its error', () => {
    expect(of('seo').failing).toEqual([
      { id: 'canonical', title: 'Title of canonical', score: undefined, weight: 1, displayValue: 'Required LinkElements gatherer did not run' },
    ]);
  });

  it('gives no score for a category the report lacks', () => {
    expect(summarise({ categories: {}, audits: {} }).map((r) => r.score)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('stylesheetRequests', () => {
  it('lists the stylesheets among the requests Lighthouse saw', () => {
    expect(stylesheetRequests(lhr)).toEqual(['http://x/_astro/a.css', 'http://x/_astro/cjk.css']);
    expect(stylesheetRequests({ categories: {}, audits: {} })).toEqual([]);
  });
});

describe('medianRun', () => {
  const run = (performance: number, tag: string): Lhr => ({
    finalDisplayedUrl: tag,
    categories: { performance: { score: performance, auditRefs: [] } },
    audits: {},
  });

  it('keeps the whole run whose performance score is the middle one', () => {
    const runs = [run(1, 'a'), run(0.9, 'b'), run(0.97, 'c')];
    expect(medianRun(runs)?.finalDisplayedUrl).toBe('c');
    expect(medianRun([run(0.94, 'a'), run(1, 'b'), run(0.97, 'c'), run(0.6, 'd'), run(0.99, 'e')])?.finalDisplayedUrl).toBe('c');
  });

  it('takes the lower middle of an even count, and the one run there is', () => {
    expect(medianRun([run(1, 'a'), run(0.9, 'b')])?.finalDisplayedUrl).toBe('b');
    expect(medianRun([run(0.5, 'only')])?.finalDisplayedUrl).toBe('only');
    expect(medianRun([])).toBeUndefined();
  });

  it('does not reorder the runs it is given', () => {
    const runs = [run(1, 'a'), run(0.9, 'b'), run(0.97, 'c')];
    medianRun(runs);
    expect(runs.map((r) => r.finalDisplayedUrl)).toEqual(['a', 'b', 'c']);
  });
});
