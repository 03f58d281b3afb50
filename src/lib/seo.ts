/**
 * What a page says about itself to search engines and link previews: title, canonical URL, Open
 * Graph and Twitter tags, and schema.org JSON-LD. Pure: Seo.astro only prints the result.
 */
import { withBase } from './chronology';

import { SITE_PUBLISHED, SITE_TITLE } from './site';

/** The site's name in link previews and titles (see ./site.ts). */
export const SITE_NAME = SITE_TITLE;

/** Preview images are drawn at the size every large link card uses. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface PageInput {
  /** The page's own title; the site name is appended unless it is the site name. */
  title: string;
  /** A shorter title for the `<title>` element when the full one would make it too long. */
  shortTitle?: string;
  /** One sentence: meta description and preview text. */
  description: string;
  /** Path inside the site, without the base, e.g. "alliances/nerchinsk-1654-1689/" ("" for home). */
  path: string;
  /** Preview image path inside the site, without the base, and its text alternative. */
  image?: { path: string; alt: string };
  /** "article" for an entry page, "website" otherwise. */
  type?: 'article' | 'website';
  /** For an entry page: the event the article is about, with ISO dates. */
  about?: { name: string; startDate: string; endDate: string; location?: string };
  /** For an entry page: the day it last changed (YYYY-MM-DD), its latest correction. */
  dateModified?: string | undefined;
  /** Keep the page out of search results (the 404 page). */
  noindex?: boolean;
  /** The page's own JSON-LD (a claim page's ClaimReview), instead of the Article or WebSite above. */
  jsonLd?: Record<string, unknown>;
}

export interface SiteInput {
  /** The absolute site URL (Astro's `site`). */
  site: string | URL;
  /** The configured base path (import.meta.env.BASE_URL). */
  base: string;
}

export interface MetaTag {
  /** Open Graph tags use `property`, the others `name`. */
  attr: 'name' | 'property';
  key: string;
  content: string;
}

export interface PageSeo {
  title: string;
  canonical: string;
  meta: MetaTag[];
  jsonLd?: Record<string, unknown>;
}

/** The absolute URL of a path inside the site, base included. */
export function absoluteUrl(site: SiteInput, path: string): string {
  return new URL(withBase(site.base, path), site.site).href;
}

/** Browser tabs and search results cut titles near 70 characters (html-validate's long-title rule). */
export const MAX_TITLE = 70;

/**
 * The `<title>`: the page's title and the site name, or the short title and the site name when
 * that is too long, or the title alone as a last resort.
 */
export function documentTitle(title: string, shortTitle?: string): string {
  if (title === SITE_NAME) return title;
  const candidates = [`${title} · ${SITE_NAME}`, ...(shortTitle ? [`${shortTitle} · ${SITE_NAME}`] : []), title];
  return candidates.find((t) => t.length <= MAX_TITLE) ?? shortTitle ?? title;
}

export function pageSeo(page: PageInput, site: SiteInput): PageSeo {
  const title = documentTitle(page.title, page.shortTitle);
  const canonical = absoluteUrl(site, page.path);
  const type = page.type ?? 'website';
  const meta: MetaTag[] = [
    { attr: 'name', key: 'description', content: page.description },
    ...(page.noindex ? [{ attr: 'name' as const, key: 'robots', content: 'noindex' }] : []),
    { attr: 'property', key: 'og:site_name', content: SITE_NAME },
    { attr: 'property', key: 'og:title', content: page.title },
    { attr: 'property', key: 'og:description', content: page.description },
    // A noindex page (the 404) is served at any address: it has no URL of its own to give.
    ...(page.noindex ? [] : [{ attr: 'property' as const, key: 'og:url', content: canonical }]),
    { attr: 'property', key: 'og:type', content: type },
    { attr: 'property', key: 'og:locale', content: 'en_GB' },
    ...(type === 'article' && page.dateModified
      ? [{ attr: 'property' as const, key: 'article:modified_time', content: page.dateModified }]
      : []),
  ];
  let image: string | undefined;
  if (page.image) {
    image = absoluteUrl(site, page.image.path);
    meta.push(
      { attr: 'property', key: 'og:image', content: image },
      { attr: 'property', key: 'og:image:type', content: 'image/png' },
      { attr: 'property', key: 'og:image:width', content: String(OG_IMAGE_SIZE.width) },
      { attr: 'property', key: 'og:image:height', content: String(OG_IMAGE_SIZE.height) },
      { attr: 'property', key: 'og:image:alt', content: page.image.alt },
      { attr: 'name', key: 'twitter:card', content: 'summary_large_image' },
      { attr: 'name', key: 'twitter:image:alt', content: page.image.alt },
    );
  } else {
    meta.push({ attr: 'name', key: 'twitter:card', content: 'summary' });
  }
  meta.push(
    { attr: 'name', key: 'twitter:title', content: page.title },
    { attr: 'name', key: 'twitter:description', content: page.description },
  );

  const home = absoluteUrl(site, '');
  const jsonLd: Record<string, unknown> | undefined = page.jsonLd
    ? page.jsonLd
    : type === 'article' && page.about
      ? {
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: page.title,
          description: page.description,
          url: canonical,
          mainEntityOfPage: canonical,
          ...(image ? { image } : {}),
          datePublished: SITE_PUBLISHED,
          ...(page.dateModified ? { dateModified: page.dateModified } : {}),
          isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: home },
          about: {
            '@type': 'Event',
            name: page.about.name,
            startDate: page.about.startDate,
            endDate: page.about.endDate,
            ...(page.about.location ? { location: page.about.location } : {}),
          },
        }
      : page.path === ''
        ? { '@context': 'https://schema.org', '@type': 'WebSite', name: SITE_NAME, url: home, description: page.description }
        : undefined;
  return { title, canonical, meta, ...(jsonLd ? { jsonLd } : {}) };
}

/** JSON for a <script type="application/ld+json">, safe against a "</script>" inside a string. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
