/** A source the site cites: enough to find it again, with its URL where one exists. */
import { z } from 'astro/zod';
import { idSchema } from './ids';

export const sourceIdSchema = idSchema('source id');

export const sourceSchema = z
  .object({
    /** Short key that claims, milestones and <Cite> use to point at this source. */
    id: sourceIdSchema,
    /** The title of the work, article or page. */
    title: z.string().min(1),
    /** Author, where one is named. */
    author: z.string().min(1).optional(),
    /** Publisher, website or institution. */
    publisher: z.string().min(1).optional(),
    /** Publication date, as free text (e.g. "1971", "21 March 2023"). */
    date: z.string().min(1).optional(),
    /** Where to read it; omitted for print-only works. */
    url: z.url({ error: 'url must be an absolute http(s) URL' }).optional(),
    /** Pages, section or a note on what the source supports. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.author || s.publisher, {
    message: 'a source needs an author or a publisher',
    path: ['publisher'],
  });

export type Source = z.infer<typeof sourceSchema>;
