/**
 * The Chinese the site shows, in the script its language tag names (audit 19). Text tagged zh-Hans must
 * be written in simplified characters and text tagged zh-Hant in traditional ones: a reader of Chinese
 * who meets 條约 in a simplified name, or a font that shapes a traditional name as simplified, stops
 * trusting the page. Every Chinese text of content/ is read here with the tag the built pages give it:
 *
 * - entries: `treaty.zh` and `<Term zh>` (both rendered as zh-Hans: EntryArticle.astro and Term.astro,
 *   checked below), a signatory's `native` with its own `lang`, any element of an MDX body with a
 *   `lang="zh-…"`, and the Chinese runs of the plain texts that LangText marks with CHINESE_TEXT_LANG
 *   (src/lib/cjk.ts): sources' titles and notes, corrections, notes on dates. Chinese in any other field
 *   is rendered unmarked, in the page's English, and fails;
 * - the Qing reign-year dates the pages write beside Qing-era days (src/lib/dates.ts, zh-Hans);
 * - places: `names.zhHans`, `names.zhHant`, and `historicNames` with their `lang` (MapFigure.astro).
 *
 * The check is OpenCC's (opencc-js, a devDependency), not a hand-written table.
 *
 * Why it is sound, and where it would not be:
 * - zh-Hans: the text must come back unchanged from OpenCC's traditional-to-simplified conversion
 *   (t2s). Traditional to simplified is many-to-one, so every traditional character with a distinct
 *   simplified form is in the table and is caught. The only characters t2s changes in a correct
 *   simplified text are those that are a simplified character in their own right as well as a
 *   traditional variant of another (乾 in 乾隆 beside 乾/干 "dry", 著 beside 着…); OpenCC's phrase
 *   tables keep the common words (乾隆 comes back as 乾隆), and any other case fails loudly here rather
 *   than passing silently. The site's simplified texts contain none: they all pass as whole strings.
 * - zh-Hant: the text must come back unchanged from simplified-to-traditional (s2t). That direction
 *   is one-to-many (干 → 幹/乾/干, 台 → 臺/台, 里 → 裏/里, 杰 → 傑/杰, as in 王世杰's own name), and
 *   opencc-js keeps one candidate per character, so a correct traditional text containing 台 or 杰
 *   would be reported. Such a text would go into TRADITIONAL_AS_WRITTEN with the reason; the site's
 *   traditional texts use no such character, so the list is empty and the check is exact for them.
 *   The other direction, a simplified character in a traditional text, is always caught: every
 *   simplified character that has a distinct traditional form is a key of the s2t table.
 * - A traditional name must also be the same name as its simplified one (t2s of the one gives the
 *   other), and a place whose name s2t would change must give its traditional form.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { CHINESE_TEXT_LANG, languageRuns } from '../../src/lib/cjk';
import { QING_ERAS } from '../../src/lib/chinese-calendar';
import { dateForms, type HistDate } from '../../src/lib/dates';
import { readEntries, readPlaces } from '../support/content';
import { root } from '../support/site';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

const HAN = /\p{Script=Han}/u;
const source = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/**
 * Traditional texts that s2t would change although they are right as written (see above): text →
 * why. Empty: no traditional name on the site uses a character that s2t maps one-to-many.
 */
const TRADITIONAL_AS_WRITTEN: Record<string, string> = {};

/** The lang the components give a value that carries none of its own. */
const TREATY_ZH_LANG = 'zh-Hans';
const TERM_ZH_LANG = 'zh-Hans';

interface ChineseText {
  text: string;
  lang: string | undefined;
  where: string;
}

/** What is wrong with one text's script, or nothing. */
function scriptErrors({ text, lang, where }: ChineseText): string[] {
  if (!HAN.test(text)) return [];
  if (lang !== 'zh-Hans' && lang !== 'zh-Hant') return [`${where}: "${text}" is Chinese but tagged ${lang ?? 'with no lang'}; tag it zh-Hans or zh-Hant`];
  if (lang === 'zh-Hans') {
    const back = toSimplified(text);
    if (back === text) return [];
    const odd = [...text].filter((c, i) => [...back][i] !== c);
    return [`${where}: "${text}" is tagged zh-Hans but has traditional characters (${odd.join(' ')}); simplified: "${back}"`];
  }
  const back = toTraditional(text);
  if (back === text || TRADITIONAL_AS_WRITTEN[text]) return [];
  const odd = [...text].filter((c, i) => [...back][i] !== c);
  return [`${where}: "${text}" is tagged zh-Hant but has simplified characters (${odd.join(' ')}); traditional: "${back}"`];
}

