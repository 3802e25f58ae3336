/**
 * The incremental cache on disk: values stored under a key that is a hash
 * of everything they were computed from, so a key that is found holds a
 * value that is still right. Each entry records its own key and a checksum
 * of its bytes; an entry that is unreadable, truncated, altered or stored
 * under another key is ignored (and later overwritten), never trusted.
 * Writes go to a temporary file that is then renamed, so concurrent runs and
 * killed runs leave whole entries or none.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface Cache {
  /** the cached value of `key` in `kind`, or undefined when there is none that can be trusted */
  get<T>(kind: string, key: string): Promise<T | undefined>;
  /** stores `value` (structured-clonable) under `key`; failures are ignored: a cache is an optimization */
  set(kind: string, key: string, value: unknown): Promise<void>;
  /** the same, done before returning (for worker threads, which may be stopped at any time after a job) */
  setSync(kind: string, key: string, value: unknown): void;
  /** whether an entry exists (not whether it can be trusted: `get` tells that) */
  has(kind: string, key: string): Promise<boolean>;
  /** removes the entries of `kind` not in `keep` (left over from older contents or versions) */
  prune(kind: string, keep: ReadonlySet<string>): Promise<void>;
  /** entries found and trusted, and looked for in vain (or untrusted), since the cache was opened */
  readonly stats: { hits: number; misses: number; writes: number };
}

const MAGIC = 'pairpress-cache/1';

interface Envelope {
  magic: string;
  key: string;
  sum: string;
  payload: Uint8Array;
}

export function openCache(dir: string): Cache {
  const stats = { hits: 0, misses: 0, writes: 0 };
  const folders = new Set<string>();
  const pathOf = (kind: string, key: string) => join(dir, kind, key.slice(0, 2), `${key}.bin`);
  return {
    stats,
    async get<T>(kind: string, key: string): Promise<T | undefined> {
      // Read in one go, synchronously: entries are small and local, and a run reads thousands of them.
      let bytes: Buffer;
      try {
        bytes = readFileSync(pathOf(kind, key));
      } catch {
        stats.misses++;
        return undefined;
      }
      const value = unpack<T>(bytes, key);
      if (value === undefined) stats.misses++;
      else stats.hits++;
      return value;
    },
    async has(kind: string, key: string): Promise<boolean> {
      return existsSync(pathOf(kind, key));
    },
    async prune(kind: string, keep: ReadonlySet<string>): Promise<void> {
      const folders = await readdir(join(dir, kind)).catch(() => [] as string[]);
      for (const folder of folders) {
        const names = await readdir(join(dir, kind, folder)).catch(() => [] as string[]);
        const stale = names.filter((name) => !keep.has(name.slice(0, name.indexOf('.'))));
        await Promise.all(stale.map((name) => rm(join(dir, kind, folder, name), { force: true }).catch(() => undefined)));
      }
    },
    setSync(kind: string, key: string, value: unknown): void {
      const path = pathOf(kind, key);
      const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(temporary, pack(key, value));
        renameSync(temporary, path);
        stats.writes++;
      } catch {
        rmSync(temporary, { force: true });
      }
    },
    async set(kind: string, key: string, value: unknown): Promise<void> {
      const path = pathOf(kind, key);
      const folder = join(dir, kind, key.slice(0, 2));
      const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        if (!folders.has(folder)) {
          await mkdir(folder, { recursive: true });
          folders.add(folder);
        }
        await writeFile(temporary, pack(key, value));
        await rename(temporary, path);
        stats.writes++;
      } catch {
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
  };
}

export function pack(key: string, value: unknown): Buffer {
  const payload = serialize(value);
  const envelope: Envelope = { magic: MAGIC, key, sum: checksum(payload), payload };
  return serialize(envelope);
}

/** The value in `bytes` if they are a whole, unaltered entry for `key`; otherwise undefined. */
export function unpack<T>(bytes: Uint8Array, key: string): T | undefined {
  try {
    const envelope = deserialize(bytes) as Partial<Envelope> | null;
    if (!envelope || envelope.magic !== MAGIC || envelope.key !== key || !(envelope.payload instanceof Uint8Array)) return undefined;
    if (checksum(envelope.payload) !== envelope.sum) return undefined;
    return deserialize(envelope.payload) as T;
  } catch {
    return undefined;
  }
}

function checksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
