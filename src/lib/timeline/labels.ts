/**
 * Label placement that never lets two labels overlap: a greedy sweep after one sort, so it stays
 * O(n log n) for thousands of marks. Sizes are estimated from the text, since there is no DOM.
 */

/** A label to place along one axis: centred on `anchor` if it can be, `size` pixels long. */
export interface LabelRequest {
  id: string;
  anchor: number;
  size: number;
}

/** A placed label: it covers [start, end) along the axis, in row `row` (0 nearest the marks). */
export interface PlacedLabel {
  id: string;
  anchor: number;
  start: number;
  end: number;
  row: number;
}

export interface RowsOptions {
  /** The axis runs from `min` to `max`; labels are shifted inside it rather than cut off. */
  min: number;
  max: number;
  /** Clear space between two labels in the same row. */
  gap: number;
  /** Labels that find no room in this many rows are dropped (their marks keep their names). */
  maxRows: number;
}

/** Average advance of a character as a share of the font size; CJK characters are square. */
const CHAR_WIDTH = 0.56;
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A generous estimate of a line's width in pixels at `fontSize`, so estimates err towards room. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += WIDE_CHAR.test(ch) ? 1 : ch === ' ' ? 0.3 : CHAR_WIDTH;
  return units * fontSize;
}

/** Splits text at spaces into lines no wider than `maxWidth` (a single long word keeps its line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function clampStart(anchor: number, size: number, min: number, max: number): number {
  return Math.max(min, Math.min(anchor - size / 2, max - size));
}

/**
 * Places labels in rows: each label, in order of its left edge, goes in the first row where it
 * clears the previous label by `gap`. One sort plus a bounded scan of rows: O(n log n).
 */
export function placeInRows(labels: readonly LabelRequest[], opts: RowsOptions): { placed: PlacedLabel[]; dropped: string[] } {
  const wanted = labels
    .map((l) => ({ ...l, start: clampStart(l.anchor, l.size, opts.min, opts.max) }))
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const rowEnds: number[] = [];
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const l of wanted) {
    let row = rowEnds.findIndex((end) => end + opts.gap <= l.start);
    if (row === -1 && rowEnds.length < opts.maxRows) row = rowEnds.length;
    if (row === -1) {
      dropped.push(l.id);
      continue;
    }
    rowEnds[row] = l.start + l.size;
    placed.push({ id: l.id, anchor: l.anchor, start: l.start, end: l.start + l.size, row });
  }
  return { placed, dropped };
}

/**
 * Places labels in a single column: each as near its anchor as it can be, pushed along by the one
 * before it. Nothing is dropped; the column grows past `max` when it must (the caller reads `end`).
 */
export function dodge(labels: readonly LabelRequest[], opts: { min: number; max: number; gap: number }): PlacedLabel[] {
  const sorted = [...labels].sort((a, b) => a.anchor - b.anchor || a.id.localeCompare(b.id));
  const out: PlacedLabel[] = [];
  let cursor = opts.min;
  for (const l of sorted) {
    const start = Math.max(l.anchor - l.size / 2, cursor);
    out.push({ id: l.id, anchor: l.anchor, start, end: start + l.size, row: 0 });
    cursor = start + l.size + opts.gap;
  }
  // Pull labels back from the far end where the column overran `max`, then push forward once more
  // so none starts before `min`: three linear passes after the sort.
  let limit = opts.max;
  for (let i = out.length - 1; i >= 0; i--) {
    const l = out[i]!;
    const size = l.end - l.start;
    l.start = Math.min(l.start, limit - size);
    l.end = l.start + size;
    limit = l.start - opts.gap;
  }
  cursor = opts.min;
  for (const l of out) {
    const size = l.end - l.start;
    l.start = Math.max(l.start, cursor);
    l.end = l.start + size;
    cursor = l.end + opts.gap;
  }
  return out;
}
