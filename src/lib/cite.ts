/**
 * Citations at build time: the site's sources and its own pages as CSL-JSON items, and those items
 * written out by citation-js as BibTeX, RIS and CSL-JSON files and as Chicago and APA references.
 * Nothing here invents a field: what a source does not record, its citation leaves out.
 */
import { Cite, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
// The Chicago style is not built into citation-js; this package ships the CSL project's file.
import chicago from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import { bibliography, type BibEntry, type BibSource } from './bibliography';
import { entryPath, type CollectionName } from './chronology';
import { claimPath, claimSources } from './claims';
import { readDateText } from './dates';
import { parseAuthors, parseCreators, type CslName } from './names';
import { absoluteUrl, type SiteInput } from './seo';
import { SITE_CITATION_KEY, SITE_CREDIT, SITE_TITLE } from './site';

export type CslItem = CslData;

/** A CSL date: one or two dates (a range) as [year, month?, day?], or text that could not be read. */
export type CslDate = { 'date-parts': number[][] } | { literal: string };

/** A source as the citation code reads it (the bibliography's shape). */
export type CiteSource = BibSource;

/** The two reference styles each page offers, with the CSL style citation-js renders each with. */
export const citationStyles = {
  chicago: { label: 'Chicago', name: 'Chicago Manual of Style, 17th edition (bibliography entry)', csl: 'chicago-note-bibliography' },
  apa: { label: 'APA', name: 'APA, 7th edition', csl: 'apa' },
} as const;
export type CitationStyle = keyof typeof citationStyles;

/**
 * The files each citation is offered as: the extension, the folder under /cite/ (one folder per
 * format, so that static hosts can give each its content type by path), the media type and a label.
 */
export const exportFormats = {
  bib: { label: 'BibTeX', ext: '.bib', dir: 'bib', mediaType: 'application/x-bibtex', citeJs: 'bibtex' },
  ris: { label: 'RIS', ext: '.ris', dir: 'ris', mediaType: 'application/x-research-info-systems', citeJs: 'ris' },
  json: { label: 'CSL-JSON', ext: '.json', dir: 'csl', mediaType: 'application/vnd.citationstyles.csl+json', citeJs: 'data' },
} as const;
export type ExportFormat = keyof typeof exportFormats;
export const exportFormatNames = Object.keys(exportFormats) as ExportFormat[];

// BibTeX in UTF-8, as biber and modern LaTeX read it: citation-js's default ASCII-only output drops
// every character it has no LaTeX command for, so a Russian or Chinese title came out as "{\\u }  , ,".
// (The plugin's config is typed generically in @citation-js/core; this is its documented `format` block.)
(plugins.config.get('@bibtex') as unknown as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

const cslConfig = plugins.config.get('@csl');
if (!cslConfig.styles!.has(citationStyles.chicago.csl)) cslConfig.styles!.add(citationStyles.chicago.csl, chicago.content);

/** A citation file's path inside the site, without the base, e.g. "cite/bib/alliances/x.bib". */
export function citeFilePath(format: ExportFormat, name: string): string {
  const f = exportFormats[format];
  return `cite/${f.dir}/${name}${f.ext}`;
}

/** The name (without folder or extension) of each kind of citation file. */
export const citeFileNames = {
  bibliography: 'bibliography',
  page: (collection: string, id: string) => `${collection}/${id}`,
  /** The files of a page's own sources, beside the page's: "alliances/<id>-sources". */
  sources: (page: string) => `${page}-sources`,
};

/** A source's free-text date as a CSL date; a form src/lib/dates.ts cannot read stays a literal. */
export function parseSourceDate(text: string): CslDate {
  const parts = readDateText(text);
  return parts ? { 'date-parts': parts } : { literal: text.trim() };
}

/** Types whose publisher field names the periodical, encyclopedia or website the work appears in. */
const IN_CONTAINER = new Set<string>(['article-journal', 'article-newspaper', 'entry-encyclopedia', 'webpage']);

const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'its', 'of', 'on', 'the', 'to', 'with']);

function keyWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP_WORDS.has(w));
}

/** FNV-1a, 32 bits: a short, stable fingerprint of a string (not for security). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) h = Math.imul(h ^ unit, 0x01000193) >>> 0;
  return h.toString(36).padStart(7, '0').slice(-4);
}

/**
 * A source's citation key, made from the work alone, so that it is the same in every build and in
 * every file, whatever else the site cites: the first author's family name (or the publisher's first
 * words), the year, the title's first words, and a fingerprint of title, author, publisher and date
 * that tells apart works whose words begin alike (two Wikipedia pages on two Sino-Soviet treaties).
 * Lowercase letters, digits and underscores only: safe in BibTeX (citation-js refuses a key with a
 * hyphen and makes up its own).
 */
