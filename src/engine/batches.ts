/**
 * How the groups of a run are dealt out as jobs. A job runs its groups
 * stage by stage (`runGroups`), which pays off over several groups; but a
 * job holds all its articles' trees at once, and a thread that gets one
 * last large job while the other waits wastes a core. So a batch is a few
 * groups, fewer on a small site, and its files stay under a byte budget.
 */
import { chunksOf } from '../chunks.js';

/** The most groups in a job. */
const MOST_GROUPS = 16;
/** The bytes of article files a job takes before it is closed (a larger group goes alone). */
const BYTE_BUDGET = 256 * 1024;
/** Each thread gets at least this many jobs, so that the threads finish close together. */
const JOBS_PER_THREAD = 4;

/** Splits `items` into batches, in order; `bytesOf` is the size of an item's files. */
export function batchesOf<T>(items: readonly T[], threads: number, bytesOf: (item: T) => number): T[][] {
  const most = Math.max(1, Math.min(MOST_GROUPS, Math.ceil(items.length / (threads * JOBS_PER_THREAD))));
  return chunksOf(items, most, BYTE_BUDGET, bytesOf);
}
