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
   * The least size, in SVG units, of the area a pointer or a finger lands in on a mark (WCAG 2.5.8:
   * 24 CSS px), at the size's smallest scale. The phone's: 320 units shown 288 px wide on a 320 px
   * screen (0.9 px a unit), so 28 units make 25 px. The wider sizes are shown shrunk at the narrow end
   * of their ranges: the medium one's 736 units in a 36rem (576 px) column, the wide one's 1152 in
   * 56rem (896 px), about 0.78 px a unit, so 33 units make 25.7 px. Below that, their milestone dots
   * (12 units, as little as 9 px, some a few units apart) were links that failed the criterion.
   */
  target: number;
}

export const CHART_VARIANTS: readonly ChartVariant[] = [
  { key: 'wide', width: 1152, minRem: 56, maxRem: Infinity, orientation: 'horizontal', insetOrientation: 'horizontal', target: 33 },
  { key: 'medium', width: 736, minRem: 36, maxRem: 56, orientation: 'horizontal', insetOrientation: 'vertical', target: 33 },
  { key: 'narrow', width: 320, minRem: 0, maxRem: 36, orientation: 'vertical', insetOrientation: 'vertical', target: 28 },
];
