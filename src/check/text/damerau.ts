/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: the
 * fewest insertions, deletions, substitutions and swaps of two adjacent
 * characters that turn one string into the other, no substring edited
 * twice (so "ca" → "abc" is 3, not 2). Near misses of names are one or two
 * typing slips, where the two forms agree.
 */

/**
 * The distance between `a` and `b`, or `limit + 1` as soon as it is known
 * to exceed `limit`. Compares UTF-16 code units, case-sensitively.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  // Three rows: two back (for swaps), previous, current; reused from call to call (see `rows`).
  let [before, previous, current] = rows(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]!;
  return distance > limit ? limit + 1 : distance;
}

let shared: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Three rows of at least `width` cells. The near-miss search measures
 * thousands of short pairs: new rows for each would cost more than the
 * measuring. Every cell is written before it is read (the first row below).
 */
function rows(width: number): [Int32Array, Int32Array, Int32Array] {
  if (shared[0].length < width) {
    const size = Math.max(width, 2 * shared[0].length);
    shared = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  return [shared[0], shared[1], shared[2]];
}