export function citationKey(s: CiteSource): string {
  const first = s.author ? parseAuthors(s.author)[0] : undefined;
  const creator = first ? keyWords('family' in first ? first.family : first.literal) : keyWords(s.publisher ?? '').slice(0, 2);
  const year = /\d{4}/.exec(s.date ?? '')?.[0];
  const id = fingerprint([s.title, s.author ?? '', s.publisher ?? '', s.date ?? ''].join('\u0000'));
  return [...creator, ...(year ? [year] : []), ...keyWords(s.title).slice(0, 3), id].join('_');
}

/** An author field as the CSL field it fills: `author`, or `editor` for "(ed.)". */
function creatorFields(text: string): Partial<Record<'author' | 'editor', CslName[]>> {
  const { role, names } = parseCreators(text);
  return { [role]: names };
}

/** One source as a CSL-JSON item: only the fields the source records. */
export function sourceItem(s: CiteSource): CslItem {
  // A source the content has not typed yet is cited as a generic document rather than guessed at.
  const type = s.type ?? 'document';
  const key = citationKey(s);
  return {
    id: key,
    'citation-key': key,
    type,
    title: s.title,
    ...(s.author ? creatorFields(s.author) : {}),
    ...(s.publisher ? (IN_CONTAINER.has(type) ? { 'container-title': s.publisher } : { publisher: s.publisher }) : {}),
    ...(s.date ? { issued: parseSourceDate(s.date) } : {}),
    ...(s.url ? { URL: s.url } : {}),
    ...(s.accessed ? { accessed: parseSourceDate(s.accessed) } : {}),
    ...(s.note ? { annote: s.note } : {}),
  };
}

/** Items with one key each; two different works that would share a key stop the build. */
function uniqueKeys(items: CslItem[], where: string): CslItem[] {
  const seen = new Map<string, CslItem>();
  for (const item of items) {
    const prior = seen.get(item.id);
    if (prior) {
      throw new Error(
        `${where}: two different works get the citation key "${item.id}": "${String(prior['title'])}" and "${String(item['title'])}". ` +
          'Keys come from the author or publisher, the year and the title: make one of these tell the works apart.',
      );
    }
    seen.set(item.id, item);
  }
  return items;
}

/** Every source the site cites, once each (merged as the About page's bibliography merges them). */
export function bibliographyItems(entries: readonly BibEntry[]): CslItem[] {
  return uniqueKeys(
    bibliography(entries).map((w) => sourceItem(w.source)),
    'bibliography',
  );
}

/** One entry's own sources, once each, with the same keys as in the whole bibliography. */
export function entrySourceItems(entry: BibEntry): CslItem[] {
  return bibliographyItems([entry]);
}

/** What a citation of one of the site's own pages needs. */
export interface PageCitationInput {
  /** The key's last part, unique on the site, e.g. the entry's id. */
  key: string;
  /** The page's title. */
  title: string;
  /** The page's absolute URL. */
  url: string;
  /** The day the page's content last changed (YYYY-MM-DD), when known. */
  modified?: string | undefined;
}

/** A page of this site as a CSL-JSON web page, with the site as its container. */
export function pageItem(page: PageCitationInput): CslItem {
  const key = `${SITE_CITATION_KEY}_${keyWords(page.key).join('_')}`;
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: page.title,
    'container-title': SITE_TITLE,
    ...(SITE_CREDIT.author ? creatorFields(SITE_CREDIT.author) : {}),
    ...(SITE_CREDIT.publisher ? { publisher: SITE_CREDIT.publisher } : {}),
    ...(page.modified ? { issued: parseSourceDate(page.modified) } : {}),
    URL: page.url,
  };
}

/** An entry as its citation needs it. */
export interface CiteEntry {
  collection: CollectionName;
  id: string;
  data: { title: string };
}

/** The citation record of an entry's own page. `modified` is the day its content last changed. */
export function entryPageItem(entry: CiteEntry, site: SiteInput, modified?: string): CslItem {
  return pageItem({ key: entry.id, title: entry.data.title, url: absoluteUrl(site, entryPath(entry)), modified });
}

/** A page of the site that offers "Cite this page": its files' name, its record, and its own sources. */
export interface CitedPage {
  /** The name of its files under /cite/<format>/ (see citeFileNames). */
  name: string;
  /** The page's citation record. */
  item: CslItem;
  /** The sources the page lists, when it lists any. */
  sources?: CslItem[] | undefined;
}

/** An entry's page as a cited page: its record (last changed on `modified`) and its sources. */
export function entryCitedPage(entry: CiteEntry & BibEntry, site: SiteInput, modified?: string): CitedPage {
  return {
    name: citeFileNames.page(entry.collection, entry.id),
    item: entryPageItem(entry, site, modified),
    sources: entrySourceItems(entry),
  };
}

