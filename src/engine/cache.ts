/**
 * The incremental cache on disk: values stored under a key that is a hash
 * of everything they were computed from, so a key that is found holds a
 * value that is still right.
 *
 * The cache lives outside the site, in the user's cache folder (see
 * `defaultCacheRoot`), one folder per site. Every entry carries an
 * HMAC-SHA256 of its kind, key and bytes under a random secret kept in the
 * cache root (mode 0600), so an entry that anyone could compute from public
 * inputs — a cache folder committed to a site, a poisoned CI cache — is
 * never trusted: an entry that is unreadable, truncated, altered, stored
 * under another key or not authenticated is ignored (and later
 * overwritten). Writes go to a temporary file that is then renamed, so
 * concurrent runs and killed runs leave whole entries or none.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface Cache {
  /** the cached value of `key` in `kind`, or undefined when there is none that can be trusted */
  get<T>(kind: string, key: string): Promise<T | undefined>;
  /** stores `value` (structured-clonable) under `key`; failures are ignored: a cache is an optimization */
  set(kind: string, key: string, value: unknown): Promise<void>;
  /** the same, done before returning (for worker threads, which may be stopped at any time after a job); true when it was stored */
  setSync(kind: string, key: string, value: unknown): boolean;
  /** whether an entry exists (not whether it can be trusted: `get` tells that) */
  has(kind: string, key: string): Promise<boolean>;
  /** removes the entries of `kind` not in `keep` (left over from older contents or versions) */
  prune(kind: string, keep: ReadonlySet<string>): Promise<void>;
  /** removes these entries of `kind`, if they are there */
  remove(kind: string, keys: readonly string[]): Promise<void>;
  /** entries found and trusted, and looked for in vain (or untrusted), since the cache was opened */
  readonly stats: { hits: number; misses: number; writes: number };
}

const MAGIC = 'pairpress-cache/2';
/** The file in the cache root that holds the secret entries are authenticated with. */
const SECRET = 'secret';
const SECRET_BYTES = 32;

interface Envelope {
  magic: string;
  kind: string;
  key: string;
  mac: Uint8Array;
  payload: Uint8Array;
}

/**
 * The cache root, as Hugo finds its own: $PAIRPRESS_CACHE_DIR, else
 * $XDG_CACHE_HOME/pairpress, else ~/.cache/pairpress, else
 * pairpress-<uid> in the temporary folder.
 */
export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAIRPRESS_CACHE_DIR) return resolve(env.PAIRPRESS_CACHE_DIR);
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'pairpress');
  let home = '';
  try {
    home = homedir();
  } catch {
    // no home folder (a user without a passwd entry)
  }
  return home ? join(home, '.cache', 'pairpress') : join(tmpdir(), `pairpress-${process.getuid?.() ?? 'user'}`);
}

/** The folder of a site's entries in a cache root (not created): named by a hash of the site's real path, so two sites never share entries. */
export function siteCacheFolder(root: string, cacheRoot: string = defaultCacheRoot()): string {
  let real: string;
  try {
    real = realpathSync.native(root);
  } catch {
    real = resolve(root);
  }
  return join(resolve(cacheRoot), createHash('sha256').update(real).digest('hex'));
}

/**
 * Makes a site's cache folder ready: the cache root and the site's folder
 * created (mode 0700) and this user's, the site's folder a real folder (not
 * a link someone planted), the secret in place. Undefined when any of it
 * cannot be done: the run goes without the cache.
 */
export function prepareSiteCache(root: string, cacheRoot: string = defaultCacheRoot()): string | undefined {
  try {
    const base = resolve(cacheRoot);
    makeFoldersSync(base);
    // The root may be a link the user made (stat follows it), but must be a folder of this user's.
    if (!ownFolder(statSync(base))) return undefined;
    const folder = siteCacheFolder(root, base);
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!ownFolder(lstatSync(folder))) return undefined;
    accessSync(folder, constants.W_OK);
    return ensureSecret(base) ? folder : undefined;
  } catch {
    return undefined;
  }
}

