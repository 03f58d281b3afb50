/**
 * Historical dates, in one place: what a date is (an ISO string at year, month or day precision,
 * with an optional Julian form and doubt), calendar arithmetic, and every way the site writes a
 * date for readers. All of it in UTC, so no builder's or reader's zone moves a treaty by a day.
 * The schema (`src/schemas/date.ts`) only validates, with the rules it imports from here.
 */
import { qingDate } from './chinese-calendar.ts';
import { CHINESE_TEXT_LANG } from './cjk.ts';

/** How much of a date is known. */
export const precisions = ['year', 'month', 'day'] as const;
export type Precision = (typeof precisions)[number];

/** A historical date as the content gives it (see `histDateSchema` for what each field means). */
export interface HistDate {
  /** Gregorian (New Style): YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. */
  date: string;
  precision: Precision;
  /** The same day in the Julian calendar (Old Style), YYYY-MM-DD. */
  julian?: string | undefined;
  /** Why the date is uncertain or where sources differ. */
  uncertainty?: string | undefined;
}

/** Just what placing and writing a date needs. */
export type Dated = Pick<HistDate, 'date' | 'precision'>;

/** A span from one date to another (an entry's period). */
export interface Period<D extends Pick<HistDate, 'date'> = Dated> {
  start: D;
  end: D;
}

/** The ISO form a date must take at each precision. */
export const ISO_BY_PRECISION: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** The same forms as readers of an error message need them. */
export const ISO_FORM: Record<Precision, string> = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' };

// ── Arithmetic ──────────────────────────────────────────────────────────────────────────────────

/** True when a YYYY-MM-DD string names a real day of the proleptic Gregorian calendar. */
export function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d!));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}

/**
 * Days between the Julian and Gregorian calendars on a given Gregorian date: 10 in the 17th
 * century, 11 in the 18th, 12 in the 19th, 13 from 1 March 1900 until Russia switched in 1918.
 */
export function julianGap(gregorianIso: string): number {
  const [y, m] = gregorianIso.split('-').map(Number) as [number, number];
  // The gap grows on the Julian leap day of each century year not divisible by 400.
  const century = m <= 2 ? Math.floor((y - 1) / 100) : Math.floor(y / 100);
  return century - Math.floor(century / 4) - 2;
}

/** Shift a YYYY-MM-DD string by a number of days, in UTC. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The first instant of a historical date, as a UTC `Date` (1 Jan for a year, the 1st for a month). */
export function startOf(d: Pick<HistDate, 'date'>): Date {
  const [y, m = 1, day = 1] = d.date.split('-').map(Number);
  const t = new Date(Date.UTC(2000, m! - 1, day));
  t.setUTCFullYear(y!); // Date.UTC maps years 0–99 to 1900s; setUTCFullYear does not.
  return t;
}

/** The last instant covered by a historical date: the end of its year, month or day. */
export function endOf(d: Dated): Date {
  const s = startOf(d);
  const e = new Date(s);
  if (d.precision === 'year') e.setUTCFullYear(e.getUTCFullYear() + 1);
  else if (d.precision === 'month') e.setUTCMonth(e.getUTCMonth() + 1);
  else e.setUTCDate(e.getUTCDate() + 1);
  return new Date(e.getTime() - 1);
}

/** The middle instant of what a date says: mid-year for "1654", mid-day for a day. */
export function midpointOf(d: Dated): Date {
  return new Date((startOf(d).getTime() + endOf(d).getTime() + 1) / 2);
}

// ── Writing dates for readers ───────────────────────────────────────────────────────────────────

const LOCALE = 'en-GB';
const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', ...options });

/** Every formatter the site uses, each in UTC. */
const FORMAT = {
  year: utc({ year: 'numeric' }),
  month: utc({ year: 'numeric', month: 'long' }),
  day: utc({ year: 'numeric', month: 'long', day: 'numeric' }),
  monthOnly: utc({ month: 'long' }),
  dayMonth: utc({ month: 'long', day: 'numeric' }),
  weekdayShort: utc({ weekday: 'short', day: 'numeric', month: 'short' }),
} as const;

/** The twelve months' names as the site writes them, January first ("January", …, "December"). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) => FORMAT.monthOnly.format(Date.UTC(2000, i, 1)));

/** "1654": the year of an instant, in UTC (no zone east of Greenwich turns 1 Jan into 31 Dec). */
export function formatYear(d: Date): string {
  return FORMAT.year.format(d);
}

/** "Fri 17 Mar": a day on the March 2023 inset's axis. */
export function formatDay(d: Date): string {
  return FORMAT.weekdayShort.format(d).replace(',', '');
}

