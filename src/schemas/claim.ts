/** One claim of the article, quoted, set against the record, with a verdict and its sources. */
import { z } from 'astro/zod';
import { idSchema } from './ids';
import { sourceIdSchema } from './source';

import { verdicts } from '../lib/verdicts';

export { verdicts, type Verdict } from '../lib/verdicts';

export const claimSchema = z
  .object({
    /** Anchor id, unique within the entry; <Claim id="…"> in the body refers to it. */
    id: idSchema('claim id'),
    /** The article's words, quoted exactly. */
    quote: z.string().min(1),
    /** What the historical record says, in the site's own words. */
    record: z.string().min(1),
    /** How the claim stands against the record. */
    verdict: z.enum(verdicts, { error: `verdict must be one of: ${verdicts.join(', ')}` }),
    /** Ids of the entry's sources that support the verdict (at least one). */
    sources: z.array(sourceIdSchema).min(1, 'a claim needs at least one source'),
  })
  .strict();

export type Claim = z.infer<typeof claimSchema>;
