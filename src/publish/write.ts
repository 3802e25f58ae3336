/**
 * Writes a build atomically: every file goes into a fresh folder beside the
 * output folder, which then takes the old one's place. A build that fails or
 * is killed before the swap leaves the previous output exactly as it was.
 * Files whose bytes did not change are hard-linked from the previous output,
 * so they keep their modification time.
 */
import { linkSync, mkdirSync, readdirSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { link, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { UserError } from '../errors.js';
import { makeFolders } from './folders.js';
import { acquireLock, isAlive } from './lock.js';
import { assertReplaceable } from './out-guard.js';
import type { OutputFile } from '../types.js';

export interface WriteSummary {
  written: number;
  unchanged: number;
}

const io = pLimit(32);

export interface WriteOptions {
  /**
   * True when the file now in the output folder has exactly this file's
   * bytes, as the caller knows from its record of the last build: the file
   * is then linked without being read or compared.
   */
  same?: (path: string) => boolean;
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
      const summary = await stage(out, staging, files, options);
      await swap(out, staging);
      return summary;
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

async function stage(out: string, staging: string, files: OutputFile[], options: WriteOptions): Promise<WriteSummary> {
  const summary: WriteSummary = { written: 0, unchanged: 0 };
  const relatives = files.map((file) => safeRelative(file.path));
  try {
    makeTree(staging, relatives);
  } catch (error) {
    failure(out)(error);
  }
  // The files the caller vouches for are linked first, synchronously: for a large site with one change
  // that is thousands of links, each far cheaper as a plain call than as a promise.
  const rest: number[] = [];
  files.forEach((file, i) => {
    const relative = relatives[i]!;
    if (options.same?.(file.path) && linkedSync(join(out, relative), join(staging, relative))) summary.unchanged++;
    else rest.push(i);
  });
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

/** Makes `staging` and every folder the files go in, each once, parents first. */
function makeTree(staging: string, relatives: readonly string[]): void {
  const folders = new Set<string>();
  for (const relative of relatives) {
    for (let at = dirname(relative); at !== '.' && !folders.has(at); at = dirname(at)) folders.add(at);
  }
  mkdirSync(staging);
  // shorter paths first: a folder's parent always comes before it
  for (const folder of [...folders].sort((a, b) => a.length - b.length)) mkdirSync(join(staging, folder));
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

/** The two renames of the swap; `recover` finishes one that was interrupted. */
async function swap(out: string, staging: string): Promise<void> {
  const old = siblingPath(out, 'old');
  const hadOutput = await exists(out);
  if (hadOutput) await rename(out, old).catch(failure(out));
  await rename(staging, out).catch(failure(out));
  if (hadOutput) removeTree(old);
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
