/**
 * The cache from a hostile point of view. It lives in the user's cache
 * folder, never in the site, so a cache folder committed to a site (in
 * node_modules/.cache/pairpress, where older versions kept it) is never
 * read; and its entries are authenticated with a secret of the cache root,
 * so an entry altered in the cache folder itself is ignored and computed
 * again. A cache folder that cannot be used (a link planted in its place,
 * a path that cannot be made) means a run without the cache, not a failure.
 */
import { createHmac } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCacheRoot, siteCacheFolder } from '../../src/engine/cache.js';
import { runCli } from '../helpers/cli.js';
import { articleText, changedPaths, expectCleanRun, GOOD_PAIR, makeSandbox, snapshotTree, writtenOutside, type Sandbox } from '../helpers/hostile.js';

const SITE: Record<string, string> = {
  ...GOOD_PAIR,
  'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example' }),
  'articles/2026/01/port.ko.md': articleText({ title: '항만', date: '2026-01-18T09:00:00+09:00' }, '항만 물동량이 지난해보다 12% 늘었다.'),
  'articles/2026/01/port.en.md': articleText({ title: 'Port', date: '2026-01-18T09:00:00+09:00' }, 'Cargo at the port rose 12% from last year.'),
};

/** (the pages have scripts of their own: JSON-LD) */
const SCRIPT = '<script>alert(1)</script>';

const sandboxes: string[] = [];
afterAll(async () => {
  for (const dir of sandboxes) await rm(dir, { recursive: true, force: true });
});

async function sandbox(): Promise<Sandbox> {
  const made = await makeSandbox(SITE);
  sandboxes.push(made.dir);
  return made;
}

/** Every .bin entry below `dir`, with its kind (the folder two levels up). */
async function entries(dir: string): Promise<Array<{ path: string; kind: string }>> {
  const found: Array<{ path: string; kind: string }> = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const parts = name.split('/');
    if (name.endsWith('.bin') && parts.length >= 3) found.push({ path: join(dir, name), kind: parts[parts.length - 3]! });
  }
  return found;
}

/** Puts a script into every string or byte field that holds markup. */
function withScript(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('</p>') ? value.replace('</p>', `${SCRIPT}</p>`) : value;
  if (value instanceof Uint8Array) return new TextEncoder().encode(withScript(new TextDecoder().decode(value)) as string);
  if (Array.isArray(value)) return value.map(withScript);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withScript(v)]));
  return value;
}

/**
 * Rewrites the entries of `kinds` below `dir` to carry a script. With
 * `secret`, each is authenticated again as pairpress would (what someone
 * who holds the secret, their own, can do); without, the old MAC stays.
 */
async function forge(dir: string, kinds: string[], secret?: Buffer): Promise<number> {
  let forged = 0;
  for (const { path, kind } of await entries(dir)) {
    if (!kinds.includes(kind)) continue;
    const envelope = deserialize(readFileSync(path)) as { magic: string; kind: string; key: string; mac: Uint8Array; payload: Uint8Array };
    const payload = serialize(withScript(deserialize(envelope.payload)));
    if (Buffer.from(payload).equals(Buffer.from(envelope.payload))) continue;
    envelope.payload = payload;
    if (secret) envelope.mac = createHmac('sha256', secret).update(`${envelope.magic}\u0000${kind}\u0000${envelope.key}\u0000`).update(payload).digest();
    writeFileSync(path, serialize(envelope));
    forged++;
  }
  return forged;
}

async function published(out: string): Promise<string> {
  let all = '';
  for (const name of await readdir(out, { recursive: true })) {
    const path = join(out, name);
    if (lstatSync(path).isFile()) all += readFileSync(path, 'utf8');
  }
  return all;
}

describe('a cache folder committed to the site', () => {
  it('is never read: no script is published, and nothing in the site tree changes but the output folder', async () => {
    const site = await sandbox();
    const planted = join(site.root, 'node_modules', '.cache', 'pairpress');
    // Made as an attacker would: a build of the same site with the cache in it, whose page, index and feed
    // entries are then rewritten to carry a script and authenticated again with the secret beside them.
    expectCleanRun(await runCli(['build', '--root', site.root, '--out', join(site.dir, 'attacker'), '--cache-dir', planted]));
    expect(await forge(planted, ['pages', 'site', 'body'], readFileSync(join(planted, 'secret')))).toBeGreaterThan(2);
    // The entries are good ones for that cache folder: a build told to use it publishes the script.
    const proof = join(site.dir, 'proof');
    expectCleanRun(await runCli(['build', '--root', site.root, '--out', proof, '--cache-dir', planted]));
    expect(await published(proof)).toContain(SCRIPT);
    await rm(proof, { recursive: true });
    await rm(join(site.dir, 'attacker'), { recursive: true });

    const before = await snapshotTree(site.dir);
    expectCleanRun(await runCli(['check', '--root', site.root]));
    const run = await runCli(['build', '--root', site.root, '--out', site.out]);
    expectCleanRun(run);
    expect(run.code).toBe(0);
    expect(await published(site.out)).not.toContain('alert(1)');
    expect(writtenOutside(changedPaths(before, await snapshotTree(site.dir)), 'out')).toEqual([]);
    // The run used a cache, in the cache folder outside the site.
    expect(existsSync(join(siteCacheFolder(site.root), 'pages'))).toBe(true);
  });
});

