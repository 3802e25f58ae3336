import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compileBundle, openCodeCache, sealCodeCache } from '../../src/cli/code-cache.js';

const bundle = join(import.meta.dirname, '..', '..', 'dist', 'bundle');
const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

/** A copy of the shipped bundle, whose cache a test may damage. */
function bundleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pairpress-bundle-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(bundle, dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return dir;
}

describe('the code cache of the bundled command line', () => {
  it('is made when the bundle is, and V8 takes it', () => {
    const compiled = compileBundle(join(bundle, 'main.cjs'), join(bundle, 'main.cache'));
    expect(compiled.cached).toBe(true);
    expect(compileBundle(join(bundle, 'main.cjs')).cached).toBe(false);
  });

  it('is not used when it was made for other code', () => {
    const source = readFileSync(join(bundle, 'main.cjs'), 'utf8').replace(/^#!.*/, '');
    expect(openCodeCache(join(bundle, 'main.cache'), source)).toBeDefined();
    // the same length, as V8 would see it, but other code
    expect(openCodeCache(join(bundle, 'main.cache'), `${source.slice(0, -1)};`)).toBeUndefined();
  });

  it('is not used when damaged, and the command line runs all the same', async () => {
    const dir = bundleCopy();
    const cache = readFileSync(join(dir, 'main.cache'));
    for (let at = cache.length >> 1; at < cache.length; at += 4096) cache[at]! ^= 0xff;
    writeFileSync(join(dir, 'main.cache'), cache);
    const source = readFileSync(join(dir, 'main.cjs'), 'utf8').replace(/^#!.*/, '');
    expect(openCodeCache(join(dir, 'main.cache'), source)).toBeUndefined();
    const { stdout } = await run(process.execPath, [join(dir, 'main.js'), '--version']);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('is sealed with the hashes of the code and of itself', () => {
    const sealed = sealCodeCache('code', Buffer.from('data'));
    expect(sealed.subarray(40).toString()).toBe('data');
    expect(sealed.subarray(0, 20).equals(sealCodeCache('other', Buffer.from('data')).subarray(0, 20))).toBe(false);
  });
});
