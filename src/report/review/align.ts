/**
 * Lines up the blocks of two versions so that a paragraph sits beside its
 * translation: an edit-distance alignment over block kinds. Two blocks of
 * the same kind pair freely; two of different kinds pair at a cost, just
 * under the cost of leaving both alone, so one extra paragraph on one side
 * opens a gap instead of shifting every later row.
 */

/** One row: an index into each side's blocks, or undefined for a gap. */
export type AlignedRow = [number | undefined, number | undefined];

const GAP = 0.9;
const MISMATCH = 1;
/** Beyond this many cells, pair blocks by position instead (still linear to render). */
const MAX_CELLS = 4_000_000;

export function alignBlocks(left: readonly string[], right: readonly string[]): AlignedRow[] {
  const n = left.length;
  const m = right.length;
  if (n * m > MAX_CELLS) return byPosition(n, m);
  // cost[i][j]: the cheapest alignment of left[i..] with right[j..]. Walking it forward and
  // pairing whenever that is as cheap leaves gaps as late as possible: paragraph 1 beside paragraph 1.
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  const at = (i: number, j: number) => cost[i * width + j]!;
  const step = (i: number, j: number) => (left[i] === right[j] ? 0 : MISMATCH);
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n || j === m) cost[i * width + j] = ((n - i) + (m - j)) * GAP;
      else cost[i * width + j] = Math.min(at(i + 1, j + 1) + step(i, j), at(i + 1, j) + GAP, at(i, j + 1) + GAP);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && close(at(i, j), at(i + 1, j + 1) + step(i, j))) rows.push([i++, j++]);
    else if (i < n && close(at(i, j), at(i + 1, j) + GAP)) rows.push([i++, undefined]);
    else rows.push([undefined, j++]);
  }
  return rows;
}

function byPosition(n: number, m: number): AlignedRow[] {
  return Array.from({ length: Math.max(n, m) }, (_, k): AlignedRow => [k < n ? k : undefined, k < m ? k : undefined]);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
