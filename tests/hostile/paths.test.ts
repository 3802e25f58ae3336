/**
 * Paths from a hostile site: symbolic links out of the site, translation
 * keys shaped as traversals, names that differ only in Unicode
 * normalization or case, FIFOs named like site files, and output folders
 * whose replacement would destroy the site. Nothing outside the site is
 * read, nothing outside the output folder is written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { siteCacheFolder } from '../../src/engine/cache.js';
import { runCli } from '../helpers/cli.js';
import { articleText, changedPaths, expectCleanRun, GOOD_PAIR, makeSandbox, snapshotTree, writtenOutside } from '../helpers/hostile.js';

interface Finding {
  rule: string;
  file: string;
  message: string;
  severity: string;
}

async function check(root: string): Promise<Finding[]> {
  const run = await runCli(['check', '--root', root, '--format', 'json', '--no-cache']);
  expectCleanRun(run);
  return (JSON.parse(run.stdout) as { diagnostics: Finding[] }).diagnostics;
}

/** An article outside the site, with words no page of the site has. */
const SECRET = articleText({ title: 'Outside the site', date: '2026-01-17' }, 'SECRET-OUTSIDE-THE-SITE');

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('symbolic links', () => {
  it('are reported and not followed: an article, a folder, the articles folder itself', async () => {
    const sandbox = await makeSandbox(GOOD_PAIR);
    mkdirSync(join(sandbox.dir, 'elsewhere'));
    writeFileSync(join(sandbox.dir, 'elsewhere', 'secret.ko.md'), SECRET);
    symlinkSync(join(sandbox.dir, 'elsewhere', 'secret.ko.md'), join(sandbox.root, 'articles', 'secret.ko.md'));
    symlinkSync(join(sandbox.dir, 'elsewhere'), join(sandbox.root, 'articles', 'linked'));
    symlinkSync('/dev/zero', join(sandbox.root, 'articles', 'zero.en.md'));
    const before = await snapshotTree(sandbox.dir);
    const found = await check(sandbox.root);
    for (const path of ['articles/secret.ko.md', 'articles/linked', 'articles/zero.en.md']) {
      expect(found.find((d) => d.file === path)?.message).toMatch(/symbolic links are not followed/);
    }
    const build = await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--force', '--no-cache']);
    expectCleanRun(build);
    expect(build.code).toBe(0);
    const pages = await snapshotTree(sandbox.out);
    expect([...pages.keys()].some((p) => p.includes('secret'))).toBe(false);
    for (const [path, what] of pages) {
      if (what !== 'dir') expect(readFileSync(join(sandbox.out, path), 'utf8'), path).not.toContain('SECRET-OUTSIDE');
    }
    expect(writtenOutside(changedPaths(before, await snapshotTree(sandbox.dir)), 'out')).toEqual([]);
  });

  it('a linked articles/ folder is reported and not read', async () => {
    const sandbox = await makeSandbox({});
    mkdirSync(join(sandbox.dir, 'elsewhere'));
    writeFileSync(join(sandbox.dir, 'elsewhere', 'secret.ko.md'), SECRET);
    execFileSync('rm', ['-r', join(sandbox.root, 'articles')]);
    symlinkSync(join(sandbox.dir, 'elsewhere'), join(sandbox.root, 'articles'));
    const found = await check(sandbox.root);
    expect(found.map((d) => [d.file, d.rule])).toEqual([['articles', 'frontmatter-invalid']]);
  });

  it('linked locale files, locale folders and glossary are reported and not read', async () => {
    const sandbox = await makeSandbox({ ...GOOD_PAIR, 'locales/en/common.json': '{"nav": {"home": "Home"}}' });
    mkdirSync(join(sandbox.dir, 'elsewhere'));
    writeFileSync(join(sandbox.dir, 'elsewhere', 'secret.json'), '{"nav": {"home": "SECRET-OUTSIDE"}}');
    writeFileSync(join(sandbox.dir, 'elsewhere', 'glossary.yaml'), '- ko: [비밀]\n  en: [SECRET-OUTSIDE]\n');
    mkdirSync(join(sandbox.root, 'locales', 'ko'));
    symlinkSync(join(sandbox.dir, 'elsewhere', 'secret.json'), join(sandbox.root, 'locales', 'ko', 'common.json'));
    symlinkSync(join(sandbox.dir, 'elsewhere', 'glossary.yaml'), join(sandbox.root, 'locales', 'glossary.yaml'));
    const found = await check(sandbox.root);
    expect(found.find((d) => d.file === 'locales/ko/common.json')?.message).toMatch(/symbolic links are not followed/);
    expect(found.find((d) => d.file === 'locales/glossary.yaml')?.message).toMatch(/symbolic links are not followed/);
    expect(JSON.stringify(found)).not.toContain('SECRET-OUTSIDE');
  });

  it('a linked settings file stops the run with a message', async () => {
    const sandbox = await makeSandbox(GOOD_PAIR);
    writeFileSync(join(sandbox.dir, 'config.json'), '{"baseUrl": "https://elsewhere.example"}');
    symlinkSync(join(sandbox.dir, 'config.json'), join(sandbox.root, 'pairpress.config.json'));
    const run = await runCli(['check', '--root', sandbox.root, '--no-cache']);
    expectCleanRun(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pairpress\.config\.json: symbolic links are not followed/);
  });

  it('a linked node_modules is never written through (the cache is not in the site)', async () => {
    const sandbox = await makeSandbox(GOOD_PAIR);
    mkdirSync(join(sandbox.dir, 'elsewhere'));
    symlinkSync(join(sandbox.dir, 'elsewhere'), join(sandbox.root, 'node_modules'));
    const before = await snapshotTree(sandbox.dir);
    expectCleanRun(await runCli(['check', '--root', sandbox.root]));
    expectCleanRun(await runCli(['build', '--root', sandbox.root, '--out', sandbox.out]));
    expect(writtenOutside(changedPaths(before, await snapshotTree(sandbox.dir)), 'out')).toEqual([]);
  });
});

