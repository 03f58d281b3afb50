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

/**
 * A period in one string: "20–22 March 2023", "1654 – 6 September 1689", or a single date when
 * start and end are the same. Same-precision ranges use Intl's range formatting, which drops the
 * repeated month and year.
 */
export function formatPeriod(start: Pick<HistDate, 'date' | 'precision'>, end: Pick<HistDate, 'date' | 'precision'>): string {
  if (start.date === end.date && start.precision === end.precision) return formatDate(start);
  if (start.precision === end.precision) {
    // en-GB separates a range with an en dash; spaces only when whole dates differ.
    const range = BY_PRECISION[start.precision].formatRange(startOf(start), startOf(end));
    // Intl spaces the dash whatever its sides; house style closes it between single words
    // ("20–22 March 2023", "1950–1980") and uses plain spaces between whole dates.
    const closed = range.match(/^(\S+)\s–\s(\S+)(.*)$/u);
    return closed ? `${closed[1]}–${closed[2]}${closed[3]}` : range.replace(/\u2009/g, ' ');
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
