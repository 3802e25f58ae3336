/**
 * Date mentions in Korean text (SPEC §5.3): `2023년 12월 19일` and its
 * parts, ranges and lists (`12월 14~16일`, `8·9월`), the numeric forms,
 * `12.19(화)`, relative years and months resolved against the article's
 * date (지난해, 올해, 지난달 16일 …), and, as counterparts only, event
 * names (`9·19 군사합의`), relative days (어제, 이날) and weekdays.
 *
 * Not dates: durations (`4년 만에`, `5년간`, `15일 이내`), decades
 * (`1990년대`), ordinals (`제21대`), times (`오후 3시`).
 */
import type { ReferenceDate } from '../rule.js';
import type { DateFields, DateMention } from './dates.js';
import {
  isDay, isDigitChar, isHangulChar, isHangulCode, isLatinChar, isMonth, isYear, mention, readNumericDate, shiftDay, shiftMonth,
  weekdayDates,
} from './dates-common.js';
import { isDigitCode, isSpaceCode } from './code-units.js';

/** No mention: shared, never written to. */
const NONE: readonly DateMention[] = [];

export function extractDatesKo(text: string, ref: ReferenceDate): DateMention[] {
  const out: DateMention[] = [];
  let i = 0;
  while (i < text.length) {
    // By code unit: a Hangul character read as a string would be a new string each time.
    const code = text.charCodeAt(i);
    const digit = isDigitCode(code);
    let found: readonly DateMention[] = NONE;
    if (digit && !isDigitCode(text.charCodeAt(i - 1))) {
      found = readDigits(text, i, undefined);
      if (found.length > 0 && glossesPeriod(text, i, found[found.length - 1]!.end)) found = found.map((m) => ({ ...m, optional: true }));
    } else if (isHangulCode(code) && !isHangulCode(text.charCodeAt(i - 1))) {
      found = readWord(text, i, ref);
    }
    if (found.length > 0) {
      out.push(...found);
      i = found[found.length - 1]!.end;
    } else {
      i++;
      while (digit && isDigitCode(text.charCodeAt(i))) i++;
    }
  }
  return out;
}

