/**
 * The benchmark's arithmetic, kept pure so the unit tests can hold it: medians of repeated runs, units,
 * and the check of one measured figure against its budget, which says by how much a budget is missed.
 */

/** The middle value (the mean of the two middle values for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How a figure is written, as a measurement and as a difference. */
export type Unit = (n: number) => string;

export const kb: Unit = (n) => `${(n / 1024).toFixed(1)} KB`;
export const ms: Unit = (n) => `${n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString('en-US')} ms`;
export const count: Unit = (n) => String(Math.round(n));
export const times: Unit = (n) => `${n.toFixed(2)}×`;
export const points: Unit = (n) => `${Math.round(n)} point${Math.round(n) === 1 ? '' : 's'}`;
export const score: Unit = (n) => String(Math.round(n));

/** One budget: a figure must stay at most (or, for scores, at least) its limit. */
export interface Budget {
  what: string;
  /** undefined when the figure could not be measured in this run. */
  value: number | undefined;
  limit: number;
  /** 'max': value ≤ limit (bytes, times, ratios); 'min': value ≥ limit (Lighthouse scores). */
  direction?: 'max' | 'min';
  /** How the value and the limit are written. */
  unit: Unit;
  /** How the shortfall is written, when it needs other words than the value (points for scores). */
  diffUnit?: Unit;
}

/** A budget checked: the row of the summary table, and whether it counts as broken. */
export interface Verdict {
  what: string;
  measured: string;
  limit: string;
  /** "met", "missed by 12 ms", or "not measured". */
  result: string;
  ok: boolean | undefined;
}

/**
 * Checks one budget. A figure on the wrong side of its limit is missed by the difference, written in
 * the budget's unit ("missed by 12 ms", "missed by 0.07×", "missed by 3 points"); a figure that could
 * not be measured is neither met nor missed.
 */
export function checkBudget(b: Budget): Verdict {
  const direction = b.direction ?? 'max';
  const limit = `${direction === 'max' ? '≤' : '≥'} ${b.unit(b.limit)}`;
  if (b.value === undefined || Number.isNaN(b.value)) {
    return { what: b.what, measured: 'not measured', limit, result: 'not measured', ok: undefined };
  }
  const over = direction === 'max' ? b.value - b.limit : b.limit - b.value;
  const ok = over <= 0;
  const measured = Number.isFinite(b.value) ? b.unit(b.value) : 'failed';
  const result = ok ? 'met' : Number.isFinite(over) ? `missed by ${(b.diffUnit ?? b.unit)(over)}` : 'missed';
  return { what: b.what, measured, limit, result, ok };
}

/** a ÷ b, or undefined when b is not a positive figure (nothing to divide by). */
export function ratioOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !(b > 0) || Number.isNaN(a)) return undefined;
  return a / b;
}

/**
 * How much slower (above 1) or faster (below 1) this machine ran TimelineJS than the machine a budget was
 * set on, and an absolute time budget scaled by the same factor: the same page's work, measured here.
 * TimelineJS is the yardstick because its code does not change between runs. undefined when either
 * TimelineJS figure is missing.
 */
export function machineScale(timelineJsHere: number | undefined, timelineJsThen: number, limitThen: number): { factor: number; limit: number } | undefined {
  const factor = ratioOf(timelineJsHere, timelineJsThen);
  return factor === undefined || !Number.isFinite(factor) ? undefined : { factor, limit: limitThen * factor };
}