function isHistDate(v: unknown): v is HistDate {
  return typeof v === 'object' && v !== null && typeof (v as HistDate).date === 'string' && typeof (v as HistDate).precision === 'string';
}

/**
 * The front-matter fields the pages render through LangText, which marks each Chinese run with
 * CHINESE_TEXT_LANG: a source's title (SourceReference.astro) and note (SourceList.astro), a
 * correction (CorrectionText.astro), a note on a date (HistDate.astro, EntryArticle.astro). Any other
 * field is rendered as plain text in the page's lang, en.
 */
const MARKED_FIELDS = [/^sources\.\d+\.(title|note)$/, /^corrections\.\d+\.(what|why)$/, /(^|\.)uncertainty$/];
const UNMARKED = 'en (the page’s: this field is not marked with its language)';

/** Every Chinese run of a front-matter value that carries no lang of its own, with the lang it is rendered with. */
function plainTexts(value: unknown, where: string, out: ChineseText[], path = ''): void {
  if (typeof value === 'string') {
    const marked = MARKED_FIELDS.some((f) => f.test(path));
    for (const run of languageRuns(value)) {
      if (HAN.test(run.text)) out.push({ text: run.text, lang: marked ? run.lang : UNMARKED, where: `${where} ${path}` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => plainTexts(v, where, out, path ? `${path}.${i}` : `${i}`));
  } else if (typeof value === 'object' && value !== null) {
    if (isHistDate(value)) {
      for (const form of dateForms(value).slice(1)) {
        if (HAN.test(form.text)) out.push({ text: form.text, lang: form.lang, where: `${where} ${path} (${form.calendarName})` });
      }
    }
    for (const [k, v] of Object.entries(value)) plainTexts(v, where, out, path ? `${path}.${k}` : k);
  }
}

const TERM = /<Term\b[^>]*\/>/g;
const ATTR = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);
const LANG_ELEMENT = /<(\w+)\b[^>]*\blang="([^"]+)"[^>]*>([^<]*)<\/\1>/g;

/** The Chinese of an MDX body: <Term zh>, elements with a lang, and any Chinese left outside them. */
function bodyTexts(body: string, where: string, out: ChineseText[]): void {
  for (const [tag] of body.matchAll(TERM)) {
    const zh = ATTR('zh').exec(tag)?.[1];
    if (zh) out.push({ text: zh, lang: TERM_ZH_LANG, where: `${where} <Term zh>` });
  }
  for (const [, name, lang, text] of body.matchAll(LANG_ELEMENT)) {
    if (HAN.test(text!)) out.push({ text: text!, lang, where: `${where} <${name} lang="${lang}">` });
  }
  const rest = body.replace(TERM, '').replace(LANG_ELEMENT, '');
  for (const run of languageRuns(rest)) {
    // Chinese in the body outside a Term or a lang element is rendered with the page's lang, en.
    if (HAN.test(run.text)) out.push({ text: run.text, lang: 'en (the page’s)', where: `${where} body text` });
  }
}

function entryTexts(): ChineseText[] {
  const out: ChineseText[] = [];
  for (const e of readEntries()) {
    const where = `content/${e.collection}/${e.id}.mdx`;
    const { treaty, signatories, ...rest } = e.data as {
      treaty?: { en: string; zh: string; ru: string };
      signatories?: { name: string; native?: string; lang?: string }[];
    } & Record<string, unknown>;
    if (treaty) {
      out.push({ text: treaty.zh, lang: TREATY_ZH_LANG, where: `${where} treaty.zh` });
      plainTexts({ en: treaty.en, ru: treaty.ru }, `${where} treaty`, out);
    }
    for (const s of signatories ?? []) {
      if (s.native) out.push({ text: s.native, lang: s.lang, where: `${where} signatory ${s.name}` });
      plainTexts({ ...s, native: undefined }, `${where} signatory ${s.name}`, out);
    }
    plainTexts(rest, where, out);
    bodyTexts(e.body, where, out);
  }
  return out;
}

