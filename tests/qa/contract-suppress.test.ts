/**
 * SPEC §5.6 through `check --format json`: switching rules off for the
 * site, for one article, and for one block.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeSite } from '../helpers/site.js';
import type { Diagnostic } from '../../src/types.js';

function article(title: string, date: string, body: string, fields = ''): string {
  return `---\ntitle: ${title}\ndate: ${date}\n${fields}---\n\n${body}\n`;
}

/** Korean says 30,000 people and 17 January; English says 40,000 and the 18th. */
const ko = (fields = '') => article('겨울 축제 폐막', '2026-01-17', '축제에는 관객 3만 명이 다녀갔다.', fields);
const en = (fields = '') => article('Winter festival closes', '2026-01-18', 'A crowd of 40,000 visited the festival.', fields);

async function findings(files: Record<string, string>, args: string[] = []): Promise<{ code: number; diagnostics: Diagnostic[] }> {
  const run = await runCli(['check', '--root', await makeSite(files), '--format', 'json', ...args]);
  expect(run.code).toBeLessThan(2);
  return { code: run.code, diagnostics: (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics };
}

const rulesOf = (ds: Diagnostic[]) => [...new Set(ds.map((d) => d.rule))].sort();

describe('switching rules off', () => {
  it('without any switch, the pair disagrees on the date field and the number', async () => {
    const { code, diagnostics } = await findings({ 'articles/fest.ko.md': ko(), 'articles/fest.en.md': en() });
    expect(code).toBe(1);
    expect(rulesOf(diagnostics)).toEqual(['frontmatter-mismatch', 'number-mismatch']);
    expect(diagnostics.filter((d) => d.rule === 'number-mismatch').map((d) => d.file).sort()).toEqual([
      'articles/fest.en.md',
      'articles/fest.ko.md',
    ]);
  });

  it('site-wide: "warning" and "off" in the settings', async () => {
    const settings = JSON.stringify({ rules: { 'number-mismatch': 'warning', 'frontmatter-mismatch': 'off' } });
    const { code, diagnostics } = await findings({ 'articles/fest.ko.md': ko(), 'articles/fest.en.md': en(), 'pairpress.config.json': settings });
    expect(code).toBe(0);
    expect(rulesOf(diagnostics)).toEqual(['number-mismatch']);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('"error" raises a warning rule', async () => {
    const settings = JSON.stringify({ rules: { unpaired: 'error' } });
    const { code, diagnostics } = await findings({ 'articles/fest.ko.md': ko(), 'pairpress.config.json': settings });
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([['unpaired', 'error']]);
  });

  it('one article: ignore in the translation\'s front matter', async () => {
    const { code, diagnostics } = await findings({
      'articles/fest.ko.md': ko(),
      'articles/fest.en.md': en('ignore: [number-mismatch, frontmatter-mismatch]\n'),
    });
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('one article: ignore in the original silences the comparison of the pair too', async () => {
    const { code, diagnostics } = await findings({
      'articles/fest.ko.md': ko('ignore: [number-mismatch, frontmatter-mismatch]\n'),
      'articles/fest.en.md': en(),
    });
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('ignore is per article: a rule about one version alone is not silenced by the other', async () => {
    const { diagnostics } = await findings({
      'articles/fest.ko.md': ko('ignore: [untranslated]\n'),
      'articles/fest.en.md': article('Winter festival closes', '2026-01-17', 'A crowd of 30,000 visited the 겨울축제 grounds.'),
    });
    expect(rulesOf(diagnostics)).toEqual(['untranslated']);
    expect(diagnostics[0]!.file).toBe('articles/fest.en.md');
  });
});

describe('<!-- pairpress-ignore-next -->', () => {
  const en3 = (comments: [string, string, string]) =>
    article(
      'Three notes',
      '2026-01-17',
      `${comments[0]}The 안전수칙 were read out first.\n\n${comments[1]}Then the 행사안내 followed.\n\n${comments[2]}Last came the 폐막공연 itself.`,
    );
  const ko3 = article('세 가지 안내', '2026-01-17', '먼저 안전수칙을 읽었다.\n\n이어서 행사 안내가 있었다.\n\n마지막으로 폐막 공연이 열렸다.');

  it('silences the named rule for the next block only, at any of several ids, or every rule without one', async () => {
    const lines = async (comments: [string, string, string]) =>
      (await findings({ 'articles/n.ko.md': ko3, 'articles/n.en.md': en3(comments) })).diagnostics
        .filter((d) => d.rule === 'untranslated')
        .map((d) => d.line);
    // the three paragraphs are on lines 6, 8 and 10 without comments
    expect(await lines(['', '', ''])).toEqual([6, 8, 10]);
    const one = '<!-- pairpress-ignore-next untranslated -->\n';
    expect(await lines([one, '', ''])).toEqual([9, 11]);
    const several = '<!-- pairpress-ignore-next date-mismatch untranslated -->\n';
    expect(await lines(['', several, ''])).toEqual([6, 11]);
    const commas = '<!-- pairpress-ignore-next date-mismatch, untranslated -->\n';
    expect(await lines(['', '', commas])).toEqual([6, 8]);
    const every = '<!-- pairpress-ignore-next -->\n';
    expect(await lines([every, '', ''])).toEqual([9, 11]);
    const other = '<!-- pairpress-ignore-next number-mismatch -->\n';
    expect(await lines([other, '', ''])).toEqual([7, 9, 11]);
  });
});
