/**
 * Gregorian days of the Qing era as the Qing dated them: reign era, year of the reign, lunar month and
 * day, written as Chinese treaty collections print them ("康熙二十八年七月二十四日"). lunar-javascript
 * does the astronomy (which lunar month and day a Gregorian day falls on, and the leap months); this
 * module adds the reign eras and the numerals. Only `src/lib/dates.ts` imports it.
 */
import { Solar } from 'lunar-javascript';

/** The Qing reign eras from 1644: the name and the lunar year that is its first year (元年). */
export const QING_ERAS = [
  { name: '顺治', pinyin: 'Shunzhi', from: 1644 },
  { name: '康熙', pinyin: 'Kangxi', from: 1662 },
  { name: '雍正', pinyin: 'Yongzheng', from: 1723 },
  { name: '乾隆', pinyin: 'Qianlong', from: 1736 },
  { name: '嘉庆', pinyin: 'Jiaqing', from: 1796 },
  { name: '道光', pinyin: 'Daoguang', from: 1821 },
  { name: '咸丰', pinyin: 'Xianfeng', from: 1851 },
  { name: '同治', pinyin: 'Tongzhi', from: 1862 },
  { name: '光绪', pinyin: 'Guangxu', from: 1875 },
  { name: '宣统', pinyin: 'Xuantong', from: 1909 },
] as const;

/** The last lunar year of the Qing (宣统三年; the emperor abdicated in February 1912, within it). */
export const QING_LAST_YEAR = 1911;

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1–99 as Chinese numerals: 十, 十一, 二十, 二十八, 三十. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber: ${n} is not a whole number from 1 to 99`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The year of a reign: 元年 for the first, then 二年, 二十八年… */
function reignYear(n: number): string {
  return n === 1 ? '元年' : `${chineseNumber(n)}年`;
}

/** The month: 正月 for the first, then 二月 … 十二月; 闰 before an intercalary month. */
function lunarMonth(m: number): string {
  const n = Math.abs(m);
  return `${m < 0 ? '闰' : ''}${n === 1 ? '正' : chineseNumber(n)}月`;
}

/** The day as the published forms write it: 初一 … 初十, then 十一 … 二十九, 三十, and 日. */
function lunarDay(d: number): string {
  return `${d <= 10 ? `初${chineseNumber(d)}` : chineseNumber(d)}日`;
}

/** A Qing date, as parts and as written. */
export interface QingDate {
  /** The reign era, e.g. 康熙. */
  era: (typeof QING_ERAS)[number]['name'];
  /** The era in pinyin, e.g. Kangxi. */
  eraPinyin: (typeof QING_ERAS)[number]['pinyin'];
  /** The year of the reign, from 1. */
  year: number;
  /** The lunar month, 1–12, negative when intercalary. */
  month: number;
  /** The day of the lunar month, 1–30. */
  day: number;
  /** The whole date as printed: 康熙二十八年七月二十四日. */
  text: string;
}

/**
 * The Qing reign-year date of a Gregorian day (YYYY-MM-DD), or undefined when the day falls outside
 * the Qing's lunar years 1644–1911. The Gregorian is taken as given, with no time zone: a day is a day.
 */
export function qingDate(gregorianIso: string): QingDate | undefined {
  const [y, m, d] = gregorianIso.split('-').map(Number);
  if (!y || !m || !d) throw new Error(`qingDate: "${gregorianIso}" is not YYYY-MM-DD`);
  const lunar = Solar.fromYmd(y, m, d).getLunar();
  const lunarYear = lunar.getYear();
  if (lunarYear < QING_ERAS[0].from || lunarYear > QING_LAST_YEAR) return undefined;
  const era = QING_ERAS.findLast((e) => e.from <= lunarYear)!;
  const year = lunarYear - era.from + 1;
  const month = lunar.getMonth();
  const day = lunar.getDay();
  return { era: era.name, eraPinyin: era.pinyin, year, month, day, text: `${era.name}${reignYear(year)}${lunarMonth(month)}${lunarDay(day)}` };
}
