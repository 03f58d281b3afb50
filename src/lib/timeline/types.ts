/** The little of an entry that the charts need, so layouts can be tested without Astro. */
import type { CollectionName } from '../chronology';
import type { HistDate } from '../dates';

/** A dated milestone inside an entry; its anchor on the page is `#<id>`. */
export interface ChartMilestone {
  id: string;
  date: HistDate;
  label: string;
  /** Set when the milestone is background falling outside its entry's period. */
  outsidePeriod?: string | undefined;
}

/** An alliance or an event, as the charts read it. Astro's collection entries satisfy this shape. */
export interface ChartItem {
  id: string;
  collection: CollectionName;
  data: {
    title: string;
    shortTitle: string;
    period: { start: HistDate; end: HistDate };
    milestones: ChartMilestone[];
    /** Alliances only: the article's count, 1 to 5. */
    ordinal?: number;
    /** Events only. */
    kind?: 'meeting' | 'context';
  };
}

/** Which way time runs: left to right on wide screens, top to bottom on narrow ones. */
export type Orientation = 'horizontal' | 'vertical';
