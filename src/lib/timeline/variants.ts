/**
 * The three sizes the overview and the inset are drawn in (the durations chart is one drawing that
 * re-flows, DurationChart.astro), and the container widths at which each is shown. The container
 * queries in src/components/charts/charts.css must say the same (a unit test reads them).
 */
import type { Orientation } from './types';

export interface ChartVariant {
  key: 'wide' | 'medium' | 'narrow';
  /** Width of the drawing in CSS pixels: the content column at the narrow end of its range. */
  width: number;
  /** The container widths (rem) at which it is shown: from `minRem` (inclusive) to `maxRem` (exclusive). */
  minRem: number;
  maxRem: number;
  /** The overview: time across on the two wider sizes, down on the narrow one. */
  orientation: Orientation;
  /** The inset: its day columns grow too narrow for their labels below the wide size. */
  insetOrientation: Orientation;
  /**
   * The least size, in SVG units, of the area a tap on a mark lands in, where the drawing is a
   * phone's: 320 units shown 288 px wide on a 320 px screen (0.9 px a unit), so 28 units make 25 px,
   * over WCAG 2.5.8's 24. The wider sizes are shown only in columns of 36rem or more.
   */
  target?: number;
}

export const CHART_VARIANTS: readonly ChartVariant[] = [
  { key: 'wide', width: 1152, minRem: 56, maxRem: Infinity, orientation: 'horizontal', insetOrientation: 'horizontal' },
  { key: 'medium', width: 736, minRem: 36, maxRem: 56, orientation: 'horizontal', insetOrientation: 'vertical' },
  { key: 'narrow', width: 320, minRem: 0, maxRem: 36, orientation: 'vertical', insetOrientation: 'vertical', target: 28 },
];
