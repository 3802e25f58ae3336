/**
 * A full garbage collection on demand, for the main thread of a build.
 * Rendering a large site's own pages, feeds and sitemap leaves tens of
 * megabytes of garbage each (the index pages' trees, the sitemap's
 * document), and the main thread's heap, sized by V8 for gigabytes, keeps it
 * until long after: on 4,000 articles, the build's peak memory. V8 gives no
 * collection call without `--expose-gc`; the flag may be set at run time and
 * the function taken from a new context, as test runners do to report heap
 * use.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** Below this, a collection is not worth its time: a rebuild that rendered only the feeds, a small site. */
const WORTH_COLLECTING = 64 * 1024 * 1024;

/** Collects the garbage of this thread's heap now if the heap has grown large; does nothing where the runtime does not allow it. */
export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < WORTH_COLLECTING) return;
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const exposed: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof exposed === 'function' ? (exposed as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
