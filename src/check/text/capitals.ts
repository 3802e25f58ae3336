/**
 * A capital standing for its government: news English writes "Tokyo
 * maintains …" for 일본 정부는 …, "Washington" for 미국은, and "Seoul" for
 * 정부 (the Korean government, which Korean news names without its country).
 * Such a capital names the country all the same (name-missing), and the
 * country names the capital.
 */
import { lookupTable } from './lookup.js';

/** Korean names of the country each capital stands for; '' is 정부 with no country before it (Seoul). */
const COUNTRIES: Record<string, readonly string[]> = lookupTable({
  Seoul: ['', '한국', '대한민국', '우리'], Tokyo: ['일본'], Washington: ['미국'], Beijing: ['중국'], Moscow: ['러시아'],
  Pyongyang: ['북한'], London: ['영국'], Paris: ['프랑스'], Berlin: ['독일'], Rome: ['이탈리아'], Kyiv: ['우크라이나'],
  Kiev: ['우크라이나'], Taipei: ['대만'], Canberra: ['호주'], Ottawa: ['캐나다'], 'New Delhi': ['인도'], Hanoi: ['베트남'],
  Manila: ['필리핀'], Warsaw: ['폴란드'], Ankara: ['튀르키예', '터키'], Tehran: ['이란'], Jerusalem: ['이스라엘'],
  Brussels: ['유럽연합'], Madrid: ['스페인'],
});

const GOVERNMENT = / ?(?:정부|당국|측)|[은는이가의도](?![가-힣])/y;

/** Whether the Korean text names the government of `country` (one Korean form): 일본 정부, 일본은, 정부는. */
function namesGovernment(ko: string, country: string): boolean {
  if (country === '') return namesOwnGovernment(ko);
  for (let at = ko.indexOf(country); at !== -1; at = ko.indexOf(country, at + 1)) {
    if (/[가-힣]/.test(ko[at - 1] ?? '')) continue;
    GOVERNMENT.lastIndex = at + country.length;
    if (GOVERNMENT.test(ko)) return true;
  }
  return false;
}

/** An English form that is a capital whose government the Korean text names. */
export function capitalForGovernment(enForms: readonly string[], ko: string): boolean {
  return enForms.some((form) => (COUNTRIES[form] ?? []).some((country) => namesGovernment(ko, country)));
}

/** Korean forms of a country whose government the Korean text names and whose capital the English text has. */
export function governmentAsCapital(koForms: readonly string[], ko: string, en: string): boolean {
  for (const [capital, countries] of Object.entries(COUNTRIES)) {
    const named = koForms.filter((form) => form !== '' && countries.includes(form));
    if (named.length === 0) continue;
    if (!new RegExp(`(?<![A-Za-z])${capital}(?![A-Za-z])`).test(en)) continue;
    if (named.some((form) => namesGovernment(ko, form))) return true;
  }
  return false;
}

const FOREIGN = new Set(Object.entries(COUNTRIES).filter(([capital]) => capital !== 'Seoul').flatMap(([, names]) => names));
const OWN_GOVERNMENT = /(?<![가-힣])정부(?:[은는이가의도와에를]|에서|로서|로부터)?(?![가-힣])/g;

/** 정부는, 정부가, 우리 정부의: the government with no foreign country named right before it. */
function namesOwnGovernment(ko: string): boolean {
  for (const m of ko.matchAll(OWN_GOVERNMENT)) {
    const before = /([가-힣]+)\s$/.exec(ko.slice(Math.max(0, m.index - 12), m.index));
    if (!before || !FOREIGN.has(before[1]!)) return true;
  }
  return false;
}

/** Countries Korean news names before one of their government bodies (캐나다 국방부, 독일 정부): the foreign ones above and more. */
const FOREIGN_COUNTRIES: ReadonlySet<string> = new Set([
  ...FOREIGN, '프랑스', '독일', '호주', '캐나다', '스페인', '네덜란드', '벨기에', '스웨덴', '노르웨이', '핀란드', '덴마크',
  '스위스', '오스트리아', '그리스', '포르투갈', '체코', '헝가리', '루마니아', '인도네시아', '말레이시아', '싱가포르', '태국',
  '사우디아라비아', '사우디', '아랍에미리트', '이집트', '브라질', '멕시코', '칠레', '페루', '뉴질랜드', '몽골', '카자흐스탄',
  '남아프리카공화국', '나이지리아', '이라크', '인도', '파키스탄', '에스토니아', '라트비아', '리투아니아', '북한', '러시아',
]);

/** A country by its first syllable, standing alone before a body of its government: 미 국방부, 중 외교부, 일 방위성. */
const ABBREVIATED: ReadonlySet<string> = new Set(['미', '중', '일', '러', '영', '독', '불', '프']);

/**
 * Whether a foreign country's name stands right before `at` in Korean
 * `text`, with one space or 의 and a space: 캐나다 국방부, 중국의 외교부,
 * 미 국방부.
 */
export function foreignCountryBefore(text: string, at: number): boolean {
  const match = /([가-힣]{1,8})(?:의)? $/u.exec(text.slice(Math.max(0, at - 12), at));
  if (!match) return false;
  const start = at - match[0].length;
  if (/[가-힣]/u.test(text[start - 1] ?? '')) return false;
  if (match[1]!.length === 1) return ABBREVIATED.has(match[1]!);
  return FOREIGN_COUNTRIES.has(match[1]!) || (match[1]!.endsWith('의') && FOREIGN_COUNTRIES.has(match[1]!.slice(0, -1)));
}

/** Each capital's name in Korean: 도쿄 for Tokyo, 워싱턴 for Washington. */
const CAPITAL_IN_KOREAN: Record<string, string> = lookupTable({
  Seoul: '서울', Tokyo: '도쿄', Washington: '워싱턴', Beijing: '베이징', Moscow: '모스크바', Pyongyang: '평양', London: '런던',
  Paris: '파리', Berlin: '베를린', Rome: '로마', Kyiv: '키이우', Kiev: '키예프', Taipei: '타이베이', Canberra: '캔버라',
  Ottawa: '오타와', 'New Delhi': '뉴델리', Hanoi: '하노이', Manila: '마닐라', Warsaw: '바르샤바', Ankara: '앙카라',
  Tehran: '테헤란', Jerusalem: '예루살렘', Brussels: '브뤼셀', Madrid: '마드리드',
});

/**
 * Whether the Korean text names, by its Korean name, a capital that is one
 * of the entry's English forms: a glossary that lists Tokyo as a form of
 * Japan (일본) is answered by 도쿄 in the Korean, which names the city
 * where the English does.
 */
export function capitalNamedInKorean(enForms: readonly string[], ko: string): boolean {
  return enForms.some((form) => {
    const korean = CAPITAL_IN_KOREAN[form];
    return korean !== undefined && new RegExp(`(?<![가-힣])${korean}`, 'u').test(ko);
  });
}
