/**
 * The props of the components entries and pages use, as zod schemas built from the content's own
 * pieces (ids, verdicts, URLs), and the one check that runs them (Starlight's parseWithFriendlyErrors):
 * a bad prop fails the build with a message that names the component, the prop and what is valid.
 */
import { z } from 'astro/zod';
import { claimIdSchema, verdictSchema } from '../schemas/claim';
import { sourceIdSchema } from '../schemas/source';
import { ISO_BY_PRECISION } from '../lib/dates';

const text = (what: string) => z.string({ error: `is required (${what})` }).trim().min(1, `is required (${what})`);

/** <Cite id="…" />: a source of the entry. */
export const citeProps = z.object({ id: sourceIdSchema });

/** <ClaimRef id="…">words</ClaimRef>: a claim of the entry. */
export const claimRefProps = z.object({ id: claimIdSchema });

/** <Term en="…" zh="…" ru="…" />: an English term with its Chinese and/or Russian names. */
export const termProps = z
  .object({ en: text('the English term'), zh: z.string().min(1).optional(), ru: z.string().min(1).optional() })
  .refine((p) => p.zh || p.ru, { message: 'give at least one of the props "zh" (Chinese) or "ru" (Russian)', path: ['zh'] });

/** <Quote by="…" source="…" cite="https://…">words</Quote>: an attributed quotation. */
export const quoteProps = z.object({
  by: text('who said or wrote the words'),
  source: z.string().min(1).optional(),
  cite: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
});

/** <Verdict verdict="…" />: a verdict badge. */
export const verdictProps = z.object({ verdict: verdictSchema, inline: z.boolean().optional() });

/** <Charts entries={…} insetFrom="YYYY-MM-DD" insetTo="YYYY-MM-DD" />: the figures of the timeline page. */
export const chartsProps = z
  .object({
    entries: z.array(z.unknown()).min(1, 'must be a non-empty array of timeline entries (from getTimeline())'),
    insetFrom: z.string().regex(ISO_BY_PRECISION.day, 'must be a day as YYYY-MM-DD').default('2023-03-17'),
    insetTo: z.string().regex(ISO_BY_PRECISION.day, 'must be a day as YYYY-MM-DD').default('2023-03-22'),
  })
  .refine((p) => p.insetFrom <= p.insetTo, { message: 'is before "insetFrom"', path: ['insetTo'] });

/** The props every chart drawing takes: its layout, what it shows, and which drawn size it is. */
export interface ChartProps<L> {
  /** The drawing to render, from the layout function of its chart (overviewLayout, insetLayout, durationLayout). */
  layout: L;
  /** What the chart shows, read out before its links (the svg's aria-label). */
  label: string;
  /** Which size this is (wide, medium, narrow); CSS shows one at a time. */
  variant: string;
}

/** The schema of a chart's props; `key` is a list every layout of that chart has, `from` names its function. */
export const chartProps = <L>(key: string, from: string) =>
  z.object({
    layout: z.custom<L>((v) => typeof v === 'object' && v !== null && Array.isArray((v as Record<string, unknown>)[key]), `must be the result of ${from}`),
    label: z.string().min(1),
    variant: z.string().min(1),
  });

/** Parses a component's props, or throws `<Name>: prop "x": <message>; got <value>` for each bad one. */
export function parseProps<S extends z.ZodType>(component: string, schema: S, props: unknown): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const given = (props ?? {}) as Record<string, unknown>;
  const lines = result.error.issues.map((i) => {
    const prop = String(i.path[0] ?? '');
    return `<${component}>: prop "${prop}": ${i.message}; got ${JSON.stringify(given[prop]) ?? 'nothing'}`;
  });
  throw new Error(lines.join('\n'));
}
