import { describe, expect, it } from 'vitest';
import { extractQuantities, formatQuantity } from '../../src/check/text/numbers.js';

/** The normalized values found in `text`, conversions marked with a trailing `*`, optional figures with `?`. */
function values(text: string, skip: Array<{ start: number; end: number }> = []): string[] {
  return extractQuantities(text, 'ko', skip).map((q) => formatQuantity(q) + (q.conversion ? '*' : '') + (q.optional ? '?' : ''));
}

describe('Korean quantities', () => {
  const table: Array<[string, string[]]> = [
    // digits, separators, decimals
    ['병력 1,500명이 투입됐다', ['1,500']],
    ['예산은 12,345,678원이다', ['12,345,678 KRW']],
    ['성장률은 2.5%에 그쳤다', ['2.5%']],
    ['12개국 정상이 모였다', ['12']],
    ['100여 명이 참석했다', ['100']],
    ['2000명이 서명했다', ['2,000']],
    ['155mm 포탄을 보냈다', ['155']],
    // percent
    ['지지율은 60%였다', ['60%']],
    ['약 60% 늘었다', ['60%']],
    ['국내총생산의 2%', ['2%']],
    ['지지율이 45 퍼센트로 올랐다', ['45%']],
    ['실업률이 0.3%p 내렸다', ['0.3%']],
    ['3%포인트 차이', ['3%']],
    ['25bp 인하', ['0.25%']],
    ['50베이시스포인트 올렸다', ['0.5%']],
    ['10∼20% 줄었다', ['10%', '20%']],
    // scales and compounds
    ['3억 달러를 지원한다', ['300,000,000 USD']],
    ['2,000억 원 규모', ['200,000,000,000 KRW']],
    ['1조 2천억 원이 들었다', ['1,200,000,000,000 KRW']],
    ['1조2000억 원', ['1,200,000,000,000 KRW']],
    ['3만5천 명', ['35,000']],
    ['3만 5천 명', ['35,000']],
    ['1조\n2천억 원', ['1,200,000,000,000 KRW']], // wrapped in the Markdown source
    ['주한미군 2만 8,500명', ['28,500']],
    ['1억 5000만 달러', ['150,000,000 USD']],
    ['61조 2천억 원', ['61,200,000,000,000 KRW']],
    ['인구 15만 2023년 통계', ['150,000']],
    ['1억5000만 달러', ['150,000,000 USD']],
    ['3천 명이 모였다', ['3,000']],
    ['3천만 원', ['30,000,000 KRW']],
    ['1.5조 원', ['1,500,000,000,000 KRW']],
    ['15만 명', ['150,000']],
    ['2만여 명', ['20,000']],
    ['3~4억 달러', ['300,000,000 USD', '400,000,000 USD']],
    ['약 2000~3000명', ['2,000', '3,000']], // a range of counts, not a year
    ['2000~3000억 원', ['200,000,000,000 KRW', '300,000,000,000 KRW']],
    ['10조 원대 사업', ['10,000,000,000,000 KRW']],
    // currencies
    ['500억 엔을 들였다', ['50,000,000,000 JPY']],
    ['30억 유로', ['3,000,000,000 EUR']],
    ['20억 파운드', ['2,000,000,000 GBP']],
    ['100억 위안', ['10,000,000,000 CNY']],
    ['$300 상당', ['300 USD']],
    ['달러화 기준 50억 달러화', ['5,000,000,000 USD']],
    // conversions
    ['152억 달러(약 22조 원)를 투자한다', ['15,200,000,000 USD', '22,000,000,000,000 KRW*']],
    ['22조 원(152억 달러)', ['22,000,000,000,000 KRW', '15,200,000,000 USD*']],
    ['5억 달러(한화 약 7천억 원)', ['500,000,000 USD', '700,000,000,000 KRW*']],
    ['3억 달러(4억 달러)', ['300,000,000 USD', '400,000,000 USD']],
    // ordinals, decades, age groups
    ['제21대 국회', ['21st']],
    ['21대 국회의원 선거', ['21st']],
    ['제19차 당대회', ['19th']],
    ['20세기 후반', ['20th']],
    ['21번째 회의', ['21st']],
    ['1990년대 초', ['1990s']],
    ['90년대 말', ['1990s']],
    ['1980~90년대', ['1980s', '1990s']],
    ['60대 남성', ['60s']],
    ['20~30대 유권자', ['20s', '30s']],
    ['전투기 40대', ['40']],
    ['10대 기업', ['10']],
    ['열두 척의 함정', ['12']],
    ['스무 살 청년', ['20']],
    ['반세기 만의 방문', ['50']],
    ['백만 명이 거리로 나섰다', ['1,000,000']],
    ['천만 원의 벌금', ['10,000,000 KRW']],
    ['십여 명이 다쳤다', ['10']],
    ['백여 척의 어선', ['100']],
    ['천여 명이 모였다', ['1,000']],
    ['10년 만에 재개됐다', ['10']],
    ['24시간 대기', ['24?']], // round the clock: a counterpart, not required
    ['10일간 이어졌다', ['10']],
    ['30분 동안 회담했다', ['30']],
    ['10배로 늘었다', ['10']],
    // durations: one value in seconds, never their parts
    ['2시간 5분 41초로 우승했다', ['2:05:41']],
    ['종전 기록(2시간 5분 59초)을 18초 앞당겼다', ['2:05:59', '18']],
    ['1분44초40의 한국 기록', ['1:44.4']],
    ['2:05:41의 기록', ['2:05:41']],
    ['3분 58초', ['3:58?']], // may be 3:58 in English, which reads as a time of day
    // hours and minutes: `three and a half hours`, `210 minutes` or `3 hours and 30 minutes` in English
    ['3시간 30분 동안', ['3:30:00?', '210?']],
    ['한국 기록(10초 07)을 깼다', ['0:10.07']], // seconds and hundredths
    ['100m를 9초 98에 달렸다', ['100']],
    ['1분 44초 40의 기록', ['1:44.4']],
    ['41초 18초', ['41', '18']],
    ['5분 41초 30㎞ 지점', ['5:41?', '30']],
    ['높이뛰기에서 2m 35를 넘었다', []], // 2.35 metres
    ['1m 90cm의 장신', []],
    // native words for spans of days
    ['열흘간 열린다', ['10']],
    ['열흘째 폭염특보가 이어졌다', ['10']],
    ['개봉 열하루 만에 천만 관객', ['11']], // 천만 before 관객 is left alone: no counter
    ['열나흘 동안 열렸다', ['14']],
    ['만 명이 넘는 관객이 몰렸다', ['10,000']],
    ['만 원짜리 지폐', ['10,000 KRW']],
    ['보름 만에 돌아왔다', ['15?']], // half a month: often "two weeks"
    ['보름달이 떴다', []],
    ['정월 대보름 행사', []],
    // figures that only serve as counterparts
    ['코로나19 유행 이후', ['19?']], // COVID-19: an identifier in English
    ['코로나19로 미뤄졌다', ['19?']],
    ['아이폰17 출시', ['17?']],
    ['약60% 늘었다', ['60%']],
    ['응답자의 _60%_가 찬성했다', ['60%']], // underscores Markdown leaves as text before a particle
    ['file_2026_v2 참고', []],
    ['전투기40대', ['40']],
    ['제21대 국회', ['21st']],
    ['24시간 비상근무 체제', ['24?']],
    ['24시간 동안 이어졌다', ['24']],
    ['24시간 내내 감시한다', ['24?']],
    ['365일 문을 연다', ['365?']],
    ['365일간 이어진 공사', ['365']],
    // not quantities
    ['세 명이 다쳤다', []],
    ['10대 청소년', []],
    ['10대들의 투표', []],
    ['두 차례 회담', []],
    ['네 번째 방문', []],
    ['5년 동안', []],
    ['4년 만에 재개됐다', []],
    ['이것만 남았다', []],
    ['수십만 발의 포탄', []],
    ['수백억 달러', []],
    ['수백만 명', []],
    ['천만에요', []],
    ['만 19세 이상', ['19']], // 만 before an age: full years
    ['1천만 명', ['10,000,000']],
    ['그는 만 하루를 기다렸다', []],
    ['2023년 12월 19일', []],
    ['지난 19일 발표했다', []],
    ['12월에 열린다', []],
    ['10~15일 열리는 훈련', []],
    ['3~4월 중', []],
    ['10~15일간 이어진 훈련', ['10', '15']],
    ['2018 평창 동계올림픽', []],
    ['2020~2023년', []],
    ['오후 3시 30분에 시작했다', []],
    ['11:52', []],
    ['2026. 1. 17. 11:52', []],
    ['2026-01-17', []],
    ['6·25 전쟁', []],
    ['9·19 군사합의', []],
    ['KF-21 전투기', []],
    ['F-2 후속기', []],
    ['PAC-3 요격미사일', []],
    ['K2 전차와 K9 자주포', []],
    ['G20 정상회의', []],
    ['COVID-19 대유행', []],
    ['A400M 수송기', []],
    ['화성-18형 미사일', []],
    ['2026회계연도 예산', []],
    // fractions: as percentages, counterparts only (a third or 33% on the other side)
    ['3분의 1', ['33%?', '33.3%?']],
    ['10분의 1로 줄었다', ['10%?']],
    ['20조각으로 나뉘었다', ['20']], // twenty pieces, not twenty trillion
    ['회의를 열 계획이다', []],
    ['https://example.kr/2023/12/1500 참고', []],
    ['제3조에 따라', []], // article 3, not three trillion
    ['무역확장법 232조에 따라', ['232nd']], // an article of a law, not 232 trillion
    ['헌법 84조의 해석', ['84th']],
    ['국가채무는 1,200조를 넘었다', ['1,200,000,000,000,000']],
    ['특별법 예산 3조 원', ['3,000,000,000,000 KRW']],
  ];

  it.each(table)('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('has at least fifty phrasings', () => {
    expect(table.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps the phrase as written, currency and ordinal marker included', () => {
    const [money, ordinal] = extractQuantities('3억 달러를 제21대 국회가 승인했다', 'ko', []);
    expect(money).toMatchObject({ text: '3억 달러', value: 300_000_000, currency: 'USD', kind: 'count', percent: false });
    expect(ordinal).toMatchObject({ text: '제21대', value: 21, kind: 'ordinal' });
    expect(extractQuantities('제19차 당대회', 'ko', [])[0]).toMatchObject({ text: '제19차', value: 19, kind: 'ordinal' });
  });

  it('gives start and end as indexes into the text', () => {
    const text = '정부는 약 60%를 늘렸다';
    const [q] = extractQuantities(text, 'ko', []);
    expect(text.slice(q!.start, q!.end)).toBe('60%');
  });

  it('skips digits inside the given date spans, but not a decade', () => {
    const text = '15일 1990년대 이후 30개국';
    const skip = [{ start: 0, end: 3 }, { start: 4, end: 9 }, { start: 14, end: 16 }];
    expect(values(text, skip)).toEqual(['1990s']);
    expect(values('31일간 열린다', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('reads 만 as a scale only right after digits', () => {
    expect(values('10만 명이 모였지만 4년 만에 처음이다')).toEqual(['100,000']);
    expect(values('3년만에 1만 명')).toEqual(['10,000']);
  });
});
