/**
 * Quantities in Korean prose: `1,500명`, `60%`, `3억 달러`, `1조 2천억 원`,
 * `3만5천`, `2,000억`, `제21대`, `1990년대`, `60대`, `열두 척`. Years, months,
 * days and times of day (`2023년`, `12월`, `19일`, `오후 3시 30분`) are left
 * out, as are identifiers (`KF-21`, `K2`); `4년 만에` is four years, never ×10,000.
 */
import {
  abbreviatedScale, currencyBefore, decadeValue, found, identifierBefore, identifierEnd, isDigit, isHangul, isSpace,
  isUnit, lettersAt, notQuantityEnd, readNumeral, scaled, unitAfterDigits, type Currency, type Found, type Numeral, type QuantityKind,
} from './number-scan.js';
import { fractionPercents } from './number-words.js';
import { durationFound, readKoreanDuration, readKoreanLength } from './numbers-durations.js';
import { lookupTable } from './lookup.js';
import { koreanMatchMinutes } from './number-minutes.js';
import { koreanScores } from './number-scores.js';

const NATIVE_TENS = '열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔';
// Words that are numbers by themselves: 반세기 (50 years), 한 세기, 열흘 (ten days), 열하루 to
// 열아흐레 and 스무날 (11 to 20 days), 보름 (about fifteen days), and 만/백만/천만/십여/백여
// written without a digit.
const WORD_VALUES: Record<string, number> = lookupTable({
  반세기: 50, '한 세기': 100, 열흘: 10, 보름: 15, 백만: 1e6, 천만: 1e7, 십여: 10, 백여: 100, 천여: 1000, 만여: 1e4,
  열하루: 11, 열이틀: 12, 열사흘: 13, 열나흘: 14, 열닷새: 15, 열엿새: 16, 열이레: 17, 열여드레: 18, 열아흐레: 19, 스무날: 20,
  만: 1e4,
});
// 보름 is "half a month", often translated as two weeks: a counterpart for 15, never required.
const LOOSE_WORDS = new Set(['보름']);
// 십여 명, 백여 척: about ten, about a hundred, written without a digit
const WORD_NUMBER = /(?<![가-힣\d])(?:반세기|한 세기|열흘|열(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레)|스무날|보름(?!달)|(?:백만|천만|만)(?= (?:명|개|대|척|발|가구|곳|건|톤|배럴|원|달러|엔|유로))|(?:십|백|천|만)여(?= ?[가-힣]))/;
const TOKEN = new RegExp(`(?:https?://|www\\.)[^\\s<>()\\[\\]]*|\\d|${WORD_NUMBER.source}|(?<![가-힣])(?:${NATIVE_TENS})`, 'g');

export function scanKorean(text: string): Found[] {
  const out: Found[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0];
    const at = m.index;
    let next: number;
    if (isDigit(token)) next = readDigits(text, at, out);
    else if (token in WORD_VALUES) {
      const value = WORD_VALUES[token]!;
      const tail = readTail(text, at + token.length);
      out.push(found(at, tail.end, {
        numEnd: at + token.length,
        value,
        scaled: value >= 1e6,
        ...(tail.currency && { currency: tail.currency }),
        ...(LOOSE_WORDS.has(token) && { optional: true }),
      }));
      next = tail.end;
    } else if (isHangul(token[0])) next = readNative(text, at, out);
    else next = at + token.length;
    TOKEN.lastIndex = Math.max(next, at + 1);
  }
  koreanMatchMinutes(out, text);
  koreanScores(out, text);
  return out;
}

const SMALL_SCALES: Record<string, number> = lookupTable({ 십: 1, 백: 2, 천: 3 });
const BIG_SCALES: Record<string, number> = lookupTable({ 만: 4, 억: 8, 조: 12 });
// Words that begin with a scale syllable: `5조각` is five pieces, not five trillion.
const NOT_SCALES = new Set([
  '조각', '조건', '조약', '조직', '조치', '조사', '조항', '조정', '조선', '조원', '백악', '백신', '백서', '백지',
  '만큼', '만약', '만남', '만료', '억제', '억류', '억압', '천안', '천연', '천국', '십자',
]);

