import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/check/text/dates.js';
import { extractQuantities, formatQuantity, quantitiesMatch, unmatched, type Quantity } from '../../src/check/text/numbers.js';

const ko = (text: string) => extractQuantities(text, 'ko', []);
const en = (text: string) => extractQuantities(text, 'en', []);
const same = (q: Quantity) => q;

/** Values of one version with no counterpart in the other, both ways. */
function missing(koText: string, enText: string): { ko: string[]; en: string[] } {
  const k = ko(koText);
  const e = en(enText);
  return { ko: unmatched(k, e, same).map(formatQuantity), en: unmatched(e, k, same).map(formatQuantity) };
}

describe('Korean and English phrasings that agree', () => {
  const agree: Array<[string, string]> = [
    ['3억 달러를 지원한다', 'it gives $300 million'],
    ['3억 달러', '300 million dollars'],
    ['2,000억 원', '200 billion won'],
    ['1조 2천억 원', '1.2 trillion won'],
    ['3만5천 명', '35,000 people'],
    ['152억 달러', '$15.2 billion'],
    ['152억 달러(약 22조 원)', '$15.2 billion'],
    ['152억 달러(약 22조 원)', '22 trillion won ($15.2 billion)'],
    ['1조 4천억 원', '1.4 trillion won, or about $1 billion'],
    ['60%', '60 percent'],
    ['약 60%', 'roughly 60%'],
    ['2%', '2 per cent'],
    ['10∼20%', '10 to 20 percent'],
    ['12개국', 'twelve countries'],
    ['10년 만에', 'for the first time in a decade'],
    ['제21대 국회', 'the 21st National Assembly'],
    ['21세기', 'the twenty-first century'],
    ['1990년대', 'the 1990s'],
    ['90년대', "the '90s"],
    ['60대 유권자', 'voters in their 60s'],
    ['1,500명', '1,500 troops'],
    ['500억 엔', '¥50 billion'],
    ['30억 유로', '€3 billion'],
    ['1.2bn 달러', '1.2 billion dollars'],
    ['3천 명', 'three thousand people'],
    ['10억 달러', 'a billion dollars'],
    ['50만 명', 'half a million people'],
    ['12척', 'a dozen ships'],
    ['2시간 5분 41초', 'in 2:05:41'],
    ['1분44초40', '1 minute 44.40 seconds'],
    ['열흘간', 'for ten days'],
    ['아이폰17', 'the iPhone 17'],
    ['무역확장법 232조', 'Section 232 of the Trade Expansion Act'],
    ['한국 기록(10초 07)', 'the Korean record of 10.07 seconds'],
    ['0.25%포인트 내렸다', 'cut by 25 basis points'],
    ['0.25%포인트 내렸다', 'cut by a quarter of a percentage point'],
    ['0.5%p 올렸다', 'raised by half a percentage point'],
  ];

  it.each(agree)('%s ↔ %s', (k, e) => {
    expect(ko(k).length).toBeGreaterThan(0);
    expect(en(e).length).toBeGreaterThan(0);
    expect(missing(k, e)).toEqual({ ko: [], en: [] });
  });

  const bothSkipped: Array<[string, string]> = [
    ['5년 동안', 'for five years'],
    ['세 명', 'three people'],
    ['네 번째 방문', 'the fourth visit'],
    ['수십만 발의 포탄', 'hundreds of thousands of shells'],
    ['2023년 12월 19일', 'December 19, 2023'],
    ['오후 3시 30분', '3:30 p.m.'],
    ['KF-21과 PAC-3', 'the KF-21 and the PAC-3'],
    // a range of small counts is no score
    ['3-4명', '3-4 people'],
  ];

  it('leaves the count of a span of days from the 1st to the date rules', () => {
    const dates = extractDates('chip exports in the first ten days of the month rose', 'en', { year: 2026, month: 9, day: 10 });
    expect(extractQuantities('chip exports in the first ten days of the month rose', 'en', dates)).toEqual([]);
    expect(en('the first ten days of the trial').map(formatQuantity)).toEqual(['10']);
  });

  it.each(bothSkipped)('%s ↔ %s: no quantity on either side', (k, e) => {
    expect(ko(k)).toEqual([]);
    expect(en(e)).toEqual([]);
  });
});

