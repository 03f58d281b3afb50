/**
 * The words of the charts' figures: each drawing's accessible label and its caption sentence, with
 * the counts and spans computed from the content. Charts.astro renders them and adds nothing.
 */
import { formatPeriod, formatYear, startOf } from '../dates';
import { timelineDomain } from './scale';
import type { ChartItem } from './types';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** "five" for 5, as style guides write numbers under ten; "12" from ten up. */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}

const capitalised = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** The sentence that says how many milestones fall outside the axis's years; empty when none does. */
export function offAxisNote(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? 'One milestone outside these years appears only in the chronology.'
    : `${capitalised(numberWord(count))} milestones outside these years appear only in the chronology.`;
}

/** One figure's words: the drawing's accessible label and the caption after "Figure N.". */
export interface FigureText {
  label: string;
  caption: string;
}

export interface ChartTexts {
  overview: FigureText;
  inset: FigureText;
  durations: FigureText;
}

/** The three figures' words for these entries and the inset's first and last day (YYYY-MM-DD). */
export function chartTexts(entries: readonly ChartItem[], inset: { from: string; to: string }): ChartTexts {
  const [first, last] = timelineDomain(entries);
  const span = `${formatYear(first)} to ${formatYear(last)}`;
  // Background milestones outside the axis (e.g. raids before 1654) are not drawn; the caption says so.
  const offAxis = entries
    .flatMap((e) => e.data.milestones)
    .filter((m) => {
      const t = startOf(m.date);
      return t < first || t > last;
    }).length;
  const alliances = numberWord(entries.filter((e) => e.collection === 'alliances').length);
  const days = formatPeriod({ start: { date: inset.from, precision: 'day' }, end: { date: inset.to, precision: 'day' } });
  return {
    overview: {
      label: `Timeline, ${span}`,
      caption: [
        `The ${alliances} “alliances” the article counts, ${span}.`,
        'Numbered bands run from each one’s start to its breaking, with its milestones as dots alongside',
        '(hollow for background outside its period); circles mark this century’s events and the diamond the March 2023 meeting.',
        offAxisNote(offAxis),
        'Every shape links to its entry in the chronology below, which tells the story in full.',
      ]
        .filter(Boolean)
        .join(' '),
    },
    inset: {
      label: `Detail, ${days}`,
      caption: `${days}, day by day: on the axis above these days fall on one point.`,
    },
    durations: {
      label: 'Length of each alliance in years',
      caption:
        'How long each “alliance” held, in years from its start to its breaking, on one scale. ' +
        'A date known only to the year or month counts from its middle.',
    },
  };
}
