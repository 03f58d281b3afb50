// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import cjkFont from './src/integrations/cjk-font.ts';
import pageCsp from './src/integrations/page-csp.ts';

// The absolute URL, the sub-path and the output folder each come from one setting that the
// environment can override, so the same code deploys to a root domain or a project sub-path.
const site = process.env.SITE_URL ?? 'https://timeline.example';
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  // Each page's stylesheet (the CSS of what it imports, vite.build.cssCodeSplit below) is written into
  // its <head>: a reader who opens a shared link waits for no CSS request before the page paints
  // (issue 13: on a slow phone line, that request held the first paint until the whole page had
  // arrived). It is about 6 KB gzipped on the home page, 3.5 KB on /claims/. Astro's security.csp hashes this <style>, so style-src needs no
  // 'unsafe-inline'; the CJK @font-face is added the same way (src/integrations/cjk-font.ts).
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    // Two pages at a time: preview images rasterise on worker threads, so this uses both cores.
    concurrency: 2,
  },
  // Published URLs never break (tests/published-urls.txt). When an entry's slug changes, map the
  // old path to the new one here, e.g. '/alliances/old-slug/': '/alliances/new-slug/'; a static
  // build writes a page at the old path that sends readers on.
  redirects: {},
  // One stylesheet per page: the <style> of every component the page uses and every .css file it
  // imports, once however many times it uses them (issue 13 found 29 stylesheet links, one per MDX
  // component use), and Astro hashes that one <style> for the CSP. Split by page, not one bundle for
  // the site: the home page carried about 0.8 KB gzipped of other pages' CSS before its first entry,
  // /claims/ and /about/ 2.7 and 2.9 KB (measured 29 November 2026). A page that styles another
  // component's classes imports that component's CSS (src/styles/layers.css).
  vite: { build: { cssCodeSplit: true } },
  // No code blocks in the content: Shiki's inline styles would only clash with the CSP.
  markdown: { syntaxHighlight: false },
  // cjkFont: after the build, a Noto Serif SC subset of exactly the CJK characters the pages render.
  // pageCsp: then each page's policy keeps the hashes of its own inline scripts and styles only.
  integrations: [mdx(), sitemap(), cjkFont(), pageCsp()],
  security: {
    // Astro hashes every script and style it emits into a <meta http-equiv="content-security-policy">,
    // so script-src and style-src never need 'unsafe-inline' (every page gets every page's hashes;
    // src/integrations/page-csp.ts cuts each page's list to its own). The extra directives keep every other
    // kind of request on the site's own origin. frame-ancestors cannot be set from a <meta>: it is in
    // public/_headers for hosts that read that file.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