describe('an entry altered in the cache folder', () => {
  it('is ignored and computed again: the build is byte for byte the one without the cache', async () => {
    const site = await sandbox();
    expectCleanRun(await runCli(['build', '--root', site.root, '--out', join(site.dir, 'first')]));
    // Bytes changed, MAC not made again (the secret is not known).
    expect(await forge(siteCacheFolder(site.root), ['pages', 'site', 'body'])).toBeGreaterThan(2);
    const cached = await runCli(['build', '--root', site.root, '--out', join(site.dir, 'cached')]);
    expectCleanRun(cached);
    expect(cached.code).toBe(0);
    expectCleanRun(await runCli(['build', '--root', site.root, '--out', join(site.dir, 'plain'), '--no-cache']));
    expect(await published(join(site.dir, 'cached'))).not.toContain('alert(1)');
    expect(await snapshotTree(join(site.dir, 'cached'))).toEqual(await snapshotTree(join(site.dir, 'plain')));
  });
});

describe('where the cache is', () => {
  it('follows $PAIRPRESS_CACHE_DIR, then $XDG_CACHE_HOME, then ~/.cache', () => {
    expect(defaultCacheRoot({ PAIRPRESS_CACHE_DIR: '/srv/cache', XDG_CACHE_HOME: '/x' })).toBe('/srv/cache');
    expect(defaultCacheRoot({ XDG_CACHE_HOME: '/x' })).toBe('/x/pairpress');
    // a relative XDG_CACHE_HOME is invalid (XDG Base Directory spec): ignored
    expect(defaultCacheRoot({ XDG_CACHE_HOME: 'x' })).toMatch(/[/\\]\.cache[/\\]pairpress$|pairpress-/);
    expect(defaultCacheRoot({})).toMatch(/[/\\]\.cache[/\\]pairpress$|pairpress-/);
  });

  it('keeps one private folder per site, named by its real path', async () => {
    const one = await sandbox();
    const two = await sandbox();
    const root = await mkdtemp(join(tmpdir(), 'pairpress-cache-root-'));
    sandboxes.push(root);
    const cacheRoot = join(root, 'made-by-the-run');
    expect(siteCacheFolder(one.root, cacheRoot)).not.toBe(siteCacheFolder(two.root, cacheRoot));
    symlinkSync(one.root, join(root, 'site-link'));
    expect(siteCacheFolder(join(root, 'site-link'), cacheRoot)).toBe(siteCacheFolder(one.root, cacheRoot));
    for (const site of [one, two]) expectCleanRun(await runCli(['check', '--root', site.root, '--cache-dir', cacheRoot]));
    expect(statSync(cacheRoot).mode & 0o777).toBe(0o700);
    expect(statSync(siteCacheFolder(one.root, cacheRoot)).mode & 0o777).toBe(0o700);
    expect(statSync(join(cacheRoot, 'secret')).mode & 0o777).toBe(0o600);
    expect(statSync(join(cacheRoot, 'secret')).size).toBe(32);
    expect((await readdir(cacheRoot)).sort()).toEqual([siteCacheFolder(one.root, cacheRoot), siteCacheFolder(two.root, cacheRoot), join(cacheRoot, 'secret')].map((p) => p.slice(cacheRoot.length + 1)).sort());
  });

  it('is not followed through a link planted as the site folder: the run goes without the cache', async () => {
    const site = await sandbox();
    const root = await mkdtemp(join(tmpdir(), 'pairpress-cache-root-'));
    sandboxes.push(root);
    const cacheRoot = join(root, 'cache');
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(cacheRoot, { mode: 0o700 });
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, siteCacheFolder(site.root, cacheRoot));
    const run = await runCli(['build', '--root', site.root, '--out', site.out, '--cache-dir', cacheRoot]);
    expectCleanRun(run);
    expect(run.code).toBe(0);
    expect(existsSync(join(site.out, 'index.html'))).toBe(true);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('runs without the cache when its folder cannot be made or written', async () => {
    const site = await sandbox();
    writeFileSync(join(site.dir, 'a-file'), 'not a folder');
    for (const cacheDir of ['/proc/pairpress-cache', join(site.dir, 'a-file'), join(site.dir, 'a-file', 'below')]) {
      for (const command of [['check'], ['build', '--out', site.out]]) {
        const run = await runCli([...command, '--root', site.root, '--cache-dir', cacheDir]);
        expectCleanRun(run, cacheDir);
        expect(run.code, `${command[0]} --cache-dir ${cacheDir}\n${run.stderr}`).toBe(0);
      }
    }
    expect(existsSync(join(site.out, 'index.html'))).toBe(true);
  });
});
