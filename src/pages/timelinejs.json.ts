/** /timelinejs.json: the timeline in the TimelineJS JSON format, for newsroom embeds. */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/entries';
import { timelineJs } from '../lib/exports';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('timelinejs.json: `site` must be set in astro.config.mjs (or SITE_URL).');
  const body = timelineJs(await getTimeline(), { site, base: import.meta.env.BASE_URL });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
