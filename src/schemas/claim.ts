/** One claim of the article, quoted, set against the record, with a verdict and its sources. */
import { z } from 'astro/zod';
import { idSchema } from './ids';
import { sourceIdSchema } from './source';
import { verdicts } from '../lib/verdicts';

/** A claim's id, as a claim and a <ClaimRef> give it. */
export const claimIdSchema = idSchema('claim id');

/** A verdict; the message lists the valid values. */
export const verdictSchema = z.enum(verdicts, { error: `verdict must be one of: ${verdicts.join(', ')}` });

export const claimSchema = z
  .object({
    /** Unique across the site (the anchor is #claim-<id>); <ClaimRef id="…"> in the entry's text refers to it. */
    id: claimIdSchema,
    /** The article's words, quoted exactly. */
    quote: z.string().min(1),
    /** What the historical record says, in the site's own words. */
    record: z.string().min(1),
    /** How the claim stands against the record. */
    verdict: verdictSchema,
    /** Ids of the entry's sources that support the verdict (at least one). */
    sources: z.array(sourceIdSchema).min(1, 'a claim needs at least one source'),
  })
  .strict();

export type Claim = z.infer<typeof claimSchema>;
