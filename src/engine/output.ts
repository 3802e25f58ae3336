/**
 * What the last build wrote into an output folder: a hash of everything
 * the files were made from, and each file's identity on disk (inode, size,
 * modification time) with the hash of its bytes and, for an article page,
 * the cache key it was rendered under. A file whose identity is unchanged
 * still holds those bytes. Any doubt — a file replaced, touched, removed, a
 * record missing or unreadable — means the file is written as usual.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { WriteOptions } from '../publish/write.js';
import type { OutputFile } from '../types.js';
import { openCache } from './cache.js';
import { statOf } from './files.js';
import { hashBytes } from './fingerprint.js';

export interface WrittenFile {
  path: string;
  ino: number;
  size: number;
  mtimeMs: number;
  /** hash of the bytes */
  hash: string;
  /** the cache key the file was made under, when it was (article pages) */
  source?: string;
}

export interface OutputRecord {
  /** the code, settings and build options the files were made with (`PreparedBuild.runKey`): a record of another is not read */
  run: string;
  inputs: string;
  files: WrittenFile[];
  /** entries of the output folder's top level, so a folder added by hand shows */
  top: string[];
  /** the site's own pages, feeds and sitemap, by part: the key of what each was made from, and its paths */
  site?: Array<{ key: string; paths: string[] }>;
}

/** A file as the record will keep it: its path, the hash of its bytes, where it came from. */
export type FileOrigin = Pick<WrittenFile, 'path' | 'hash' | 'source'>;

const keyOf = (out: string) => hashBytes(`output\u0000${resolve(out)}`);

/** Where the output a build replaces is kept for the next build into `out` (see `WriteOptions.spare`). */
export function spareOutput(cacheDir: string, out: string): string {
  return join(cacheDir, 'spare', keyOf(out));
}

/** The write options for the output a build into `out` keeps for the next one: where it goes, and its listing if the run made one. */
export function keptOutput(cacheDir: string, out: string, listing: WriteOptions['listing']): Pick<WriteOptions, 'spare' | 'listing'> {
  return { spare: spareOutput(cacheDir, out), ...(listing && { listing }) };
}

/** The record of the last build into `out`, when it was made by this code with these settings (its shape may differ otherwise). */
export async function readOutputRecord(cacheDir: string, out: string, run: string): Promise<OutputRecord | undefined> {
  const record = await openCache(cacheDir).get<OutputRecord>('output', keyOf(out));
  return record?.run === run ? record : undefined;
}

/** The recorded files still on disk as written, by path. */
export function intactFiles(out: string, record: OutputRecord | undefined): Map<string, WrittenFile> {
  const intact = new Map<string, WrittenFile>();
  // Thousands of local stat calls: synchronous ones are several times cheaper than promises.
  for (const file of record?.files ?? []) {
    const info = statOf(join(out, file.path));
    if (info?.isFile() && info.ino === file.ino && info.size === file.size && info.mtimeMs === file.mtimeMs) intact.set(file.path, file);
  }
  return intact;
}

/** The files of the last build into `out`, when its inputs were `inputs` and the files are untouched since. */
export async function unchangedOutput(out: string, record: OutputRecord | undefined, inputs: string): Promise<OutputFile[] | undefined> {
  if (!record || record.inputs !== inputs) return undefined;
  const top = await readdir(out).catch(() => undefined);
  if (!top || top.sort().join('\u0000') !== record.top.join('\u0000')) return undefined;
  if (intactFiles(out, record).size !== record.files.length) return undefined;
  return record.files.map(({ path }) => onDisk(out, path));
}

/** An output file whose bytes are read from the output folder only if someone asks. */
export function onDisk(out: string, path: string): OutputFile {
  return {
    path,
    get content() {
      return readFileSync(join(out, path));
    },
  };
}

/** What a build knows of the files it kept: their identity, unchanged by the hard links that kept them. */
export interface KeptFiles {
  /** files the write kept as the previous output's very files */
  linked: ReadonlySet<string>;
  /** their entries in the previous record, verified on disk before the write */
  before: ReadonlyMap<string, WrittenFile>;
  /** the key and paths of the site's own files */
  site?: OutputRecord['site'];
}

/** Records what a build just wrote into `out`; files it kept are not looked at again. */
export async function rememberOutput(cacheDir: string, out: string, run: string, inputs: string, origins: readonly FileOrigin[], kept?: KeptFiles): Promise<void> {
  const files: WrittenFile[] = [];
  for (const origin of origins) {
    const before = kept?.linked.has(origin.path) ? kept.before.get(origin.path) : undefined;
    if (before) {
      files.push({ ...origin, ino: before.ino, size: before.size, mtimeMs: before.mtimeMs });
      continue;
    }
    const info = statOf(join(out, origin.path));
    if (!info) return;
    files.push({ ...origin, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs });
  }
  const top = await readdir(out).catch(() => undefined);
  if (!top) return;
  const record: OutputRecord = { run, inputs, files, top: top.sort(), ...(kept?.site && { site: kept.site }) };
  await openCache(cacheDir).set('output', keyOf(out), record);
}
