/**
 * Writes a build atomically: every file goes into a staging folder beside
 * the output folder, which then takes the old one's place. A build that
 * fails or is killed before the swap leaves the previous output exactly as
 * it was. Files whose bytes did not change are hard-linked from the previous
 * output, so they keep their modification time. The staging folder is a
 * fresh one, or the output the last swap replaced, kept in the cache folder
 * (`spare`): then only what differs is changed in it, which for a large
 * site with one change saves making and removing thousands of folders. A
 * first build, with no old output to keep, leaves a spare of empty folders
 * (spare-seed.ts).
 */
import { linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { link, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { UserError } from '../errors.js';
import { makeFolders } from './folders.js';
import { acquireLock, isAlive } from './lock.js';
import { assertReplaceable } from './out-guard.js';
import { seedSpare } from './spare-seed.js';
import { stillListed, type SpareListing } from './spare-listing.js';
import type { OutputFile } from '../types.js';

export interface WriteSummary {
  written: number;
  unchanged: number;
  /** the files (paths as given) that are the previous output's very files, kept by hard links: their identity on disk did not change */
  linked: Set<string>;
}

const io = pLimit(32);

export interface WriteOptions {
  /**
   * True when the file now in the output folder has exactly this file's
   * bytes, as the caller knows from its record of the last build: the file
   * is then linked without being read or compared.
   */
  same?: (path: string) => boolean;
  /**
   * Where the output the swap replaces is kept for the next build, outside
   * the site (in the cache folder): the next build renames it into place as
   * its staging folder and changes only what differs, instead of making
   * every folder again and removing the old ones. Used only when it is on
   * the output's device (a rename can move it); otherwise the old output is
   * removed, as without.
   */
  spare?: string;
  /** the inode of the output's file at a path the caller vouches for (`same`), from its record */
  inode?: (path: string) => number | undefined;
  /** the spare as listed while the build ran (spare-listing.ts); used if it is still that folder */
  listing?: Promise<SpareListing | undefined>;
}

export async function writeOutput(outDir: string, files: OutputFile[], options: WriteOptions = {}): Promise<WriteSummary> {
  const out = resolve(outDir);
  await makeFolders(dirname(out)).catch(failure(out));
  const release = await acquireLock(siblingPath(out, 'lock'), out, failure(out));
  try {
    await recover(out);
    await assertReplaceable(out);
    const staging = siblingPath(out, 'tmp');
    await rm(staging, { recursive: true, force: true });
    try {
      // Worked out once, for the staging folder and the spare; a path that leaves the output fails here, before the spare is taken.
      const layout = layoutOf(files);
      const listing = options.spare === undefined ? undefined : await options.listing;
      const claimed = options.spare === undefined ? undefined : claimSpare(options.spare, staging, listing);
      // No output to keep after the swap: the next build gets a spare of empty folders, made meanwhile.
      const seeding = options.spare !== undefined && !claimed && !(await exists(out)) ? seedSpare(options.spare, out, layout.folders) : undefined;
      try {
        const summary = await stage(out, staging, files, layout, options, claimed);
        await swap(out, staging, options.spare);
        return summary;
      } finally {
        await seeding;
      }
    } catch (error) {
      // the first failure is the one to report; a cleanup that fails too must not hide it
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  } finally {
    await release();
  }
}

function siblingPath(out: string, kind: 'tmp' | 'old' | 'lock', pid = process.pid): string {
  const suffix = kind === 'lock' ? 'lock' : `${kind}-${pid}`;
  return join(dirname(out), `.pairpress-${basename(out)}-${suffix}`);
}

async function stage(out: string, staging: string, files: OutputFile[], layout: Layout, options: WriteOptions, claimed: Claimed | undefined): Promise<WriteSummary> {
  const summary: WriteSummary = { written: 0, unchanged: 0, linked: new Set() };
  const { relatives } = layout;
  let present: Map<string, number | undefined>;
  try {
    present = claimed ? tidy(staging, layout, claimed.listing) : makeTree(staging, layout.folders);
  } catch (error) {
    return failure(out)(error);
  }
  // The files the caller vouches for are linked first, synchronously: for a large site with one change
  // that is thousands of links, each far cheaper as a plain call than as a promise.
  const rest: number[] = [];
  try {
    files.forEach((file, i) => {
      const relative = relatives[i]!;
      const target = join(staging, relative);
      const vouched = options.same?.(file.path) ?? false;
      if (present.has(relative)) {
        // A file of a reused staging folder stays only when it is the output's very file (a link to it);
        // anything else goes, never written over: its bytes may be those of the output too.
        if (vouched && sameFile(join(out, relative), target, options.inode?.(file.path), present.get(relative))) {
          summary.unchanged++;
          summary.linked.add(file.path);
          return;
        }
        unlinkSync(target);
      }
      if (vouched && linkedSync(join(out, relative), target)) {
        summary.unchanged++;
        summary.linked.add(file.path);
      } else rest.push(i);
    });
  } catch (error) {
    failure(out)(error);
  }
  // Every write ends before the first failure is thrown, so the staging folder can be removed whole.
  const settled = await Promise.allSettled(
    rest.map((i) =>
      io(async () => {
        const file = files[i]!;
        const relative = relatives[i]!;
        const target = join(staging, relative);
        const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
        // A link can fail where a write would not (another device, a link limit): then the bytes are written.
        if ((await sameBytes(join(out, relative), bytes)) && (await link(join(out, relative), target).then(() => true, () => false))) {
          summary.unchanged++;
        } else {
          await writeFile(target, bytes).catch(failure(out));
          summary.written++;
        }
      }),
    ),
  );
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return summary;
}

/** Where the files go below the output folder: each file's path, and the folders they need. */
interface Layout {
  relatives: string[];
  /** each once, shorter paths (parents) first */
  folders: string[];
}

function layoutOf(files: readonly OutputFile[]): Layout {
  const relatives = files.map((file) => safeRelative(file.path));
  const folders = new Set<string>();
  for (const relative of relatives) {
    for (let at = dirname(relative); at !== '.' && !folders.has(at); at = dirname(at)) folders.add(at);
  }
  return { relatives, folders: [...folders].sort((a, b) => a.length - b.length) };
}

/** Makes `staging` and every folder the files go in; nothing is in it yet. */
function makeTree(staging: string, folders: readonly string[]): Map<string, number | undefined> {
  mkdirSync(staging);
  for (const folder of folders) mkdirSync(join(staging, folder));
  return new Map();
}

/**
 * A reused staging folder (an earlier output) made ready for the files:
 * what they do not need removed, the folders they need made. Returns the
 * files already there, with their inodes when `listing` (the folder as
 * listed before it was claimed) gave them.
 */
function tidy(staging: string, { relatives, folders }: Layout, listing?: SpareListing): Map<string, number | undefined> {
  const wantedFolders = new Set(folders);
  const wanted = new Set(relatives);
  const held = new Map<string, boolean>();
  const walk = (sub: string): void => {
    for (const entry of readdirSync(sub ? join(staging, sub) : staging, { withFileTypes: true })) {
      const relative = sub ? join(sub, entry.name) : entry.name;
      held.set(relative, entry.isDirectory());
      if (entry.isDirectory()) walk(relative);
    }
  };
  if (listing) for (const [relative, entry] of listing.entries) held.set(relative, entry === true);
  else walk('');
  // deeper paths first, so a folder is emptied before it is removed
  for (const [relative, folder] of [...held].sort((a, b) => b[0].length - a[0].length)) {
    if (folder ? wantedFolders.has(relative) : wanted.has(relative)) continue;
    if (folder) rmSync(join(staging, relative), { recursive: true, force: true });
    else unlinkSync(join(staging, relative));
    held.delete(relative);
  }
  for (const folder of folders) if (!held.has(folder)) mkdirSync(join(staging, folder));
  const present = new Map<string, number | undefined>();
  for (const [relative, folder] of held) {
    if (folder) continue;
    const entry = listing?.entries.get(relative);
    present.set(relative, typeof entry === 'number' ? entry : undefined);
  }
  return present;
}

/** A spare taken as the staging folder, with its listing when that still describes it. */
interface Claimed {
  listing?: SpareListing;
}

/** Takes the output kept by the last build as the staging folder; undefined when there is none to take (a fresh one is made). */
function claimSpare(spare: string, staging: string, listing: SpareListing | undefined): Claimed | undefined {
  try {
    if (!lstatSync(spare).isDirectory()) {
      rmSync(spare, { force: true });
      return undefined;
    }
    // Checked before the rename, which changes the folder's status time.
    const listed = listing !== undefined && stillListed(spare, listing);
    renameSync(spare, staging);
    return listed ? { listing } : {};
  } catch {
    // none kept, or on another device: it goes, so the old output can take its place after the swap
    try {
      rmSync(spare, { recursive: true, force: true });
    } catch {
      // then the old output is removed instead of kept
    }
    return undefined;
  }
}

/**
 * Whether `b` is the very file `a` is (a hard link to it). `inode` is `a`'s
 * when the caller has just verified it, and `listed` is `b`'s from the
 * spare's listing: each saves a call.
 */
function sameFile(a: string, b: string, inode?: number, listed?: number): boolean {
  if (inode !== undefined && listed !== undefined) return listed === inode;
  try {
    const y = lstatSync(b);
    if (!y.isFile()) return false;
    if (inode !== undefined) return y.ino === inode;
    const x = lstatSync(a);
    return x.isFile() && x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

function linkedSync(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

async function sameBytes(path: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size !== bytes.byteLength) return false;
    return Buffer.from(bytes).equals(await readFile(path));
  } catch {
    return false;
  }
}

/** The two renames of the swap; `recover` finishes one that was interrupted. The old output is kept as the spare, or removed. */
async function swap(out: string, staging: string, spare: string | undefined): Promise<void> {
  const old = siblingPath(out, 'old');
  const hadOutput = await exists(out);
  if (hadOutput) await rename(out, old).catch(failure(out));
  await rename(staging, out).catch(failure(out));
  if (hadOutput && !(spare !== undefined && kept(old, spare))) removeTree(old);
}

function kept(old: string, spare: string): boolean {
  try {
    mkdirSync(dirname(spare), { recursive: true, mode: 0o700 });
    renameSync(old, spare);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes a folder and everything in it: synchronous calls, and no lstat of
 * each entry as `rm` makes, since the folder's own listing tells files from
 * folders. A removal that fails midway is finished by `rm`, or left to the
 * next build's `recover`.
 */
function removeTree(folder: string): void {
  const remove = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) remove(path);
      else unlinkSync(path);
    }
    rmdirSync(at);
  };
  try {
    remove(folder);
  } catch {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // the output is in place already; what is left of the old one goes with the next build
    }
  }
}

/** Cleans up after a build that was killed: stale staging folders go, a lost output comes back. */
async function recover(out: string): Promise<void> {
  const prefix = `.pairpress-${basename(out)}-`;
  const names = await readdir(dirname(out)).catch(() => [] as string[]);
  for (const name of names) {
    // staging and old folders, and lock files of builds that are gone (this process holds the lock, so its own pid is gone too);
    // patch folders are those of older versions, which patched small changes in place: this build replaces the whole folder
    const match = new RegExp(`^${escape(prefix)}(tmp|old|lock|patch)-(\\d+)(-[0-9a-f]+)?$`).exec(name);
    if (!match || (match[1] === 'lock') !== (match[3] !== undefined)) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isAlive(pid)) continue;
    const path = join(dirname(out), name);
    if (match[1] === 'old' && !(await exists(out))) await rename(path, out);
    else await rm(path, { recursive: true, force: true });
  }
}

function safeRelative(path: string): string {
  const parts = path.split('/');
  if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes(sep))) {
    throw new Error(`refusing to write outside the output folder: ${path}`);
  }
  return parts.join(sep);
}

function failure(out: string) {
  return (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied (is the folder read-only?)'
        : code === 'ENOSPC'
          ? 'no space left on the device'
          : (error as Error).message;
    throw new UserError(`cannot write the output folder ${out}: ${reason}. The previous output was left as it was.`);
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
