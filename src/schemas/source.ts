/** A source the site cites: enough to find it again, with its URL where one exists. */
import { z } from 'astro/zod';
import { idSchema } from './ids';

export const sourceIdSchema = idSchema('source id');

/**
 * What a source is as evidence: a document of the time (treaty or convention text, government
 * statement or correspondence, UN resolution, court release), a scholarly work, an encyclopaedia, a
 * news report, or the article this site documents.
 */
export const sourceKinds = ['primary', 'scholarly', 'reference', 'news', 'subject'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** How the source list names each kind to readers. */
export const sourceKindLabels: Record<SourceKind, string> = {
  primary: 'Primary source',
  scholarly: 'Scholarly work',
  reference: 'Reference work',
  news: 'News report',
  subject: 'The article documented',
};

/**
 * The form of the work, named as CSL (the Citation Style Language) names its item types, so that a
 * citation exporter can pass it through unchanged.
 */
export const sourceTypes = [
  'book',
  'chapter',
  'article-journal',
  'article-newspaper',
  'entry-encyclopedia',
  'webpage',
  'treaty',
  'document',
  'report',
] as const;
export type SourceType = (typeof sourceTypes)[number];

export const sourceSchema = z
  .object({
    /** Short key that claims, milestones and <Cite> use to point at this source. */
    id: sourceIdSchema,
    /** The title of the work, article or page. */
    title: z.string().min(1),
    /**
     * Author, where one is named, in the order the name is read ("Bruce A. Elleman"); several joined
     * with " and " or ";". A name whose family name comes first, as Chinese and Korean names do, ends
     * its family name with a comma ("Zhang, Deguang": shown "Zhang Deguang", cited and sorted under
     * Zhang); "(ed.)" or "(eds.)" at the end marks editors. src/lib/names.ts reads it.
     */
    author: z.string().min(1).optional(),
    /** Publisher, website or institution. */
    publisher: z.string().min(1).optional(),
    /** Publication date, as free text (e.g. "1971", "21 March 2023"). */
    date: z.string().min(1).optional(),
    /** Where to read it; omitted for print-only works. */
    url: z.url({ error: 'url must be an absolute http(s) URL' }).optional(),
    /** The day the site's editors last read it online (YYYY-MM-DD), where it was recorded. */
    accessed: z.iso.date({ error: 'accessed must be a day as YYYY-MM-DD' }).optional(),
    /** Pages, section or a note on what the source supports. */
    note: z.string().min(1).optional(),
    /** What it is as evidence: primary, scholarly, reference, news, or subject (the article itself). */
    kind: z.enum(sourceKinds, { error: `kind must be one of: ${sourceKinds.join(', ')}` }).optional(),
    /** Its form, as a CSL item type: book, chapter, article-journal, treaty, document, webpage… */
    type: z.enum(sourceTypes, { error: `type must be one of: ${sourceTypes.join(', ')}` }).optional(),
  })
  .strict()
  .refine((s) => s.author || s.publisher, {
    message: 'a source needs an author or a publisher',
    path: ['publisher'],
  });

export type Source = z.infer<typeof sourceSchema>;
