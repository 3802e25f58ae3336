/**
 * The command line runs from one CommonJS bundle (dist/bundle/main.cjs, see
 * esbuild.config.mjs), compiled with the V8 code cache made for it when it
 * was bundled (main.cache): a run then neither parses the bundle's few
 * megabytes nor compiles again the functions that every run calls, which is
 * much of a rebuild with little to redo.
 *
 * V8 rejects a cache made by another Node or with other flags, but it
 * checks the source only by its length, and a damaged cache can crash the
 * process. So the file starts with a hash of the bundle it was made for and
 * a hash of the cache itself; a cache whose hashes do not hold is not used,
 * and the bundle compiles as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface CompiledBundle {
  script: Script;
  /** the bundle's text as compiled */
  source: string;
  /** whether V8 used a cache */
  cached: boolean;
  /** runs the bundle as the module at `entry` (its `__filename`, from which it finds the worker and its own code) and returns its exports */
  run(entry: string): Record<string, unknown>;
}

const DIGEST = 20;

export function compileBundle(bundle: string, cachePath?: string): CompiledBundle {
  // The wrapper stays on the first line, so that stack traces keep the bundle's line numbers.
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const cachedData = cachePath === undefined ? undefined : openCodeCache(cachePath, source);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData && { cachedData }),
  });
  return {
    script,
    source,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    run(entry) {
      const module = { exports: {} as Record<string, unknown> };
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      wrapper.call(module.exports, module.exports, createRequire(bundle), module, entry, dirname(entry));
      return module.exports;
    },
  };
}

/** The bytes of a cache file for `source`: the two hashes, then V8's data. */
export function sealCodeCache(source: string, data: Buffer): Buffer {
  return Buffer.concat([digest(source), digest(data), data]);
}

/** V8's data from a cache file, when the file was made for `source` and is whole. */
export function openCodeCache(path: string, source: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  if (file.length <= 2 * DIGEST) return undefined;
  const data = file.subarray(2 * DIGEST);
  const whole = digest(source).equals(file.subarray(0, DIGEST)) && digest(data).equals(file.subarray(DIGEST, 2 * DIGEST));
  return whole ? data : undefined;
}

function digest(bytes: string | Buffer): Buffer {
  return createHash('sha1').update(bytes).digest();
}
