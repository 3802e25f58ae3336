import { beforeAll, describe, expect, it } from 'vitest';
import { numberMismatch } from '../../src/check/rules/number-mismatch.js';
import { RULES } from '../../src/check/rules/index.js';
import { checkSite } from '../../src/check/run.js';
import { article, makeSite } from '../helpers/site.js';
import { findingsOf, place } from './glossary-rules-harness.js';

const KO = 'articles/2026/01/cost-sharing.ko.md';
const EN = 'articles/2026/01/cost-sharing.en.md';

describe('number-mismatch', () => {
  const site = ['number-mismatch', 'fires'];

  beforeAll(() => {
    // Run the rule even where the registry does not list it (yet).
    if (!RULES.some((r) => r.id === numberMismatch.id)) RULES.push(numberMismatch);
  });

  it('finds every changed, missing or added figure at its line, in both versions', async () => {
    const found = await findingsOf(numberMismatch, ...site);
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      place(site, EN, 6, '3.8%'),
      place(site, EN, 10, '$30 million'),
      place(site, EN, 12, '13th'),
      place(site, EN, 14, '50 billion won'),
      place(site, EN, 16, 'a dozen'),
      place(site, KO, 6, '8.3%'),
      place(site, KO, 8, '40%'),
      place(site, KO, 12, '제11차'),
      place(site, KO, 14, '500억 엔'),
    ]);
    expect(found.every((d) => d.severity === 'error' && d.key === '2026/01/cost-sharing')).toBe(true);
  });

  it('gives the normalized value and names the likeliest counterpart', async () => {
    const found = await findingsOf(numberMismatch, ...site);
    const at = (file: string, line: number) => found.find((d) => d.file === file && d.line === line)!;

    const dollars = at(EN, 10);
    expect(dollars.message).toBe(
      'number 30,000,000 USD ("$30 million") has no counterpart in the Korean version; nearest there: 300,000,000 USD ("3억 달러") on line 10',
    );
    expect(dollars.related).toEqual(place(site, KO, 10, '3억 달러'));
    expect(dollars.endColumn).toBe(dollars.column + '$30 million'.length);

    const yen = at(KO, 14);
    expect(yen.message).toBe(
      'number 50,000,000,000 JPY ("500억 엔") has no counterpart in the English version; nearest there: 50,000,000,000 KRW ("50 billion won") on line 14',
    );
    expect(yen.endColumn).toBe(yen.column + '500억 엔'.length);

    expect(at(KO, 6).message).toMatch(/^number 8\.3% \("8\.3%"\) has no counterpart in the English version; nearest there: 3\.8% \("3\.8%"\) on line 6$/);
    expect(at(KO, 12).message).toContain('number 11th ("제11차")');
    expect(at(KO, 12).message).toContain('nearest there: 13th ("13th") on line 12');
    expect(at(EN, 16).message).toMatch(/^number 12 \("a dozen"\) has no counterpart in the Korean version/);
  });

  it('reports a repeated value once, and not at all when one of its repeats has a counterpart', async () => {
    const found = await findingsOf(numberMismatch, ...site);
    // 3억 달러 (lines 10 and 16 of the Korean) matches $300 million on line 16 of the English.
    expect(found.filter((d) => d.file === KO && d.message.includes('300,000,000 USD ("3억'))).toEqual([]);
  });

  it('raises nothing on a faithful translation full of scales, number words, conversions, dates and model names', async () => {
    expect(await findingsOf(numberMismatch, 'number-mismatch', 'clean')).toEqual([]);
  });

  it('names no counterpart when the other version has no figure of the sort', async () => {
    const root = await makeSite({
      'articles/2026/01/poll.ko.md': article('여론조사', '응답자 1,200명 가운데 지지율은 45%였다.'),
      'articles/2026/01/poll.en.md': article('Poll', 'Of the 1,200 people asked, many backed him.'),
    });
    const found = (await checkSite(root)).diagnostics.filter((d) => d.rule === 'number-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('number 45% ("45%") has no counterpart in the English version');
    expect(found[0]!.related).toBeUndefined();
    expect(found[0]).toMatchObject({ file: 'articles/2026/01/poll.ko.md', line: 6, column: 21, endColumn: 24 });
  });

  it('stays fast on a long pair where every figure disagrees', async () => {
    const paragraphs = 4000;
    const ko = Array.from({ length: paragraphs }, (_, i) => `예산은 ${1000 + i}억 원이다.`).join('\n\n');
    const en = Array.from({ length: paragraphs }, (_, i) => `The budget is ${2000 + i} billion won.`).join('\n\n');
    const root = await makeSite({
      'articles/2026/01/long.ko.md': article('예산', ko),
      'articles/2026/01/long.en.md': article('Budget', en),
    });
    // Only this rule: the time measured is loading, prose, dates and number-mismatch.
    const others = RULES.splice(0, RULES.length, numberMismatch);
    const started = performance.now();
    const result = await checkSite(root).finally(() => RULES.splice(0, RULES.length, ...others));
    const elapsed = performance.now() - started;
    const found = result.diagnostics.filter((d) => d.rule === 'number-mismatch');
    // 1,000억–2,999억 원 on one side, 2,000–5,999 billion won on the other: 100–299.9 billion overlap nowhere
    expect(found).toHaveLength(2 * paragraphs);
    expect(elapsed).toBeLessThan(10_000);
  });
});

