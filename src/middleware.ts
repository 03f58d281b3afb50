/** Every HTML page, built or served by the dev server, passes through here on its way out. */
import { defineMiddleware } from 'astro:middleware';
import { keepRangesTogether } from './lib/typography';
import { withPrintUrls } from './lib/print-urls';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Ranges (years, days, pages, months) and pairs of names joined by an en dash stay on one line
  // (src/lib/typography.ts). Links to the site's own pages carry their absolute address for print
  // (src/lib/print-urls.ts).
  const html = keepRangesTogether(await response.text());
  return new Response(context.site ? withPrintUrls(html, context.site) : html, response);
});