/** Opens the cache folder of a site, made ready by `prepareSiteCache`; its entries are authenticated with the secret of the cache root above it. */
export function openCache(dir: string): Cache {
  const stats = { hits: 0, misses: 0, writes: 0 };
  const folders = new Set<string>();
  const pathOf = (kind: string, key: string) => join(dir, kind, key.slice(0, 2), `${key}.bin`);
  // Read when first needed: worker threads open the cache for every job and may never store anything.
  let secret: Buffer | null | undefined;
  const secretOf = () => (secret === undefined ? (secret = readSecret(dirname(dir)) ?? null) : secret);
  return {
    stats,
    async get<T>(kind: string, key: string): Promise<T | undefined> {
      // Read in one go, synchronously: entries are small and local, and a run reads thousands of them.
      let bytes: Buffer;
      const mac = secretOf();
      try {
        if (!mac) throw new Error('no secret');
        bytes = readFileSync(pathOf(kind, key));
      } catch {
        stats.misses++;
        return undefined;
      }
      const value = unpack<T>(mac, bytes, kind, key);
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
    async remove(kind: string, keys: readonly string[]): Promise<void> {
      await Promise.all(keys.map((key) => rm(pathOf(kind, key), { force: true }).catch(() => undefined)));
    },
    setSync(kind: string, key: string, value: unknown): boolean {
      const mac = secretOf();
      if (!mac) return false;
      const path = pathOf(kind, key);
      const temporary = temporaryPath(path);
      const folder = dirname(path);
      try {
        if (!folders.has(folder)) {
          mkdirSync(folder, { recursive: true, mode: 0o700 });
          folders.add(folder);
        }
        writeFileSync(temporary, pack(mac, kind, key, value), { mode: 0o600 });
        renameSync(temporary, path);
        stats.writes++;
        return true;
      } catch {
        rmSync(temporary, { force: true });
        return false;
      }
    },
    async set(kind: string, key: string, value: unknown): Promise<void> {
      const mac = secretOf();
      if (!mac) return;
      const path = pathOf(kind, key);
      const folder = dirname(path);
      const temporary = temporaryPath(path);
      try {
        if (!folders.has(folder)) {
          await mkdir(folder, { recursive: true, mode: 0o700 });
          folders.add(folder);
        }
        await writeFile(temporary, pack(mac, kind, key, value), { mode: 0o600 });
        await rename(temporary, path);
        stats.writes++;
      } catch {
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
  };
}

/** Names no other writer uses at the same time: random for each thread, then counted (a random name each time costs more than the write). */
const temporaries = { prefix: '', count: 0 };
function temporaryPath(path: string): string {
  temporaries.prefix ||= `${process.pid}-${randomBytes(6).toString('hex')}`;
  return `${path}.${temporaries.prefix}-${(temporaries.count++).toString(36)}.tmp`;
}

function pack(secret: Buffer, kind: string, key: string, value: unknown): Buffer {
  const payload = serialize(value);
  const envelope: Envelope = { magic: MAGIC, kind, key, mac: macOf(secret, kind, key, payload), payload };
  return serialize(envelope);
}

/** The value in `bytes` if they are a whole, unaltered entry for `key` of `kind`, made with `secret`; otherwise undefined. */
function unpack<T>(secret: Buffer, bytes: Uint8Array, kind: string, key: string): T | undefined {
  try {
    const envelope = deserialize(bytes) as Partial<Envelope> | null;
    if (!envelope || envelope.magic !== MAGIC || envelope.kind !== kind || envelope.key !== key) return undefined;
    if (!(envelope.payload instanceof Uint8Array) || !(envelope.mac instanceof Uint8Array)) return undefined;
    const expected = macOf(secret, kind, key, envelope.payload);
    if (envelope.mac.byteLength !== expected.byteLength || !timingSafeEqual(envelope.mac, expected)) return undefined;
    return deserialize(envelope.payload) as T;
  } catch {
    return undefined;
  }
}

function macOf(secret: Buffer, kind: string, key: string, payload: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${MAGIC}\u0000${kind}\u0000${key}\u0000`).update(payload).digest();
}

/** mkdir -p (mode 0700), one level at a time: a recursive mkdir can spin for ever where every create answers ENOENT (/proc). */
function makeFoldersSync(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing) mkdirSync(at, { mode: 0o700 });
}

function ownFolder(info: Stats): boolean {
  return info.isDirectory() && ownedHere(info);
}

function ownedHere(info: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || info.uid === uid;
}

/** The secret of a cache root: a regular file of this user's, not a link, of the right size; undefined otherwise. */
function readSecret(base: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(base, SECRET), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile() || info.size !== SECRET_BYTES || !ownedHere(info)) return undefined;
    const secret = Buffer.alloc(SECRET_BYTES);
    return readSync(fd, secret, 0, SECRET_BYTES, 0) === SECRET_BYTES ? secret : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Creates the secret of a cache root on first use (mode 0600), written whole under another name and then linked into place; true when there is a usable one. */
function ensureSecret(base: string): boolean {
  if (readSecret(base)) return true;
  const path = join(base, SECRET);
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, randomBytes(SECRET_BYTES), { mode: 0o600, flag: 'wx' });
    try {
      // fails when another run made one meanwhile: then that one is used
      linkSync(temporary, path);
    } catch {
      // a secret that is not one (wrong size, a link, someone else's) is replaced
      if (!readSecret(base)) renameSync(temporary, path);
    }
  } catch {
    return false;
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // renamed into place, or never written
    }
  }
  return readSecret(base) !== undefined;
}