interface PlaceNames {
  names: { en: string; zhHans: string; zhHant?: string; ru: string };
  historicNames?: { name: string; lang: string; note?: string }[];
}

function placeTexts(): ChineseText[] {
  const out: ChineseText[] = [];
  for (const p of readPlaces()) {
    const where = `content/places/${p.id}.yaml`;
    const { names, historicNames, ...rest } = p.data as unknown as PlaceNames & Record<string, unknown>;
    out.push({ text: names.zhHans, lang: 'zh-Hans', where: `${where} names.zhHans` });
    if (names.zhHant) out.push({ text: names.zhHant, lang: 'zh-Hant', where: `${where} names.zhHant` });
    plainTexts({ en: names.en, ru: names.ru }, `${where} names`, out);
    for (const h of historicNames ?? []) {
      // A Han name in another language (Japanese, say) is not Chinese: only zh and untagged Han are checked.
      if (!h.lang.startsWith('ja')) out.push({ text: h.name, lang: h.lang, where: `${where} historicNames ${h.name}` });
      plainTexts(h.note, `${where} historicNames ${h.name} note`, out);
    }
    plainTexts(rest, where, out);
  }
  return out;
}

const entries = entryTexts();
const places = placeTexts();
const all = [...entries, ...places];

describe('the lang each kind of Chinese text is rendered with', () => {
  test('treaty.zh is rendered as zh-Hans (EntryArticle.astro)', () => {
    expect(source('src/components/EntryArticle.astro')).toContain(`<span lang="${TREATY_ZH_LANG}">{d.treaty.zh}</span>`);
  });
  test('<Term zh> is rendered as zh-Hans (Term.astro)', () => {
    expect(source('src/components/mdx/Term.astro')).toContain(`<span lang="${TERM_ZH_LANG}">{zh}</span>`);
  });
  test('a signatory’s native name is rendered with its own lang', () => {
    expect(source('src/components/EntryArticle.astro')).toContain('<span lang={s.lang}>{s.native}</span>');
  });
  test('places: names.zhHans as zh-Hans, names.zhHant as zh-Hant, former names with their own lang (MapFigure.astro)', () => {
    const map = source('src/components/maps/MapFigure.astro');
    expect(map).toContain('<span lang="zh-Hans">{p.names.zhHans}</span>');
    expect(map).toContain('<span lang="zh-Hant">{p.names.zhHant}</span>');
    expect(map).toContain('<span lang={h.lang}>{h.name}</span>');
  });
  test('Chinese in plain front-matter text is marked simplified, in the fields rendered through LangText', () => {
    expect(CHINESE_TEXT_LANG).toBe('zh-Hans');
    expect(source('src/components/entry/SourceReference.astro')).toContain('<LangText text={s.title} />');
    expect(source('src/components/entry/SourceList.astro')).toContain('<LangText text={s.note} />');
    expect(source('src/components/entry/CorrectionText.astro')).toMatch(/<LangText text=\{c\.what\} \/>[\s\S]*<LangText text=\{c\.why\} \/>/);
    expect(source('src/components/HistDate.astro')).toContain('date.uncertainty ? [{ text: date.uncertainty, lang: undefined }]');
  });
});

