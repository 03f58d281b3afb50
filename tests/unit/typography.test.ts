import { describe, expect, it, test } from 'vitest';
import { closingStop, typographic, typographicData } from '../../src/lib/typography';

describe('typographic', () => {
  it.each([
    ["People's Republic of China", 'People’s Republic of China'],
    ['the "no limits" statement', 'the “no limits” statement'],
    ["Sun Yat-sen's Nationalists ('the KMT')", 'Sun Yat-sen’s Nationalists (‘the KMT’)'],
    ['"Quoted" at the start', '“Quoted” at the start'],
    ['No quotes at all', 'No quotes at all'],
  ])('%s', (input, output) => {
    expect(typographic(input)).toBe(output);
  });
});

describe('typographicData', () => {
  it('curls strings at any depth but keeps the article’s words, URLs and machine values as written', () => {
    const data = {
      parties: ["People's Republic of China"],
      claims: [{ quote: "Russia's betrayal", record: "Moscow's note" }],
      sources: [{ title: "Xi's visit", url: "https://example.org/it's" }],
      period: { start: { date: '1950-02-14', precision: 'day' } },
      when: new Date(0),
    };
    const out = typographicData(data);
    expect(out.parties).toEqual(['People’s Republic of China']);
    expect(out.claims[0]).toEqual({ quote: "Russia's betrayal", record: 'Moscow’s note' });
    expect(out.sources[0]).toEqual({ title: 'Xi’s visit', url: "https://example.org/it's" });
    expect(out.period).toEqual(data.period);
    expect(out.when).toBe(data.when);
  });
});

describe('closingStop', () => {
  test.each([
    ['Russia and China', '.'],
    ['Late-Breaking Panel: ICC Arrest Warrants: Impunity in Check?', ''],
    ['A title that ends with an exclamation!', ''],
    ['Smith, J. Jr.', ''],
    ['A title that ends in a quotation, “no limits.”', ''],
    ['A title in brackets (1971)', '.'],
    ['Trailing space ', '.'],
  ])('%s → "%s"', (text, stop) => {
    expect(closingStop(text)).toBe(stop);
  });
});