function scaleAt(table: Record<string, number>, text: string, at: number): number | undefined {
  const exp = table[text[at]!];
  return exp !== undefined && !NOT_SCALES.has(text.slice(at, at + 2)) ? exp : undefined;
}

interface Group {
  value: number;
  /** exponent applied to the group's first numeral */
  unit: number;
  big: number;
  end: number;
  hasScale: boolean;
}

/** One 만-group: `2천5백`, `3천500`, `2,000억`, `1.5조`; `first` is its first numeral, when already read. */
function readGroup(text: string, at: number, first = readNumeral(text, at)): Group | undefined {
  let numeral = first;
  if (!numeral) return undefined;
  const parts: Array<{ digits: string; exp: number }> = [];
  let lastSmall = 4;
  let end = at;
  for (;;) {
    const small = scaleAt(SMALL_SCALES, text, numeral.end);
    if (small === undefined || small >= lastSmall) {
      parts.push({ digits: numeral.digits, exp: 0 });
      end = numeral.end;
      break;
    }
    parts.push({ digits: numeral.digits, exp: small });
    lastSmall = small;
    end = numeral.end + 1;
    const again = isDigit(text[end]) ? readNumeral(text, end) : undefined;
    if (!again) break;
    numeral = again;
  }
  const big = scaleAt(BIG_SCALES, text, end) ?? 0;
  if (big) end++;
  const value = parts.reduce((sum, p) => sum + scaled(p.digits, p.exp + big), 0);
  return { value, unit: parts[0]!.exp + big, big, end, hasScale: big > 0 || lastSmall < 4 };
}

/** A whole Korean number: `1조 2천억`, `3만5천`, `1억5000만`, `3만 5천`, whose first numeral is `numeral`. */
function readCompound(text: string, at: number, numeral: Numeral): { value: number; unit: number; end: number; scaled: boolean } | undefined {
  const first = readGroup(text, at, numeral);
  if (!first) return undefined;
  let { value, end, big } = first;
  for (let guard = 0; guard < 4 && big > 0; guard++) {
    const spaced = isSpace(text[end]);
    const start = spaced ? end + 1 : end;
    if (!isDigit(text[start]) || isDigit(text[start - 1])) break;
    const next = readGroup(text, start);
    // 2만 8,500명 is 28,500; 15만 2023년 is not one number
    if (!next || next.big >= big || next.value >= 10 ** big || /^[년월일]/.test(text[next.end] ?? '')) break;
    value += next.value;
    end = next.end;
    big = next.big;
  }
  return { value, unit: 10 ** first.unit, end, scaled: first.hasScale };
}

const CURRENCY_AFTER = /\s?(달러|원|엔|유로|파운드|위안)/y;
const CURRENCIES: Record<string, Currency> = lookupTable({ 달러: 'USD', 원: 'KRW', 엔: 'JPY', 유로: 'EUR', 파운드: 'GBP', 위안: 'CNY' });
// A currency word ends where a particle (or 화, 대) begins: 22조 원을, 달러화, 10조 원대.
const PARTICLE_STARTS = new Set('은는이가을를의에와과도만씩로으까부보어짜정대선안수규상인였라쯤여며화'.split(''));
const PERCENT_AFTER = /\s?(?:%|퍼센트)(?:p|포인트)?/y;
const BASIS_POINTS_AFTER = /\s?베이시스\s?포인트/y;
// 19일 is a day of the month; 10일간, 10일 동안, 10일 만에, 10일 전 are spans of days.
const DAY_AS_DURATION = /^(?:간|째|\s?(?:동안|만에|이내|가량|넘게)|\s?(?:전|후|뒤|내)(?:에|부터)?(?![가-힣]))/;
const TIME_MINUTES = /\s?\d{1,2}분(?:\s?\d{1,2}초)?/y;
const ORDINAL_NOUNS = /^\s?(?:국회|대통령|대선|총선|정부|의원|지방선거|총장|회장)/;
const TEEN_NOUNS = /^(?:\s?(?:청소년|소년|소녀|학생|자녀|남성|여성|남녀|남자|여자|청년|환자|응답자|이용자|시절|후반|초반|중반|때)|들)/;
// 60대 남성 is an age group; 전투기 60대 is sixty aircraft (the value is the same either way)
const AGE_NOUNS = /^\s?(?:남성|여성|남녀|남자|여자|이상|이하|초반|중반|후반|연령|층|노인|청년|유권자|가구|인구|세대|환자|직장인|부부|사망자|응답자)/;

