/**
 * The machine-readable exports of the timeline: the site's own model (/timeline.json) and the
 * TimelineJS JSON format, so newsroom tools can embed the same chronology. Pure transforms.
 */
import type { AllianceData, EventData } from '../schemas/entry';
import { dateForms, formatDate, formatPeriod, type HistDate } from './dates';
import { entryPath } from './chronology';
import { anchoredCorrections, lastChanged } from './corrections';
import { claimPath } from './claims';
import { ARTICLE } from './site';
import { textFragmentUrl } from './text-fragment';
import { absoluteUrl, SITE_NAME, type SiteInput } from './seo';
import { claimAnchor, sourceAnchor } from './anchors';

/** What the exports read of an entry (a TimelineEntry fits). */
export type ExportEntry =
  | { collection: 'alliances'; id: string; data: AllianceData }
  | { collection: 'events'; id: string; data: EventData };

export const TIMELINE_JSON_VERSION = 1;

const INTRO =
  'A March 2023 article counted five alliances between Russia and China since 1654, said Russia broke every one, ' +
  "and saw a sixth in Xi Jinping's visit to Moscow. This timeline sets each of its claims against the record.";

/** A date as data, with its Qing reign-year form (`chinese`, zh-Hans) where it has one. */
export function exportDate(d: HistDate): HistDate & { chinese?: string } {
  const chinese = dateForms(d).find((f) => f.calendar === 'chinese');
  return { ...d, ...(chinese ? { chinese: chinese.text } : {}) };
}

/** /timeline.json: every entry with its URLs, dates, milestones, claims and sources. */
export function timelineJson(entries: readonly ExportEntry[], site: SiteInput) {
  const home = absoluteUrl(site, '');
  const anchor = (id: string) => `${home}#${id}`;
  return {
    version: TIMELINE_JSON_VERSION,
    title: SITE_NAME,
    description: INTRO,
    url: home,
    entries: entries.map((e) => {
      const d = e.data;
      return {
        id: e.id,
        collection: e.collection,
        url: absoluteUrl(site, entryPath(e)),
        timelineUrl: anchor(e.id),
        title: d.title,
        shortTitle: d.shortTitle,
        summary: d.summary,
        ...(e.collection === 'alliances' ? { ordinal: e.data.ordinal, brokenBy: e.data.brokenBy } : { kind: e.data.kind }),
        period: { start: exportDate(d.period.start), end: exportDate(d.period.end), text: formatPeriod(d.period) },
        parties: d.parties,
        signatories: d.signatories,
        ...(d.treaty ? { treaty: d.treaty } : {}),
        milestones: d.milestones.map((m) => ({ ...m, date: exportDate(m.date), text: formatDate(m.date), url: anchor(m.id) })),
        claims: d.claims.map((c) => ({
          ...c,
          url: absoluteUrl(site, claimPath(c.id)),
          timelineUrl: anchor(claimAnchor(c.id)),
          articleUrl: textFragmentUrl(ARTICLE.url, c.quote),
        })),
        sources: d.sources.map((s) => ({ ...s, anchor: anchor(sourceAnchor(s.id)) })),
        corrections: anchoredCorrections(e.id, d.corrections).map(({ anchor: id, ...c }) => ({ ...c, url: `${absoluteUrl(site, entryPath(e))}#${id}` })),
        ...(lastChanged(d) ? { dateModified: lastChanged(d) } : {}),
      };
    }),
  };
}

export type TimelineJson = ReturnType<typeof timelineJson>;

/** A TimelineJS date: numbers as far as the precision goes, and the date as readers see it. */
export interface TlDate {
  year: number;
  month?: number;
  day?: number;
  display_date: string;
}

export function timelineJsDate(d: HistDate): TlDate {
  const [year, month, day] = d.date.split('-').map(Number) as [number, number?, number?];
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}), display_date: formatDate(d) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** TimelineJS inserts `text` as HTML, so every value from the content is escaped first. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The TimelineJS JSON format: a title slide, one event per entry, grouped alliances / events. */
export function timelineJs(entries: readonly ExportEntry[], site: SiteInput) {
  const home = absoluteUrl(site, '');
  return {
    title: {
      text: {
        headline: escapeHtml(SITE_NAME),
        text: `<p>${escapeHtml(INTRO)}</p><p><a href="${escapeHtml(home)}">${escapeHtml(home)}</a></p>`,
      },
    },
    events: entries.map((e) => {
      const d = e.data;
      const page = absoluteUrl(site, entryPath(e));
      const milestones = d.milestones.length
        ? `<ul>${d.milestones.map((m) => `<li>${escapeHtml(formatDate(m.date))}: ${escapeHtml(m.label)}</li>`).join('')}</ul>`
        : '';
      const sameDay = d.period.start.date === d.period.end.date;
      return {
        unique_id: e.id,
        group: e.collection === 'alliances' ? 'Alliances' : 'Events',
        start_date: timelineJsDate(d.period.start),
        ...(sameDay ? {} : { end_date: timelineJsDate(d.period.end) }),
        display_date: formatPeriod(d.period),
        text: {
          headline: escapeHtml(d.title),
          text: `<p>${escapeHtml(d.summary)}</p>${milestones}<p><a href="${escapeHtml(page)}">Read the entry, its claims and sources</a></p>`,
        },
      };
    }),
  };
}

export type TimelineJs = ReturnType<typeof timelineJs>;
