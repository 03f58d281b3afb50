import { ARTICLE } from '../../src/lib/site';
import { describe, expect, it } from 'vitest';
import { escapeHtml, timelineJs, timelineJsDate, timelineJson, type ExportEntry } from '../../src/lib/exports';

const site = { site: 'https://example.org', base: '/timeline/' };

const alliance: ExportEntry = {
  collection: 'alliances',
  id: 'nerchinsk-1654-1689',
  data: {
    title: 'The Treaty of Nerchinsk, 1654–1689',
    shortTitle: 'Nerchinsk',
    summary: 'Decades of fighting on the Amur ended with the Treaty of Nerchinsk in 1689.',
    ordinal: 1,
    brokenBy: 'No alliance was made.',
    period: {
      start: { date: '1654', precision: 'year' },
      end: { date: '1689-09-06', precision: 'day', julian: '1689-08-27' },
    },
    milestones: [
      { id: 'nerchinsk-treaty', date: { date: '1689-09-06', precision: 'day' }, label: 'Treaty <signed>', sources: ['wp'] },
    ],
    parties: ['Tsardom of Russia', 'Qing China'],
    signatories: [{ name: 'Fyodor Golovin', native: 'Фёдор Головин', lang: 'ru', for: 'Russia' }],
    treaty: { en: 'Treaty of Nerchinsk', zh: '尼布楚条约', ru: 'Нерчинский договор' },
    claims: [{ id: 'first', quote: 'the first alliance', record: 'A border treaty.', conclusion: 'No alliance, only a border treaty.', verdict: 'inaccurate', sources: ['wp'] }],
    sources: [{ id: 'wp', title: 'Treaty of Nerchinsk', publisher: 'Wikipedia' }],
    corrections: [
      { date: '2026-01-05', what: 'A date was corrected.', why: 'The record.', sources: ['wp'] },
      { date: '2026-11-28', what: 'A verdict was changed.', why: 'Its definition.', sources: [] },
    ],
  },
};
const visit: ExportEntry = {
  collection: 'events',
  id: 'icc-warrants-2023',
  data: {
    title: 'ICC warrants',
    shortTitle: 'ICC warrants',
    summary: 'The International Criminal Court issued arrest warrants on 17 March 2023.',
    kind: 'context',
    period: { start: { date: '2023-03-17', precision: 'day' }, end: { date: '2023-03-17', precision: 'day' } },
    milestones: [],
    parties: ['ICC'],
    signatories: [],
    claims: [],
    sources: [{ id: 'icc', title: 'Press release', publisher: 'ICC' }],
    corrections: [],
  },
};

