/** The entry schema against fixture files: valid entries pass; each bad one fails naming its field. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { allianceSchema, eventSchema } from '../../src/schemas/entry';

const dir = fileURLToPath(new URL('../fixtures/entries/', import.meta.url));

/** The YAML front matter of a fixture file. */
function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(dir + file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) throw new Error(`${file} has no front matter`);
  return parse(m[1]!) as Record<string, unknown>;
}

/** Parses a fixture as Astro would, returning "file › path: message" lines, as the build reports them. */
function problems(file: string, schema: typeof allianceSchema | typeof eventSchema = allianceSchema): string[] {
  const result = schema.safeParse(frontMatter(file));
  if (result.success) return [];
  return result.error.issues.map((i) => `${file} › ${i.path.join('.')}: ${i.message}`);
}

describe('valid fixtures', () => {
  test('allianceSchema.safeParse accepts valid-alliance.mdx', () => {
    expect(problems('valid-alliance.mdx')).toEqual([]);
  });
  test('eventSchema.safeParse accepts valid-event.mdx and fills defaults', () => {
    expect(problems('valid-event.mdx', eventSchema)).toEqual([]);
    const data = eventSchema.parse(frontMatter('valid-event.mdx'));
    expect(data.milestones).toEqual([]);
    expect(data.claims).toEqual([]);
  });
});

// Each bad fixture differs from valid-alliance.mdx in one place; the message must name that field.
describe.each([
  ['bad-missing-title.mdx', 'title', /title/i],
  ['bad-date-form.mdx', 'period.start.date', /does not match precision "day"/],
  ['bad-impossible-day.mdx', 'period.end.date', /not a real calendar day/],
  ['bad-end-before-start.mdx', 'period.end', /before period\.start/],
  ['bad-unknown-source.mdx', 'claims.0.sources.0', /unknown source "fixture-missing".*fixture-src/],
  ['bad-unknown-verdict.mdx', 'claims.0.verdict', /accurate, imprecise, inaccurate, unverified/],
  ['bad-julian-gap.mdx', 'period.start.julian', /not 12 days before/],
  ['bad-milestone-outside.mdx', 'milestones.1.date', /outside the period.*outsidePeriod/],
  ['bad-summary-too-long.mdx', 'summary', /at most 200 characters/],
  ['bad-ordinal-range.mdx', 'ordinal', /from 1 to 5/],
  ['bad-precision-mismatch.mdx', 'period.end.date', /expected YYYY-MM-DD/],
  ['bad-source-no-publisher.mdx', 'sources.0.publisher', /author or a publisher/],
  ['bad-duplicate-milestone.mdx', 'milestones.1.id', /"fixture-signed" is used twice/],
  ['bad-short-title.mdx', 'shortTitle', /at most 40 characters/],
  ['bad-source-url.mdx', 'sources.0.url', /absolute http/],
  ['bad-source-kind.mdx', 'sources.0.kind', /primary, scholarly, reference, news, subject/],
  ['bad-correction-date.mdx', 'corrections.0.date', /not a real calendar day/],
  ['bad-correction-source.mdx', 'corrections.0.sources.0', /correction of 2026-02-03 cites unknown source "fixture-nowhere"/],
  ['bad-conclusion-too-long.mdx', 'claims.0.conclusion', /at most 160 characters/],
  ['bad-missing-conclusion.mdx', 'claims.0.conclusion', /conclusion/],
])('%s', (file, field, message) => {
  test(`fails on ${field}`, () => {
    const found = problems(file);
    expect(found.length).toBeGreaterThan(0);
    const line = found.find((p) => p.startsWith(`${file} › ${field}:`));
    expect(line, `no issue at ${field}; got:\n${found.join('\n')}`).toBeDefined();
    expect(line).toMatch(message);
  });
});

test('rejects a place id that is not an id, naming places.0', () => {
  const shape = allianceSchema.safeParse({ places: ['Port Arthur'] });
  expect(shape.success).toBe(false);
  expect(shape.error!.issues.some((i) => i.path.join('.') === 'places.0' && /lowercase/.test(i.message))).toBe(true);
});
