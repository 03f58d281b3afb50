/**
 * A historical date as data: an ISO-8601 calendar string at year, month or day precision, the
 * Julian (Old Style) form where Russia's calendar differed, and a note when sources disagree.
 */
import { z } from 'astro/zod';

export const precisions = ['year', 'month', 'day'] as const;
export type Precision = (typeof precisions)[number];

const ISO_BY_PRECISION: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

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

export const histDateSchema = z
  .object({
    /** The date in the Gregorian calendar (New Style): YYYY, YYYY-MM or YYYY-MM-DD. */
    date: z.string({ error: 'date is required, as YYYY, YYYY-MM or YYYY-MM-DD' }),
    /** How much of `date` is known: year, month or day. Must match the form of `date`. */
    precision: z.enum(precisions, {
      error: `precision must be one of: ${precisions.join(', ')}`,
    }),
    /** The same day in the Julian calendar (Old Style), where Russian sources give it. */
    julian: z.string().optional(),
    /** Why the date is uncertain or where sources differ; its presence marks the date uncertain. */
    uncertainty: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const re = ISO_BY_PRECISION[value.precision];
    if (!re.test(value.date)) {
      const form = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' }[value.precision];
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `date "${value.date}" does not match precision "${value.precision}" (expected ${form})`,
      });
      return;
    }
    if (value.precision === 'day' && !isRealDay(value.date)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `date "${value.date}" is not a real calendar day` });
    }
    if (value.julian !== undefined) {
      if (value.precision !== 'day' || !ISO_DAY.test(value.julian)) {
        ctx.addIssue({
          code: 'custom',
          path: ['julian'],
          message: 'julian must be YYYY-MM-DD and only goes with a day-precision date',
        });
        return;
      }
      const gap = julianGap(value.date);
      if (addDays(value.julian, gap) !== value.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['julian'],
          message: `julian "${value.julian}" is not ${gap} days before "${value.date}", the calendar gap in that year`,
        });
      }
    }
  });

export type HistDate = z.infer<typeof histDateSchema>;

/** The first instant of a historical date, as a UTC `Date` (1 Jan for a year, the 1st for a month). */
export function startOf(d: Pick<HistDate, 'date'>): Date {
  const [y, m = 1, day = 1] = d.date.split('-').map(Number);
  const t = new Date(Date.UTC(2000, m! - 1, day));
  t.setUTCFullYear(y!); // Date.UTC maps years 0–99 to 1900s; setUTCFullYear does not.
  return t;
}

/** The last instant covered by a historical date: the end of its year, month or day. */
export function endOf(d: Pick<HistDate, 'date' | 'precision'>): Date {
  const s = startOf(d);
  const e = new Date(s);
  if (d.precision === 'year') e.setUTCFullYear(e.getUTCFullYear() + 1);
  else if (d.precision === 'month') e.setUTCMonth(e.getUTCMonth() + 1);
  else e.setUTCDate(e.getUTCDate() + 1);
  return new Date(e.getTime() - 1);
}