describe('the check itself', () => {
  test('reads the site’s Chinese: treaty names, Terms, signatories, dates, places and their former names', () => {
    const texts = (lang: string) => all.filter((t) => t.lang === lang).map((t) => t.text);
    expect(texts('zh-Hans')).toEqual(expect.arrayContaining(['尼布楚条约', '中苏友好同盟互助条约', '雅克萨', '索额图', '习近平', '康熙二十八年七月二十四日', '海参崴']));
    expect(texts('zh-Hant')).toEqual(expect.arrayContaining(['旅順', '海參崴', '珍寶島']));
    expect(all.filter((t) => t.where.endsWith('<Term zh>')).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((t) => / signatory /.test(t.where)).length).toBeGreaterThanOrEqual(8);
  });
  test('fails on a traditional character in a simplified name, and on a simplified one in a traditional name', () => {
    expect(scriptErrors({ text: '尼布楚條约', lang: 'zh-Hans', where: 'x' })).toEqual([expect.stringMatching(/traditional characters \(條\)/)]);
    expect(scriptErrors({ text: '中蘇友好同盟条约', lang: 'zh-Hans', where: 'x' })).toEqual([expect.stringMatching(/\(蘇\)/)]);
    expect(scriptErrors({ text: '旅顺', lang: 'zh-Hant', where: 'x' })).toEqual([expect.stringMatching(/simplified characters \(顺\)/)]);
    expect(scriptErrors({ text: '李鸿章', lang: 'zh', where: 'x' })).toEqual([expect.stringMatching(/tag it zh-Hans or zh-Hant/)]);
    expect(scriptErrors({ text: '李鸿章', lang: undefined, where: 'x' })).toHaveLength(1);
    const out: ChineseText[] = [];
    plainTexts({ summary: '瑷珲', sources: [{ note: '瑷珲' }] }, 'x', out);
    expect(out.map((t) => [t.where, t.lang])).toEqual([['x summary', UNMARKED], ['x sources.0.note', 'zh-Hans']]);
    expect(scriptErrors({ text: '尼布楚条约', lang: 'zh-Hans', where: 'x' })).toEqual([]);
  });
  test('passes a reign name that is simplified as written though one of its characters is also traditional', () => {
    // 乾 is a traditional form of 干 ("dry") and the simplified character of 乾隆: OpenCC's phrases keep it.
    expect(scriptErrors({ text: '乾隆', lang: 'zh-Hans', where: 'x' })).toEqual([]);
  });
});

describe('every Chinese text of the site is in the script of its lang', () => {
  test('content/: names, Terms, notes and dates', () => {
    expect(all.flatMap(scriptErrors)).toEqual([]);
  });
  test('the Qing reign eras the dates can name, and their numerals', () => {
    const eras = QING_ERAS.map((e) => ({ text: e.name, lang: CHINESE_TEXT_LANG, where: `QING_ERAS ${e.pinyin}` }));
    expect(eras.flatMap(scriptErrors)).toEqual([]);
    expect(scriptErrors({ text: '元年正月初一日闰十二月三十日', lang: CHINESE_TEXT_LANG, where: 'chinese-calendar numerals' })).toEqual([]);
  });
  test('no traditional text is excused without a reason', () => {
    for (const [text, why] of Object.entries(TRADITIONAL_AS_WRITTEN)) {
      expect(why.length, text).toBeGreaterThan(20);
      expect(all.some((t) => t.text === text && t.lang === 'zh-Hant'), `${text} is no longer on the site`).toBe(true);
    }
  });
});

describe('a place’s traditional name is its simplified name in traditional characters', () => {
  const rows = readPlaces().map((p) => [p.id, p.data as unknown as PlaceNames] as const);
  test.each(rows)('content/places/%s.yaml', (_, { names, historicNames = [] }) => {
    if (names.zhHant) expect(toSimplified(names.zhHant)).toBe(names.zhHans);
    // The schema has zhHant only where it differs; where s2t changes the name, it differs.
    else expect(toTraditional(names.zhHans), 'give names.zhHant').toBe(names.zhHans);
    // A former name given in both scripts: the two forms share a note and are one name.
    for (const hant of historicNames.filter((h) => h.lang === 'zh-Hant')) {
      const hans = historicNames.find((h) => h.lang === 'zh-Hans' && h.note === hant.note);
      expect(hans, `${hant.name} has no simplified form with the same note`).toBeDefined();
      expect(toSimplified(hant.name)).toBe(hans!.name);
    }
  });
});

/**
 * Names corrected against a source (audit 19). A Russian treaty name the site gives as a title must be
 * the title its text bears, not a paraphrase; a place's Chinese name today must be the one in use.
 */
