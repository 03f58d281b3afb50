/** Every HTML page, built or served by the dev server, passes through here on its way out. */
import { defineMiddleware } from 'astro:middleware';
import { keepRangesTogether } from './lib/typography';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Ranges (years, days, pages, months) and pairs of names joined by an en dash stay on one line
  // (src/lib/typography.ts).
  return new Response(keepRangesTogether(await response.text()), response);
});
