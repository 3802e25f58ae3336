/**
 * SPEC §2 and the line/column promise of §5, through `check --format json`:
 * every bad input it lists is frontmatter-invalid at the right line, and
 * findings point at the exact place in the file as written (front matter
 * counted) after a byte-order mark, CRLF line ends and decomposed Hangul.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeSite } from '../helpers/site.js';
import type { Diagnostic } from '../../src/types.js';

async function check(files: Record<string, string | Uint8Array>): Promise<{ code: number; summary: Record<string, number>; diagnostics: Diagnostic[] }> {
  const run = await runCli(['check', '--root', await makeSite(files), '--format', 'json']);
  expect(run.code).toBeLessThan(2);
  return { code: run.code, ...(JSON.parse(run.stdout) as { summary: Record<string, number>; diagnostics: Diagnostic[] }) };
}

const body = '\n부산항에 새 여객선이 취항했다.\n';
const at = (d: Diagnostic) => [d.rule, d.file, d.line];

describe('loading (SPEC §2)', () => {
  it('a .md file without a language suffix cannot tell its language', async () => {
    const { diagnostics } = await check({ 'articles/2026/notes.md': `---\ntitle: 메모\ndate: 2026-01-17\n---\n${body}` });
    expect(diagnostics.map(at)).toEqual([['frontmatter-invalid', 'articles/2026/notes.md', 1]]);
    expect(diagnostics[0]!.message).toMatch(/cannot tell the language/);
  });

  it('lang that disagrees with the suffix, at the lang line', async () => {
    const { diagnostics } = await check({ 'articles/ferry.ko.md': `---\ntitle: 여객선 취항\ndate: 2026-01-17\nlang: en\n---\n${body}` });
    expect(diagnostics.map(at)).toEqual([['frontmatter-invalid', 'articles/ferry.ko.md', 4]]);
  });

  it('a YAML syntax error at its line; a schema violation at the line of the field', async () => {
    const { diagnostics } = await check({
      'articles/a.ko.md': `---\ntitle: 여객선 취항\ndate: 2026-01-17\ntags:\n  - 부산\n  - [항구\n---\n${body}`,
      'articles/b.ko.md': `---\ntitle: 여객선 취항\ndate: 2026-01-17\nauthor: 김하늘\ndraft: yes\n---\n${body}`,
      'articles/c.ko.md': `---\ntitle: 여객선 취항\n\ndate: 17 January 2026\n---\n${body}`,
      'articles/d.ko.md': `---\ntitle: 여객선 취항\ndate: 2026-01-17\nupdated: 2026-02-30\n---\n${body}`,
      'articles/e.ko.md': `---\ndate: 2026-01-17\nslug: Ferry_Launch\n---\n${body}`,
    });
    expect(diagnostics.map(at)).toEqual([
      ['frontmatter-invalid', 'articles/a.ko.md', 6],
      ['frontmatter-invalid', 'articles/b.ko.md', 5],
      ['frontmatter-invalid', 'articles/c.ko.md', 4],
      ['frontmatter-invalid', 'articles/d.ko.md', 4],
      ['frontmatter-invalid', 'articles/e.ko.md', 1],
      ['frontmatter-invalid', 'articles/e.ko.md', 3],
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('invalid UTF-8 names the byte offset', async () => {
    const head = Buffer.from(`---\ntitle: 여객선\ndate: 2026-01-17\n---\n\n부산`, 'utf8');
    const bytes = Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    const { diagnostics } = await check({ 'articles/ferry.ko.md': bytes });
    expect(diagnostics.map(at)).toEqual([['frontmatter-invalid', 'articles/ferry.ko.md', 1]]);
    expect(diagnostics[0]!.message).toContain(`byte offset ${head.length}`);
  });

  it('unknown fields are kept, not rejected; names may be single strings; dates with and without time', async () => {
    const { code, summary, diagnostics } = await check({
      'articles/ferry.ko.md': `---\ntitle: 여객선 취항\ndate: 2026-01-17 10:30\nupdated: 2026-01-18\nroute: 부산-후쿠오카\nnames:\n  - ko: 뉴카멜리아\n    en: New Camellia\n---\n\n뉴카멜리아호가 취항했다.\n`,
      'articles/ferry.en.md': `---\ntitle: Ferry enters service\ndate: 2026-01-17T01:30:00Z\nupdated: 2026-01-18T00:00:00+09:00\nseats: 500\n---\n\nThe New Camellia entered service.\n`,
    });
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
    expect(summary.pairs).toBe(1);
  });

  it('names in front matter, in the single-string form, are glossary entries for the pair', async () => {
    const { diagnostics } = await check({
      'articles/ferry.ko.md': `---\ntitle: 여객선 취항\ndate: 2026-01-17\nnames:\n  - ko: 뉴카멜리아\n    en: New Camellia\n---\n\n뉴카멜리아호가 취항했다.\n`,
      'articles/ferry.en.md': `---\ntitle: Ferry enters service\ndate: 2026-01-17\n---\n\nThe new ferry entered service.\n`,
    });
    expect(diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['name-missing', 'articles/ferry.ko.md', 9]]);
    expect(diagnostics[0]!.message).toContain('New Camellia');
  });
});

describe('places in the source file', () => {
  const ko = '---\ntitle: 여객선 취항\ndate: 2026-01-17\n---\n\n부산항에 새 여객선이 취항했다.\n';
  // line 6, column 14: the Hangul left in the English text
  const en = '---\ntitle: Ferry enters service\ndate: 2026-01-17\n---\n\nA new ferry, 여객선이라는, entered service at Busan.\n';
  const place = (d: Diagnostic) => [d.line, d.column, d.endLine, d.endColumn];

  it('plain LF files', async () => {
    const { diagnostics } = await check({ 'articles/f.ko.md': ko, 'articles/f.en.md': en });
    expect(diagnostics.map((d) => d.rule)).toEqual(['untranslated']);
    expect(place(diagnostics[0]!)).toEqual([6, 14, 6, 20]);
  });

  it('the same places after a byte-order mark and CRLF line ends', async () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    const { diagnostics } = await check({ 'articles/f.ko.md': crlf(ko), 'articles/f.en.md': crlf(en) });
    expect(diagnostics.map(place)).toEqual([[6, 14, 6, 20]]);
  });

  it('decomposed (NFD) Hangul: counted on the NFC text', async () => {
    const { diagnostics } = await check({ 'articles/f.ko.md': ko.normalize('NFD'), 'articles/f.en.md': en.normalize('NFD') });
    expect(diagnostics.map(place)).toEqual([[6, 14, 6, 20]]);
  });

  it('front-matter findings at the field, with the other version\'s field as the related place', async () => {
    const { diagnostics } = await check({
      'articles/f.ko.md': '\uFEFF---\r\n# 부산 취재팀\r\ntitle: 여객선 취항\r\ncategory: economy\r\ndate: 2026-01-17\r\n---\r\n\r\n부산항에 새 여객선이 취항했다.\r\n',
      'articles/f.en.md': '---\ntitle: Ferry enters service\ndate: 2026-01-17\n\ncategory: transport\n---\n\nA new ferry entered service at Busan.\n',
    });
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.column, d.related])).toEqual([
      ['frontmatter-mismatch', 'articles/f.en.md', 5, 1, { file: 'articles/f.ko.md', line: 4, column: 1 }],
    ]);
  });
});

describe('frontmatter-mismatch (SPEC §5)', () => {
  const pair = (koFields: string, enFields: string) => ({
    'articles/m.ko.md': `---\ntitle: 여객선 취항\n${koFields}\n---\n\n부산항에 새 여객선이 취항했다.\n`,
    'articles/m.en.md': `---\ntitle: Ferry enters service\n${enFields}\n---\n\nA new ferry entered service at Busan.\n`,
  });
  const mismatches = async (koFields: string, enFields: string) =>
    (await check(pair(koFields, enFields))).diagnostics.filter((d) => d.rule === 'frontmatter-mismatch').map((d) => d.line);

  it('the same instant in two time zones is the same date', async () => {
    expect(await mismatches('date: 2026-01-17T09:00:00+09:00', 'date: 2026-01-17T00:00:00Z')).toEqual([]);
    expect(await mismatches('date: 2026-01-17T09:00:00', 'date: 2026-01-17T00:00:00Z')).toEqual([]);
    expect(await mismatches('date: 2026-01-17', 'date: 2026-01-16T15:00:00Z')).toEqual([]);
  });

  it('different instants, categories or draft states are errors at the field', async () => {
    expect(await mismatches('date: 2026-01-17T09:00:00+09:00', 'date: 2026-01-17T09:00:00Z')).toEqual([3]);
    expect(await mismatches('date: 2026-01-17\ncategory: economy', 'date: 2026-01-17\ncategory: transport')).toEqual([4]);
    expect(await mismatches('date: 2026-01-17\ndraft: true', 'date: 2026-01-17\ndraft: false')).toEqual([4]);
    expect(await mismatches('date: 2026-01-17\ndraft: false', 'date: 2026-01-17')).toEqual([]);
  });
});
