/**
 * Where the jobs of a build without the cache (`--no-cache`) keep the pages
 * they render until the workers stop: a folder of the run's own in the
 * temporary folder, made ready as a cache folder is, and removed when the
 * run ends. A run that was killed cannot remove its own, so each new one
 * removes those whose process is gone.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../publish/lock.js';
import { prepareSiteCache } from './cache.js';

const PREFIX = 'pairpress-pages-';
/** The process a folder belongs to, from its name. */
const OWNER = new RegExp(`^${PREFIX}(\\d+)-`);

export interface ParkingFolder {
  /** the cache folder the pages go in */
  dir: string;
  remove(): void;
}

/** The run's folder for the site at `root`; undefined when it cannot be made (the pages then stay in memory). */
export function parkingFolder(root: string): ParkingFolder | undefined {
  removeAbandoned();
  let base: string;
  try {
    base = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  } catch {
    return undefined;
  }
  const remove = () => rmSync(base, { recursive: true, force: true });
  const dir = prepareSiteCache(root, base);
  if (dir === undefined) remove();
  return dir === undefined ? undefined : { dir, remove };
}

/** Removes the folders of runs whose process is no longer there (another user's stay: they cannot be removed). */
function removeAbandoned(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(OWNER.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // not ours to remove
    }
  }
}
