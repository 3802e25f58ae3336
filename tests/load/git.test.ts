import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitHistory, parseLog } from '../../src/load/git.js';
import { makeRepo } from '../helpers/git-repo.js';

describe('gitHistory', () => {
  it('gives each file its newest commit and time, from one log', async () => {
    const repo = makeRepo();
    const first = repo.commit({ 'articles/a.ko.md': 'ko 1', 'articles/a.en.md': 'en 1', 'README.md': 'r' }, 1_768_600_000);
    const second = repo.commit({ 'articles/a.ko.md': 'ko 2' }, 1_768_900_000);
    const history = await gitHistory(repo.dir, ['articles/a.ko.md', 'articles/a.en.md', 'articles/untracked.en.md']);
    expect(history.get('articles/a.ko.md')).toEqual({ commit: second, time: 1_768_900_000_000 });
    expect(history.get('articles/a.en.md')).toEqual({ commit: first, time: 1_768_600_000_000 });
    expect(history.has('articles/untracked.en.md')).toBe(false);
    // only what was asked for
    expect(history.has('README.md')).toBe(false);
  });

  it('keeps Hangul and spaces in names, and paths relative to a root below the top of the work tree', async () => {
    const repo = makeRepo();
    const commit = repo.commit({ 'site/articles/2026/외교 회담.ko.md': '본문' }, 1_768_700_000);
    const history = await gitHistory(join(repo.dir, 'site'), ['articles/2026/외교 회담.ko.md']);
    expect(history.get('articles/2026/외교 회담.ko.md')).toEqual({ commit, time: 1_768_700_000_000 });
  });

  it('is empty, without throwing, outside a work tree or for a missing folder', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'pairpress-nogit-'));
    await mkdir(join(plain, 'articles'));
    await writeFile(join(plain, 'articles', 'a.ko.md'), 'x');
    await expect(gitHistory(plain, ['articles/a.ko.md'])).resolves.toEqual(new Map());
    await expect(gitHistory(join(plain, 'missing'), ['articles/a.ko.md'])).resolves.toEqual(new Map());
  });

  it('is empty for a repository with no commits yet', async () => {
    const repo = makeRepo();
    await expect(gitHistory(repo.dir, ['articles/a.ko.md'])).resolves.toEqual(new Map());
  });
});

describe('parseLog', () => {
  it('reads commit lines and NUL-separated names, newest first', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const output = `\u0001${a} 200\0\narticles/x.ko.md\0articles/x.en.md\0\u0001${b} 100\0\narticles/x.ko.md\0`;
    expect([...parseLog(output)]).toEqual([
      ['articles/x.ko.md', { commit: a, time: 200_000 }],
      ['articles/x.en.md', { commit: a, time: 200_000 }],
      ['articles/x.ko.md', { commit: b, time: 100_000 }],
    ]);
  });
});
