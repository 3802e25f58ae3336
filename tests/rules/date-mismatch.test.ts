import { describe, expect, it } from 'vitest';
import { dateMismatch } from '../../src/check/rules/date-mismatch.js';
import { makeSite } from '../helpers/site.js';
import { findingsIn, placeOf, where } from './harness.js';

const KO = 'articles/2026/01/submarine-talks.ko.md';
const EN = 'articles/2026/01/submarine-talks.en.md';

function page(title: string, body: string, date = '2026-01-17T10:00:00+09:00'): string {
  return `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;
}

async function pairSite(ko: string, en: string, date?: string): Promise<string> {
  return makeSite({
    'articles/2026/01/x.ko.md': page('회담', ko, date),
    'articles/2026/01/x.en.md': page('Talks', en, date),
  });
}

describe('date-mismatch', () => {
  it('stays silent on a faithful translation full of relative and year-less dates', async () => {
    // 16일 ↔ on the 16th, 지난해 12월 ↔ December last year, 다음 달 5일 ↔ February 5,
    // 이달 ↔ this month, 화요일 ↔ on Tuesday, 15일(현지시간) ↔ on Thursday; durations, times and ordinals are not dates.
    expect(await findingsIn(dateMismatch, 'date-mismatch/clean')).toEqual([]);
  });

  it('stays silent on datelines, ranges, quoted reports, event names and headline case', async () => {
    // 2025. 12. 20. (a Markdown list number) ↔ Dec. 20, 2025; 지난 14~16일 ↔ from the 14th to the 16th;
    // 19일(현지시간) ↔ on Friday; 내년 1월 ↔ January next year; 9·19 ↔ September 19; 연내 ↔ within the year.
    expect(await findingsIn(dateMismatch, 'date-mismatch/clean-varied')).toEqual([]);
  });

  it('finds defects in datelines, ranges and relative months', async () => {
    const site = 'date-mismatch/defects-varied';
    const ko = 'articles/2025/12/missile-shield.ko.md';
    const en = 'articles/2025/12/missile-shield.en.md';
    const found = await findingsIn(dateMismatch, site);
    // `January next year` is still matched: 다음 달 (line 19) is January 2026 too.
    expect(found.map(where)).toEqual([
      { ...placeOf(site, en, 7, 'Dec. 21, 2025'), related: placeOf(site, ko, 7, '2025. 12. 20.') },
      { ...placeOf(site, en, 9, '13th'), related: placeOf(site, ko, 9, '14~16') },
      { ...placeOf(site, ko, 7, '2025. 12. 20.'), related: placeOf(site, en, 7, 'Dec. 21, 2025') },
      { ...placeOf(site, ko, 15, '내년 2월'), related: placeOf(site, en, 15, 'January next year') },
    ]);
    expect(found[0]!.message).toBe(
      'date 2025-12-21 ("Dec. 21, 2025") has no counterpart in the Korean version; nearest there: 2025-12-20 ("2025. 12. 20.") on line 7',
    );
  });

  it('finds every injected defect at its line, in both versions', async () => {
    const site = 'date-mismatch/defects';
    const found = await findingsIn(dateMismatch, site);
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      placeOf(site, EN, 9, 'December this year'),
      placeOf(site, EN, 11, '2030'),
      placeOf(site, EN, 13, 'February 5'),
      placeOf(site, EN, 15, '2019'),
      placeOf(site, EN, 17, 'January 12'),
      placeOf(site, KO, 9, '지난해 12월'),
      placeOf(site, KO, 11, '2035년'),
      placeOf(site, KO, 13, '다음 달 6일'),
      placeOf(site, KO, 13, '19일'),
      placeOf(site, KO, 15, '2018년'),
      placeOf(site, KO, 17, '11일'),
    ]);
    expect(found.every((d) => d.severity === 'error' && d.key === '2026/01/submarine-talks')).toBe(true);
  });

  it('gives the normalized date and names the nearest counterpart in the other version', async () => {
    const site = 'date-mismatch/defects';
    const found = await findingsIn(dateMismatch, site);
    const at = (file: string, line: number) => found.find((d) => d.file === file && d.line === line)!;

    const lastYear = at(KO, 9);
    expect(lastYear.message).toBe(
      'date 2025-12 ("지난해 12월") has no counterpart in the English version; nearest there: 2026-12 ("December this year") on line 9',
    );
    expect(lastYear.related).toEqual(placeOf(site, EN, 9, 'December this year'));
    expect(lastYear.endColumn).toBe(lastYear.column + '지난해 12월'.length);

    const year = at(EN, 11);
    expect(year.message).toBe('date 2030 ("2030") has no counterpart in the Korean version; nearest there: 2035 ("2035년") on line 11');
    expect(year.related).toEqual(placeOf(site, KO, 11, '2035년'));
    expect(year.endColumn).toBe(year.column + 4);

    expect(at(KO, 15).message).toBe('date 2018 ("2018년") has no counterpart in the English version; nearest there: 2019 ("2019") on line 15');
    expect(at(EN, 13).message).toBe(
      'date --02-05 ("February 5") has no counterpart in the Korean version; nearest there: 2026-02-06 ("다음 달 6일") on line 13',
    );
  });

  it('matches each distinct date in both directions and reports the first of its repeats', async () => {
    const root = await pairSite(
      '2023년 12월 14일 협정이 체결됐다.\n\n협정은 2023년 12월 14일 발효됐고, 15일 공개됐다.',
      'The pact was signed in 2023.\n\nIt took effect in 2023 and was published on the 15th.',
    );
    const found = await findingsIn(dateMismatch, root);
    // The day is lost in the English (`in 2023`); `15일` ↔ `the 15th` match; `in 2023` is matched by the full date.
    expect(found.map((d) => [d.file.slice(-5), d.line, d.message])).toEqual([
      ['ko.md', 6, 'date 2023-12-14 ("2023년 12월 14일") has no counterpart in the English version; nearest there: 2023 ("2023") on line 6'],
    ]);
  });

  it('finds dates in the title and block quotes, not in code', async () => {
    const root = await makeSite({
      'articles/2026/01/x.ko.md': page('12월 19일 회담 결과', '> 합의는 2023년에 이뤄졌다.\n\n`2024년` 이라고 적힌 표'),
      'articles/2026/01/x.en.md': page('Results of the Dec. 20 talks', '> The deal was struck in 2022.\n\nA table marked `2024`'),
    });
    const found = await findingsIn(dateMismatch, root);
    const [ko, en] = ['articles/2026/01/x.ko.md', 'articles/2026/01/x.en.md'];
    expect(found.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      placeOf(root, en, 2, 'Dec. 20'),
      placeOf(root, en, 6, '2022'),
      placeOf(root, ko, 2, '12월 19일'),
      placeOf(root, ko, 6, '2023년'),
    ]);
  });

  it('reads relative words against each version\'s own date, across the turn of the year', async () => {
    const root = await pairSite('지난달 합의했고 내년에 시행한다.', 'They agreed in December 2025 and the rule takes effect in 2027.', '2026-01-02T09:00:00+09:00');
    expect(await findingsIn(dateMismatch, root)).toEqual([]);
    const wrong = await pairSite('지난달 합의했다.', 'They agreed in December 2026.', '2026-01-02T09:00:00+09:00');
    expect((await findingsIn(dateMismatch, wrong)).map((d) => d.message)).toEqual([
      'date 2026-12 ("December 2026") has no counterpart in the Korean version; nearest there: 2025-12 ("지난달") on line 6',
      'date 2025-12 ("지난달") has no counterpart in the English version; nearest there: 2026-12 ("December 2026") on line 6',
    ]);
  });

  it('needs no counterpart for weekdays, relative days or event names, but lets them stand for one', async () => {
    const root = await pairSite(
      '국방부는 어제 9·19 군사합의 복원을 논의했다. 외교부는 16일 환영했다.',
      'The ministry discussed restoring the military agreement on Friday. The foreign ministry welcomed it yesterday.',
    );
    expect(await findingsIn(dateMismatch, root)).toEqual([]);
  });

  it('is silenced by an ignore-next comment before the block', async () => {
    const root = await pairSite(
      '<!-- pairpress-ignore-next date-mismatch -->\n2023년 12월 14일 체결됐다.',
      'It was signed on December 15, 2023.',
    );
    const found = await findingsIn(dateMismatch, root);
    expect(found.map((d) => d.file.slice(-5))).toEqual(['en.md']);
  });

  it('checks an article with thousands of dates quickly', async () => {
    // One paragraph of soft-wrapped lines: a single line this long would exceed the line-length limit.
    const ko = Array.from({ length: 3000 }, (_, i) => `${1950 + (i % 140)}년 ${(i % 12) + 1}월 ${(i % 28) + 1}일`).join(',\n');
    const en = Array.from({ length: 3000 }, (_, i) => `${['January', 'March', 'May'][i % 3]} ${(i % 27) + 1}, ${1951 + (i % 140)}`).join(';\n');
    const root = await pairSite(ko, en);
    const started = performance.now();
    const found = await findingsIn(dateMismatch, root);
    expect(found.length).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
