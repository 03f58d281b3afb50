/**
 * Historical dates as readers see them: as precise as the record ("1689", "September 1689",
 * "6 September 1689"), always in UTC so no builder's or reader's zone moves a treaty by a day.
 */
import { startOf, type HistDate } from '../schemas/date';

const BY_PRECISION = {
  year: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric' }),
  month: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long' }),
  day: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
} as const;

/** "1689", "September 1689" or "6 September 1689", following the date's precision. */
export function formatDate(d: Pick<HistDate, 'date' | 'precision'>): string {
  return BY_PRECISION[d.precision].format(startOf(d));
}

/** The Julian (Old Style) form of a day-precision date, e.g. "27 August 1689 O.S.", or undefined. */
export function formatJulian(d: Pick<HistDate, 'julian'>): string | undefined {
  if (!d.julian) return undefined;
  return `${BY_PRECISION.day.format(startOf({ date: d.julian }))} O.S.`;
}

/** The value for `<time datetime>`: the ISO string itself, which HTML accepts at all three precisions. */
export function machineDate(d: Pick<HistDate, 'date'>): string {
  return d.date;
}

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', day: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' });

type Dated = Pick<HistDate, 'date' | 'precision'>;

/**
 * The two ends of a period as separate labels (each goes in its own `<time>`), with what the
 * start shares with the end left out: "20"–"22 March 2023", "20 March" – "2 April 2023",
 * "1950"–"1980". A one-date period has an empty `end`.
 */
export function periodLabels(start: Dated, end: Dated): { start: string; sep: string; end: string } {
  if (start.date === end.date && start.precision === end.precision) return { start: formatDate(start), sep: '', end: '' };
  const full = { start: formatDate(start), sep: ' – ', end: formatDate(end) };
  if (start.precision !== end.precision || start.date.slice(0, 4) !== end.date.slice(0, 4)) {
    // Different years: a closed dash between two bare years, spaced between anything longer.
    return start.precision === 'year' && end.precision === 'year' ? { ...full, sep: '–' } : full;
  }
  const s = startOf(start);
  if (start.precision === 'month') return { start: MONTH.format(s), sep: '–', end: full.end };
  if (start.precision === 'day') {
    return start.date.slice(0, 7) === end.date.slice(0, 7)
      ? { start: String(s.getUTCDate()), sep: '–', end: full.end }
      : { start: DAY_MONTH.format(s), sep: ' – ', end: full.end };
  }
  return full;
}

/** A period in one string: "20–22 March 2023", "1654 – 6 September 1689", "1950–1980". */
export function formatPeriod(start: Dated, end: Dated): string {
  const p = periodLabels(start, end);
  return `${p.start}${p.sep}${p.end}`;
}
