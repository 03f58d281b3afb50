/**
 * The verdicts, in one place: the values the schema accepts, and for each its label, its symbol (so
 * a verdict never rests on colour alone), what it means, and its place on the rating scale that
 * ClaimReview JSON-LD and the About page use. Everything that shows a verdict reads this module.
 */

/** The verdicts, from the claim the record bears out to the one nothing could check. */
export const verdicts = ['accurate', 'imprecise', 'inaccurate', 'unverified'] as const;
export type Verdict = (typeof verdicts)[number];

export interface VerdictInfo {
  /** The verdict in words, as a badge, a legend and ClaimReview's `alternateName` show it. */
  label: string;
  /** A one-character mark that tells verdicts apart in black and white. */
  symbol: string;
  /** What the verdict means, in one or two sentences (About page, claim pages). */
  meaning: string;
  /**
   * The verdict on the numeric scale below, or undefined where the claim could not be rated
   * (unverified): a claim nobody could check is not halfway between true and false. Its ClaimReview
   * gives the verdict in words (`alternateName`) with no `ratingValue`, as Google's fact-check
   * documentation allows: the numeric rating is recommended, the words are required.
   */
  rating: number | undefined;
}

/** The numeric scale of `rating`: 1 is the worst a claim can fare against the record, 3 the best. */
export const ratingScale = { worst: 1, best: 3 } as const;

export const verdictInfo: Record<Verdict, VerdictInfo> = {
  accurate: {
    label: 'Accurate',
    symbol: '✓',
    meaning: 'The record bears the claim out, allowing for a fair shortening.',
    rating: 3,
  },
  imprecise: {
    label: 'Imprecise',
    symbol: '≈',
    meaning:
      'The claim is right in substance but loose in a way that matters: a blended quotation, a date or term that covers only part of the story.',
    rating: 2,
  },
  inaccurate: {
    label: 'Inaccurate',
    symbol: '✗',
    meaning: 'The record contradicts the claim: a wrong date, a wrong charge, a wrong figure or the wrong order of events.',
    rating: 1,
  },
  unverified: {
    label: 'Unverified',
    symbol: '?',
    meaning: 'No source independent of the article could confirm or refute the claim; it is reported, not endorsed.',
    rating: undefined,
  },
};

/** True when `value` is one of the verdicts. */
export function isVerdict(value: unknown): value is Verdict {
  return (verdicts as readonly unknown[]).includes(value);
}
