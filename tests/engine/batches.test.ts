import { describe, expect, it } from 'vitest';
import { batchesOf } from '../../src/engine/batches.js';
import { createJobRunner, type GroupJob, type GroupsResult } from '../../src/engine/job.js';
import { loadSite } from '../../src/load/index.js';
import { article, makeSite } from '../helpers/site.js';

const sizes = (batches: number[][]) => batches.map((batch) => batch.length);

describe('batchesOf', () => {
  it('keeps every item once, in order', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const batches = batchesOf(items, 2, () => 10_000);
    expect(batches.flat()).toEqual(items);
    expect(Math.max(...sizes(batches))).toBeLessThanOrEqual(16);
    expect(Math.max(...sizes(batches))).toBeGreaterThan(1);
  });

  it('gives each thread several jobs on a small site', () => {
    const batches = batchesOf(Array.from({ length: 24 }, (_, i) => i), 2, () => 100);
    expect(batches.length).toBeGreaterThanOrEqual(2 * 4);
    expect(batches.flat()).toHaveLength(24);
  });

  it('closes a batch at its byte budget, and sends a large group alone', () => {
    const items = [100_000, 100_000, 100_000, 900_000, 10, 10];
    const batches = batchesOf(items, 1, (bytes) => bytes);
    expect(batches).toEqual([[100_000, 100_000], [100_000], [900_000], [10, 10]]);
  });

  it('makes no batch of nothing', () => {
    expect(batchesOf([], 2, () => 1)).toEqual([]);
  });
});

describe('a job of several groups', () => {
  it('gives each group what a job of that group alone gives', async () => {
    const root = await makeSite({
      'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example' }),
      'locales/glossary.yaml': '- ko: [멜로니]\n  en: [Meloni]\n  kind: person\n',
      'articles/2026/03/talks.ko.md': article('회담', '멜로니 총리는 16일 로마에서 3명을 만났다.'),
      'articles/2026/03/talks.en.md': article('Talks', 'Prime Minister Meloni met three people in Rome on the 17th.'),
      'articles/2026/03/port.ko.md': article('항만', '물동량이 12% 늘었다.'),
      'articles/2026/03/port.en.md': article('Port', 'Cargo rose 21%.'),
      'articles/2026/03/alone.en.md': article('Alone', 'Meloni spoke.'),
      'articles/2026/03/broken.ko.md': '---\ntitle: [unclosed\n---\n',
    });
    const site = await loadSite(root);
    const run = createJobRunner({ settings: site.settings, glossary: site.glossary, locales: site.locales, publication: {} });
    const bytes = (path: string) => new TextEncoder().encode(site.articles.find((a) => a.path === path)?.source ?? '---\ntitle: [unclosed\n---\n');
    const group = (key: string, paths: string[]): GroupJob => ({ key, pages: true, files: paths.map((path) => ({ path, bytes: bytes(path) })) });
    const groups = [
      group('2026/03/talks', ['articles/2026/03/talks.ko.md', 'articles/2026/03/talks.en.md']),
      group('2026/03/broken', ['articles/2026/03/broken.ko.md']),
      group('2026/03/port', ['articles/2026/03/port.ko.md', 'articles/2026/03/port.en.md']),
      group('2026/03/alone', ['articles/2026/03/alone.en.md']),
    ];
    const together = (run({ kind: 'groups', groups }) as GroupsResult).results;
    const alone = groups.map((g) => (run({ kind: 'groups', groups: [g] }) as GroupsResult).results[0]);
    expect(together).toEqual(alone);
    const rules = (i: number) => [...new Set(together[i]!.diagnostics.map((d) => d.rule))];
    expect(rules(0)).toEqual(['date-mismatch']);
    expect(rules(2)).toEqual(['number-mismatch']);
    expect(together[1]!.broken).toHaveLength(1);
    expect(together[2]!.pages).toHaveLength(2);
  });
});
