/**
 * The citation files under /cite/<format>/: the whole bibliography, and for each entry and each claim
 * the citation of its page and its own sources, as BibTeX (bib/), RIS (ris/) and CSL-JSON (csl/),
 * written at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedDate, getClaims, getTimeline } from '../../lib/entries';
import { citeFiles, claimCitedPage, entryCitedPage, exportFormats, serialize, type CslItem, type ExportFormat } from '../../lib/cite';

export const getStaticPaths = (async () => {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('cite/: `site` must be set in astro.config.mjs (or SITE_URL).');
  const entries = await getTimeline();
  const where = { site, base: import.meta.env.BASE_URL };
  const claims = await getClaims();
  // An entry page's citation carries the day it last changed (its latest correction).
  const files = citeFiles(entries, [
    ...entries.map((e) => entryCitedPage(e, where, citedDate(e.data))),
    ...claims.map((c) => claimCitedPage(c, where, citedDate(c.entry.data))),
  ]);
  return files.map(({ path, format, items }) => ({
    params: { file: path.replace(/^cite\//, '') },
    props: { format, items },
  }));
}) satisfies GetStaticPaths;

interface Props {
  format: ExportFormat;
  items: CslItem[];
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(serialize(props.items, props.format), {
    headers: { 'Content-Type': `${exportFormats[props.format].mediaType}; charset=utf-8` },
  });
