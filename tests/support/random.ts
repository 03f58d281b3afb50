/** A seeded pseudo-random sequence in [0, 1) (a linear congruential generator): every run, and every failing sweep, replays the same numbers. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
