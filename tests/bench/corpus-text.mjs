/**
 * Sentences of the benchmark corpus: each template writes the same news
 * sentence in Korean and in English from one set of slot values (people,
 * bodies, places, dates, sums, counts, percentages), so that a generated
 * pair agrees unless a defect is put in on purpose.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Korean particles by the last syllable's final consonant: 은/는, 이/가, 을/를, 과/와, 으로/로. */
export function josa(word, pair) {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  const hangul = code >= 0 && code <= 11171;
  const final = hangul ? code % 28 : 0;
  const [withFinal, without] = pair.split('/');
  if (pair === '으로/로') return final === 0 || final === 8 ? `${word}로` : `${word}으로`;
  return `${word}${final ? withFinal : without}`;
}

export function withCommas(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function fullDate(y, m, d) {
  return { ko: `${y}년 ${m}월 ${d}일`, en: `${MONTHS[m - 1]} ${d}, ${y}` };
}

export function monthName(m) {
  return MONTHS[m - 1];
}

/** A sum in 억 (10⁸) of won or dollars, written as each language writes it. */
export function money(hundredMillions, currency) {
  if (currency === 'usd') {
    const millions = hundredMillions * 100;
    const en = millions >= 1000 ? `$${trim(millions / 1000)} billion` : `$${millions} million`;
    return { ko: `${withCommas(hundredMillions)}억 달러`, en };
  }
  const ko = hundredMillions >= 10000
    ? `${Math.floor(hundredMillions / 10000)}조${hundredMillions % 10000 ? ` ${withCommas(hundredMillions % 10000)}억` : ''} 원`
    : `${withCommas(hundredMillions)}억 원`;
  const billions = hundredMillions / 10;
  const en = billions >= 1000 ? `${trim(billions / 1000)} trillion won` : `${trim(billions)} billion won`;
  return { ko, en };
}

function trim(n) {
  return String(Number(n.toFixed(3)));
}

/** Capitalizes the first letter (a role at the start of a sentence). */
export function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const who = (v) => ({ ko: `${v.p.ko} ${v.role.ko}`, en: `${cap(v.role.en)} ${v.p.en}` });
const who2 = (v) => ({ ko: `${v.p2.ko} ${v.role2.ko}`, en: `${cap(v.role2.en)} ${v.p2.en}` });

/** Body sentences: `(v) => [korean, english]`. */
export const SENTENCES = [
  (v) => [`${josa(who(v).ko, '은/는')} ${v.date.ko} ${v.l.ko}에서 열린 회의에서 ${v.money.ko} 규모의 지원 방안을 발표했다.`,
    `${who(v).en} announced a support package worth ${v.money.en} at a meeting in ${v.l.en} on ${v.date.en}.`],
  (v) => [`${josa(v.o.ko, '은/는')} 올해 관련 예산을 ${v.pct}% 늘리기로 했다고 밝혔다.`,
    `${cap(v.o.en)} said it would raise the related budget by ${v.pct} percent this year.`],
  (v) => [`이번 조치로 약 ${josa(`${withCommas(v.count)}명`, '이/가')} 영향을 받을 것으로 보인다.`,
    `About ${withCommas(v.count)} people are expected to be affected by the measure.`],
  (v) => [`${josa(who2(v).ko, '은/는')} “${v.l.ko}의 사례를 면밀히 검토하고 있다”고 말했다.`,
    `“We are looking closely at what happened in ${v.l.en},” said ${who2(v).en}.`],
  (v) => [`${josa(v.o.ko, '과/와')} ${josa(v.o2.ko, '은/는')} ${v.year}년까지 공동 연구를 이어 가기로 합의했다.`,
    `${cap(v.o.en)} and ${v.o2.en} agreed to continue their joint research until ${v.year}.`],
  (v) => [`지난 ${v.day}일 발표된 보고서에 따르면 지난해 관련 사고는 ${withCommas(v.count)}건으로 집계됐다.`,
    `According to a report released on the ${ordinal(v.day)}, there were ${withCommas(v.count)} such accidents last year.`],
  (v) => [`${v.l.ko} 당국은 ${v.y}년 ${v.m}월부터 새 규정을 시행한다고 밝혔다.`,
    `Authorities in ${v.l.en} said the new rules would take effect in ${monthName(v.m)} ${v.y}.`],
  (v) => [`전문가들은 이 사업에 드는 비용이 ${v.money2.ko}에 이를 수 있다고 내다봤다.`,
    `Experts estimate that the project could cost as much as ${v.money2.en}.`],
  (v) => [`${josa(who(v).ko, '은/는')} 기자들과 만나 “${josa(v.o.ko, '과/와')} 긴밀히 협력하겠다”고 강조했다.`,
    `${who(v).en} told reporters that the government would work closely with ${v.o.en}.`],
  (v) => [`${v.o.ko}에 따르면 지난달 수출액은 한 해 전보다 ${v.pct}% 늘었다.`,
    `According to ${v.o.en}, exports rose ${v.pct}% last month from a year earlier.`],
  (v) => [`회의에는 ${v.small}개국 대표단이 참석했다.`,
    `Delegations from ${v.small} countries attended the meeting.`],
  (v) => [`${josa(v.l.ko, '과/와')} ${v.l2.ko} 사이의 화물 운송량은 ${v.small}만 톤을 넘어섰다.`,
    `Freight between ${v.l.en} and ${v.l2.en} passed ${withCommas(v.small * 10000)} tonnes.`],
  (v) => [`${josa(who(v).ko, '은/는')} ${v.date.ko} 취임한 뒤 처음으로 ${josa(v.l.ko, '을/를')} 찾았다.`,
    `It was the first visit to ${v.l.en} by ${who(v).en} since taking office on ${v.date.en}.`],
  (v) => [`이 계획은 ${v.year - 12}년 국회를 통과했으며 모두 ${v.money.ko}의 예산이 배정됐다.`,
    `The plan passed the National Assembly in ${v.year - 12}, with a total budget of ${v.money.en}.`],
  () => ['한 관계자는 “아직 결정된 것은 없다”며 말을 아꼈다.',
    'An official declined to comment further, saying that nothing had been decided yet.'],
  (v) => [`업계에서는 ${v.o.ko}의 시장 점유율을 ${v.pct}% 안팎으로 본다.`,
    `Industry watchers put ${v.o.en}’s market share at around ${v.pct}%.`],
  (v) => [`${v.date.ko}에는 ${v.l.ko}에서 후속 회담이 열릴 예정이다.`,
    `A follow-up meeting is scheduled to take place in ${v.l.en} on ${v.date.en}.`],
  (v) => [`정부는 ${withCommas(v.count)}개 기업을 대상으로 실태 조사를 벌였다.`,
    `The government surveyed ${withCommas(v.count)} companies.`],
  (v) => [`${josa(who2(v).ko, '은/는')} 이번 결정을 두고 “늦었지만 옳은 방향”이라고 평가했다.`,
    `${who2(v).en} called the decision “late, but a step in the right direction.”`],
  (v) => [`지난해 같은 기간과 견주면 ${v.pct}% 줄어든 수치다.`,
    `That is ${v.pct} percent lower than in the same period last year.`],
  (v) => [`${josa(v.o.ko, '은/는')} 이날 성명을 내고 ${v.money2.ko} 규모의 추가 투자 계획을 공개했다.`,
    `In a statement issued the same day, ${v.o.en} unveiled plans for an additional investment of ${v.money2.en}.`],
  (v) => [`시민단체들은 ${v.l.ko} 도심에서 약 ${withCommas(v.count)}명이 참가한 집회를 열었다.`,
    `Civic groups held a rally in central ${v.l.en} attended by about ${withCommas(v.count)} people.`],
  (v) => [`이 문제는 ${v.m}월 ${v.l.ko}에서 열리는 정상회의에서도 논의될 전망이다.`,
    `The issue is also expected to come up at the summit in ${v.l.en} in ${monthName(v.m)}.`],
  (v) => [`${josa(who(v).ko, '은/는')} 앞서 ${v.date.ko} ${v.o.ko} 관계자들과 비공개로 만났다.`,
    `${who(v).en} had met privately with officials from ${v.o.en} on ${v.date.en}.`],
  () => ['다만 지역 주민들의 의견을 충분히 듣지 않았다는 지적도 나온다.',
    'Some, however, say that local residents were not properly consulted.'],
  () => ['정부는 다음 주 구체적인 시행 계획을 내놓을 방침이다.',
    'The government plans to present a detailed implementation plan next week.'],
];

export const HEADINGS = [
  ['예산과 일정', 'Budget and timetable'], ['현장의 반응', 'Reactions on the ground'], ['남은 과제', 'What remains to be done'],
  ['배경', 'Background'], ['전문가 분석', 'What the experts say'], ['앞으로의 전망', 'Looking ahead'],
];

export const QUOTES = [
  ['우리는 이 약속을 반드시 지킬 것입니다.', 'We will keep this promise, whatever it takes.'],
  ['숫자보다 중요한 것은 사람들의 일상입니다.', 'What matters more than the numbers is how people live from day to day.'],
  ['협력 없이는 어느 나라도 이 문제를 풀 수 없습니다.', 'No country can solve this problem on its own.'],
  ['서두르기보다 제대로 하는 것이 먼저입니다.', 'Doing it properly matters more than doing it fast.'],
];

export const TITLES = [
  (v) => [`${v.o.ko}, ${v.money.ko} 규모 지원안 발표`, `${cap(v.o.en)} unveils ${v.money.en} support package`],
  (v) => [`${v.l.ko}서 ${v.small}개국 회의 열려`, `Delegates from ${v.small} countries meet in ${v.l.en}`],
  (v) => [`${v.p.ko} ${v.role.ko} “${v.l.ko} 사례 검토 중”`, `${cap(v.role.en)} ${v.p.en} says ${v.l.en} case under review`],
  (v) => [`지난달 수출 ${v.pct}% 증가`, `Exports up ${v.pct}% last month`],
];

export const CATEGORIES = [
  ['politics', '정치', 'Politics'], ['economy', '경제', 'Economy'], ['security', '안보', 'Security'],
  ['society', '사회', 'Society'], ['world', '국제', 'World'],
];

export const TAGS = [
  ['예산', 'budget'], ['무역', 'trade'], ['항만', 'ports'], ['기후', 'climate'], ['외교', 'diplomacy'], ['산업', 'industry'],
];
