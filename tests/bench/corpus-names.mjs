/**
 * The benchmark corpus's glossary: fictional people, real and fictional
 * bodies, real places, each in Korean and English. Korean people are made
 * from surname and given-name tables, so the glossary has a realistic size
 * (a few hundred entries) without a hand-written list.
 */

const SURNAMES = [
  ['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['조', 'Cho'],
  ['윤', 'Yoon'], ['장', 'Jang'], ['임', 'Lim'], ['한', 'Han'], ['오', 'Oh'], ['서', 'Seo'], ['신', 'Shin'],
  ['권', 'Kwon'], ['황', 'Hwang'], ['안', 'Ahn'], ['송', 'Song'], ['전', 'Jeon'], ['홍', 'Hong'],
];

const GIVEN = [
  ['민준', 'Min-jun'], ['서연', 'Seo-yeon'], ['지훈', 'Ji-hoon'], ['수아', 'Su-a'], ['우진', 'Woo-jin'],
  ['하늘', 'Ha-neul'], ['은비', 'Eun-bi'], ['재원', 'Jae-won'], ['서윤', 'Seo-yoon'], ['도현', 'Do-hyun'],
  ['지민', 'Ji-min'], ['성훈', 'Sung-hoon'], ['예진', 'Ye-jin'], ['동욱', 'Dong-wook'], ['나래', 'Na-rae'],
  ['민석', 'Min-seok'], ['소희', 'So-hee'], ['재희', 'Jae-hee'], ['유나', 'Yu-na'], ['태민', 'Tae-min'],
];

/** People from other countries: Korean forms in their usual order, with the surname as a short form. */
const FOREIGN_PEOPLE = [
  ['마르코 비안키', '비안키', 'Marco Bianchi', 'Bianchi'],
  ['엘레나 로시', '로시', 'Elena Rossi', 'Rossi'],
  ['토마스 베버', '베버', 'Thomas Weber', 'Weber'],
  ['소피 마르탱', '마르탱', 'Sophie Martin', 'Martin'],
  ['요시다 하루토', '요시다', 'Haruto Yoshida', 'Yoshida'],
  ['다나카 유키', '다나카', 'Yuki Tanaka', 'Tanaka'],
  ['안나 코발스카', '코발스카', 'Anna Kowalska', 'Kowalska'],
  ['제임스 캘러핸', '캘러핸', 'James Callahan', 'Callahan'],
  ['응우옌 반 안', '응우옌', 'Nguyen Van An', 'Nguyen'],
  ['라훌 메타', '메타', 'Rahul Mehta', 'Mehta'],
  ['이사벨 페레이라', '페레이라', 'Isabel Pereira', 'Pereira'],
  ['올레 한센', '한센', 'Ole Hansen', 'Hansen'],
];

/** Bodies: Korean, English, and whether English names it with "the". */
const ORGS = [
  ['국방부', 'Ministry of National Defense', true],
  ['외교부', 'Ministry of Foreign Affairs', true],
  ['기획재정부', 'Ministry of Economy and Finance', true],
  ['산업통상자원부', 'Ministry of Trade, Industry and Energy', true],
  ['해양수산부', 'Ministry of Oceans and Fisheries', true],
  ['환경부', 'Ministry of Environment', true],
  ['한국은행', 'Bank of Korea', true],
  ['통계청', 'Statistics Korea', false],
  ['국회', 'National Assembly', true],
  ['동해에너지', 'Donghae Energy', false],
  ['금강전자', 'Geumgang Electronics', false],
  ['청솔바이오', 'Cheongsol Bio', false],
  ['누리통신', 'Nuri Telecom', false],
  ['한울중공업', 'Hanul Heavy Industries', false],
  ['미래항만공사', 'Mirae Port Authority', true],
  ['해양기후연구소', 'Institute for Ocean Climate', true],
  ['아시아물류협회', 'Asian Logistics Association', true],
  ['새벽철도', 'Saebyeok Rail', false],
];

const PLACES = [
  ['서울', 'Seoul'], ['부산', 'Busan'], ['인천', 'Incheon'], ['대구', 'Daegu'], ['광주', 'Gwangju'],
  ['대전', 'Daejeon'], ['울산', 'Ulsan'], ['세종', 'Sejong'], ['제주', 'Jeju'], ['도쿄', 'Tokyo'],
  ['로마', 'Rome'], ['베를린', 'Berlin'], ['파리', 'Paris'], ['워싱턴', 'Washington'], ['브뤼셀', 'Brussels'],
  ['싱가포르', 'Singapore'], ['하노이', 'Hanoi'], ['자카르타', 'Jakarta'], ['캔버라', 'Canberra'], ['오타와', 'Ottawa'],
];

/** Titles before a name: Korean after it (김민준 장관), English before it (Minister Kim Min-jun). */
export const ROLES = [
  ['장관', 'Minister'], ['차관', 'Vice Minister'], ['대변인', 'Spokesperson'], ['대표', 'Chief Executive'],
  ['연구위원', 'Research Fellow'], ['시장', 'Mayor'], ['위원장', 'Committee Chair'], ['교수', 'Professor'],
  ['대사', 'Ambassador'], ['국장', 'Director General'],
];

/** Every glossary entry: `{ ko: [...], en: [...], kind }`. */
export function glossaryEntries() {
  const entries = [];
  for (let i = 0; i < SURNAMES.length * GIVEN.length; i += 3) {
    const [sk, se] = SURNAMES[i % SURNAMES.length];
    const [gk, ge] = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length];
    entries.push({ ko: [sk + gk], en: [`${se} ${ge}`], kind: 'person' });
  }
  for (const [ko, koShort, en, enShort] of FOREIGN_PEOPLE) entries.push({ ko: [ko, koShort], en: [en, enShort], kind: 'person' });
  for (const [ko, en, the] of ORGS) entries.push({ ko: [ko], en: [en], kind: 'org', ...(the && { the }) });
  for (const [ko, en] of PLACES) entries.push({ ko: [ko], en: [en], kind: 'place' });
  return entries;
}

export function glossaryYaml(entries) {
  const list = (forms) => `[${forms.map((f) => (/[,:]/.test(f) ? JSON.stringify(f) : f)).join(', ')}]`;
  const lines = ['# Names of the benchmark corpus, in both languages (generated).', ''];
  for (const e of entries) lines.push(`- ko: ${list(e.ko)}`, `  en: ${list(e.en)}`, `  kind: ${e.kind}`);
  return `${lines.join('\n')}\n`;
}
