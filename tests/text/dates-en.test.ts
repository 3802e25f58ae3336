import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/check/text/dates.js';
import { mentions, REF } from './dates-helpers.js';

// Article date: 2026-01-17 (a Saturday) unless a row says otherwise.
const DATES: Array<[string, Array<[string, string]>]> = [
  // month first
  ['The cabinet approved the plan on December 19, 2023, in Tokyo.', [['December 19, 2023', '2023-12-19']]],
  ['The deal was signed Dec. 19, 2023.', [['Dec. 19, 2023', '2023-12-19']]],
  ['The leaders met Sept. 5 in Jakarta.', [['Sept. 5', '--09-05']]],
  ['It was announced on December 19.', [['December 19', '--12-19']]],
  ['Talks resumed on December 19th.', [['December 19th', '--12-19']]],
  ['The treaty took effect in December 2023.', [['December 2023', '2023-12']]],
  ['Exports fell in Dec. 2023 as well.', [['Dec. 2023', '2023-12']]],
  ['The summit at Camp David in August set the agenda.', [['August', '--08']]],
  ['The envoy returned in May.', [['May', '--05']]],
  ['The vote is set for May 19.', [['May 19', '--05-19']]],
  ['Prices peaked in mid-December.', [['December', '--12']]],
  ['The March talks collapsed.', [['March', '--03']]],
  ['Since January, the ministry has said little.', [['January', '--01']]],
  ['April 27 Panmunjom Declaration', [['April 27', '--04-27']]],
  ['It began in December last year.', [['December last year', '2025-12']]],
  ['The review ends in March next year.', [['March next year', '2027-03']]],
  // day first
  ['The accord was signed on 19 December 2023.', [['19 December 2023', '2023-12-19']]],
  ['They met on 19 Dec 2023 in Rome.', [['19 Dec 2023', '2023-12-19']]],
  ['The drills run until 3 March.', [['3 March', '--03-03']]],
  ['The ceremony is on the 16th of December.', [['16th of December', '--12-16']]],
  ['He arrived on the 2nd of June 2025.', [['2nd of June 2025', '2025-06-02']]],
  // the 16th
  ['The ministers met in Japan on the 16th.', [['16th', '---16']]],
  ['The Times reported on the 16th, citing officials.', [['16th', '---16']]],
  ['On the 22nd, the two sides issued a statement.', [['22nd', '---22']]],
  ['He will visit Seoul on the 19th following his stop in Tokyo.', [['19th', '---19']]],
  ['The two leaders met on the 13th in Kyoto.', [['13th', '---13']]],
  ['The vote falls on the 3rd (local time).', [['3rd', '---03']]],
  ['The report came out on the 16th of this month.', [['16th of this month', '2026-01-16']]],
  // the day between subject and verb, as news English writes it
  ['The Supreme Court on the 15th upheld a lower court ruling.', [['15th', '---15']]],
  ['The ministry on the 19th announced the plan.', [['19th', '---19']]],
  ['The ministry on the 19th officially said so.', [['19th', '---19']]],
  ['Seoul on the 9th sent an envoy.', [['9th', '---09']]],
  // years
  ['Relations were upgraded in 2018.', [['2018', '2018']]],
  ['The fighter could enter service by 2035.', [['2035', '2035']]],
  ['The 2023 agreement was signed in Tokyo.', [['2023', '2023']]],
  ['The 2018 talks broke down.', [['2018', '2018']]],
  ["Japan's 2024 defense budget rose.", [['2024', '2024']]],
  ['Growth slowed in mid-2023.', [['2023', '2023']]],
  ['Between 2019 and 2023, spending doubled.', [['2019', '2019'], ['2023', '2023']]],
  ['Output rose over the 2019–2020 period.', [['2019', '2019'], ['2020', '2020']]],
  ['The 2019-20 season was cut short.', [['2019', '2019'], ['20', '2020']]],
  ['In fiscal 2024, the ministry overspent.', [['2024', '2024']]],
  ["2018's summit set the tone.", [['2018', '2018']]],
  ['It was a 2019-era design.', [['2019', '2019']]],
  // numeric forms
  ['Data as of 2026-01-17 show a rise.', [['2026-01-17', '2026-01-17']]],
  ['Posted 2026/1/17.', [['2026/1/17', '2026-01-17']]],
  ['Released 2026. 1. 17. by the ministry.', [['2026. 1. 17.', '2026-01-17']]],
  ['The memo is dated 2026.1.17 and signed.', [['2026.1.17', '2026-01-17']]],
  ['Filed 12/19/2023 with the court.', [['12/19/2023', '2023-12-19']]],
  // relative years and months
  ['The three countries agreed last year to merge their plans.', [['last year', '2025']]],
  ['Kyiv received some of them late last year.', [['last year', '2025']]],
  ['Last year, exports grew.', [['Last year', '2025']]],
  ['This year the budget will grow.', [['This year', '2026']]],
  ['A decision is due next year.', [['next year', '2027']]],
  ['The ministry said so earlier this month.', [['this month', '2026-01']]],
  ['Last month’s report was revised.', [['Last month', '2025-12']]],
  ['Talks resume next month.', [['next month', '2026-02']]],
  // ranges and lists: both ends
  ['The drills ran December 14–16, 2023.', [['December 14', '2023-12-14'], ['16, 2023', '2023-12-16']]],
  ['The drills ran from 14–16 December.', [['14', '--12-14'], ['16 December', '--12-16']]],
  ['The forum met Dec. 14 and 15.', [['Dec. 14', '--12-14'], ['15', '--12-15']]],
  ['It was held December 14, 15 and 16.', [['December 14', '--12-14'], ['15', '--12-15'], ['16', '--12-16']]],
  ['The office closes December 30 to January 2.', [['December 30', '--12-30'], ['January 2', '--01-02']]],
  ['Talks were held on the 14th and 15th of December.', [['14th', '--12-14'], ['15th of December', '--12-15']]],
  ['They met from the 14th to the 16th.', [['14th', '---14'], ['16th', '---16']]],
  // counterparts only: weekdays, relative days, months and years in names
  ['The ministry said on Tuesday that it would respond.', [['Tuesday', '2026-01-13 or 2026-01-20?']]],
  ['Officials said yesterday that talks had stalled.', [['yesterday', '2026-01-16?']]],
  ['Exports rose 13% from a year earlier.', [['a year earlier', '2025?']]],
  ['Prices rose 2.1% year on year.', [['year on year', '2025?']]],
  ['Sales grew 4% year-on-year in March.', [['year-on-year', '2025?'], ['March', '--03']]],
  ['Today, Japan faces new threats.', [['Today', '2026-01-17?']]],
  ['June Lee, a spokesperson, declined to comment.', [['June', '--06?']]],
  ['The Vision 2030 plan was unveiled.', [['2030', '2030?']]],
  ['Leaders March on Capital', [['March', '--03?']]],
  // `May` beside another month is the month
  ['Drills are planned for April and May.', [['April', '--04'], ['May', '--05']]],
  ['May, June and July were quiet.', [['May', '--05'], ['June', '--06'], ['July', '--07']]],
  ['The May–June session ended.', [['May', '--05'], ['June', '--06']]],
];