// 1년 6개월: also 18 months, as the other version may write it (a counterpart only)
const YEARS_MONTHS = /(\d{1,2})\s?년\s?(\d{1,2})\s?개월/y;

const YEAR_UNIT = '년'.charCodeAt(0);

function readYearsAndMonths(text: string, at: number, out: Found[]): void {
  if (unitAfterDigits(text, at, 2) !== YEAR_UNIT) return;
  YEARS_MONTHS.lastIndex = at;
  const m = YEARS_MONTHS.exec(text);
  if (m) out.push(found(at, at + m[0].length, { value: Number(m[1]) * 12 + Number(m[2]), notDate: true, optional: true }));
}

function readDigits(text: string, at: number, out: Found[]): number {
  const prefix = currencyBefore(text, at);
  if (!prefix && identifierBefore(text, at)) return identifierEnd(text, at);
  if (!prefix) readYearsAndMonths(text, at, out);
  const duration = prefix ? undefined : readKoreanDuration(text, at);
  if (duration) {
    out.push(...durationFound(at, duration));
    return duration.end;
  }
  const length = prefix ? undefined : readKoreanLength(text, at);
  if (length) {
    out.push(found(at, length.end, { value: length.metres }));
    return length.end;
  }
  const skipTo = notQuantityEnd(text, at);
  if (skipTo >= 0) return skipTo;
  const numeral = readNumeral(text, at)!;
  // 제21대, 제3조, and 무역확장법 232조 (an article of a law, not 232 trillion): no scales
  const numbered = (text[at - 1] === '제' && !isHangul(text[at - 2])) || articleOfLaw(text, at);
  const number = numbered ? { value: numeral.value, unit: 1, end: numeral.end, scaled: false } : readCompound(text, at, numeral)!;
  const plain = !number.scaled && numeral.integer;
  const n = number.value;
  let kind: QuantityKind = numbered ? 'ordinal' : 'count';
  let value = n;
  let exp = 0;
  let notDate = false;
  let pos = number.end;
  if (text[pos] === '여') pos++; // 100여 명: about a hundred
  const rest = text.slice(pos, pos + 8);

  BASIS_POINTS_AFTER.lastIndex = number.end;
  const basis = plain ? BASIS_POINTS_AFTER.exec(text) : null;
  if (basis) {
    // 25베이시스포인트: hundredths of a percentage point
    const end = number.end + basis[0].length;
    out.push(found(at, end, { numEnd: number.end, value: scaled(numeral.digits, -2), percent: true }));
    return end;
  }
  const letters = lettersAt(text, pos);
  if (letters) {
    const after = pos + letters.length;
    if (isDigit(text[after])) return identifierEnd(text, at);
    const scale = abbreviatedScale(letters, prefix !== undefined);
    if (/^bps?$/i.test(letters)) {
      // 25bp: hundredths of a percentage point
      out.push(found(at, after, { numEnd: number.end, value: scaled(numeral.digits, -2), percent: true }));
      return after;
    }
    if (/^(?:st|nd|rd|th)$/i.test(letters) && plain) kind = 'ordinal';
    else if (scale !== undefined) exp = scale;
    else if (!isUnit(letters)) return identifierEnd(text, at);
    pos = after;
  } else if (rest.startsWith('년대') && plain) {
    kind = 'decade';
    value = numeral.end - at === 4 ? n : decadeValue(n);
    notDate = true;
    pos += 2;
  } else if (/^(?:년|회계연도|학년도)/.test(rest) && plain && numeral.end - at === 4 && n >= 1900 && n <= 2099) {
    return pos + 1; // a year
  } else if (rest.startsWith('월') && plain && n >= 1 && n <= 12) {
    return pos + 1; // a month
  } else if (rest.startsWith('일') && plain && n >= 1 && n <= 31 && !DAY_AS_DURATION.test(rest.slice(1))) {
    return pos + 1; // a day of the month
  } else if (rest.startsWith('시') && plain && n <= 24 && rest[1] !== '간' && rest[1] !== '대') {
    TIME_MINUTES.lastIndex = pos + 1;
    return pos + 1 + (TIME_MINUTES.exec(text)?.[0].length ?? 0); // a time of day
  } else if (rest.startsWith('분의')) {
    // 4분의 1: a fraction, which the other version may give as a percentage (25%): a counterpart only
    const numerator = /^분의\s?(\d{1,2})(?![\d.,])/.exec(text.slice(pos, pos + 8));
    if (!numerator || !plain || n === 0) return pos + 2;
    const end = pos + numerator[0].length;
    out.push(...fractionPercents(at, end, Number(numerator[1]) / n));
    return end;
  } else if (rest.startsWith('대') && plain && n === 10 && kind === 'count' && TEEN_NOUNS.test(rest.slice(1))) {
    return pos + 1; // 10대 청소년: teenagers, which English writes without a number
  } else if (rest.startsWith('대') && plain) {
    if (kind === 'ordinal' || ORDINAL_NOUNS.test(rest.slice(1))) kind = 'ordinal';
    else if (n % 10 === 0 && n >= 10 && n <= 90 && AGE_NOUNS.test(rest.slice(1))) kind = 'age';
    pos += 1;
  } else if (rest.startsWith('번째') || rest.startsWith('세기')) {
    kind = 'ordinal';
    pos += 2;
  } else if (numbered && /^[차회호기조항권장편부위]/.test(rest)) {
    pos += 1; // 제19차, 제3호
  }

  const tail = kind === 'count' ? readTail(text, pos) : { end: pos, percent: false };
  const currency = prefix?.currency ?? tail.currency;
  const alone = tail.end === number.end && !/^[가-힣A-Za-z%]/.test(text.slice(number.end, number.end + 1));
  const decadeRange = /^\s?[~∼〜–-]\s?\d+년대/.test(text.slice(number.end, number.end + 12));
  // 2000~3000명: the first of a range of counts, not a year
  const countRange = /^\s?[~∼〜–-]\s?[\d,.]+(?:여\s?)?(?![년\d,.])[가-힣%]/.test(text.slice(number.end, number.end + 16));
  if (alone && plain && dateRangeStart(text, number.end, n)) return tail.end; // 10~15일, 3~4월
  if (alone && plain && !decadeRange && !countRange && kind === 'count' && !currency && numeral.end - at === 4 && n >= 1900 && n <= 2099) {
    return tail.end; // 2018 평창 동계올림픽: a year without 년
  }
  const start = prefix?.start ?? (kind === 'ordinal' && text[at - 1] === '제' ? at - 1 : at);
  const loose = kind === 'count' && !tail.percent && !currency && !number.scaled && exp === 0 &&
    ((tail.end === number.end && partOfName(text, at, number.end)) || meansAlways(rest, n));
  out.push(found(start, tail.end, {
    numStart: at,
    numEnd: number.end,
    value: exp ? scaled(numeral.digits, exp) : value,
    unit: exp ? 10 ** exp : number.unit,
    percent: tail.percent,
    kind,
    scaled: number.scaled || exp > 0,
    bare: alone,
    notDate,
    ...(currency && { currency }),
    ...(loose && { optional: true }),
  }));
  return Math.max(tail.end, number.end);
}

