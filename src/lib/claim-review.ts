/**
 * The schema.org ClaimReview of one claim, as JSON-LD for its page: the claim quoted, the article it
 * appears in, the verdict in words and on the numeric scale of ./verdicts.ts, and who reviewed it.
 * Follows Google's fact-check documentation: `alternateName` is always given; `ratingValue`,
 * `worstRating` and `bestRating` only for a verdict on the scale, so an unverified claim carries its
 * verdict in words alone rather than a number that would place it between true and false. Pure.
 */
import { ratingScale, verdictInfo, type Verdict } from './verdicts';

export interface ClaimReviewInput {
  /** The claim: the article's words, its verdict, the record and the one-line conclusion. */
  claim: { quote: string; verdict: Verdict; record: string; conclusion: string };
  /** The absolute URL of the claim's own page. */
  url: string;
  /** When the review was first published (ISO 8601). */
  datePublished: string;
  /** The day the claim's entry last changed (YYYY-MM-DD), where it has been corrected. */
  dateModified?: string | undefined;
  /** The site that reviews the claim: its name and absolute home URL. */
  reviewer: { name: string; url: string };
  /** The article that makes the claim. */
  article: { title: string; publisher: string; date: string; url: string };
}

/** The Rating of a verdict: words always, a number on the scale where the verdict has one. */
export function reviewRating(verdict: Verdict, explanation?: string) {
  const { label, rating } = verdictInfo[verdict];
  return {
    '@type': 'Rating',
    alternateName: label,
    ...(rating === undefined ? {} : { ratingValue: rating, worstRating: ratingScale.worst, bestRating: ratingScale.best }),
    ...(explanation ? { ratingExplanation: explanation } : {}),
  };
}

export function claimReview(input: ClaimReviewInput) {
  const { claim, article, reviewer } = input;
  const organisation = { '@type': 'Organization', name: reviewer.name, url: reviewer.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: claim.quote,
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: article.publisher },
      datePublished: article.date,
      appearance: article.url,
    },
    reviewRating: reviewRating(claim.verdict, claim.conclusion),
    reviewBody: claim.record,
    author: organisation,
    publisher: organisation,
    datePublished: input.datePublished,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
  };
}

export type ClaimReview = ReturnType<typeof claimReview>;
