/** A correction made to an entry after it was published, kept in the open: when, what changed and why. */
import { z } from 'astro/zod';
import { ISO_BY_PRECISION, isRealDay } from '../lib/dates';
import { sourceIdSchema } from './source';

export const correctionSchema = z
  .object({
    /** The day the correction was published, YYYY-MM-DD. */
    date: z
      .string()
      .regex(ISO_BY_PRECISION.day, 'correction date must be YYYY-MM-DD')
      .refine(isRealDay, 'correction date is not a real calendar day'),
    /** What changed: what the page said before, and what it says now. */
    what: z.string().min(1),
    /** Why: what in the record showed the old text to be wrong, misleading or imprecise. */
    why: z.string().min(1),
    /** Ids of the entry's sources for the corrected statement (optional). */
    sources: z.array(sourceIdSchema).default([]),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
