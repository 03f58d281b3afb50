import { describe, expect, it } from 'vitest';
import { absoluteUrl, documentTitle, jsonLdText, MAX_TITLE, OG_IMAGE_SIZE, pageSeo, SITE_NAME } from '../../src/lib/seo';

const site = { site: 'https://example.org', base: '/timeline/' };
const entryPage = {
  title: 'Treaty of Nerchinsk',
  description: 'Decades of fighting on the Amur ended with a treaty in 1689.',
  path: 'alliances/nerchinsk-1654-1689/',
  image: { path: 'og/alliances/nerchinsk-1654-1689.png', alt: 'Nerchinsk on the 1654–2023 axis' },
  type: 'article' as const,
  about: { name: 'Treaty of Nerchinsk', startDate: '1654', endDate: '1689-09-06' },
};
const tag = (seo: ReturnType<typeof pageSeo>, key: string) => seo.meta.find((m) => m.key === key)?.content;

describe('absoluteUrl', () => {
  it.each([
    [{ site: 'https://example.org', base: '/' }, 'about/', 'https://example.org/about/'],
    [{ site: 'https://example.org', base: '/timeline/' }, 'about/', 'https://example.org/timeline/about/'],
    [{ site: 'https://example.org/', base: '/timeline' }, '', 'https://example.org/timeline/'],
  ])('joins %j and %s', (s, path, expected) => {
    expect(absoluteUrl(s, path)).toBe(expected);
  });
});

describe('pageSeo', () => {
  const seo = pageSeo(entryPage, site);

  it('appends the site name to the title, except on the home page', () => {
    expect(seo.title).toBe(`Treaty of Nerchinsk · ${SITE_NAME}`);
    expect(pageSeo({ ...entryPage, title: SITE_NAME }, site).title).toBe(SITE_NAME);
  });

  it('makes the canonical and og:url absolute, with the base', () => {
    expect(seo.canonical).toBe('https://example.org/timeline/alliances/nerchinsk-1654-1689/');
    expect(tag(seo, 'og:url')).toBe(seo.canonical);
  });

  it('gives a corrected article dateModified in JSON-LD and article:modified_time, and an uncorrected one neither', () => {
    const corrected = pageSeo({ ...entryPage, dateModified: '2026-11-28' }, site);
    expect(corrected.jsonLd).toMatchObject({ '@type': 'Article', dateModified: '2026-11-28' });
    expect(tag(corrected, 'article:modified_time')).toBe('2026-11-28');
    expect(seo.jsonLd).not.toHaveProperty('dateModified');
    expect(tag(seo, 'article:modified_time')).toBeUndefined();
  });

  it('gives an article the large preview card with the image size and alt', () => {
    expect(tag(seo, 'og:type')).toBe('article');
    expect(tag(seo, 'og:image')).toBe('https://example.org/timeline/og/alliances/nerchinsk-1654-1689.png');
    expect(tag(seo, 'og:image:width')).toBe(String(OG_IMAGE_SIZE.width));
    expect(tag(seo, 'og:image:height')).toBe(String(OG_IMAGE_SIZE.height));
    expect(tag(seo, 'og:image:alt')).toBe(entryPage.image.alt);
    expect(tag(seo, 'twitter:card')).toBe('summary_large_image');
    expect(tag(seo, 'description')).toBe(entryPage.description);
    expect(tag(seo, 'og:description')).toBe(entryPage.description);
  });

  it('falls back to the small card without an image', () => {
    const { image: _image, ...noImage } = entryPage;
    const plain = pageSeo(noImage, site);
    expect(tag(plain, 'twitter:card')).toBe('summary');
    expect(tag(plain, 'og:image')).toBeUndefined();
  });

  it('describes an entry page as an Article about an Event with its dates', () => {
    expect(seo.jsonLd).toMatchObject({
      '@type': 'Article',
      headline: 'Treaty of Nerchinsk',
      url: seo.canonical,
      about: { '@type': 'Event', startDate: '1654', endDate: '1689-09-06' },
    });
  });

  it('describes the home page as a WebSite and other pages not at all', () => {
    expect(pageSeo({ ...entryPage, path: '', type: 'website' }, site).jsonLd).toMatchObject({ '@type': 'WebSite' });
    expect(pageSeo({ title: 'About', description: 'About it.', path: 'about/' }, site).jsonLd).toBeUndefined();
  });

  it('marks a noindex page and gives it no og:url', () => {
    const notFound = pageSeo({ title: 'Not found', description: 'x', path: '404/', noindex: true }, site);
    expect(tag(notFound, 'robots')).toBe('noindex');
    expect(tag(notFound, 'og:url')).toBeUndefined();
    expect(tag(seo, 'robots')).toBeUndefined();
  });
});

describe('documentTitle', () => {
  const long = 'The first "alliance": from the Baykov embassy to the Treaty of Nerchinsk, 1654–1689';
  it.each([
    ['About this timeline', undefined, `About this timeline · ${SITE_NAME}`],
    [long, 'Nerchinsk, 1654–1689', `Nerchinsk, 1654–1689 · ${SITE_NAME}`],
    [long, 'x'.repeat(40), 'x'.repeat(40)],
    [SITE_NAME, undefined, SITE_NAME],
  ])('titles %s (short: %s) as %s', (title, short, expected) => {
    expect(documentTitle(title, short)).toBe(expected);
  });
  it('keeps every candidate it picks within the limit when one fits', () => {
    expect(documentTitle(long, 'Nerchinsk').length).toBeLessThanOrEqual(MAX_TITLE);
  });
});

describe('jsonLdText', () => {
  it('escapes "<" so a string cannot close the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