/** What a claim page's citation needs: the claim, and its entry for the sources it cites. */
export interface CiteClaim {
  claim: { id: string; conclusion: string; sources: readonly string[] };
  entry: BibEntry;
}

/**
 * A claim's page as a cited page: titled by its conclusion, filed as "claims/<id>", with the
 * sources of the claim in its order (not of its whole entry), keyed as in the whole bibliography; dated
 * `modified` where given (its entry's cited date). The conclusion's closing stop is left to the
 * citation style, which puts its own punctuation after a title.
 */
export function claimCitedPage({ claim, entry }: CiteClaim, site: SiteInput, modified?: string): CitedPage {
  const own = claimSources(claim, entry.data.sources);
  return {
    name: citeFileNames.page('claims', claim.id),
    item: pageItem({ key: claim.id, title: claim.conclusion.replace(/[.。]\s*$/, ''), url: absoluteUrl(site, claimPath(claim.id)), modified }),
    sources: entrySourceItems({ ...entry, data: { ...entry.data, sources: own } }),
  };
}

/** Every citation file the site serves under /cite/: the whole bibliography, and each page's record and sources. */
export function citeFiles(entries: readonly BibEntry[], pages: readonly CitedPage[]) {
  const sets: { name: string; items: CslItem[] }[] = [
    { name: citeFileNames.bibliography, items: bibliographyItems(entries) },
    ...pages.flatMap((p) => [
      { name: p.name, items: [p.item] },
      ...(p.sources?.length ? [{ name: citeFileNames.sources(p.name), items: p.sources }] : []),
    ]),
  ];
  return sets.flatMap(({ name, items }) => exportFormatNames.map((format) => ({ path: citeFilePath(format, name), format, items })));
}

/**
 * Items written out as a BibTeX, RIS or CSL-JSON file, by citation-js. For RIS the library maps
 * the fields and this writes the lines: citation-js breaks every value after 70 characters, which
 * splits URLs and words for readers that take each line as it is (Zotero among them), and it cuts
 * the ID to 20 characters, which makes IDs of the same file collide; here each tag is one line and
 * the ID is the whole citation key.
 */
export function serialize(items: readonly CslItem[], format: ExportFormat): string {
  const cite = new Cite(items);
  if (format === 'json') return `${cite.format('data', { format: 'text' })}\n`;
  if (format === 'bib') return cite.format('bibtex', { format: 'text' });
  const records = cite.format('ris', { format: 'object' }) as unknown as Record<string, unknown>[];
  return records
    .map((record, i) => {
      const lines = [`TY  - ${String(record['TY'])}`];
      for (const [tag, value] of Object.entries({ ...record, ID: items[i]!.id })) {
        if (tag === 'TY' || tag === 'ER') continue;
        for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
      }
      return [...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n')
    .concat('\r\n');
}

/**
 * CSL's title case (Chicago's) lowercases its stop words, and "next" is one of them, for "next to";
 * standing alone it is an adjective or adverb, which Chicago capitalises: "the Next Day". citeproc-js
 * leaves a word in a `nocase` span as it is written. APA keeps a title's own (sentence) case, so only
 * Chicago's formatted reference gets the markup;
 * the record and the files made from it keep the title as written.
 */
function titleForCiteproc(item: CslItem): CslItem {
  const title = item['title'];
  if (typeof title !== 'string' || !/\bnext\b/.test(title)) return item;
  return { ...item, title: title.replace(/\bnext\b(?!\s+to\b)/g, '<span class="nocase">Next</span>') };
}

/**
 * APA writes a website's name as the site writes it ("Five alliances? Russia and China, 1654–2023"),
 * but APA's CSL style sets a web page's container title in title case ("Five Alliances? …"), which
 * renames this site in every APA citation of its pages. A `nocase` span keeps it as written; as
 * above, only the formatted reference gets the markup.
 */
function siteNameForCiteproc(item: CslItem): CslItem {
  const site = item['container-title'];
  if (item.type !== 'webpage' || typeof site !== 'string') return item;
  return { ...item, 'container-title': `<span class="nocase">${site}</span>` };
}

/**
 * One item as a reference in a style: HTML (with the URL as a link) for the page, or plain text.
 * The HTML is citeproc-js's own, which escapes the item's text.
 */
export function formatReference(item: CslItem, style: CitationStyle, format: 'html' | 'text'): string {
  const [[, entry] = ['', '']] = new Cite([style === 'chicago' ? titleForCiteproc(item) : siteNameForCiteproc(item)]).format('bibliography', {
    template: citationStyles[style].csl,
    lang: 'en-US',
    format,
    hyperlinks: format === 'html',
    asEntryArray: true,
  });
  return format === 'html' ? entry.trim().replace(/^<div[^>]*>([\s\S]*)<\/div>$/, '$1').trim() : entry.trim();
}
