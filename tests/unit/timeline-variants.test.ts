/** The drawn sizes and the container queries that show them say the same thing. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHART_VARIANTS } from '../../src/lib/timeline';

const css = readFileSync(fileURLToPath(new URL('../../src/components/charts/charts.css', import.meta.url)), 'utf8');

/** Each `@container charts (…) { … .variant-<key> { display: block … } }` as [key, minRem, maxRem]. */
function queries(): [string, number, number][] {
  return [...css.matchAll(/@container charts \(([^)]*)\)\s*\{[^}]*\.variant-(\w+)\s*\{\s*display:\s*block/g)].map(([, cond, key]) => {
    const min = /(\d+(?:\.\d+)?)rem <= width|width >= (\d+(?:\.\d+)?)rem/.exec(cond!);
    const max = /width < (\d+(?:\.\d+)?)rem/.exec(cond!);
    return [key!, min ? Number(min[1] ?? min[2]) : 0, max ? Number(max[1]) : Infinity];
  });
}

describe('CHART_VARIANTS', () => {
  it('match the container queries of charts.css, one query per size', () => {
    expect(queries()).toEqual(CHART_VARIANTS.map((v) => [v.key, v.minRem, v.maxRem]));
  });
  it('cover every container width once, narrow to wide', () => {
    const sorted = [...CHART_VARIANTS].sort((a, b) => a.minRem - b.minRem);
    expect(sorted[0]!.minRem).toBe(0);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.minRem).toBe(sorted[i - 1]!.maxRem);
    expect(sorted.at(-1)!.maxRem).toBe(Infinity);
  });
  it.each(CHART_VARIANTS.map((v) => [v.key, v] as const))('draws %s at a width its container shows without shrinking the text much', (_, v) => {
    // The drawing scales to its container: at most 25 % down, and never wider than the widest container it serves needs.
    const minPx = v.minRem * 16;
    expect(v.width).toBeGreaterThanOrEqual(minPx * 0.75);
    if (Number.isFinite(v.maxRem)) expect(v.width).toBeLessThanOrEqual(v.maxRem * 16);
  });
  // A pointer's or a finger's area (WCAG 2.5.8, 24 CSS px) at the smallest scale each size is shown at:
  // the narrow end of its range, or, for the phone's, a 320 px screen's 288 px column.
  it.each(CHART_VARIANTS.map((v) => [v.key, v] as const))('gives %s a tap target of 25 px or more where it is shown smallest', (_, v) => {
    const column = v.minRem > 0 ? v.minRem * 16 : 288;
    expect(v.target * (Math.min(column, v.width) / v.width)).toBeGreaterThanOrEqual(25);
  });
});
