/**
 * On paper a link is followed by reading where it goes. print.css writes out an external link's
 * address after its text (from its href) and a link's `data-print-url` where there is one. A link to
 * another page of this site has a root-relative href ("/corrections/"), which means nothing on
 * paper: every such link gets the absolute address as its `data-print-url`, here, once for the whole
 * site (src/middleware.ts runs it on every HTML page). In-page links (#…) are left alone: print.css
 * prints their text without a link's underline. Links that download a file, and links that already
 * say where they print to, are left alone too.
 */

const decode = (s: string) => s.replaceAll('&amp;', '&');
const encode = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Adds `data-print-url` with the absolute address to each `<a>` whose href is a path of the site. */
export function withPrintUrls(html: string, site: URL | string): string {
  return html.replace(/<a\s[^>]*>/g, (tag) => {
    if (/\sdata-print-url=|\sdownload[\s=>]/.test(tag)) return tag;
    const href = /\shref="(\/(?!\/)[^"]*)"/.exec(tag)?.[1];
    if (href === undefined) return tag;
    const url = new URL(decode(href), site).href;
    return `${tag.slice(0, -1)} data-print-url="${encode(url)}">`;
  });
}
