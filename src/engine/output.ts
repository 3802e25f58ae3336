/**
 * What the last build wrote into an output folder: a hash of everything
 * the files were made from, and each file's identity on disk (inode, size,
 * modification time). When a build's inputs hash the same and every file is
 * still the one written, the output is already what the build would write:
 * nothing is rendered or written. Any doubt — a file replaced, touched,
 * removed, a record missing or unreadable — means building as usual.
 */
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { OutputFile } from '../types.js';
import { openCache } from './cache.js';
import { hashBytes } from './fingerprint.js';

interface WrittenFile {
  path: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

interface OutputRecord {
  inputs: string;
  files: WrittenFile[];
  /** entries of the output folder's top level, so a folder added by hand shows */
  top: string[];
}

const keyOf = (out: string) => hashBytes(`output\u0000${resolve(out)}`);

/** The files of the last build into `out`, when its inputs were `inputs` and the files are untouched since. */
export async function unchangedOutput(cacheDir: string, out: string, inputs: string): Promise<OutputFile[] | undefined> {
  const record = await openCache(cacheDir).get<OutputRecord>('output', keyOf(out));
  if (!record || record.inputs !== inputs) return undefined;
  const top = await readdir(out).catch(() => undefined);
  if (!top || top.sort().join('\u0000') !== record.top.join('\u0000')) return undefined;
  // Thousands of local stat calls: synchronous ones are several times cheaper than promises.
  const same = record.files.map((file) => {
    const info = statOf(join(out, file.path));
    return info?.isFile() === true && info.ino === file.ino && info.size === file.size && info.mtimeMs === file.mtimeMs;
  });
  if (!same.every(Boolean)) return undefined;
  // The contents are on disk; they are read only if someone asks.
  return record.files.map(({ path }) => ({
    path,
    get content() {
      return readFileSync(join(out, path));
    },
  }));
}

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Records what a build just wrote into `out`. */
export async function rememberOutput(cacheDir: string, out: string, inputs: string, paths: readonly string[]): Promise<void> {
  const files: WrittenFile[] = [];
  for (const path of paths) {
    const info = statOf(join(out, path));
    if (!info) return;
    files.push({ path, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs });
  }
  const top = await readdir(out).catch(() => undefined);
  if (!top) return;
  await openCache(cacheDir).set('output', keyOf(out), { inputs, files, top: top.sort() } satisfies OutputRecord);
}
