/**
 * SPEC §3 through `check --format json`: pairs by path and by
 * translationKey, and the three pairing findings at their places.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeSite } from '../helpers/site.js';
import type { Diagnostic } from '../../src/types.js';

interface Report {
  summary: { articles: number; pairs: number; errors: number; warnings: number };
  diagnostics: Diagnostic[];
}

/** An article whose front matter is `fields` (one per line) after title and date. */
function ko(fields = ''): string {
  return `---\ntitle: 부산 국제영화제 개막\ndate: 2026-10-02T18:00:00+09:00\n${fields}---\n\n영화제가 부산에서 막을 올렸다.\n`;
}
function en(fields = ''): string {
  return `---\ntitle: Busan film festival opens\ndate: 2026-10-02T09:00:00Z\n${fields}---\n\nThe film festival opened in Busan.\n`;
}

async function check(files: Record<string, string>): Promise<Report> {
  const run = await runCli(['check', '--root', await makeSite(files), '--format', 'json']);
  expect(run.code).toBeLessThan(2);
  return JSON.parse(run.stdout) as Report;
}

describe('pairing', () => {
  it('pairs by path below articles/, and by translationKey when the names differ', async () => {
    const report = await check({
      'articles/2026/10/biff.ko.md': ko(),
      'articles/2026/10/biff.en.md': en(),
      'articles/ko-only-name/영화제.ko.md': ko('slug: yeonghwaje\ntranslationKey: festival-2026\n'),
      'articles/elsewhere/film-festival.en.md': en('translationKey: festival-2026\n'),
    });
    expect(report.summary).toEqual({ articles: 4, pairs: 2, errors: 0, warnings: 0 });
    expect(report.diagnostics).toEqual([]);
  });

  it('an article alone is a warning (unpaired) naming the missing file; exit 0', async () => {
    const root = await makeSite({ 'articles/2026/10/biff.ko.md': ko() });
    const run = await runCli(['check', '--root', root, '--format', 'json']);
    expect(run.code).toBe(0);
    const [d] = (JSON.parse(run.stdout) as Report).diagnostics;
    expect(d).toMatchObject({ rule: 'unpaired', severity: 'warning', file: 'articles/2026/10/biff.ko.md', key: '2026/10/biff' });
    expect(d!.message).toContain('articles/2026/10/biff.en.md');
  });

  it('a translationKey on one version only leaves both unpaired, each naming the other file and its key', async () => {
    const report = await check({ 'articles/biff.ko.md': ko('translationKey: festival-2026\n'), 'articles/biff.en.md': en() });
    expect(report.summary.pairs).toBe(0);
    expect(report.diagnostics.map((d) => [d.rule, d.file, d.line, d.related?.file])).toEqual([
      ['unpaired', 'articles/biff.en.md', 1, 'articles/biff.ko.md'],
      ['unpaired', 'articles/biff.ko.md', 4, 'articles/biff.en.md'],
    ]);
    expect(report.diagnostics[0]!.message).toContain('"festival-2026"');
    expect(report.diagnostics[1]!.message).toContain('"biff"');
  });

  it('two articles of one language with one key: duplicate-translation at the translationKey line', async () => {
    const report = await check({
      'articles/a.ko.md': ko(),
      'articles/a.en.md': en(),
      'articles/b.en.md': en('translationKey: a\n'),
    });
    const found = report.diagnostics.filter((d) => d.rule === 'duplicate-translation');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: 'articles/b.en.md', line: 4, column: 1 });
    expect(found[0]!.related?.file).toBe('articles/a.en.md');
    expect(report.summary.pairs).toBe(1);
  });
});

describe('slug-conflict', () => {
  it('same file name in two folders: one finding, related to the other file', async () => {
    const report = await check({
      'articles/2025/summit.ko.md': ko(),
      'articles/2025/summit.en.md': en(),
      'articles/2026/summit.ko.md': ko(),
      'articles/2026/summit.en.md': en(),
    });
    const found = report.diagnostics.filter((d) => d.rule === 'slug-conflict');
    expect(found.map((d) => [d.file, d.related?.file])).toEqual([
      ['articles/2026/summit.en.md', 'articles/2025/summit.en.md'],
      ['articles/2026/summit.ko.md', 'articles/2025/summit.ko.md'],
    ]);
    expect(found.every((d) => d.severity === 'error')).toBe(true);
  });

  it('a slug: field that takes another file\'s page is reported at that field, whichever file comes first', async () => {
    const report = await check({
      'articles/a/harbour.ko.md': ko('slug: port\n'),
      'articles/a/harbour.en.md': en('slug: harbour-en\n'),
      'articles/b/port.ko.md': ko(),
      'articles/b/port.en.md': en(),
    });
    const found = report.diagnostics.filter((d) => d.rule === 'slug-conflict');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'articles/a/harbour.ko.md', line: 4, column: 1 });
    expect(found[0]!.related?.file).toBe('articles/b/port.ko.md');
    expect(found[0]!.message).toContain('ko/port/');
  });

  it('file names that differ only in case make one page: a conflict', async () => {
    const report = await check({
      'articles/x/Seoul.ko.md': ko(),
      'articles/x/Seoul.en.md': en(),
      'articles/y/seoul.ko.md': ko(),
      'articles/y/seoul.en.md': en(),
    });
    const found = report.diagnostics.filter((d) => d.rule === 'slug-conflict');
    expect(found.map((d) => d.file).sort()).toEqual(['articles/y/seoul.en.md', 'articles/y/seoul.ko.md']);
    expect(report.summary.pairs).toBe(2);
  });
});