describe('timelineJson', () => {
  const json = timelineJson([alliance, visit], site);

  it('keeps every entry, in the given order, with absolute URLs under the base', () => {
    expect(json.entries.map((e) => e.id)).toEqual(['nerchinsk-1654-1689', 'icc-warrants-2023']);
    expect(json.url).toBe('https://example.org/timeline/');
    expect(json.entries[0]!.url).toBe('https://example.org/timeline/alliances/nerchinsk-1654-1689/');
    expect(json.entries[1]!.url).toBe('https://example.org/timeline/events/icc-warrants-2023/');
    expect(json.entries[0]!.timelineUrl).toBe('https://example.org/timeline/#nerchinsk-1654-1689');
  });

  it('keeps dates as data (precision, Julian form) and adds the reader text', () => {
    expect(json.entries[0]!.period.end).toMatchObject(alliance.data.period.end);
    expect(json.entries[0]!.period.text).toBe('1654 – 6 September 1689');
  });

  it('links milestones, claims and sources to their anchors on the timeline', () => {
    const e = json.entries[0]!;
    expect(e.milestones[0]!.url).toBe('https://example.org/timeline/#nerchinsk-treaty');
    expect(e.claims[0]!.timelineUrl).toBe('https://example.org/timeline/#claim-first');
    expect(e.sources[0]!.anchor).toBe('https://example.org/timeline/#source-wp');
  });

  it('gives each claim its own page and the link to its sentence in the article', () => {
    const c = json.entries[0]!.claims[0]!;
    expect(c.url).toBe('https://example.org/timeline/claims/first/');
    expect(c.articleUrl).toBe(`${ARTICLE.url}#:~:text=the%20first%20alliance`);
  });

  it('carries the alliance ordinal and the event kind', () => {
    expect(json.entries[0]).toMatchObject({ ordinal: 1, brokenBy: 'No alliance was made.' });
    expect(json.entries[1]).toMatchObject({ kind: 'context' });
    expect(json.entries[1]).not.toHaveProperty('ordinal');
  });

  it('adds the Qing reign-year form to a day of the Qing era, and to no other date', () => {
    const e = json.entries[0]!;
    expect(e.period.end.chinese).toBe('康熙二十八年七月二十三日');
    expect(e.milestones[0]!.date.chinese).toBe('康熙二十八年七月二十三日');
    expect(e.period.start).not.toHaveProperty('chinese'); // 1654: a year, not a day
    expect(json.entries[1]!.period.start).not.toHaveProperty('chinese'); // 2023
  });

  it('carries corrections newest first, and dateModified only where an entry was corrected', () => {
    expect(json.entries[0]!.corrections.map((c) => c.date)).toEqual(['2026-11-28', '2026-01-05']);
    expect(json.entries[0]).toMatchObject({ dateModified: '2026-11-28' });
    expect(json.entries[1]!.corrections).toEqual([]);
    expect(json.entries[1]).not.toHaveProperty('dateModified');
  });

  it('links each correction to its place on the entry’s page, base included, as the corrections page does', () => {
    expect(json.entries[0]!.corrections.map((c) => c.url)).toEqual([
      'https://example.org/timeline/alliances/nerchinsk-1654-1689/#nerchinsk-1654-1689-correction-2026-11-28',
      'https://example.org/timeline/alliances/nerchinsk-1654-1689/#nerchinsk-1654-1689-correction-2026-01-05',
    ]);
  });

  it('exports a correction as its front matter writes it, with its url and nothing more', () => {
    // The fragment id goes into the url; the counting behind it (corrections.ts) stays out of the file.
    expect(json.entries[0]!.corrections[1]).toEqual({ ...alliance.data.corrections[0], url: expect.stringMatching(/#nerchinsk-1654-1689-correction-2026-01-05$/) });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('timelineJsDate', () => {
  it.each([
    [{ date: '1654', precision: 'year' as const }, { year: 1654, display_date: '1654' }],
    [{ date: '1950-02', precision: 'month' as const }, { year: 1950, month: 2, display_date: 'February 1950' }],
    [{ date: '1689-09-06', precision: 'day' as const }, { year: 1689, month: 9, day: 6, display_date: '6 September 1689' }],
  ])('turns %j into %j', (d, expected) => {
    expect(timelineJsDate(d)).toEqual(expected);
  });
});

describe('timelineJs', () => {
  const tl = timelineJs([alliance, visit], site);

  it('has a title slide and one event per entry with its unique id and group', () => {
    expect(tl.title.text.headline).toContain('Russia and China');
    expect(tl.events.map((e) => [e.unique_id, e.group])).toEqual([
      ['nerchinsk-1654-1689', 'Alliances'],
      ['icc-warrants-2023', 'Events'],
    ]);
  });

  it('gives a span an end date and a one-day event none', () => {
    expect(tl.events[0]).toMatchObject({ start_date: { year: 1654 }, end_date: { year: 1689, month: 9, day: 6 } });
    expect(tl.events[1]).not.toHaveProperty('end_date');
  });

  it('escapes content in the HTML text and links to the entry page', () => {
    const text = tl.events[0]!.text.text;
    expect(text).toContain('Treaty &lt;signed&gt;');
    expect(text).not.toContain('<signed>');
    expect(text).toContain('href="https://example.org/timeline/alliances/nerchinsk-1654-1689/"');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