// Nothing here is a date.
const NOT_DATES = [
  'The 19th century saw rapid change.',
  'The 21st National Assembly passed the bill.',
  'It was the 19th Party Congress.',
  'He lives on the 16th floor.',
  'Seoul is seeded on the 3rd seed line.',
  'The decision rests on the 5th amended draft.',
  'It marks the 70th anniversary.',
  'She was the 16th in a long line of envoys.',
  'They fought in the 19th-century wars.',
  'The meeting ended at 11:52 a.m.',
  'It starts at 3 p.m. sharp.',
  'The relationship grew in the 1990s.',
  "Tension rose in the 1990's as well.",
  'About 2,000 troops were deployed.',
  'Some 2000 troops were deployed.',
  'A 2000-strong force was sent.',
  'The force of 2000 troops was ready.',
  'Resolution 2094 tightened sanctions.',
  'Under Resolution No. 2087, exports were banned.',
  'The F-2 replaced older jets.',
  'It cost $2020 in all.',
  'The first time in four years.',
  'Protesters march on the capital.',
  'May I add one point?',
  'Theresa May said nothing.',
  'Pi is roughly 3.14 here.',
  'Over the last year, trade shrank.',
  'In the next month, talks may resume.',
  'Growth reached 12.19 percent.',
  'They held 24/7 patrols.',
  'Sales rose 2019% in a decade.',
  'Dec was his nickname.',
  'The KF-21 Boramae flew.',
];

