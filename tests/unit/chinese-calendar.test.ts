/**
 * The Qing reign-year dates against dates that published sources give in both calendars (the "Date
 * pairs" of the project's research notes, SOURCES.md, with where each was seen).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumber, qingDate } from '../../src/lib/chinese-calendar';

describe('qingDate against published pairs', () => {
  it.each([
    // Treaty of Nerchinsk, Chinese dating. Seen in http://www.92e.net/92e/7243768578120892427.html, and
    // in an English translation of the Chinese text: "28th year of Kang Xi, 7th month, 24th day [7th
    // September 1689; August 27, O.S.]" (https://zh.scribd.com/document/220374613/1689-Nerchinsk-Russ).
    ['1689-09-07', '康熙二十八年七月二十四日'],
    // Convention of Peking (Russia). Seen in http://shijii.com/lishi/lishizhishi/1545.html.
    ['1860-11-14', '咸丰十年十月初二日'],
    // Li–Lobanov Treaty. Seen in https://factpedia.org/index.php?title=%E4%B8%AD%E4%BF%84%E5%AF%86%E7%BA%A6&variant=zh.
    ['1896-06-03', '光绪二十二年四月二十二日'],
    // Russo-Chinese convention on Manchuria. Seen in its Article 2 as printed at
    // http://shoufuban.net/content/23/0324/12/72621758_1073400390.shtml.
    ['1902-04-08', '光绪二十八年三月初一日'],
  ])('%s is %s', (gregorian, published) => {
    expect(qingDate(gregorian)?.text).toBe(published);
  });
});

describe('qingDate forms', () => {
  it.each([
    ['1662-02-18', '康熙元年正月初一日'], // the first day of an era's first year
    ['1900-09-24', '光绪二十六年闰八月初一日'], // an intercalary month: lunar 1900 (庚子) has a leap eighth month
    ['1864-10-07', '同治三年九月初七日'],
    ['1900-10-03', '光绪二十六年闰八月初十日'], // 初十, not 十
    ['1900-10-13', '光绪二十六年闰八月二十日'],
    ['1881-02-24', '光绪七年正月二十六日'],
    ['1900-07-09', '光绪二十六年六月十三日'],
    ['1911-12-31', '宣统三年十一月十二日'],
  ])('%s is %s', (gregorian, expected) => {
    expect(qingDate(gregorian)?.text).toBe(expected);
  });

  it('uses the lunar year, not the Gregorian: January 1662 is still Shunzhi 18', () => {
    expect(qingDate('1662-01-15')).toMatchObject({ era: '顺治', year: 18 });
    expect(qingDate('1662-02-18')).toMatchObject({ era: '康熙', year: 1, month: 1, day: 1 });
  });

  it.each(['1643-12-31', '1644-01-15', '1912-02-18', '1950-02-14', '2023-03-21'])('%s is outside the Qing and has no form', (d) => {
    expect(qingDate(d)).toBeUndefined();
  });
});

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [28, '二十八'],
    [30, '三十'],
    [61, '六十一'],
  ])('%i is %s', (n, s) => {
    expect(chineseNumber(n)).toBe(s);
  });

  it.each([0, 100, 2.5])('refuses %s', (n) => {
    expect(() => chineseNumber(n)).toThrow(RangeError);
  });
});