describe.skipIf(!hasMkfifo())('FIFOs named like site files', () => {
  it('do not hang a run', async () => {
    const sandbox = await makeSandbox(GOOD_PAIR);
    mkdirSync(join(sandbox.root, 'locales', 'ko'), { recursive: true });
    for (const path of ['articles/fifo.ko.md', 'locales/glossary.yaml', 'locales/ko/common.json']) execFileSync('mkfifo', [join(sandbox.root, path)]);
    const found = await check(sandbox.root);
    expect(found.find((d) => d.file === 'locales/glossary.yaml')?.message).toMatch(/not a regular file/);
    expect(found.find((d) => d.file === 'locales/ko/common.json')?.message).toMatch(/not a regular file/);
    execFileSync('mkfifo', [join(sandbox.root, 'pairpress.config.json')]);
    const run = await runCli(['check', '--root', sandbox.root, '--no-cache']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pairpress\.config\.json: not a regular file/);
  });
});

describe('translation keys shaped as paths', () => {
  it('stay data: pages, feeds and bundle entries are written below the output only', async () => {
    const keys = ['../../../../tmp/pairpress-escape', '/etc/pairpress-escape', '%2e%2e%2f%2e%2e%2fescape', '..\\..\\CON\\NUL.txt', 'C:\\Windows\\pairpress', '..'];
    const files: Record<string, string> = {};
    keys.forEach((key, i) => {
      files[`articles/keys/k${i}.ko.md`] = articleText({ title: `번역 키 ${i}`, date: '2026-01-17', translationKey: JSON.stringify(key) }, '번역 키가 경로처럼 생겼다.');
      files[`articles/keys/k${i}.en.md`] = articleText({ title: `Key ${i}`, date: '2026-01-17', translationKey: JSON.stringify(key) }, 'The key looks like a path.');
    });
    const sandbox = await makeSandbox(files);
    const before = await snapshotTree(sandbox.dir);
    const found = await check(sandbox.root);
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expectCleanRun(await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--no-cache']));
    const bundle = await runCli(['bundle', '--root', sandbox.root, '--out', join(sandbox.out, 'bundle.zip')]);
    expectCleanRun(bundle);
    expect(bundle.code).toBe(0);
    const names = Object.keys(unzipSync(readFileSync(join(sandbox.out, 'bundle.zip'))));
    expect(names.filter((n) => n.startsWith('ninjs/')).length).toBe(keys.length * 2);
    for (const name of names) {
      expect(name.split('/').every((part) => part !== '..' && part !== '.' && part !== ''), name).toBe(true);
      expect(name, name).not.toMatch(/^\/|\\|:/);
    }
    expect(existsSync('/tmp/pairpress-escape')).toBe(false);
    expect(existsSync('/etc/pairpress-escape')).toBe(false);
    expect(writtenOutside(changedPaths(before, await snapshotTree(sandbox.dir)), 'out')).toEqual([]);
  });
});

describe('names that differ only in normalization or case', () => {
  const seoulNfc = '서울-회담';
  const seoulNfd = seoulNfc.normalize('NFD');

  it('an NFD file name pairs with its NFC partner', async () => {
    expect(seoulNfd).not.toBe(seoulNfc);
    const sandbox = await makeSandbox({
      [`articles/${seoulNfd}.ko.md`]: articleText({ title: '서울 회담', date: '2026-01-17', slug: 'seoul-talks' }, '두 정상이 서울에서 만났다.'),
      [`articles/${seoulNfc}.en.md`]: articleText({ title: 'Talks in Seoul', date: '2026-01-17', slug: 'seoul-talks' }, 'The two leaders met in Seoul.'),
    });
    const found = await check(sandbox.root);
    expect(found.filter((d) => d.rule === 'unpaired')).toEqual([]);
  });

  it('two files whose names differ only in normalization are one key: duplicate-translation', async () => {
    const sandbox = await makeSandbox({
      [`articles/${seoulNfc}.ko.md`]: articleText({ title: '서울 회담', date: '2026-01-17', slug: 'seoul-talks' }, '두 정상이 서울에서 만났다.'),
      [`articles/${seoulNfd}.ko.md`]: articleText({ title: '서울 회담 둘', date: '2026-01-17', slug: 'seoul-talks-2' }, '두 정상이 다시 만났다.'),
    });
    const found = await check(sandbox.root);
    expect(found.some((d) => d.rule === 'duplicate-translation' && d.severity === 'error')).toBe(true);
  });

  it('two files whose names differ only in case would share a page: slug-conflict', async () => {
    const sandbox = await makeSandbox({
      'articles/Summit.en.md': articleText({ title: 'Summit', date: '2026-01-17' }, 'The first.'),
      'articles/summit.en.md': articleText({ title: 'summit', date: '2026-01-17' }, 'The second.'),
    });
    const found = await check(sandbox.root);
    expect(found.some((d) => d.rule === 'slug-conflict' && d.severity === 'error')).toBe(true);
    const build = await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--no-cache']);
    expect(build.code).toBe(1);
    expect(existsSync(sandbox.out)).toBe(false);
  });
});

describe('output folders whose replacement would destroy work', () => {
  it.each([
    ['the site itself', '.'],
    ['a folder around the site', '..'],
    ['the articles', 'articles'],
    ['a folder inside the articles', 'articles/out'],
    ['a file', 'README.md'],
    ['another project', '../project'],
  ])('refuses %s, with exit 2 and nothing changed', async (_what, out) => {
    const sandbox = await makeSandbox({ ...GOOD_PAIR, 'README.md': '# The site\n' });
    mkdirSync(join(sandbox.dir, 'project', '.git'), { recursive: true });
    const before = await snapshotTree(sandbox.dir);
    const run = await runCli(['build', '--root', sandbox.root, '--out', out, '--no-cache'], { cwd: sandbox.root });
    expectCleanRun(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pairpress: refusing to (write the build to|replace)/);
    expect(changedPaths(before, await snapshotTree(sandbox.dir))).toEqual([]);
  });
});

describe('what a run writes', () => {
  it('with --no-cache: nothing but the output folder', async () => {
    const sandbox = await makeSandbox(GOOD_PAIR);
    const before = await snapshotTree(sandbox.dir);
    expectCleanRun(await runCli(['check', '--root', sandbox.root, '--no-cache']));
    expectCleanRun(await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--no-cache']));
    const changed = changedPaths(before, await snapshotTree(sandbox.dir));
    expect(changed).toContain('out/index.html');
    expect(writtenOutside(changed, 'out')).toEqual([]);
  });

  it('with the cache: nothing in the site tree but the output folder; the entries go to the cache folder', async () => {
    const sandbox = await makeSandbox(GOOD_PAIR);
    const before = await snapshotTree(sandbox.dir);
    expectCleanRun(await runCli(['check', '--root', sandbox.root]));
    expectCleanRun(await runCli(['build', '--root', sandbox.root, '--out', sandbox.out]));
    const elsewhere = await mkdtemp(join(tmpdir(), 'pairpress-cache-dir-'));
    expectCleanRun(await runCli(['build', '--root', sandbox.root, '--out', sandbox.out, '--cache-dir', elsewhere]));
    const changed = changedPaths(before, await snapshotTree(sandbox.dir));
    expect(changed).toContain('out/index.html');
    expect(writtenOutside(changed, 'out')).toEqual([]);
    expect((await snapshotTree(siteCacheFolder(sandbox.root))).size).toBeGreaterThan(5);
    expect((await snapshotTree(siteCacheFolder(sandbox.root, elsewhere))).size).toBeGreaterThan(5);
    await rm(elsewhere, { recursive: true, force: true });
  });
});
