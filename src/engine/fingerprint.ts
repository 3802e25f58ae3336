/**
 * Hashes for cache keys: of bytes, of values, and of pairpress itself —
 * its version and the bytes of its own code, so that any change to the
 * program (a release, a rebuilt dist/, an edited source under test) makes
 * every cached result a miss.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * A hash of several parts, each prefixed with its kind and length so that no
 * two lists of parts collide by concatenation. Strings are joined and hashed
 * in one call: keys of thousands of groups are made per run, and each call
 * into the hash costs more than the bytes it hashes.
 */
export function hashParts(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      // the length in UTF-16 code units, which the UTF-8 that follows determines as well as its byte length would
      text += `s${part.length}:${part}`;
      continue;
    }
    hash.update(`${text}b${part.byteLength}:`).update(part);
    text = '';
  }
  return hash.update(text).digest('hex');
}

/** A stable hash of a JSON-like value (object keys sorted). */
export function hashValue(value: unknown): string {
  return hashBytes(stableJson(value));
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
}

const moduleFolder = dirname(fileURLToPath(import.meta.url));
/** Whether this code runs from the bundle (esbuild.config.mjs), whose two files are the whole program. */
const bundled = basename(moduleFolder) === 'bundle';
/** The folder holding pairpress's code: dist/bundle/ when bundled, dist/ when compiled, src/ under a test runner. */
const codeRoot = bundled ? moduleFolder : join(moduleFolder, '..');
const packageJson = join(codeRoot, bundled ? '../..' : '..', 'package.json');

let version: Promise<string> | undefined;

/** pairpress's version joined with a hash of its code. */
export function codeVersion(): Promise<string> {
  version ??= computeVersion();
  return version;
}

async function computeVersion(): Promise<string> {
  const parts: Array<string | Uint8Array> = [];
  try {
    const pkg = JSON.parse(await readFile(packageJson, 'utf8')) as { version?: string };
    parts.push(pkg.version ?? '');
  } catch {
    parts.push('');
  }
  for (const path of await codeFiles(codeRoot)) {
    parts.push(path.slice(codeRoot.length), await readFile(path));
  }
  return hashParts(parts);
}

async function codeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await codeFiles(path)));
    else if (/\.(c?js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}
