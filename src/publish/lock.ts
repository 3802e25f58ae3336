/**
 * One writer per output folder. The lock is a file beside the folder that
 * names the process holding it. It is created whole (written under a name
 * of its own, then hard-linked into place, which fails if the lock exists),
 * so no other build ever reads a half-written lock, and a stale lock (its
 * process is gone) is moved aside before it is removed, so that of two
 * builds breaking it at once only one succeeds and neither removes a fresh
 * lock of a third.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

/** Locks this process holds: a second build in the same process must wait its turn too. */
const held = new Set<string>();

/** Takes the lock at `lock` for the output folder `out`; returns its release. `fail` turns I/O errors into user errors. */
export async function acquireLock(lock: string, out: string, fail: (error: unknown) => never): Promise<() => Promise<void>> {
  if (held.has(lock)) throw busy(out, lock, process.pid);
  // Reserved before the first await, so a second build in this process sees it at once.
  held.add(lock);
  try {
    await takeLock(lock, out, fail);
  } catch (error) {
    held.delete(lock);
    throw error;
  }
  return async () => {
    await unlink(lock).catch(() => undefined);
    held.delete(lock);
  };
}

async function takeLock(lock: string, out: string, fail: (error: unknown) => never): Promise<void> {
  const mine = `${lock}-${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(mine, String(process.pid)).catch(fail);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await placeLock(mine, lock);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fail(error);
      }
      const holder = await holderOf(lock);
      // Our own pid in a lock this process does not hold was left by an earlier process that had the same pid.
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw busy(out, lock, holder);
      await breakStale(lock, holder);
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  throw new UserError(`cannot lock ${out}: remove ${lock} and try again`);
}

/** Hard-links the finished lock file into place; where hard links are not supported, creates it exclusively. */
async function placeLock(mine: string, lock: string): Promise<void> {
  try {
    await link(mine, lock);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    const handle = await open(lock, 'wx');
    try {
      await handle.writeFile(String(process.pid));
    } finally {
      await handle.close();
    }
  }
}

/** Moves a stale lock aside and removes it; gives a lock back if it turned out to be a live build's. */
async function breakStale(lock: string, seen: number | undefined): Promise<void> {
  const aside = `${lock}-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(lock, aside);
  } catch {
    return; // another build broke it first
  }
  const holder = await holderOf(aside);
  if (holder !== seen && holder !== undefined && holder !== process.pid && isAlive(holder)) {
    await link(aside, lock).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

async function holderOf(lock: string): Promise<number | undefined> {
  const text = await readFile(lock, 'utf8').catch(() => '');
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function busy(out: string, lock: string, holder: number): UserError {
  return new UserError(`another build (process ${holder}) is writing ${out}; wait for it to finish, or remove ${lock} if that process is not a pairpress build`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
