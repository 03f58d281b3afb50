/** Dates as readers see them on the charts, at the precision the record gives, always in UTC. */
import { startOf, type HistDate } from '../../schemas/date';

const byPrecision = {
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "1654", "July 1900" or "16 July 2001". */
export function formatHistDate(d: Pick<HistDate, 'date' | 'precision'>): string {
  return byPrecision[d.precision].format(startOf(d));
}

/** "1654–1689" for a span of years; one year alone when both ends fall in it. */
export function formatYears(period: { start: Pick<HistDate, 'date'>; end: Pick<HistDate, 'date'> }): string {
  const a = period.start.date.slice(0, 4);
  const b = period.end.date.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
}

/** A period in words: one date when it starts and ends on the same date, else "from – to". */
export function formatPeriod(period: { start: Pick<HistDate, 'date' | 'precision'>; end: Pick<HistDate, 'date' | 'precision'> }): string {
  const { start, end } = period;
  if (start.date === end.date) return formatHistDate(start);
  // "20–22 March 2023" when both ends are days of the same month.
  if (start.precision === 'day' && end.precision === 'day' && start.date.slice(0, 7) === end.date.slice(0, 7)) {
    return `${Number(start.date.slice(8))}–${formatHistDate(end)}`;
  }
  return `${formatHistDate(start)} – ${formatHistDate(end)}`;
}