describe('figures that serve as counterparts without needing one', () => {
  const loose: Array<[string, string]> = [
    ['코로나19 이후', 'since the COVID-19 pandemic'],
    ['24시간 비상근무', 'round-the-clock emergency duty'],
    ['365일 운영', 'open year-round'],
    ['보름 만에', 'two weeks later'],
    ['2주 뒤', 'a fortnight later'],
    ['3분 58초', 'in 3:58'],
    // a measure and its conversion as compound adjectives
    ['42.195km 풀코스', 'the 42.195-kilometer (26.2-mile) course'],
    ['42.195km 풀코스', 'the 26.2-mile (42.195-kilometer) course'],
    ['최고기온은 섭씨 35.2도(화씨 95.4도)', 'a high of 35.2 C'],
    ['최고기온은 섭씨 35.2도(화씨 95.4도)', 'a high of 95.4 F'],
    ['최고기온은 화씨 95.4도(섭씨 35.2도)', 'a high of 35.2 degrees Celsius (95.4 F)'],
    // years and months, however the other version words them
    ['1년 6개월 만에 인상한다', 'its first hike in 18 months'],
    ['18개월의 유예 기간', 'a grace period of a year and a half'],
    ['30개월 동안', 'for two and a half years'],
    ['징역 1년 6개월', 'a year and a half in prison'],
    // a fraction and its percentage
    ['하위 50%의 몫은 4분의 1에 그쳤다', 'the bottom 50% held just 25%'],
    ['3분의 1이 반대했다', 'a third, or 33.3%, were against it'],
    ['25%가 찬성했다', 'a quarter were in favor'],
    ['67%가 찬성했다', 'two-thirds were in favor'],
    ['4분의 3', 'three-quarters'],
    // hours and minutes, however the other version words them
    ['3시간 30분 동안', 'for three and a half hours'],
    ['3시간 30분 동안', 'for 3 hours and 30 minutes'],
    ['1시간 30분 동안', 'for 90 minutes'],
    ['90분 동안', 'for 1 hour and 30 minutes'],
    // scores, in either order
    ['전북에 3-1로 역전승했다', 'came from behind to win 3-1'],
    ['광주FC에 2-0 승리를 거두고', 'beat Gwangju FC 2-0'],
    ['전북에 0-2로 졌다', 'lost the fixture 2-0 to Jeonbuk'],
    ['2대 0으로 이겼다', 'a 2-0 win'],
    ['98-87로 이겼다', 'won 98-87'],
    ['전북에 3-1 역전승', 'come from behind to beat Jeonbuk 3-1, extend lead'],
    // a football minute: of the second half in Korean, of the match in English
    ['후반 31분 역전골을 넣었다', 'put them in front in the 76th minute'],
    ['후반 31분 역전골을 넣었다', 'put them in front 31 minutes into the second half'],
    ['후반 7분 동점골', 'equalized seven minutes into the second half'],
    ['후반 7분 동점골', 'equalized in the 52nd minute'],
    ['후반전 12분', 'in the 57th minute'],
    ['전반 23분 선제골', 'in the 23rd minute'],
  ];

  it.each(loose)('%s ↔ %s', (k, e) => {
    expect(missing(k, e)).toEqual({ ko: [], en: [] });
  });
});

describe('Korean and English phrasings that disagree', () => {
  const disagree: Array<[string, string, { ko: string[]; en: string[] }]> = [
    ['3억 달러', '$30 million', { ko: ['300,000,000 USD'], en: ['30,000,000 USD'] }],
    ['2,000억 원', '20 billion won', { ko: ['200,000,000,000 KRW'], en: ['20,000,000,000 KRW'] }],
    ['60%', '60 soldiers', { ko: ['60%'], en: ['60'] }],
    ['60명', '60%', { ko: ['60'], en: ['60%'] }],
    ['3억 달러', '300 million won', { ko: ['300,000,000 USD'], en: ['300,000,000 KRW'] }],
    ['3억 달러', '$300 million or $400 million', { ko: [], en: ['400,000,000 USD'] }], // one currency: not a conversion
    ['1조 2천억 원', '1.3 trillion won', { ko: ['1,200,000,000,000 KRW'], en: ['1,300,000,000,000 KRW'] }],
    ['2%', '3 percent', { ko: ['2%'], en: ['3%'] }],
    ['제21대 국회', 'the 22nd National Assembly', { ko: ['21st'], en: ['22nd'] }],
    ['1990년대', 'the 1980s', { ko: ['1990s'], en: ['1980s'] }],
    ['12개국', 'eleven countries', { ko: ['12'], en: ['11'] }],
    ['3만5천 명', '3,500 people', { ko: ['35,000'], en: ['3,500'] }],
    ['152억 달러(약 22조 원)', '$1.52 billion', { ko: ['15,200,000,000 USD'], en: ['1,520,000,000 USD'] }],
    ['1,500명이 참가했다', 'troops took part', { ko: ['1,500'], en: [] }],
    ['병력이 참가했다', 'a dozen ships took part', { ko: [], en: ['12'] }],
    ['2시간 5분 41초', 'in 2:05:14', { ko: ['2:05:41'], en: ['2:05:14'] }],
    ['3시간 30분 동안', 'for 3 hours and 40 minutes', { ko: [], en: ['220'] }],
    ['4분의 1에 그쳤다', 'just 30%', { ko: [], en: ['30%'] }],
    ['1년 6개월 만에', 'in 20 months', { ko: [], en: ['20'] }],
    ['20개월 만에', 'in a year and a half', { ko: ['20'], en: [] }],
    ['30%에 그쳤다', 'just a quarter', { ko: ['30%'], en: [] }],
    ['아이폰17', 'the iPhone 16', { ko: [], en: ['16'] }],
    ['24시간 비상근무', 'on duty for 48 hours', { ko: [], en: ['48'] }],
    ['열흘간', 'for twelve days', { ko: ['10'], en: ['12'] }],
    ['전북에 3-1로 역전승했다', 'came from behind to win 3-2', { ko: ['3-1'], en: ['3-2'] }],
    ['2대 0으로 이겼다', 'a 3-0 win', { ko: ['2-0'], en: ['3-0'] }],
    ['98-87로 이겼다', 'won 98-78', { ko: ['98-87'], en: ['98-78'] }],
    ['3-1로 이겼다', 'won by two goals', { ko: ['3-1'], en: [] }],
    ['3001명', 'won 3-1', { ko: ['3,001'], en: ['3-1'] }],
    ['42.195km 풀코스', 'the 42-kilometer (26.2-mile) course', { ko: ['42.195'], en: [] }],
    ['42.195km 풀코스', 'the 26.2-mile course', { ko: ['42.195'], en: ['26.2'] }],
    ['섭씨 35.2도(화씨 95.4도)', 'a high of 36.2 C', { ko: [], en: ['36.2'] }],
    ['최고기온은 35.2도(체감 38.1도)', 'a high of 35.2 C', { ko: ['38.1'], en: [] }],
    ['42.195km 풀코스', 'the 42.195-kilometer (26.2-mile) course and 10 km race', { ko: [], en: ['10'] }],
    ['후반 31분 역전골', 'in the 75th minute', { ko: ['76th'], en: ['75th'] }],
    ['후반 7분 동점골', 'in the 7th minute', { ko: ['52nd'], en: [] }],
    ['후반 7분 동점골', 'eight minutes into the second half', { ko: ['52nd'], en: ['53rd'] }],
    ['전반 23분 선제골', 'in the 68th minute', { ko: ['23'], en: ['68th'] }],
    ['연장 후반 5분', 'in the 50th minute', { ko: [], en: ['50th'] }],
    ['후반 31분', 'for 31 minutes', { ko: ['76th'], en: [] }],
  ];

  it.each(disagree)('%s ↔ %s', (k, e, expected) => {
    expect(missing(k, e)).toEqual(expected);
  });
});

