/**
 * src/lib/cite.ts: sources and pages as CSL-JSON, their citation keys, the BibTeX, RIS and CSL-JSON
 * files (read back by citation-js and by an independent parser, biblatex-csl-converter), and the
 * Chicago and APA references; then the same over every source in content/.
 */
import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import { parse as parseBibtex, parseCSL, parseRIS } from 'biblatex-csl-converter';
import {
  bibliographyItems,
  citationKey,
  citeFilePath,
  citeFiles,
  claimCitedPage,
  entryCitedPage,
  entryPageItem,
  entrySourceItems,
  formatReference,
  pageItem,
  parseSourceDate,
  serialize,
  sourceItem,
  type CiteSource,
  type CslItem,
} from '../../src/lib/cite';
import type { BibEntry } from '../../src/lib/bibliography';
import { SITE_TITLE } from '../../src/lib/site';
import { readEntries } from '../support/content.ts';

const site = { site: 'https://timeline.example', base: '/' };

/** One source of each kind the schema knows, with the fields each kind has in the content. */
const fixtures: CiteSource[] = [
  { id: 'book', type: 'book', title: 'Russia and China: Their Diplomatic Relations to 1728', author: 'Mark Mancall', publisher: 'Harvard University Press', date: '1971', note: 'Print only.' },
  { id: 'journal', type: 'article-journal', title: 'Return to Zhenbao Island', author: 'Lyle J. Goldstein', publisher: 'The China Quarterly', date: 'December 2001', url: 'https://example.org/zhenbao' },
  { id: 'news', type: 'article-newspaper', title: 'Uncertainty Marks the Sixth Russia-China Alliance', publisher: 'The Epoch Times', date: 'March 2023', url: 'https://www.theepochtimes.com/china/x' },
  { id: 'wp', type: 'entry-encyclopedia', title: 'Treaty of Nerchinsk', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Treaty_of_Nerchinsk', accessed: '2026-11-01' },
  { id: 'icc', type: 'webpage', title: 'Situation in Ukraine: ICC judges issue arrest warrants', publisher: 'International Criminal Court', date: '17 March 2023', url: 'https://www.icc-cpi.int/news/x' },
  { id: 'frus', type: 'report', title: 'Foreign Relations of the United States, 1945, Volume VII', publisher: 'Office of the Historian, U.S. Department of State', url: 'https://history.state.gov/historicaldocuments/frus1945v07' },
  { id: 'treaty', type: 'treaty', title: 'Treaty of Friendship, Alliance and Mutual Assistance', publisher: 'Ministry of Foreign Affairs of the People’s Republic of China' },
  { id: 'statement', type: 'document', title: 'Joint Statement & “Reports” on the Closing', publisher: 'Xinhua', date: '13–14 March 2023' },
  // Titles in Russian and Chinese, as the treaty texts are printed: BibTeX must carry them whole.
  { id: 'russian', type: 'treaty', title: 'Союзный договор между Россией и Китаем, 22 мая (3 июня) 1896 г.', publisher: 'Constitutions.ru' },
  { id: 'chinese', type: 'book', title: '中俄关系史料：尼布楚条约', author: 'Lüthi, Lorenz M.', publisher: '中华书局', date: '1981' },
];
const items = fixtures.map(sourceItem);

describe('parseSourceDate', () => {
  test('a date src/lib/dates.ts reads becomes date parts; any other text stays as written', () => {
    expect(parseSourceDate('13–14 March 2023')).toEqual({ 'date-parts': [[2023, 3, 13], [2023, 3, 14]] });
    expect(parseSourceDate(' Spring 1946 ')).toEqual({ literal: 'Spring 1946' });
  });
});

describe('sourceItem', () => {
  test('holds only the fields the source records, under the CSL names for its type', () => {
    expect(items[0]).toEqual({
      id: citationKey(fixtures[0]!),
      'citation-key': citationKey(fixtures[0]!),
      type: 'book',
      title: 'Russia and China: Their Diplomatic Relations to 1728',
      author: [{ family: 'Mancall', given: 'Mark' }],
      publisher: 'Harvard University Press',
      issued: { 'date-parts': [[1971]] },
      annote: 'Print only.',
    });
    expect(Object.keys(items[6]!).sort()).toEqual(['citation-key', 'id', 'publisher', 'title', 'type']);
  });
  test('a periodical, an encyclopedia or a website is the container, not the publisher', () => {
    for (const i of [1, 2, 3, 4]) {
      expect(items[i]!['container-title']).toBe(fixtures[i]!.publisher);
      expect(items[i]!['publisher']).toBeUndefined();
    }
    expect(items[3]!['accessed']).toEqual({ 'date-parts': [[2026, 11, 1]] });
  });
  test('a source with no type is a generic document, not a guess', () => {
    expect(sourceItem({ id: 'x', title: 'T', publisher: 'P' }).type).toBe('document');
  });
});

describe('citationKey', () => {
  test('reads author or publisher, year, title words and a fingerprint, in BibTeX-safe characters', () => {
    expect(citationKey(fixtures[0]!)).toMatch(/^mancall_1971_russia_china_their_[a-z0-9]{4}$/);
    expect(citationKey(fixtures[3]!)).toMatch(/^wikipedia_treaty_nerchinsk_[a-z0-9]{4}$/);
  });
  test('tells apart works whose first words are the same', () => {
    const a = { id: 'a', title: 'Sino-Soviet Treaty of Friendship and Alliance', publisher: 'Wikipedia' };
    const b = { id: 'b', title: 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance', publisher: 'Wikipedia' };
    expect(citationKey(a)).not.toBe(citationKey(b));
  });
  test('depends on the work, not on the id an entry gives it', () => {
    expect(citationKey({ ...fixtures[2]!, id: 'other-entry-et' })).toBe(citationKey(fixtures[2]!));
  });
});

/** The text of a biblatex-csl-converter rich-text value. */
const text = (nodes: unknown): string =>
  Array.isArray(nodes) ? nodes.map((n) => (Array.isArray(n) ? text(n) : ((n as { text?: string }).text ?? ''))).join('') : String(nodes ?? '');

describe('serialize: read back by citation-js (round trip)', () => {
  test('CSL-JSON comes back as the same items', () => {
    expect(JSON.parse(serialize(items, 'json'))).toEqual(items);
    expect(new Cite(serialize(items, 'json')).data.map((d) => d.id)).toEqual(items.map((i) => i.id));
  });
  test('BibTeX keeps keys, titles, authors, years, URLs and publishers', () => {
    const back = new Cite(serialize(items, 'bib')).data;
    expect(back.map((d) => d['citation-key'])).toEqual(items.map((i) => i.id));
    expect(back.map((d) => d['title'])).toEqual(items.map((i) => i['title']));
    expect(back.map((d) => d['URL'])).toEqual(items.map((i) => i['URL']));
    expect(back[0]!['author']).toEqual(items[0]!['author']);
    expect(back[0]!['publisher']).toBe('Harvard University Press');
    expect(back[1]!['container-title']).toBe('The China Quarterly');
    back.forEach((d, i) => {
      const year = (items[i]!['issued'] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
      expect((d['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0]).toBe(year);
    });
  });
  test('RIS keeps titles, authors, URLs, dates and types', () => {
    const back = new Cite(serialize(items, 'ris')).data;
    expect(back.map((d) => d['title'])).toEqual(items.map((i) => i['title']));
    expect(back.map((d) => d['URL'])).toEqual(items.map((i) => i['URL']));
    expect(back[0]!['author']).toEqual(items[0]!['author']);
    expect(back[0]!.type).toBe('book');
    expect(back[2]!.type).toBe('article-newspaper');
    expect(back[2]!['container-title']).toBe('The Epoch Times');
    expect(back[4]!['issued']).toEqual({ 'date-parts': [[2023, 3, 17]] });
  });
  test('a family name written first, and an editor, reach BibTeX and RIS as such', () => {
    const named = [
      sourceItem({ id: 'zhang', type: 'article-journal', title: 'Broad Prospects for Chinese-Russian Relations', author: 'Zhang, Deguang', publisher: 'Far Eastern Affairs' }),
      sourceItem({ id: 'westad', type: 'book', title: 'Brothers in Arms', author: 'Odd Arne Westad (ed.)', publisher: 'Stanford University Press', date: '1998' }),
    ];
    expect(named[1]).not.toHaveProperty('author');
    const bib = serialize(named, 'bib');
    expect(bib).toMatch(/author = \{Zhang, Deguang\}/);
    expect(bib).toMatch(/editor = \{Westad, Odd Arne\}/);
    expect(bib).not.toMatch(/\(ed\.\)/);
    const ris = serialize(named, 'ris');
    expect(ris).toMatch(/^AU  - Zhang, Deguang\r$/m);
    expect(ris).toMatch(/^(A3|ED)  - Westad, Odd Arne\r$/m);
  });
  test('RIS writes one line per tag, CRLF, with the whole key as ID', () => {
    const ris = serialize(items, 'ris');
    const lines = ris.split('\r\n');
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9]  - /.test(l)), ris).toBe(true);
    expect(lines.filter((l) => l.startsWith('ID  - ')).map((l) => l.slice(6))).toEqual(items.map((i) => i.id));
    expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(items.length);
  });
});

describe('serialize: read by an independent parser (biblatex-csl-converter)', () => {
  // It reads TeX quotes (``…'') as nothing, so titles are compared without quotation marks.
  const unquoted = (t: string) => t.replace(/[“”"]/g, '');
  test('BibTeX: no errors, same keys, titles and authors', () => {
    const result = parseBibtex(serialize(items, 'bib'));
    expect(result.errors).toEqual([]);
    // It flags two things citation-js writes on purpose: a publisher on @misc, and "mar 17" as a month.
    expect(result.warnings.filter((w) => !['unexpected_field', 'invalid_month'].includes(w.type))).toEqual([]);
    const entries = Object.values(result.entries);
    expect(entries.map((e) => e.entry_key)).toEqual(items.map((i) => i.id));
    expect(entries.map((e) => unquoted(text(e.fields['title'])))).toEqual(items.map((i) => unquoted(String(i['title']))));
    expect(text((entries[0]!.fields['author'] as { family: unknown }[])[0]!.family)).toBe('Mancall');
  });
  test('RIS: no errors, same titles, URLs and years', () => {
    const result = parseRIS(serialize(items, 'ris'));
    expect(result.errors).toEqual([]);
    const entries = Object.values(result.entries);
    expect(entries.map((e) => text(e.fields['title']))).toEqual(items.map((i) => String(i['title'])));
    expect(entries.map((e) => e.fields['url'])).toEqual(items.map((i) => i['URL']));
    expect(entries[0]!.fields['date']).toBe('1971');
  });
  test('CSL-JSON: same titles for every type it knows (it skips CSL 1.0.2’s treaty and document)', () => {
    const parsed = JSON.parse(serialize(items, 'json')) as CslItem[];
    const entries = Object.values(parseCSL(Object.fromEntries(parsed.map((i) => [i.id, i]))));
    const known = items.filter((i) => !['treaty', 'document'].includes(i.type));
    expect(entries.map((e) => text(e.fields['title']))).toEqual(known.map((i) => String(i['title'])));
  });
});

// citeproc-js reads each style once, slowly (seconds for APA on a busy machine), then caches it.
describe('formatReference', { timeout: 30_000 }, () => {
  test('Chicago: a book as a bibliography entry', () => {
    expect(formatReference(items[0]!, 'chicago', 'text')).toBe(
      'Mancall, Mark. Russia and China: Their Diplomatic Relations to 1728. Harvard University Press, 1971.',
    );
  });
  test('APA: a book', () => {
    expect(formatReference(items[0]!, 'apa', 'text')).toBe(
      'Mancall, M. (1971). Russia and China: Their Diplomatic Relations to 1728. Harvard University Press.',
    );
  });
  // CSL's title case lowercases its stop words, and "next" is one of them for "next to"; standing
  // alone it is an adjective or adverb, which Chicago capitalises ("the Next Day", not "the next Day").
  test('Chicago: "next" standing alone is capitalised in a title, "next to" is not', () => {
    const page = pageItem({ key: 'x', title: 'Right: it was announced the next day, next to nothing', url: 'https://t.example/' });
    const ref = formatReference(page, 'chicago', 'text');
    expect(ref).toContain('Right: It Was Announced the Next Day, next to Nothing');
    expect(formatReference(page, 'chicago', 'html')).toContain('the Next Day');
    expect(formatReference(page, 'apa', 'text'), 'APA keeps the sentence case').toContain('the next day, next to nothing');
    expect(page['title'], 'the record itself is unchanged').toBe('Right: it was announced the next day, next to nothing');
  });
  test('APA: a page of the site names the site as it is written, not in title case', () => {
    const page = pageItem({ key: 'x', title: 'Right: it was announced', url: 'https://t.example/', modified: '2026-11-02' });
    expect(formatReference(page, 'apa', 'text')).toBe(`Right: it was announced. (2026, November 2). ${SITE_TITLE}. https://t.example/`);
    expect(formatReference(page, 'apa', 'html')).toContain(`${SITE_TITLE}.`);
    expect(page['container-title'], 'the record itself is unchanged').toBe(SITE_TITLE);
  });
  test('HTML escapes the text and links the URL', () => {
    const html = formatReference({ ...items[7]!, title: 'A <b> & C', URL: 'https://example.org/?a=1&b=2' }, 'chicago', 'html');
    expect(html).not.toMatch(/<b>|&(?!#?\w+;)/);
    expect(html).toContain('<a href="https://example.org/?a=1&#38;b=2">');
    expect(html).not.toMatch(/^<div/);
  });
});

describe('pages of the site', () => {
  const entry = { collection: 'alliances' as const, id: 'nerchinsk-1654-1689', data: { title: 'The first “alliance”' } };
  test('an entry page is a web page of the site, at its absolute URL, with no invented date', () => {
    expect(entryPageItem(entry, site)).toEqual({
      id: 'five_alliances_nerchinsk_1654_1689',
      'citation-key': 'five_alliances_nerchinsk_1654_1689',
      type: 'webpage',
      title: 'The first “alliance”',
      'container-title': SITE_TITLE,
      URL: 'https://timeline.example/alliances/nerchinsk-1654-1689/',
    });
    expect(entryPageItem(entry, { ...site, base: '/timeline/' })['URL']).toBe('https://timeline.example/timeline/alliances/nerchinsk-1654-1689/');
  });
  test('the day of the last change is the issued date', () => {
    expect(pageItem({ key: 'x', title: 'T', url: 'https://t.example/', modified: '2026-11-02' })['issued']).toEqual({ 'date-parts': [[2026, 11, 2]] });
  });
  test('files: one per format for the bibliography and for each entry’s page and sources', () => {
    const full = { ...entry, data: { ...entry.data, shortTitle: 'First', sources: fixtures } };
    const files = citeFiles([full], [entryCitedPage(full, site)]);
    expect(files.map((f) => f.path)).toEqual([
      'cite/bib/bibliography.bib',
      'cite/ris/bibliography.ris',
      'cite/csl/bibliography.json',
      'cite/bib/alliances/nerchinsk-1654-1689.bib',
      'cite/ris/alliances/nerchinsk-1654-1689.ris',
      'cite/csl/alliances/nerchinsk-1654-1689.json',
      'cite/bib/alliances/nerchinsk-1654-1689-sources.bib',
      'cite/ris/alliances/nerchinsk-1654-1689-sources.ris',
      'cite/csl/alliances/nerchinsk-1654-1689-sources.json',
    ]);
    expect(citeFilePath('json', 'x')).toBe('cite/csl/x.json');
  });
  test('a claim page is cited by its conclusion, filed under claims/, with only the claim’s own sources', () => {
    const full = { ...entry, data: { ...entry.data, shortTitle: 'First', sources: fixtures } };
    const claim = { id: 'nerchinsk-claim-envoy', conclusion: 'No pact was signed in 1654.', sources: ['book', 'news'] };
    const cited = claimCitedPage({ claim, entry: full }, site);
    // The conclusion's closing stop is left to the style, which punctuates after the title itself.
    expect(cited.name).toBe('claims/nerchinsk-claim-envoy');
    expect(cited.item).toMatchObject({
      id: 'five_alliances_nerchinsk_claim_envoy',
      type: 'webpage',
      title: 'No pact was signed in 1654',
      URL: 'https://timeline.example/claims/nerchinsk-claim-envoy/',
    });
    expect(cited.item).not.toHaveProperty('issued');
    expect(claimCitedPage({ claim, entry: full }, site, '2026-11-02').item['issued']).toEqual({ 'date-parts': [[2026, 11, 2]] });
    const keys = (list: CslItem[]) => list.map((i) => i.id);
    expect(keys(cited.sources!)).toEqual(keys(entrySourceItems(full)).filter((k) => keys([items[0]!, items[2]!]).includes(k)));
    expect(cited.sources).toHaveLength(2);
  });
});

describe('the content’s sources', () => {
  const raw = readEntries();
  const entries: BibEntry[] = raw.map((e) => ({ id: e.id, collection: e.collection, data: e.data as BibEntry['data'] }));
  const all = bibliographyItems(entries);
  /** The same identity the bibliography merges by: the URL, else the title and author or publisher. */
  // citation-js reads a URL back percent-encoded (Sun%E2%80%93Joffe for Sun–Joffe): the same address.
  const href = (u: unknown) => new URL(String(u)).href;
  const sameWork = (s: { title: string; url?: string }, i: CslItem) => (s.url ? !!i['URL'] && href(i['URL']) === href(s.url) : i['title'] === s.title);

  test('every source in content/ is in each whole-bibliography file exactly once', () => {
    const files = {
      json: JSON.parse(serialize(all, 'json')) as CslItem[],
      bib: new Cite(serialize(all, 'bib')).data,
      ris: new Cite(serialize(all, 'ris')).data,
    };
    for (const [format, parsed] of Object.entries(files)) {
      expect(parsed, format).toHaveLength(all.length);
      for (const e of raw) {
        for (const s of e.data.sources) {
          expect(parsed.filter((i) => sameWork(s, i)).length, `${format}: ${e.id} → ${s.id}`).toBe(1);
        }
      }
    }
  });
  test('keys are unique, and the same whatever order the entries come in', () => {
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    const reversed = bibliographyItems([...entries].reverse().map((e) => ({ ...e, data: { ...e.data, sources: [...e.data.sources].reverse() } })));
    const keyOf = (items: CslItem[]) => Object.fromEntries(items.map((i) => [String(i['URL'] ?? i['title']), i.id]));
    expect(keyOf(reversed)).toEqual(keyOf(all));
  });
  test('an entry’s own files use the keys of the whole bibliography', () => {
    const keys = new Set(all.map((i) => i.id));
    for (const e of entries) for (const item of entrySourceItems(e)) expect(keys.has(item.id), item.id).toBe(true);
  });
});
