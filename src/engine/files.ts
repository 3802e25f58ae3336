/**
 * The article files of a run, read as little as possible. Like git's index,
 * the cache keeps each file's identity on disk (inode, size, modification
 * and change times) with the hash of its bytes; a file whose identity has
 * not changed since is not read again until something needs its bytes (a
 * job, a finding to place). A file changed in the two seconds before it
 * was recorded is not trusted — a file system with coarse timestamps could
 * hide a second change in the same tick — and is simply read again.
 * Everything else is read as the loader reads it (safe-read.ts).
 */
import { lstatSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { readRegularFileSync } from '../load/safe-read.js';
import type { Cache } from './cache.js';
import { hashBytes, hashParts } from './fingerprint.js';

export interface ArticleFile {
  /** root-relative, with `/` */
  path: string;
  /** hash of the bytes */
  hash: string;
  /** the translation key, when the bytes alone told it */
  key?: string;
  /** the bytes (read now if they were not read yet, and checked against the hash) */
  bytes(): Uint8Array;
  /** lets the bytes go: a large site's articles are not all held at once; asked for again, they are read again */
  release(): void;
}

interface Known {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  hash: string;
  key?: string;
  /** when the entry was recorded, ms since epoch */
  at: number;
}

type Index = Record<string, Known>;

/** How long before its recording a change makes an entry untrusted. */
const RACY_MS = 2000;

export class ArticleFiles {
  private known: Index = {};
  private next: Index = {};
  private changed = false;
  /** the cache key of the index of this site and version */
  readonly indexKey: string;

  constructor(
    private readonly root: string,
    private readonly cache: Cache | undefined,
    version: string,
  ) {
    this.indexKey = hashParts(['files', version, resolve(root)]);
  }

  /** Each path's file, or why it cannot be read (a sentence for a finding). */
  async read(paths: readonly string[], maxBytes: number, onProgress?: (done: number, total: number) => void): Promise<Map<string, ArticleFile | string>> {
    this.known = (await this.cache?.get<Index>('files', this.indexKey)) ?? {};
    const found = new Map<string, ArticleFile | string>();
    const toRead: Array<{ path: string; info: Stats | undefined }> = [];
    let done = 0;
    for (const path of paths) {
      const info = statOf(join(this.root, path));
      const known = this.known[path];
      if (info?.isFile() && info.size <= maxBytes && known && sameFile(info, known) && info.mtimeMs < known.at - RACY_MS) {
        this.next[path] = known;
        found.set(path, this.lazyFile(path, known));
        onProgress?.(++done, paths.length);
      } else toRead.push({ path, info });
    }
    // Synchronously: for thousands of small local files several times faster than through promises, and the workers wait for them.
    for (const { path, info } of toRead) {
      const read = readRegularFileSync(join(this.root, path), maxBytes, 'limits.maxArticleBytes');
      if (read.ok) {
        const hash = hashBytes(read.bytes);
        found.set(path, this.heldFile(path, hash, read.bytes));
        if (info?.isFile()) this.next[path] = { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, hash, at: Date.now() };
      } else found.set(path, read.message);
      onProgress?.(++done, paths.length);
    }
    this.changed = toRead.length > 0 || Object.keys(this.known).length !== Object.keys(this.next).length;
    return found;
  }

  /** Remembers the key the bytes of a file gave, for the runs that will not read them. */
  rememberKey(path: string, key: string): void {
    const entry = this.next[path];
    if (entry && entry.key !== key) {
      this.next[path] = { ...entry, key };
      this.changed = true;
    }
  }

  /** Stores the index if it changed; true when it did. */
  async save(): Promise<boolean> {
    if (!this.changed) return false;
    await this.cache?.set('files', this.indexKey, this.next);
    return true;
  }

  private lazyFile(path: string, known: Known): ArticleFile {
    const file = this.heldFile(path, known.hash, undefined);
    return known.key === undefined ? file : { ...file, key: known.key };
  }

  private heldFile(path: string, hash: string, bytes: Uint8Array | undefined): ArticleFile {
    let held = bytes;
    return {
      path,
      hash,
      bytes: () => (held ??= this.readNow(path, hash)),
      release: () => {
        held = undefined;
      },
    };
  }

  private readNow(path: string, hash: string): Uint8Array {
    const read = readRegularFileSync(join(this.root, path), Number.POSITIVE_INFINITY);
    if (read.ok && hashBytes(read.bytes) === hash) return read.bytes;
    throw new UserError(`${path} changed while pairpress was reading the site; run the command again`);
  }
}

/** The entry at `path` itself (a link is not followed), or undefined when there is none or it cannot be read. */
export function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function sameFile(info: Stats, known: Known): boolean {
  return info.ino === known.ino && info.size === known.size && info.mtimeMs === known.mtimeMs && info.ctimeMs === known.ctimeMs;
}
