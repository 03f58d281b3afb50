import { describe, expect, it } from 'vitest';
import { CHINESE_TEXT_LANG, CJK_FONT_FAMILY, RUSSIAN_TEXT_LANG, cjkCharacters, cjkFontFace, languageRuns, unicodeRange } from '../../src/lib/cjk';

describe('cjkCharacters', () => {
  it('keeps each Han character once, in code point order, and nothing else', () => {
    expect(cjkCharacters('Songgotu (索额图) and 索额图; Нерчинск, 1689')).toEqual(['图', '索', '额']);
  });
  it('takes CJK punctuation and full-width forms', () => {
    expect(cjkCharacters('条约，一。')).toEqual(['。', '一', '条', '约', '，']);
  });
  it('finds nothing in Latin and Cyrillic text', () => {
    expect(cjkCharacters('Treaty of Nerchinsk; Нерчинский договор')).toEqual([]);
  });
});

describe('unicodeRange', () => {
  it('names single code points and merges consecutive ones', () => {
    expect(unicodeRange(['\u4e2d', '\u4e2e', '\u4e2f', '索'])).toBe('U+4E2D-4E2F, U+7D22');
  });
  it('ignores order and repeats', () => {
    expect(unicodeRange(['索', '中', '索'])).toBe('U+4E2D, U+7D22');
  });
  it('is empty for no characters', () => {
    expect(unicodeRange([])).toBe('');
  });
});

describe('cjkFontFace', () => {
  const css = cjkFontFace('cjk.woff2', ['索', '额', '图']);
  it('lists local fonts before the file, swaps, and covers exactly the characters given', () => {
    expect(css).toContain(`font-family: "${CJK_FONT_FAMILY}"`);
    expect(css).toContain('font-display: swap');
    expect(css).toMatch(/src: local\(.*\), url\("cjk\.woff2"\) format\("woff2"\);/);
    expect(css).toContain('unicode-range: U+56FE, U+7D22, U+989D;');
  });
});

describe('languageRuns', () => {
  it('marks each run of Chinese, punctuation included, and leaves the rest as it is', () => {
    expect(languageRuns('7 September 1689, 康熙二十八年七月二十四日 (Kangxi 28), 尼布楚条约。')).toEqual([
      { text: '7 September 1689, ' },
      { text: '康熙二十八年七月二十四日', lang: CHINESE_TEXT_LANG },
      { text: ' (Kangxi 28), ' },
      { text: '尼布楚条约。', lang: CHINESE_TEXT_LANG },
    ]);
  });
  it('marks each run of Russian, from its first Cyrillic letter to its last, with what lies between', () => {
    expect(languageRuns('Союзный договор между Россией и Китаем, Москва, 22 мая (3 июня) 1896 г. (the treaty’s Russian text)')).toEqual([
      { text: 'Союзный договор между Россией и Китаем, Москва, 22 мая (3 июня) 1896 г', lang: RUSSIAN_TEXT_LANG },
      { text: '. (the treaty’s Russian text)' },
    ]);
    expect(languageRuns('the island’s Russian name is «остров Даманский».')).toEqual([
      { text: 'the island’s Russian name is «' },
      { text: 'остров Даманский', lang: RUSSIAN_TEXT_LANG },
      { text: '».' },
    ]);
  });
  it('keeps Chinese and Russian apart where they meet', () => {
    expect(languageRuns('北京; Пекин')).toEqual([
      { text: '北京', lang: CHINESE_TEXT_LANG },
      { text: '; ' },
      { text: 'Пекин', lang: RUSSIAN_TEXT_LANG },
    ]);
  });
  it('gives the text back when the runs are joined', () => {
    const text = '索额图 Songgotu; Нерчинск 尼布楚';
    expect(languageRuns(text).map((r) => r.text).join('')).toBe(text);
  });
  it('is one unmarked run for text without Chinese or Russian, and nothing for an empty text', () => {
    expect(languageRuns('Treaty of Nerchinsk')).toEqual([{ text: 'Treaty of Nerchinsk' }]);
    expect(languageRuns('')).toEqual([]);
  });
});
