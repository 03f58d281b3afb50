import { describe, expect, it } from 'vitest';
import { chartTexts, numberWord, offAxisNote, timelineDomain } from '../../src/lib/timeline';
import { startOf } from '../../src/lib/dates';
import { all } from '../fixtures/timeline/entries';

describe('numberWord', () => {
  it.each([
    [0, 'no'],
    [1, 'one'],
    [5, 'five'],
    [9, 'nine'],
    [10, '10'],
    [12, '12'],
  ])('writes %i as "%s"', (n, word) => expect(numberWord(n)).toBe(word));
});

describe('offAxisNote', () => {
  it.each([
    [0, ''],
    [1, 'One milestone outside these years appears only in the chronology.'],
    [3, 'Three milestones outside these years appear only in the chronology.'],
    [11, '11 milestones outside these years appear only in the chronology.'],
  ])('for %i milestones says "%s"', (n, text) => expect(offAxisNote(n)).toBe(text));
});

describe('chartTexts', () => {
  const texts = chartTexts(all, { from: '2023-03-17', to: '2023-03-22' });

  it('counts the alliances in words and spans the axis from its content', () => {
    expect(texts.overview.caption).toMatch(/^The five “alliances” the article counts, 1654 to 2023\. /);
    expect(texts.overview.label).toBe('Timeline, 1654 to 2023');
  });

  it('says how many milestones fall outside the axis, as many as the content has', () => {
    const [first] = timelineDomain(all);
    const before = all.flatMap((e) => e.data.milestones).filter((m) => startOf(m.date) < first!).length;
    expect(before).toBeGreaterThan(0);
    expect(texts.overview.caption).toContain(offAxisNote(before));
  });

  // One caption serves the drawing across (wide screens, print) and the drawing down (phones), where
  // the milestones' dots sit beside their band, not beneath it: it names no side of the band.
  it('places the milestones in words true of both orientations', () => {
    const where = texts.overview.caption.match(/milestones as dots[^(;.]*/)?.[0];
    expect(where).toBeDefined();
    expect(where).not.toMatch(/\b(beneath|below|under|above|left|right)\b/);
  });

  it('leaves no empty sentence when every milestone is on the axis', () => {
    const [first] = timelineDomain(all);
    const onAxis = all.map((e) => ({ ...e, data: { ...e.data, milestones: e.data.milestones.filter((m) => startOf(m.date) >= first!) } }));
    const caption = chartTexts(onAxis, { from: '2023-03-17', to: '2023-03-22' }).overview.caption;
    expect(caption).not.toMatch(/outside these years|\s{2}/);
  });

  it('names the inset by its days, in the label and the caption', () => {
    expect(texts.inset.label).toBe('Detail, 17–22 March 2023');
    expect(texts.inset.caption).toMatch(/^17–22 March 2023, day by day/);
  });
});
