/**
 * What the site says about itself, in one place: its title, what it is, who makes it, and the
 * article it documents. Pages, link previews, print furniture, exports and citations read it here.
 */

/** The site's title, as the home page heading, `<title>`, `og:site_name` and citations give it. */
export const SITE_TITLE = 'Five alliances? Russia and China, 1654–2023';

/** One sentence on what the site is. */
export const SITE_DESCRIPTION =
  'An annotated timeline of the five Sino-Russian “alliances” a March 2023 article counts, checked against the historical record.';

/** The article the site documents: its exact title, publisher, month and address. */
export const ARTICLE = {
  title: 'Uncertainty Marks the Sixth Russia-China Alliance After Five Previous Treaty Breaches',
  publisher: 'The Epoch Times',
  /** The month of publication; the article's own page gives no day the site could check. */
  date: '2023-03',
  url: 'https://www.theepochtimes.com/china/uncertainty-marks-the-sixth-russia-china-alliance-after-five-previous-treaty-breaches-5168331',
  /** How many alliances it counts: the alliances' ordinals run from 1 to this. */
  allianceCount: 5,
} as const;

/** The line above an alliance's title: "Alliance 3 of 5, as the article counts them". */
export function allianceKicker(ordinal: number): string {
  return `Alliance ${ordinal} of ${ARTICLE.allianceCount}, as the article counts them`;
}

/**
 * Who is credited when the site itself is cited. The README and the About page name no author and
 * no publisher, so citations of the site's pages carry neither; name them here if that changes.
 */
export const SITE_CREDIT: { author?: string; publisher?: string } = {};

/** The prefix of the citation keys of the site's own pages (lowercase letters, digits, underscores). */
export const SITE_CITATION_KEY = 'five_alliances';

/**
 * The day the site first published its pages, entries and claim reviews alike: their JSON-LD
 * `datePublished`, and the date a citation gives a page that has never been corrected.
 */
export const SITE_PUBLISHED = '2026-11-28';
