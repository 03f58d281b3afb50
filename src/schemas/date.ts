/**
 * The schema of a historical date: an ISO-8601 calendar string at year, month or day precision,
 * the Julian (Old Style) form where Russia's calendar differed, and a note when sources disagree.
 * It only validates; what a date is and how it is written live in `src/lib/dates.ts`.
 */
import { z } from 'astro/zod';
import { addDays, ISO_BY_PRECISION, ISO_FORM, isRealDay, julianGap, precisions, type HistDate } from '../lib/dates';

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
    if (!ISO_BY_PRECISION[value.precision].test(value.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `date "${value.date}" does not match precision "${value.precision}" (expected ${ISO_FORM[value.precision]})`,
      });
      return;
    }
    if (value.precision === 'day' && !isRealDay(value.date)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `date "${value.date}" is not a real calendar day` });
    }
    if (value.julian !== undefined) {
      if (value.precision !== 'day' || !ISO_BY_PRECISION.day.test(value.julian)) {
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
  }) satisfies z.ZodType<HistDate>;