/** "1689", "September 1689" or "6 September 1689", following the date's precision. */
export function formatDate(d: Dated): string {
  return FORMAT[d.precision].format(startOf(d));
}

/** One written form of a date, in one calendar. */
export interface DateForm {
  /** Which calendar it is in: the Chinese one is the Qing's reign-year dating (./chinese-calendar.ts). */
  calendar: 'gregorian' | 'julian' | 'chinese';
  /** The date alone: "6 September 1689", "27 August 1689". */
  text: string;
  /** The date with its calendar marked, to stand beside another form: "27 August 1689 O.S.". */
  marked: string;
  /** The calendar's name in a sentence: "the Julian calendar (Old Style)". */
  calendarName: string;
  /** BCP 47 language of `text` when it is not the page's (a form in another script). */
  lang?: string;
}

/**
 * Every form of a date the site shows, the Gregorian first: the one place to add a calendar.
 * Pages show the first as the date and the others beside it or in a note under it.
 */
export function dateForms(d: HistDate): [DateForm, ...DateForm[]] {
  const gregorian = formatDate(d);
  const forms: [DateForm, ...DateForm[]] = [
    { calendar: 'gregorian', text: gregorian, marked: gregorian, calendarName: 'the Gregorian calendar (New Style)' },
  ];
  if (d.julian) {
    const text = FORMAT.day.format(startOf({ date: d.julian }));
    forms.push({ calendar: 'julian', text, marked: `${text} O.S.`, calendarName: 'the Julian calendar (Old Style)' });
  }
  const qing = d.precision === 'day' ? qingDate(d.date) : undefined;
  if (qing) {
    forms.push({
      calendar: 'chinese',
      text: qing.text,
      marked: qing.text,
      calendarName: `the Chinese calendar (the ${qing.eraPinyin} reign, year ${qing.year})`,
      lang: CHINESE_TEXT_LANG,
    });
  }
  return forms;
}

/**
 * The two ends of a period as separate labels (each goes in its own `<time>`), with what the
 * start shares with the end left out: "20"–"22 March 2023", "20 March" – "2 April 2023",
 * "1950"–"1980". A one-date period has an empty `end`.
 */
export function periodLabels({ start, end }: Period): { start: string; sep: string; end: string } {
  if (start.date === end.date && start.precision === end.precision) return { start: formatDate(start), sep: '', end: '' };
  const full = { start: formatDate(start), sep: ' – ', end: formatDate(end) };
  if (start.precision !== end.precision || start.date.slice(0, 4) !== end.date.slice(0, 4)) {
    // Different years: a closed dash between two bare years, spaced between anything longer.
    return start.precision === 'year' && end.precision === 'year' ? { ...full, sep: '–' } : full;
  }
  const s = startOf(start);
  if (start.precision === 'month') return { start: FORMAT.monthOnly.format(s), sep: '–', end: full.end };
  if (start.precision === 'day') {
    return start.date.slice(0, 7) === end.date.slice(0, 7)
      ? { start: String(s.getUTCDate()), sep: '–', end: full.end }
      : { start: FORMAT.dayMonth.format(s), sep: ' – ', end: full.end };
  }
  return full;
}

/** A period in one string: "20–22 March 2023", "1654 – 6 September 1689", "1950–1980". */
export function formatPeriod(period: Period): string {
  const p = periodLabels(period);
  return `${p.start}${p.sep}${p.end}`;
}

/** "1654–1689" for a span of years; one year alone when both ends fall in it. */
export function formatYears({ start, end }: Period<Pick<HistDate, 'date'>>): string {
  const a = formatYear(startOf(start));
  const b = formatYear(startOf(end));
  return a === b ? a : `${a}–${b}`;
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

/**
 * A date written as text, as sources give theirs ("1971", "March 2023", "17 March 2023",
 * "13–14 March 2023", "1917–1927", or ISO), as [year, month?, day?] numbers, one list per end of a
 * range; undefined when the text is none of these forms ("Spring 1946"), so callers keep it as written.
 */
export function readDateText(text: string): number[][] | undefined {
  const t = text.trim();
  let m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(t);
  if (m) return [[m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number)];
  m = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(t);
  if (m) return [[Number(m[1])], [Number(m[2])]];
  m = /^(?:(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\s+)?([A-Za-z]+)\s+(\d{4})$/.exec(t);
  const month = m ? MONTH_NAMES.findIndex((name) => name.toLowerCase() === m[3]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return undefined;
  const year = Number(m[4]);
  if (!m[1]) return [[year, month]];
  const from = [year, month, Number(m[1])];
  return m[2] ? [from, [year, month, Number(m[2])]] : [from];
}
