/**
 * The stored checks of a site's last run, all in one cache entry: a run
 * with little to redo reads one file instead of one per group of articles
 * (thousands of reads and authentications). Each check stays serialized
 * until asked for, so an entry kept from the last run is written back as
 * the bytes it was read as. The per-group entries the jobs write remain:
 * they are what a run that was stopped before its end leaves behind.
 */
import { deserialize, serialize } from 'node:v8';
import type { Cache } from './cache.js';
import type { StoredCheck } from './stored.js';

interface StoredIndex {
  checks: Array<[string, Uint8Array]>;
  /** keys of the pages stored with those checks */
  pages: string[];
}

export class CheckIndex {
  private readonly next = new Map<string, Uint8Array>();
  private readonly nextPages = new Set<string>();
  private changed = false;

  private constructor(
    readonly key: string,
    private readonly before: ReadonlyMap<string, Uint8Array>,
    private readonly pagesBefore: ReadonlySet<string>,
  ) {}

  static async open(cache: Cache | undefined, key: string): Promise<CheckIndex> {
    const stored = await cache?.get<StoredIndex>('groups', key);
    return new CheckIndex(key, new Map(stored?.checks ?? []), new Set(stored?.pages ?? []));
  }

  /** The check stored under `check` by the last run, kept for the next one as it is. */
  take(check: string): StoredCheck | undefined {
    const bytes = this.before.get(check);
    if (!bytes) return undefined;
    try {
      const stored = deserialize(bytes) as StoredCheck;
      this.next.set(check, bytes);
      return stored;
    } catch {
      return undefined;
    }
  }

  /** Records a check for the next run; serialized now, before the caller changes anything in it. */
  put(check: string, stored: StoredCheck): void {
    this.next.set(check, serialize(stored));
    this.changed = true;
  }

  /** Whether the last run stored pages under `key`. */
  hasPages(key: string): boolean {
    return this.pagesBefore.has(key);
  }

  notePages(key: string): void {
    this.nextPages.add(key);
  }

  /**
   * The checks the last run's index held that this run's does not (their
   * articles changed or went), or undefined when there was no index to
   * compare with: then anything may be left over, and only a full look
   * finds it.
   */
  replaced(): string[] | undefined {
    if (this.before.size === 0) return undefined;
    return [...this.before.keys()].filter((check) => !this.next.has(check));
  }

  /**
   * What to store for the next run, or undefined when the last run's index
   * says it all. A run that renders no pages (`check`) keeps the last
   * run's list of pages.
   */
  toStore(pages: boolean): StoredIndex | undefined {
    const pageKeys = pages ? this.nextPages : this.pagesBefore;
    const same = !this.changed && this.next.size === this.before.size && (!pages || sameSet(this.nextPages, this.pagesBefore));
    return same ? undefined : { checks: [...this.next], pages: [...pageKeys] };
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
