import { execFileSync } from 'node:child_process';
import { describe, expect, it, test } from 'vitest';
import { closingStop, DAY_AND_MONTH, typographic, typographicData, keepDayWithMonth, keepRangesTogether } from '../../src/lib/typography';
import { formatDate, MONTH_NAMES } from '../../src/lib/dates';

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

describe('DAY_AND_MONTH', () => {
  test.each(MONTH_NAMES.map((name, i) => [name, i + 1]))('finds a day of %s as formatDate writes it', (_, month) => {
    const written = formatDate({ date: `2023-${String(month).padStart(2, '0')}-17`, precision: 'day' });
    expect(written.match(DAY_AND_MONTH)).toEqual([written.replace(/ \d{4}$/, '')]);
  });
  it('names the twelve months once, in their order', () => {
    expect(MONTH_NAMES).toEqual(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
  });
  it('loads under plain Node, which resolves no import without its extension', () => {
    // typography.ts takes the month names from dates.ts; a script run with Node itself may import it.
    const url = new URL('../../src/lib/typography.ts', import.meta.url).href;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const t = await import(${JSON.stringify(url)}); console.log(t.keepDayWithMonth('on 4 February'))`], { encoding: 'utf8' });
    expect(out.trim()).toBe('on 4\u00a0February');
  }, 30_000);
});

describe('keepDayWithMonth', () => {
  test.each([
    ['a day', 'statement of 4 February 2022', 'statement of 4\u00a0February 2022'],
    ['a range of days', 'visit of 20–22 March 2023', 'visit of 20–22\u00a0March 2023'],
    ['each date of a text', '3 June 1896 – 9 July 1900', '3\u00a0June 1896 – 9\u00a0July 1900'],
  ])('joins %s to its month with a no-break space', (_, text, out) => {
    expect(keepDayWithMonth(text)).toBe(out);
  });
  test.each([['a year', 'March 2023'], ['a number that is no day', 'about 1000 May flowers'], ['a month alone', 'in May']])('leaves %s as it is', (_, text) => {
    expect(keepDayWithMonth(text)).toBe(text);
  });
});

describe('keepRangesTogether', () => {
  const nowrap = (s: string) => `<span class="nowrap">${s}</span>`;
  test.each([
    ['years', '<h2>Nerchinsk, 1654–1689</h2>', `<h2>Nerchinsk, ${nowrap('1654–1689')}</h2>`],
    ['a year and its last two digits', '<p>the war of 1904–05.</p>', `<p>the war of ${nowrap('1904–05')}.</p>`],
    ['days', '<td>visit of 20–22 May 2023</td>', `<td>visit of ${nowrap('20–22 May')} 2023</td>`],
    ['every range of a text', '<li>(1896–1900) and pp. 232–235</li>', `<li>(${nowrap('1896–1900')}) and pp. ${nowrap('232–235')}</li>`],
    ['months', '<p>from March–July 1921</p>', `<p>from ${nowrap('March–July')} 1921</p>`],
    ['names joined by an en dash', '<p>the Li–Lobanov treaty</p>', `<p>the ${nowrap('Li–Lobanov')} treaty</p>`],
    ['a day with its month', '<p>the statement of 4 February 2022</p>', `<p>the statement of ${nowrap('4 February')} 2022</p>`],
    ['a range of days with its month, as one piece', '<li>3 June 1896 – 20–22 March 1900</li>', `<li>${nowrap('3 June')} 1896 – ${nowrap('20–22 March')} 1900</li>`],
  ])('wraps %s in a span that keeps them on one line', (_, html, out) => {
    expect(keepRangesTogether(html)).toBe(out);
  });
  test.each([
    ['an attribute', '<a href="#x" aria-label="Nerchinsk, 1654–1689">Nerchinsk</a>'],
    ['the title', '<title>Russia and China, 1654–2023</title>'],
    ['a script, even one with "<" in it', '<script>if (a<b) x = "1654–1689";</script>'],
    ['a JSON-LD script', '<script type="application/ld+json">{"name":"1654–1689"}</script>'],
    ['a style', '<style>.a::after { content: "1654–1689"; }</style>'],
    ['a comment', '<!-- 1654–1689 -->'],
    ['SVG, even SVG inside SVG', '<svg><text>1654–1689</text><svg><text>1654</text></svg><text>1896–1900</text></svg>'],
    ['text read out but not shown', '<a href="#n">Permalink<span class="visually-hidden">: Nerchinsk, <i>1654</i>–1689<br>1896–1900</span></a>'],
    ['a hyphen, or an en dash with spaces around it', '<p>Sino-Soviet, 1654-1689, 1654 – 1689</p>'],
  ])('leaves %s as it is', (_, html) => {
    expect(keepRangesTogether(html)).toBe(html);
  });
  test('goes on after text read out but not shown, and wraps a skip link that shows when focused', () => {
    expect(keepRangesTogether('<p><span class="a visually-hidden b">1–2 <b>3–4</b></span> 5–6</p><a class="visually-hidden-focusable">7–8</a>')).toBe(
      `<p><span class="a visually-hidden b">1–2 <b>3–4</b></span> ${nowrap('5–6')}</p><a class="visually-hidden-focusable">${nowrap('7–8')}</a>`,
    );
  });
  test('goes on after SVG and scripts', () => {
    expect(keepRangesTogether('<svg><text>1–2</text></svg><p>3–4</p><script>5–6</script><p>7–8</p>')).toBe(
      `<svg><text>1–2</text></svg><p>${nowrap('3–4')}</p><script>5–6</script><p>${nowrap('7–8')}</p>`,
    );
  });
});
