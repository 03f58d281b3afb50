import { describe, expect, test } from 'vitest';
import { chartProps, citeProps, parseProps, quoteProps, termProps, verdictProps } from '../../src/components/props';

describe('parseProps', () => {
  test('returns the parsed props, trimmed and defaulted', () => {
    expect(parseProps('Term', termProps, { en: '  Treaty ', zh: '条约' })).toEqual({ en: 'Treaty', zh: '条约' });
  });
  test('names the component, the prop, what is valid and what it got', () => {
    expect(() => parseProps('Verdict', verdictProps, { verdict: 'maybe' })).toThrow(
      '<Verdict>: prop "verdict": verdict must be one of: accurate, imprecise, inaccurate, unverified; got "maybe"',
    );
  });
  test('says "nothing" for a missing prop', () => {
    expect(() => parseProps('Cite', citeProps, {})).toThrow(/<Cite>: prop "id": .*; got nothing/);
  });
  test('lists every bad prop, one line each', () => {
    expect(() => parseProps('Quote', quoteProps, { by: '', cite: 'ftp://x.org/' })).toThrow(/prop "by".*\n.*prop "cite"/);
  });
});

describe('chartProps', () => {
  const schema = chartProps<{ bars: unknown[] }>('bars', 'durationLayout(entries, width)');
  test('accepts a layout with its list', () => {
    expect(schema.safeParse({ layout: { bars: [] }, label: 'Lengths', variant: 'wide' }).success).toBe(true);
  });
  test('rejects another chart\'s layout, naming the function that makes the right one', () => {
    expect(() => parseProps('DurationChart', schema, { layout: { days: [] }, label: 'x', variant: 'wide' })).toThrow(
      /prop "layout": must be the result of durationLayout\(entries, width\)/,
    );
  });
});
