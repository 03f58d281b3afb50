/** /corrections/feed.xml: every correction of the site as an RSS feed, newest first (lib/corrections.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/entries';
import { entryPath } from '../../lib/chronology';
import { CORRECTIONS_PATH, correctionFeedItems } from '../../lib/corrections';
import { SITE_TITLE } from '../../lib/site';
import { absoluteUrl } from '../../lib/seo';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('corrections/feed.xml: `site` must be set in astro.config.mjs (or SITE_URL).');
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `Corrections: ${SITE_TITLE}`,
    description: 'Every correction made to the timeline since it was published: what changed, why, and on what sources.',
    site: absoluteUrl({ site, base }, CORRECTIONS_PATH),
    // Absolute links: the library would otherwise add a slash after the fragment.
    items: correctionFeedItems(await getTimeline(), (entry) => absoluteUrl({ site, base }, entryPath(entry))),
    customData: '<language>en</language>',
  });
};
