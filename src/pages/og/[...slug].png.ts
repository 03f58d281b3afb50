/**
 * The preview images: /og/timeline.png for the timeline, /og/<collection>/<id>.png per entry and
 * /og/claims/<id>.png per claim of the article.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaims, getStorySpan, getTimeline } from '../../lib/entries';
import { formatPeriod } from '../../lib/dates';
import { cardTree, claimCardTree, entryKicker, type CardInput, type ClaimCardInput } from '../../lib/og/card';
import { cardPng } from '../../lib/og/render';
import { claimCardSlug, entryCardSlug, TIMELINE_CARD } from '../../lib/og/paths';
import { SITE_NAME } from '../../lib/seo';

type Card = { kind: 'entry'; card: CardInput } | { kind: 'claim'; card: ClaimCardInput };

export const getStaticPaths = (async () => {
  const entries = await getTimeline();
  const span = await getStorySpan();
  const alliances = entries.filter((e) => e.collection === 'alliances').map((e) => e.data.period);
  const events = entries.filter((e) => e.collection === 'events').map((e) => e.data.period);
  const timeline: CardInput = {
    title: SITE_NAME,
    dates: `${entries.length} entries, each claim checked against the record`,
    kicker: 'An annotated timeline',
    span,
    highlight: alliances,
    context: events,
  };
  const others = (id: string) => entries.filter((o) => o.id !== id).map((o) => o.data.period);
  return [
    { params: { slug: TIMELINE_CARD }, props: { kind: 'entry', card: timeline } satisfies Card },
    ...entries.map((e) => ({
      params: { slug: entryCardSlug(e) },
      props: {
        kind: 'entry',
        card: {
          title: e.data.title,
          dates: formatPeriod(e.data.period),
          kicker: entryKicker(e.collection === 'alliances' ? { collection: 'alliances', ordinal: e.data.ordinal } : { collection: 'events' }),
          span,
          highlight: [e.data.period],
          context: others(e.id),
        },
      } satisfies Card,
    })),
    ...(await getClaims()).map(({ claim, entry }) => ({
      params: { slug: claimCardSlug(claim.id) },
      props: {
        kind: 'claim',
        card: {
          quote: claim.quote,
          verdict: claim.verdict,
          conclusion: claim.conclusion,
          entry: entry.data.shortTitle,
          dates: formatPeriod(entry.data.period),
          span,
          highlight: [entry.data.period],
          context: others(entry.id),
        },
      } satisfies Card,
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Card> = async ({ props }) => {
  const png = await cardPng(props.kind === 'claim' ? claimCardTree(props.card) : cardTree(props.card));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
