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
    /**
     * The finding in one sentence of at most 160 characters, in the site's own words, as cards, share
     * previews and search results show it (e.g. "No pact was signed in 1654: …").
     */
    conclusion: z
      .string({ error: 'conclusion is required: the finding in one sentence of at most 160 characters' })
      .min(20, 'conclusion must be a sentence (at least 20 characters)')
      .max(160, 'conclusion must be at most 160 characters (one sentence)')
      .regex(/^[^\n]*[.!?]$/, 'conclusion must be one sentence ending with a full stop'),
    /** How the claim stands against the record. */
    verdict: verdictSchema,
    /** Ids of the entry's sources that support the verdict (at least one). */
    sources: z.array(sourceIdSchema).min(1, 'a claim needs at least one source'),
  })
  .strict();

export type Claim = z.infer<typeof claimSchema>;
