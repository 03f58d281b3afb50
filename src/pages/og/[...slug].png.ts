/** The preview images: /og/timeline.png for the timeline, /og/<collection>/<id>.png per entry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStorySpan, getTimeline } from '../../lib/entries';
import { formatPeriod } from '../../lib/dates';
import { cardTree, entryKicker, type CardInput } from '../../lib/og/card';
import { cardPng } from '../../lib/og/render';
import { SITE_NAME } from '../../lib/seo';

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
  return [
    { params: { slug: 'timeline' }, props: { card: timeline } },
    ...entries.map((e) => ({
      params: { slug: `${e.collection}/${e.id}` },
      props: {
        card: {
          title: e.data.title,
          dates: formatPeriod(e.data.period),
          kicker: entryKicker(e.collection === 'alliances' ? { collection: 'alliances', ordinal: e.data.ordinal } : { collection: 'events' }),
          span,
          highlight: [e.data.period],
          context: entries.filter((o) => o.id !== e.id).map((o) => o.data.period),
        } satisfies CardInput,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardInput }> = async ({ props }) => {
  const png = await cardPng(cardTree(props.card));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
