/** /timeline.json: the whole timeline in the site's own model (shape documented in the README). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/entries';
import { timelineJson } from '../lib/exports';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('timeline.json: `site` must be set in astro.config.mjs (or SITE_URL).');
  const body = timelineJson(await getTimeline(), { site, base: import.meta.env.BASE_URL });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
