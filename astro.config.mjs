// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

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
  build: { format: 'directory' },
  // Published URLs never break (tests/published-urls.txt). When an entry's slug changes, map the
  // old path to the new one here, e.g. '/alliances/old-slug/': '/alliances/new-slug/'; a static
  // build writes a page at the old path that sends readers on.
  redirects: {},
  integrations: [mdx(), sitemap()],
});
