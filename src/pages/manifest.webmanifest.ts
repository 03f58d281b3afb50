/** /manifest.webmanifest: the site's name and icons for "add to home screen". */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/chronology';
import { ICON_COLORS } from '../lib/icon';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/site';

export const GET: APIRoute = () => {
  const at = (path = '') => withBase(import.meta.env.BASE_URL, path);
  const manifest = {
    name: SITE_TITLE,
    short_name: 'Five alliances?',
    description: SITE_DESCRIPTION,
    start_url: at(),
    scope: at(),
    display: 'browser',
    background_color: ICON_COLORS.paper,
    theme_color: ICON_COLORS.accent,
    icons: [
      { src: at('favicon.svg'), type: 'image/svg+xml', sizes: 'any' },
      { src: at('icons/icon-192.png'), type: 'image/png', sizes: '192x192' },
      { src: at('icons/icon-512.png'), type: 'image/png', sizes: '512x512' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
