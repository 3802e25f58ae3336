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
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  for (let i = 0; i <= n; i++) cost[i * width] = i * GAP;
  for (let j = 0; j <= m; j++) cost[j] = j * GAP;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const pairCost = cost[(i - 1) * width + j - 1]! + (left[i - 1] === right[j - 1] ? 0 : MISMATCH);
      const leftAlone = cost[(i - 1) * width + j]! + GAP;
      const rightAlone = cost[i * width + j - 1]! + GAP;
      cost[i * width + j] = Math.min(pairCost, leftAlone, rightAlone);
    }
  }
  const rows: AlignedRow[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j]!;
    if (i > 0 && j > 0 && close(here, cost[(i - 1) * width + j - 1]! + (left[i - 1] === right[j - 1] ? 0 : MISMATCH))) {
      rows.push([--i, --j]);
    } else if (i > 0 && close(here, cost[(i - 1) * width + j]! + GAP)) {
      rows.push([--i, undefined]);
    } else {
      rows.push([undefined, --j]);
    }
  }
  return rows.reverse();
}

function byPosition(n: number, m: number): AlignedRow[] {
  return Array.from({ length: Math.max(n, m) }, (_, k): AlignedRow => [k < n ? k : undefined, k < m ? k : undefined]);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
