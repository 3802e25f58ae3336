/**
 * A first build into an output folder has no old output to keep as the
 * next build's staging folder (`spare` in write.ts), so the next build,
 * though it changes one file, would make every folder again: thousands of
 * them on a large site, most of a second. So the first build makes the
 * spare's folders itself, empty, in a worker thread while it writes its
 * own files.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Runs in the worker: plain synchronous calls, off the build's thread. A spare that is there already is left alone. */
const SEEDER = `
const { workerData: { spare, folders } } = require('node:worker_threads');
const { mkdirSync } = require('node:fs');
const { dirname, join } = require('node:path');
try {
  mkdirSync(dirname(spare), { recursive: true, mode: 0o700 });
  // made as a staging folder is: it becomes the output folder
  mkdirSync(spare);
  for (const folder of folders) mkdirSync(join(spare, folder));
} catch {
  // a spare half made is finished by the build that takes it
}
`;

/**
 * Makes the folders (parents first) of a spare at `spare`, to be taken by
 * a rename into `out`'s place: nothing is made when the two are on
 * different devices. Resolves when done; never rejects.
 */
export function seedSpare(spare: string, out: string, folders: readonly string[]): Promise<void> {
  if (!sameDevice(spare, out)) return Promise.resolve();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(SEEDER, { eval: true, workerData: { spare, folders } });
    } catch {
      resolve();
      return;
    }
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

function sameDevice(spare: string, out: string): boolean {
  try {
    return statSync(nearestFolder(spare)).dev === statSync(nearestFolder(out)).dev;
  } catch {
    return false;
  }
}

function nearestFolder(path: string): string {
  let at = dirname(path);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}
