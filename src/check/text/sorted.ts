/**
 * Binary search over sorted lists: the first index at which `before(i)`
 * stops holding (0 … length), for lists ordered so that it holds for a
 * prefix and fails for the rest.
 */
export function firstWhereNot(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * For spans in any order: the furthest end among those that start at or
 * before a place (-Infinity where none does). Sorted by start once, with
 * the furthest end of each prefix, a question costs one binary search, so
 * asking about every place costs places × log spans, not places × spans.
 */
export function furthestEndBy(spans: ReadonlyArray<Span>): (at: number) => number {
  const sorted = isSortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  let reach = -Infinity;
  for (const span of sorted) furthest.push((reach = Math.max(reach, span.end)));
  return (at) => {
    // How many spans start at or before `at`; the furthest end among them.
    const count = firstWhereNot(sorted.length, (i) => sorted[i]!.start <= at);
    return count > 0 ? furthest[count - 1]! : -Infinity;
  };
}

function isSortedByStart(spans: ReadonlyArray<Span>): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}