// Syllables that may stand right before a figure without making it part of a name: 제21대, 약60%, 총1,500명.
const NOT_NAME_BEFORE = new Set('제약총연각및또단전중월년일'.split(''));
// After a number that ends a name: a space, punctuation, the end, or a particle (코로나19로, 누리호3의).
const NAME_NUMBER_AFTER = /^(?:$|[\s,.:;!?)\]'"’”·]|[가이의로는은를을와과에](?![\d]))/;

/**
 * Digits written against a Hangul word end a name: 코로나19 (COVID-19), 아이폰17. English
 * spells such a name its own way (COVID-19 is an identifier, iPhone 17 a count), so the
 * figure serves as a counterpart but needs none.
 */
function partOfName(text: string, at: number, end: number): boolean {
  const before = text[at - 1];
  if (!isHangul(before) || NOT_NAME_BEFORE.has(before!)) return false;
  return NAME_NUMBER_AFTER.test(text.slice(end, end + 2));
}

// 24시간 비상근무, 365일 운영: "round the clock", "all year", unless a span of time follows.
const SPAN_AFTER = /^\s?(?:동안|이내|내(?!내)|만에|안에|전|후|뒤|넘게|이상|가까이|째|간|정도|가량)/;

/** `24시간`, `365일` used for "always": translations say "round the clock", "year-round". */
function meansAlways(rest: string, n: number): boolean {
  const unit = n === 24 ? '시간' : n === 365 ? '일' : undefined;
  return unit !== undefined && rest.startsWith(unit) && !SPAN_AFTER.test(rest.slice(unit.length));
}