// 상반기(1~6월), 4분기(10~12월), 2분기(4∼6월): the months a part of the year spans, glossed in
// parentheses; a translation says "the fourth quarter" and leaves them out.
const PERIOD_BEFORE = /(?:상반기|하반기|반기|[1-4]분기|분기) ?\($/;

function glossesPeriod(text: string, start: number, end: number): boolean {
  return text[end] === ')' && PERIOD_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** Fields a relative word lends to the chain that follows it (`지난달 16일`). */
interface Inherited {
  start: number;
  fields: DateFields;
  /** the chain must start at this unit for the word to combine with it */
  unit: Unit;
}

const enum Unit { Year = 0, Month = 1, Day = 2 }
const UNIT_CHARS = '년월일';

function readDigits(text: string, at: number, inherited: Inherited | undefined): DateMention[] {
  if (!standsAlone(text, at)) return [];
  const numeric = readNumericDate(text, at);
  if (numeric) return [numeric];
  return readWeekdayMonthDay(text, at) ?? readChain(text, at, inherited) ?? readNamedMonthDay(text, at) ?? readBareYear(text, at);
}

/** Digits that belong to something else: a decimal or thousands group, an identifier (`KF21`), an ordinal (`제1일`). */
function standsAlone(text: string, at: number): boolean {
  const prev = text[at - 1];
  if ((prev === '.' || prev === ',') && isDigitChar(text[at - 2])) return false;
  if (isLatinChar(prev) || prev === '제' || prev === '#') return false;
  if ((prev === '-' || prev === '‐') && isLatinChar(text[at - 2])) return false;
  return true;
}

// 12.19(화), 12.19.(화), 12. 19(화)
const WEEKDAY_MONTH_DAY = /(\d{1,2})\. ?(\d{1,2})\.? ?\([월화수목금토일]\)/y;

function readWeekdayMonthDay(text: string, at: number): DateMention[] | undefined {
  WEEKDAY_MONTH_DAY.lastIndex = at;
  const m = WEEKDAY_MONTH_DAY.exec(text);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (!isMonth(month) || !isDay(day, month)) return undefined;
  const end = at + m[0].indexOf('(');
  return [mention(text, at, text[end - 1] === ' ' ? end - 1 : end, { month, day })];
}

interface Numbered {
  value: number;
  digits: number;
  start: number;
  end: number;
}

// One or two numbers joined as a range or list (`14~16`, `8·9`, `14, 15`), up to five in all.
const LIST_SEPARATOR = /\s?[~∼〜～\-–—·ㆍ・,]\s?/y;
const NUMBER = /\d{1,4}(?!\d)/y;

function readList(text: string, at: number): { items: Numbered[]; end: number } | undefined {
  const items: Numbered[] = [];
  let pos = at;
  for (let n = 0; n < 5; n++) {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) break;
    items.push({ value: Number(m[0]), digits: m[0].length, start: pos, end: pos + m[0].length });
    pos += m[0].length;
    LIST_SEPARATOR.lastIndex = pos;
    const sep = LIST_SEPARATOR.exec(text);
    if (!sep || !isDigitChar(text[pos + sep[0].length])) break;
    pos += sep[0].length;
  }
  if (items.length === 0) return undefined;
  // A trailing separator was not consumed; the list ends at its last number.
  return { items, end: items[items.length - 1]!.end };
}

/** The level of a chain link: the list of numbers before one unit. */
interface Link {
  unit: Unit;
  items: Numbered[];
  /** index after the unit */
  end: number;
}

/**
 * `2023년 12월 19일` and its parts, finest unit last; each level may be a
 * range or list (`12월 14~16일`), after which the chain ends. Numbers the
 * unit rejects (a 13th month, a duration) end the chain before them.
 */
function readChain(text: string, at: number, inherited: Inherited | undefined): DateMention[] | undefined {
  const links: Link[] = [];
  let pos = at;
  let fields: DateFields = {};
  for (;;) {
    const list = readList(text, pos);
    if (!list) break;
    const unitChar = text[list.end];
    const unit = (unitChar === undefined ? -1 : UNIT_CHARS.indexOf(unitChar)) as Unit | -1;
    if (unit === -1 || (links.length > 0 && unit <= links[links.length - 1]!.unit)) break;
    const end = list.end + 1;
    if (!list.items.every((item) => validAt(unit, item, fields)) || notADate(text, unit, list, end)) break;
    links.push({ unit, items: list.items, end });
    if (list.items.length > 1) break;
    fields = withField(fields, unit, list.items[0]!.value);
    const next = end + spacesAt(text, end, 2);
    if (!isDigitChar(text[next])) break;
    pos = next;
  }
  if (links.length === 0) return undefined;
  return chainMentions(text, at, links, inherited);
}

function fieldOf(unit: Unit): 'year' | 'month' | 'day' {
  return unit === Unit.Year ? 'year' : unit === Unit.Month ? 'month' : 'day';
}

/**
 * `fields` with the unit's field set to `value`, as an object of one shape:
 * a copy with a computed key would be one V8 keeps as a dictionary, slow to
 * make and to read, and chains make one per link. Unknown fields are
 * undefined, which every reader of fields takes as absent.
 */
function withField(fields: DateFields, unit: Unit, value: number): DateFields {
  return {
    year: unit === Unit.Year ? value : fields.year,
    month: unit === Unit.Month ? value : fields.month,
    day: unit === Unit.Day ? value : fields.day,
  };
}

/** How many whitespace characters (at most `max`) stand at `at`: what `/\s{0,max}/y` matches, without a pattern. */
function spacesAt(text: string, at: number, max: number): number {
  let n = 0;
  while (n < max && isSpaceCode(text.charCodeAt(at + n))) n++;
  return n;
}

function validAt(unit: Unit, item: Numbered, known: DateFields): boolean {
  if (unit === Unit.Year) return item.digits === 4 && isYear(item.value);
  if (item.digits > 2) return false;
  if (unit === Unit.Month) return isMonth(item.value);
  return isDay(item.value, known.month, known.year);
}

// After 년 or 일, what makes the number a duration or a decade: `4년 만에`, `1990년대`, `15일 이내`, `3일 전`.
const YEAR_NOT_DATE = /대|간|째|여|\s?(?:동안|만[에의이]|이상|이하|넘게|가량|남짓)/y;
// `전` before a noun is that noun's prefix (`19일 전 세계`, `전 장관`), not "ago".
const DAY_NOT_DATE = /간|째|치|분|여|본|\s?(?:동안|만[에의이]|이내|이상|이하|미만|넘게|가량|남짓|정도|안에|연속|가까이|남(?:은|았|아|기|겨)|(?:내|후|뒤)(?![가-힣])|(?:내|후|뒤)[에로의]|전(?! ?(?:세계|국민|대통령|장관|총리|부처|국가|지역|세대|분야|직원|의원|대표|사무총장|회장|과정|영역|구간|후|날|야)|[가-힣])|전[에의엔까부])/y;

const NIGHTS_BEFORE = /\d박\s?$/;

function notADate(text: string, unit: Unit, list: { items: Numbered[] }, end: number): boolean {
  if (unit === Unit.Month) return false;
  // `3박 4일`, `1박 2일`: nights and days of a stay, a length of time
  if (unit === Unit.Day && NIGHTS_BEFORE.test(text.slice(Math.max(0, list.items[0]!.start - 6), list.items[0]!.start))) return true;
  const pattern = unit === Unit.Year ? YEAR_NOT_DATE : DAY_NOT_DATE;
  pattern.lastIndex = end;
  if (pattern.exec(text)) return true;
  // `1일 3회`, `1일 평균`: once a day, a day's average; but `1일 0시` is midnight on the 1st.
  return unit === Unit.Day && list.items[0]!.value === 1 && /\s?(?:\d{1,2}(?!\d|\s?시(?!간))|평균)/y.test(text.slice(end, end + 8));
}

/** One mention per number of the finest link, each with the coarser fields of the chain. */
function chainMentions(text: string, at: number, links: Link[], inherited: Inherited | undefined): DateMention[] {
  const combine = inherited !== undefined && links[0]!.unit === inherited.unit;
  let fields: DateFields = combine ? inherited.fields : {};
  for (let k = 0; k < links.length - 1; k++) fields = withField(fields, links[k]!.unit, links[k]!.items[0]!.value);
  const last = links[links.length - 1]!;
  return last.items.map((item, index) => {
    const isFirst = index === 0;
    const isLast = index === last.items.length - 1;
    const start = isFirst ? (combine ? inherited.start : at) : item.start;
    return mention(text, start, isLast ? last.end : item.end, withField(fields, last.unit, item.value));
  });
}

// Event names: 6·25 전쟁, 9·19 군사합의, 5·18 민주화운동 — June 25, and so on.
const NAMED_MONTH_DAY = /(\d{1,2})[·ㆍ・](\d{1,2})(?![\d·ㆍ・])/y;

function readNamedMonthDay(text: string, at: number): DateMention[] | undefined {
  NAMED_MONTH_DAY.lastIndex = at;
  const m = NAMED_MONTH_DAY.exec(text);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (!isMonth(month) || !isDay(day, month)) return undefined;
  return [mention(text, at, at + m[0].length, { month, day }, { optional: true })];
}

/**
 * A four-digit year with no unit, before or after a word (`2024 파리올림픽`,
 * `비전 2030`): it may be a year or a name's number, so it is a counterpart
 * only (the English `the 2024 Paris Olympics` needs it).
 */
function readBareYear(text: string, at: number): DateMention[] {
  let end = at + 4;
  const value = Number(text.slice(at, end));
  if (!/^\d{4}$/.test(text.slice(at, end)) || isDigitChar(text[end]) || !isYear(value)) return [];
  // 2025~2026 시즌, 2025-26 시즌: both years
  YEAR_RANGE_END.lastIndex = end;
  const range = YEAR_RANGE_END.exec(text);
  const second = range ? (range[1]!.length === 2 ? Math.floor(value / 100) * 100 + Number(range[1]) : Number(range[1])) : undefined;
  if (range && second !== undefined && isYear(second) && second > value) {
    const rangeEnd = end + range[0].length;
    const years = bareYearAt(text, at, rangeEnd);
    return years ? [mention(text, at, end, { year: value }, { optional: true }), mention(text, rangeEnd - range[1]!.length, rangeEnd, { year: second }, { optional: true })] : [];
  }
  return bareYearAt(text, at, end) ? [mention(text, at, end, { year: value }, { optional: true })] : [];
}

const YEAR_RANGE_END = /\s?[~∼〜～\-–—]\s?(\d{4}|\d{2})(?!\d)/y;

/** Whether the digits from `at` to `end` stand alone as a year: no unit after them, no count word before. */
function bareYearAt(text: string, at: number, end: number): boolean {
  const after = text[end];
  // a particle after a name's year: CES 2026을, Vision 2030은, Expo 2030에서 (a Latin name before it)
  if (text[at - 1] === ' ' && isLatinChar(text[at - 2]) && NAME_YEAR_PARTICLE.test(text.slice(end, end + 3))) return true;
  if (after !== undefined && !/[\s)"'”’.,!?]/.test(after)) return false; // a counter or unit follows: 2000명, 2024호
  if (/^[.,]\d/.test(text.slice(end, end + 2))) return false;
  if (COUNT_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false; // 약 2000, 총 2030
  const wordBefore = text[at - 1] === ' ' && (isHangulChar(text[at - 2]) || isLatinChar(text[at - 2]));
  const unitAfter = after === ' ' && (isLatinChar(text[end + 1]) || isDigitChar(text[end + 1])); // 2000 km
  const wordAfter = after === ' ' && isHangulChar(text[end + 1]);
  return (wordBefore && !unitAfter) || wordAfter;
}

const NAME_YEAR_PARTICLE = /^(?:[을를은는이가의와과도]|에서|에|으로|로|까지|부터)(?![가-힣])/;
const COUNT_BEFORE = /(?:^|[^가-힣])(?:약|총|최대|최소|대략|무려|모두|불과|단|무게|거리|사거리) $/;

interface RelativeWord {
  word: string;
  /** fields of the mention, from the reference date */
  resolve(ref: ReferenceDate): DateFields;
  /** what the word combines with when digits follow (`올해 3월`, `지난달 16일`) */
  lends?: Unit;
  optional?: boolean;
  /** the following characters must match for the word to count */
  followedBy?: RegExp;
}

const year = (delta: number) => (ref: ReferenceDate): DateFields => ({ year: ref.year + delta });
const month = (delta: number) => (ref: ReferenceDate): DateFields => shiftMonth(ref, delta);
const day = (delta: number) => (ref: ReferenceDate): DateFields => shiftDay(ref, delta);

// an age (49세로, 만 72세다, 86살이었다), not an age group of the year (올해 50세 이상 인구)
const AGE_AFTER = / (?:나이 |만 )?\d{1,3} ?(?:세|살)(?:[이인로가의은는다]|이다|이며|이고|이지만|이었다|였다|로서)?(?![가-힣]| ?(?:이상|이하|미만|초과|안팎|전후))/y;
const COMPARISON_BASE = / ?(?:같은 ?(?:달|기간|분기|시기|때|날)|동기|동월|동기간)/y;

// 달 followed by these is another word: 달러 (dollar), 달성 (achievement), 달리 …
const MONTH_WORD_END = /(?![러라리래력성걀빛변])/y;

// Longer words first where one is a prefix of another.
const RELATIVE_WORDS: RelativeWord[] = [
  // a comparison base (지난해 같은 달보다 13% 늘었다): often "from a year earlier", "year on year"
  { word: '지난해', resolve: year(-1), optional: true, followedBy: COMPARISON_BASE },
  { word: '작년', resolve: year(-1), optional: true, followedBy: COMPARISON_BASE },
  // an age this year (멜로니 총리는 올해 49세로): "Meloni, 49," in the English, as a rule
  { word: '올해', resolve: year(0), optional: true, followedBy: AGE_AFTER },
  { word: '금년', resolve: year(0), optional: true, followedBy: AGE_AFTER },
  { word: '올', resolve: year(0), optional: true, followedBy: AGE_AFTER },
  { word: '재작년', resolve: year(-2), lends: Unit.Month },
  { word: '지난해', resolve: year(-1), lends: Unit.Month },
  { word: '작년', resolve: year(-1), lends: Unit.Month },
  { word: '올해', resolve: year(0), lends: Unit.Month },
  { word: '금년', resolve: year(0), lends: Unit.Month },
  { word: '내년', resolve: year(1), lends: Unit.Month },
  // 올 before a month or a part of the year: 올 3월, 올 들어, 올 상반기 (not 올 것, the verb)
  { word: '올', resolve: year(0), lends: Unit.Month, followedBy: / (?=\d{1,2}월)/y },
  { word: '올', resolve: year(0), optional: true, followedBy: / (?:들어|상반기|하반기|한 해|초|말|연말|봄|여름|가을|겨울|\d분기)/y },
  // within, at the start of, at the end of the year: `this year` in the English, as a rule
  { word: '연내', resolve: year(0), optional: true },
  { word: '연초', resolve: year(0), optional: true },
  { word: '연말', resolve: year(0), optional: true },
  { word: '지난 연말', resolve: year(-1), optional: true },
  { word: '지난달', resolve: month(-1), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '지난 달', resolve: month(-1), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '이달', resolve: month(0), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '이번 달', resolve: month(0), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '이번달', resolve: month(0), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '다음 달', resolve: month(1), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '다음달', resolve: month(1), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '내달', resolve: month(1), lends: Unit.Day, followedBy: MONTH_WORD_END },
  { word: '그저께', resolve: day(-2), optional: true },
  { word: '그제', resolve: day(-2), optional: true },
  { word: '어제', resolve: day(-1), optional: true },
  { word: '오늘', resolve: day(0), optional: true, followedBy: /(?!날)/y },
  { word: '이날', resolve: day(0), optional: true },
  { word: '내일', resolve: day(1), optional: true },
  { word: '모레', resolve: day(2), optional: true },
];

const KOREAN_WEEKDAYS = '일월화수목금토';
const WEEKDAY = /([일월화수목금토])요일/y;

/** The first syllables of the words above and of the weekdays (as code units): any other word costs one lookup. */
const WORD_STARTS = new Set([...RELATIVE_WORDS.map((relative) => relative.word.charCodeAt(0)), ...[...KOREAN_WEEKDAYS].map((day) => day.charCodeAt(0))]);

/** RELATIVE_WORDS by their first syllable, in the same order: a word is compared only with those it may be. */
const RELATIVE_BY_FIRST = new Map<number, RelativeWord[]>();
for (const relative of RELATIVE_WORDS) {
  const first = relative.word.charCodeAt(0);
  RELATIVE_BY_FIRST.set(first, [...(RELATIVE_BY_FIRST.get(first) ?? []), relative]);
}

/** 요, the syllable every weekday name (월요일) has second. */
const YO = 0xc694;

function readWord(text: string, at: number, ref: ReferenceDate): readonly DateMention[] {
  if (!WORD_STARTS.has(text.charCodeAt(at))) return NONE;
  WEEKDAY.lastIndex = at;
  const weekday = text.charCodeAt(at + 1) === YO ? WEEKDAY.exec(text) : null;
  if (weekday) {
    const either = weekdayDates(ref, KOREAN_WEEKDAYS.indexOf(weekday[1]!));
    return [mention(text, at, at + weekday[0].length, {}, { optional: true, either })];
  }
  for (const relative of RELATIVE_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
    if (!text.startsWith(relative.word, at)) continue;
    const end = at + relative.word.length;
    if (relative.followedBy) {
      relative.followedBy.lastIndex = end;
      if (!relative.followedBy.test(text)) continue;
    }
    const fields = relative.resolve(ref);
    if (relative.lends !== undefined) {
      const digitsAt = end + spacesAt(text, end, 2);
      if (isDigitCode(text.charCodeAt(digitsAt))) {
        const chain = readDigits(text, digitsAt, { start: at, fields, unit: relative.lends });
        if (chain.length > 0 && chain[0]!.start === at) return chain;
      }
    }
    return [mention(text, at, end, fields, relative.optional ? { optional: true } : {})];
  }
  return [];
}