describe('quantitiesMatch', () => {
  const q = (value: number, extra: Partial<Quantity> = {}): Quantity =>
    ({ start: 0, end: 1, text: '', value, percent: false, kind: 'count', ...extra });

  it('compares values, not spellings, with %, currency and kind as the SPEC says', () => {
    expect(quantitiesMatch(q(15.2e9, { currency: 'USD' }), q(152 * 1e8, { currency: 'USD' }))).toBe(true);
    expect(quantitiesMatch(q(60, { percent: true }), q(60))).toBe(false);
    expect(quantitiesMatch(q(3e8, { currency: 'USD' }), q(3e8, { currency: 'KRW' }))).toBe(false);
    expect(quantitiesMatch(q(3e8, { currency: 'USD' }), q(3e8))).toBe(true);
    expect(quantitiesMatch(q(21, { kind: 'ordinal' }), q(21))).toBe(true);
    expect(quantitiesMatch(q(1000), q(1001))).toBe(false);
  });

  it('reports each distinct value once, at its first occurrence', () => {
    const k = ko('3억 달러를 먼저, 이어 다시 3억 달러를, 끝으로 45%를');
    const result = unmatched(k, en('and 45 percent'), same);
    expect(result).toHaveLength(1);
    expect(result[0]!.start).toBe(0);
  });
});

describe('formatQuantity', () => {
  it('writes the normalized value', () => {
    const [money, share, ordinal, decade, teen] = en('$300 million, 60%, the 21st session, the 1990s, the 13th ballot');
    expect([money, share, ordinal, decade, teen].map((x) => formatQuantity(x!))).toEqual([
      '300,000,000 USD', '60%', '21st', '1990s', '13th',
    ]);
    expect(formatQuantity({ value: 1.5, percent: true, kind: 'count' })).toBe('1.5%');
  });
});

describe('extraction time', () => {
  // Inputs that would make a backtracking or rescanning extractor quadratic.
  const units: Array<['ko' | 'en', string]> = [
    ['ko', '1조 2천억 원과 3만5천 명, 152억 달러(약 22조 원), 60%, 제21대 1990년대 20~30대 KF-21 4년 만에 열두 척 '],
    ['en', '$15.2 billion (22 trillion won), twenty-one, a dozen, two hundred and fifty, the 21st Assembly, 1.2bn, 10-20% '],
    ['ko', '1만'],
    ['ko', '1조 '],
    ['en', '-1'],
    ['en', 'twenty-'],
    ['en', ',000'],
    ['ko', '1.'],
    ['en', 'a'],
    ['en', ' '],
  ];

  function fastest(run: () => void): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      run();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  it.each(units)('grows linearly with the input (%s %j)', (lang, unit) => {
    const small = `1${unit.repeat(Math.ceil(40_000 / unit.length))}1`;
    const large = `1${unit.repeat(Math.ceil(320_000 / unit.length))}1`;
    const t1 = fastest(() => extractQuantities(small, lang, [{ start: 0, end: 10 }]));
    const t8 = fastest(() => extractQuantities(large, lang, [{ start: 0, end: 10 }]));
    expect(t8).toBeLessThan(20 * t1 + 50);
  });
});
