// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import cjkFont from './src/integrations/cjk-font.ts';

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
  // Every stylesheet as a file: Astro's CSP hashes the <style> blocks it knows of, but not those of
  // components rendered inside MDX content, which the browser then blocks. Linked files are covered
  // by style-src 'self' and need no hash.
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Two pages at a time: preview images rasterise on worker threads, so this uses both cores.
    concurrency: 2,
  },
  // Published URLs never break (tests/published-urls.txt). When an entry's slug changes, map the
  // old path to the new one here, e.g. '/alliances/old-slug/': '/alliances/new-slug/'; a static
  // build writes a page at the old path that sends readers on.
  redirects: {},
  // One stylesheet for the whole site: every component's <style> and every imported .css file end up
  // in a single cached bundle, so a page makes one CSS request however many components it uses.
  vite: { build: { cssCodeSplit: false } },
  // No code blocks in the content: Shiki's inline styles would only clash with the CSP.
  markdown: { syntaxHighlight: false },
  // cjkFont: after the build, a Noto Serif SC subset of exactly the CJK characters the pages render.
  integrations: [mdx(), sitemap(), cjkFont()],
  security: {
    // Astro hashes every script and style it emits into a <meta http-equiv="content-security-policy">,
    // so script-src and style-src never need 'unsafe-inline'. The extra directives keep every other
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
