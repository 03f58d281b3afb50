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
  integrations: [mdx(), sitemap()],
});
