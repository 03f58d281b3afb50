/** The ClaimReview JSON-LD of a claim, field by field, for a verdict on the scale and one off it. */
import { describe, expect, test } from 'vitest';
import { claimReview, reviewRating } from '../../src/lib/claim-review';
import { ratingScale, verdictInfo, verdicts } from '../../src/lib/verdicts';
import { ARTICLE } from '../../src/lib/site';

const input = {
  claim: {
    quote: 'On March 18, the International Criminal Court (ICC) issued arrest warrants for Vladimir Putin',
    verdict: 'inaccurate' as const,
    record: 'Pre-Trial Chamber II issued the warrants on 17 March 2023.',
    conclusion: 'The ICC issued the warrants on 17 March 2023, not 18 March.',
  },
  url: 'https://example.org/timeline/claims/icc-claim-date/',
  datePublished: '2026-11-28',
  reviewer: { name: 'Five alliances?', url: 'https://example.org/timeline/' },
  article: ARTICLE,
};

describe('claimReview', () => {
  const review = claimReview(input);

  test('is a schema.org ClaimReview of the quoted words, at the claim page’s URL', () => {
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe(input.url);
    expect(review.claimReviewed).toBe(input.claim.quote);
    expect(review.reviewBody).toBe(input.claim.record);
    expect(review.datePublished).toBe('2026-11-28');
    expect(review).not.toHaveProperty('dateModified');
    expect(claimReview({ ...input, dateModified: '2027-01-05' }).dateModified).toBe('2027-01-05');
  });

  test('reviews a Claim made by the article’s publisher, dated and with the article as its appearance', () => {
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: ARTICLE.publisher },
      datePublished: ARTICLE.date,
      appearance: ARTICLE.url,
    });
  });

  test('names the site as the review’s author and publisher', () => {
    const org = { '@type': 'Organization', name: input.reviewer.name, url: input.reviewer.url };
    expect(review.author).toEqual(org);
    expect(review.publisher).toEqual(org);
  });

  test('rates the verdict in words and on the scale, explained by the conclusion', () => {
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Inaccurate',
      ratingValue: ratingScale.worst,
      worstRating: ratingScale.worst,
      bestRating: ratingScale.best,
      ratingExplanation: input.claim.conclusion,
    });
  });
});

describe('reviewRating', () => {
  test.each(verdicts.filter((v) => verdictInfo[v].rating !== undefined))('%s has a number within the scale', (v) => {
    const r = reviewRating(v) as { ratingValue: number; worstRating: number; bestRating: number; alternateName: string };
    expect(r.alternateName).toBe(verdictInfo[v].label);
    expect(r.ratingValue).toBe(verdictInfo[v].rating);
    expect(r.ratingValue).toBeGreaterThanOrEqual(r.worstRating);
    expect(r.ratingValue).toBeLessThanOrEqual(r.bestRating);
  });

  test('an unverified claim is rated in words only, with no number that would place it on the scale', () => {
    expect(reviewRating('unverified')).toEqual({ '@type': 'Rating', alternateName: 'Unverified' });
  });
});
