/** The words the charts' captions compute from the content: counts in words, and what is left out. */

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