describe('English date mentions', () => {
  it.each(DATES)('%s', (text, expected) => {
    expect(mentions(text, 'en')).toEqual(expected);
  });

  it.each(NOT_DATES)('not a date: %s', (text) => {
    expect(mentions(text, 'en')).toEqual([]);
  });

  it('takes no word every object has for a month (constructor 19, toString 5)', () => {
    expect(mentions('The constructor 19 and toString 5 said valueOf 12.', 'en')).toEqual([]);
  });

  it('rolls relative months and years over the turn of the year', () => {
    const january = { year: 2026, month: 1, day: 5 };
    expect(mentions('It was agreed last month.', 'en', january)).toEqual([['last month', '2025-12']]);
    const december = { year: 2025, month: 12, day: 20 };
    expect(mentions('It takes effect next month.', 'en', december)).toEqual([['next month', '2026-01']]);
    expect(mentions('It takes effect next year.', 'en', december)).toEqual([['next year', '2026']]);
  });

  it('resolves a weekday to its last and next occurrence around the article date', () => {
    // The article date itself is a Saturday.
    expect(mentions('on Saturday', 'en')).toEqual([['Saturday', '2026-01-17 or 2026-01-24?']]);
    expect(mentions('on Friday', 'en')).toEqual([['Friday', '2026-01-16 or 2026-01-23?']]);
  });

  it('resolves `last` and a weekday to one of its past occurrences, a week ago on the same weekday', () => {
    expect(mentions('She spoke in Rome last Saturday.', 'en')).toEqual([['Saturday', '2026-01-10 or 2026-01-17?']]);
    expect(mentions('She spoke in Rome last Friday.', 'en')).toEqual([['Friday', '2026-01-09 or 2026-01-16?']]);
  });

  it('reads several dates in one paragraph, in order', () => {
    const text = 'Japan and Italy signed the deal on December 14, 2023, after talks on the 13th; it runs until 2035.';
    expect(mentions(text, 'en')).toEqual([
      ['December 14, 2023', '2023-12-14'],
      ['13th', '---13'],
      ['2035', '2035'],
    ]);
  });

  it('rejects days that the month does not have', () => {
    expect(mentions('on February 30', 'en')).toEqual([['February', '--02']]);
    expect(mentions('on February 29, 2024', 'en')).toEqual([['February 29, 2024', '2024-02-29']]);
  });

  it('scans long and hostile text in linear time', () => {
    const time = (text: string) => {
      let ms = Infinity;
      let found = 0;
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        found = extractDates(text, 'en', REF).length;
        ms = Math.min(ms, performance.now() - started);
      }
      return { found, ms };
    };
    const unit = 'on the 16th, December 19, 2023, December 14–16 in 2018 the 19th century 3.14 last year May I ';
    expect(time(unit.repeat(2_500)).found).toBe(6 * 2_500);
    // Eight times the text may take about eight times as long, not sixty-four.
    const small = time(unit.repeat(2_500)).ms;
    const large = time(unit.repeat(20_000)).ms;
    expect(large).toBeLessThan(Math.max(small, 10) * 24);
    for (const hostile of ['1st and '.repeat(30_000), '1, '.repeat(100_000), 'the '.repeat(50_000), 'December 1–'.repeat(30_000)]) {
      expect(time(hostile).ms).toBeLessThan(2000);
    }
  });
});
