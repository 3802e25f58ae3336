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
