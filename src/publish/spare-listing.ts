/**
 * The listing of the output a build keeps for the next one (`spare` in
 * write.ts), made in a worker thread while the build still works out its
 * files: on a large site, listing thousands of folders and looking at each
 * file is most of what a rebuild with one change spends on writing.
 *
 * A build uses the listing only if, when it claims the folder, the folder
 * is still the one listed: the same inode, its status changed at the same
 * instant. Another build takes the folder by renaming it, and a rename
 * changes that instant.
 */
import { lstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface SpareListing {
  /** the folder listed, and its identity when the listing began */
  path: string;
  ino: number;
  ctimeMs: number;
  /** every entry below it by relative path: true for a folder; for a file its inode, for anything else 0 */
  entries: Map<string, number | true>;
}

type ListingMessage = Omit<SpareListing, 'entries'> & { entries: Array<[string, number | true]> };

/** Runs in the worker: plain synchronous calls, thousands of them, off the build's thread. */
const LISTER = `
const { parentPort, workerData: spare } = require('node:worker_threads');
const { lstatSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
let listing;
try {
  const root = lstatSync(spare);
  if (root.isDirectory()) {
    const entries = [];
    const walk = (sub) => {
      for (const entry of readdirSync(sub ? join(spare, sub) : spare, { withFileTypes: true })) {
        const relative = sub ? join(sub, entry.name) : entry.name;
        if (entry.isDirectory()) {
          entries.push([relative, true]);
          walk(relative);
        } else entries.push([relative, entry.isFile() ? lstatSync(join(spare, relative)).ino : 0]);
      }
    };
    walk('');
    listing = { path: spare, ino: root.ino, ctimeMs: root.ctimeMs, entries };
  }
} catch {
  // no spare, or one that changed while it was listed: the build lists it itself
}
parentPort.postMessage(listing);
`;

/** Starts listing `spare`; undefined when there is none or the listing failed (the writer then walks the folder itself). */
export function listSpare(spare: string): Promise<SpareListing | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(LISTER, { eval: true, workerData: spare });
    } catch {
      resolve(undefined);
      return;
    }
    // A build that writes nothing does not wait for it.
    worker.unref();
    worker.once('message', (message: ListingMessage | undefined) => resolve(message && { ...message, entries: new Map(message.entries) }));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

/** Whether the folder at `path` is still the one `listing` was made of. */
export function stillListed(path: string, listing: SpareListing): boolean {
  if (listing.path !== path) return false;
  try {
    const info = lstatSync(path);
    return info.isDirectory() && info.ino === listing.ino && info.ctimeMs === listing.ctimeMs;
  } catch {
    return false;
  }
}
