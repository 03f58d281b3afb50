/** The little of lunar-javascript (no types of its own) that src/lib/chinese-calendar.ts uses. */
declare module 'lunar-javascript' {
  /** A day of the Chinese lunisolar calendar. */
  interface Lunar {
    /** The lunar year the day falls in (it begins at the Chinese New Year, not on 1 January). */
    getYear(): number;
    /** The month, 1–12; negative for an intercalary (leap) month. */
    getMonth(): number;
    /** The day of the month, 1–30. */
    getDay(): number;
  }
  /** A day of the Gregorian calendar (proleptic before 1582 is not used here). */
  interface Solar {
    getLunar(): Lunar;
  }
  export const Solar: { fromYmd(year: number, month: number, day: number): Solar };
}