describe('names checked against a source', () => {
  const entry = (id: string) => {
    const e = readEntries().find((x) => x.id === id);
    if (!e) throw new Error(`no entry ${id}`);
    return {
      body: e.body,
      data: e.data as unknown as {
        treaty: { en: string; zh: string; ru: string };
        corrections: { date: string; what: string; why: string; sources: string[] }[];
        sources: { id: string; title: string; url?: string; kind?: string }[];
      },
    };
  };
  const termRu = (body: string, en: string) =>
    [...body.matchAll(TERM)].map(([tag]) => tag).filter((tag) => ATTR('en').exec(tag)?.[1] === en).map((tag) => ATTR('ru').exec(tag)?.[1]);

  test('Li–Lobanov: the Russian name is the title of the treaty’s Russian text, «Союзный договор между Россией и Китаем»', () => {
    const e = entry('li-lobanov-1896-1900');
    const title = 'Союзный договор между Россией и Китаем';
    expect(e.data.treaty.ru).toBe(title);
    expect(termRu(e.body, 'Li–Lobanov Treaty')).toEqual([title]);
    expect(`${e.body}${JSON.stringify(e.data.treaty)}`).not.toMatch(/Российской империей и Китаем/);
    // The name is the heading of the text the entry cites for it.
    const text = e.data.sources.find((s) => s.id === 'li-lobanov-text-ru')!;
    expect(text.title.startsWith(`${title},`)).toBe(true);
    const fix = e.data.corrections.find((c) => /paraphrase/.test(c.what) && /Российской империей/.test(c.what))!;
    expect(fix.date).toBe('2026-11-29');
    expect(fix.sources).toEqual([text.id]);
  });

  test('1945: the Russian name is the title of the treaty’s Russian text, with the Soviet Union named in full', () => {
    const e = entry('sino-soviet-1945-1955');
    const title = 'Договор о дружбе и союзе между Союзом Советских Социалистических Республик и Китайской Республикой';
    expect(e.data.treaty.ru).toBe(title);
    expect(termRu(e.body, 'Sino-Soviet Treaty of Friendship and Alliance')).toEqual([title]);
    expect(`${e.body}${JSON.stringify(e.data.treaty)}`).not.toMatch(/между СССР и Китайской Республикой/);
    const text = e.data.sources.find((s) => s.url === 'https://diphis.ru/dogo-a1378.html')!;
    expect(text.kind).toBe('primary');
    expect(text.title.startsWith(title)).toBe(true);
    expect(e.body).toContain(`ru="${title}" /><Cite id="sino-soviet-1945-wp-treaty" /><Cite id="sino-soviet-1945-text" /><Cite id="${text.id}" />`);
    const fix = e.data.corrections.find((c) => /shortened/.test(c.what) && /СССР/.test(c.what))!;
    expect(fix.date).toBe('2026-11-29');
    expect(fix.sources).toEqual([text.id]);
  });

  test('Aigun: the town is written 瑷珲 again since 2015; 爱辉 is its name of 1956–2015', () => {
    const aigun = readPlaces().find((p) => p.id === 'aigun')!.data as unknown as PlaceNames;
    expect(aigun.names).toMatchObject({ zhHans: '瑷珲', zhHant: '璦琿', ru: 'Айгунь' });
    expect(aigun.historicNames?.filter((h) => h.lang.startsWith('zh'))).toEqual([
      { name: '爱辉', lang: 'zh-Hans', note: 'the characters from 1956 to 2015' },
      { name: '愛輝', lang: 'zh-Hant', note: 'the characters from 1956 to 2015' },
    ]);
    const e = entry('li-lobanov-1896-1900');
    const paper = e.data.sources.find((s) => s.url === 'https://thepaper.cn/newsDetail_forward_1341127')!;
    expect(paper.kind).toBe('news');
    const fix = e.data.corrections.find((c) => /Aigun/.test(c.what) && /2015/.test(c.what))!;
    expect(fix.date).toBe('2026-11-29');
    expect(fix.sources).toEqual([paper.id]);
  });
});
