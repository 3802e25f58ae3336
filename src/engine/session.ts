/**
 * One run's use of the cache: the entries it reads and writes, written in
 * the background and waited for at the end, and the pruning of entries no
 * run will ask for again (older contents, older versions of pairpress).
 */
import pLimit from 'p-limit';
import type { Remember } from '../load/index.js';
import type { Cache } from './cache.js';
import { hashParts } from './fingerprint.js';

export class CacheSession {
  /** the entries of each kind this run uses: the others are left over from earlier contents */
  private readonly used = new Map<string, Set<string>>();
  private readonly pending: Array<Promise<void>> = [];
  private readonly writes = pLimit(8);
  /** whether this run stored anything (else there is nothing to prune) */
  wrote = false;

  constructor(
    readonly cache: Cache | undefined,
    private readonly version: Promise<string>,
  ) {}

  use(kind: string, key: string): void {
    let keys = this.used.get(kind);
    if (!keys) this.used.set(kind, (keys = new Set()));
    keys.add(key);
  }

  store(kind: string, key: string, value: unknown): void {
    this.use(kind, key);
    this.wrote = true;
    const cache = this.cache;
    if (cache) this.pending.push(this.writes(() => cache.set(kind, key, value)));
  }

  /** For `loadSite`: what is worked out from a site file's text, kept between runs. */
  readonly remember: Remember = async <T>(kind: string, text: string, compute: () => T): Promise<T> => {
    if (!this.cache) return compute();
    const key = hashParts([kind, await this.version, text]);
    this.use(kind, key);
    const kept = await this.cache.get<T>(kind, key);
    if (kept !== undefined) return kept;
    const value = compute();
    this.store(kind, key, value);
    return value;
  };

  /**
   * Waits for the writes, then (when this run stored new entries and
   * `prune`) removes the entries it did not use. Of the kinds in `replaced`,
   * only the entries listed there go: those kinds hold an entry per group of
   * articles, and listing thousands of them after every small change costs
   * more than the rebuild saves.
   */
  async close(prune: boolean, replaced?: ReadonlyMap<string, readonly string[]>): Promise<void> {
    await Promise.all(this.pending);
    if (!this.cache || !this.wrote || !prune) return;
    for (const [kind, keys] of this.used) {
      const gone = replaced?.get(kind);
      if (gone) await this.cache.remove(kind, gone.filter((key) => !keys.has(key)));
      else await this.cache.prune(kind, keys);
    }
  }
}
