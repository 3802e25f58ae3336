/**
 * A small change to a large output folder, made in place: only the files
 * whose bytes change are written (into a patch folder beside the output),
 * then each takes its old file's place by a rename, the old file kept aside
 * until all are in. A journal lists the moves first, so a build that fails
 * midway puts every old file back at once, and one that is killed is rolled
 * back by the next build, before anything else: the previous output comes
 * back exactly as it was. Replacing the whole folder (publish/write.ts)
 * costs a link and a folder for every page of the site; this costs a few
 * renames.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { acquireLock, isAlive } from '../publish/lock.js';
import { assertReplaceable } from '../publish/out-guard.js';

export interface Patch {
  /** files to (re)write: path below the output folder, with `/`, and bytes */
  write: Array<{ path: string; bytes: Uint8Array }>;
  /** files of the old output that the new one does not have */
  remove: string[];
}

interface Journal {
  /** each moved path, and whether an old file stood there (and went to `old/`) */
  moves: Array<{ path: string; hadOld: boolean }>;
}

function patchFolder(out: string, pid: number): string {
  return join(dirname(out), `.pairpress-${basename(out)}-patch-${pid}`);
}

/** Whether a patch can be applied: the folder is there, and no whole-folder build was left half done. */
export function canPatch(outDir: string): boolean {
  const out = resolve(outDir);
  if (!existsSync(out)) return false;
  const prefix = `.pairpress-${basename(out)}-`;
  return !readdirSync(dirname(out)).some((name) => name.startsWith(prefix) && /-(tmp|old)-\d+$/.test(name));
}

export async function patchOutput(outDir: string, patch: Patch): Promise<void> {
  const out = resolve(outDir);
  const fail = (error: unknown): never => {
    throw new UserError(`cannot write the output folder ${out}: ${(error as Error).message}. The previous output was left as it was.`);
  };
  const release = await acquireLock(join(dirname(out), `.pairpress-${basename(out)}-lock`), out, fail);
  try {
    rollBackAbandoned(out);
    await assertReplaceable(out);
    const folder = patchFolder(out, process.pid);
    rmSync(folder, { recursive: true, force: true });
    try {
      mkdirSync(folder, { recursive: true });
      for (const { path, bytes } of patch.write) {
        const staged = join(folder, 'new', safeRelative(path));
        mkdirSync(dirname(staged), { recursive: true });
        writeFileSync(staged, bytes);
      }
      const journal: Journal = {
        moves: [...patch.write.map((f) => f.path), ...patch.remove].map((path) => ({ path, hadOld: existsSync(join(out, safeRelative(path))) })),
      };
      writeFileSync(join(folder, 'journal.json'), JSON.stringify(journal));
      try {
        apply(out, folder, patch);
      } catch (error) {
        rollBack(out, folder, journal);
        throw error;
      }
      rmSync(join(folder, 'journal.json'));
    } catch (error) {
      fail(error);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    await release();
  }
}

function apply(out: string, folder: string, patch: Patch): void {
  for (const { path } of patch.write) {
    const target = join(out, safeRelative(path));
    if (existsSync(target)) moveAside(out, folder, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(folder, 'new', safeRelative(path)), target);
  }
  for (const path of patch.remove) {
    if (!existsSync(join(out, safeRelative(path)))) continue;
    moveAside(out, folder, path);
    removeEmptyFolders(out, dirname(join(out, safeRelative(path))));
  }
}

function moveAside(out: string, folder: string, path: string): void {
  const aside = join(folder, 'old', safeRelative(path));
  mkdirSync(dirname(aside), { recursive: true });
  renameSync(join(out, safeRelative(path)), aside);
}

/** Puts every old file back and takes the new ones out, as the journal lists them. */
function rollBack(out: string, folder: string, journal: Journal): void {
  for (const { path, hadOld } of journal.moves) {
    const target = join(out, safeRelative(path));
    const aside = join(folder, 'old', safeRelative(path));
    if (existsSync(aside)) {
      mkdirSync(dirname(target), { recursive: true });
      renameSync(aside, target);
    } else if (!hadOld && existsSync(target)) {
      rmSync(target, { force: true });
      removeEmptyFolders(out, dirname(target));
    }
  }
}

/** Undoes a patch that a killed build left, before any other build touches the output folder. */
export async function recoverPatches(outDir: string): Promise<void> {
  const out = resolve(outDir);
  if (!existsSync(dirname(out))) return;
  const fail = (error: unknown): never => {
    throw new UserError(`cannot write the output folder ${out}: ${(error as Error).message}`);
  };
  const release = await acquireLock(join(dirname(out), `.pairpress-${basename(out)}-lock`), out, fail);
  try {
    rollBackAbandoned(out);
  } finally {
    await release();
  }
}

/** A patch left by a build that was killed: undone, so the output is the last finished build's. */
function rollBackAbandoned(out: string): void {
  const prefix = `.pairpress-${basename(out)}-patch-`;
  for (const name of readdirSync(dirname(out))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (pid !== process.pid && isAlive(pid)) continue;
    const folder = join(dirname(out), name);
    const journal = join(folder, 'journal.json');
    if (existsSync(journal)) rollBack(out, folder, JSON.parse(readFileSync(journal, 'utf8')) as Journal);
    rmSync(folder, { recursive: true, force: true });
  }
}

function removeEmptyFolders(out: string, folder: string): void {
  for (let at = folder; at.startsWith(out + sep); at = dirname(at)) {
    try {
      rmdirSync(at);
    } catch {
      return;
    }
  }
}

function safeRelative(path: string): string {
  const parts = path.split('/');
  if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes(sep))) {
    throw new Error(`refusing to write outside the output folder: ${path}`);
  }
  return parts.join(sep);
}