const LAW_BEFORE = /(?:법|법안|헌법|조약|협정|협약|시행령|시행규칙|규칙|조례|규정|헌장)\s$/;
const ARTICLE_AFTER = /^\d+조(?!\s?(?:원|달러|엔|유로|위안|파운드|\d)|[0-9천백십억만])/;

/** `무역확장법 232조`, `헌법 84조`: an article of a law, written without 제. */
function articleOfLaw(text: string, at: number): boolean {
  return LAW_BEFORE.test(text.slice(Math.max(0, at - 6), at)) && ARTICLE_AFTER.test(text.slice(at, at + 12));
}

const RANGE_TO_DATE = /\s?[~∼〜–-]\s?(\d{1,2})(일|월|시)/y;

/** The first number of a span of days, months or hours: `10~15일`, `3~4월`, `9~10시`. */
function dateRangeStart(text: string, at: number, n: number): boolean {
  RANGE_TO_DATE.lastIndex = at;
  const m = RANGE_TO_DATE.exec(text);
  if (!m) return false;
  const after = text.slice(at + m[0].length, at + m[0].length + 8);
  if (m[2] === '일') return n >= 1 && n <= 31 && !DAY_AS_DURATION.test(after);
  if (m[2] === '월') return n >= 1 && n <= 12;
  return n <= 24 && after[0] !== '간';
}

function readTail(text: string, at: number): { end: number; percent: boolean; currency?: Currency } {
  PERCENT_AFTER.lastIndex = at;
  const p = PERCENT_AFTER.exec(text);
  if (p) return { end: at + p[0].length, percent: true };
  CURRENCY_AFTER.lastIndex = at;
  const c = CURRENCY_AFTER.exec(text);
  const after = c ? at + c[0].length : -1;
  if (c && (!isHangul(text[after]) || PARTICLE_STARTS.has(text[after]!))) {
    return { end: after, percent: false, currency: CURRENCIES[c[1]!] };
  }
  return { end: at, percent: false };
}

const NATIVE_VALUES: Record<string, number> = lookupTable({
  열: 10, 스무: 20, 스물: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90,
  한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9,
});
const NATIVE = new RegExp(`(${NATIVE_TENS})(한|두|세|네|다섯|여섯|일곱|여덟|아홉)?\\s(?:명|번|개|살|곳|가지|차례|척|대|배|시간|달|해|발|마리|권|채|군데|기|종|편)`, 'y');

/** Native Korean tens before a counter: `열두 척`, `스무 살`, `서른 명`. */
function readNative(text: string, at: number, out: Found[]): number {
  NATIVE.lastIndex = at;
  const m = NATIVE.exec(text);
  if (!m) return at + 1;
  const value = NATIVE_VALUES[m[1]!]! + (m[2] ? NATIVE_VALUES[m[2]]! : 0);
  const end = at + m[1]!.length + (m[2]?.length ?? 0);
  const ordinal = text.startsWith('째', at + m[0].length);
  out.push(found(at, end, { value, kind: ordinal ? 'ordinal' : 'count' }));
  return at + m[0].length;
}
