/**
 * Date mentions in English text (SPEC §5.3): `December 19, 2023`,
 * `Dec. 19`, `19 December 2023`, `December 2023`, `in August`,
 * `mid-December`, ranges (`December 14–16`, `14–16 December`, `the 14th
 * and 15th`), `on the 16th`, `the 19th of December`, years standing alone
 * (`in 2018`, `by 2035`, `2019–2020`), the numeric forms, relative years
 * and months resolved against the article's date (last year, this month),
 * and, as counterparts only, weekdays, today/yesterday/tomorrow and years
 * in names (`Vision 2030`).
 *
 * Not dates: ordinals before their noun (`the 19th century`, `the 21st
 * National Assembly`), decades (`the 1990s`), counts (`2000 troops`,
 * `some 2000`), identifiers (`Resolution 2094`, `F-2`), times, durations,
 * month names not capitalized (`march`) and `May` where it may be the verb.
 */
import type { ReferenceDate } from '../rule.js';
import type { DateFields, DateMention } from './dates.js';
import {
  isDay, isDigitChar, isLatinChar, isLatinCode, isMonth, isYear, mention, readNumericDate, shiftDay, shiftMonth, weekdayDates,
} from './dates-common.js';
import { digitsEnd, isDigitCode } from './code-units.js';
import {
  CLAUSE_WORDS, DAY_PREPOSITIONS, MONTH_CONTEXT, MONTH_SPELLINGS, WEEKDAYS, isCapitalized, lower, monthOf, previousWord, wordAt,
} from './dates-en-words.js';
import { readYears } from './dates-en-years.js';
import { wordTrie } from './word-trie.js';

export function extractDatesEn(text: string, ref: ReferenceDate): DateMention[] {
  const out: DateMention[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const digit = isDigitCode(code);
    const latin = !digit && isLatinCode(code);
    let found = NONE;
    // Where the run of letters starting here ends, once found: the word is read, or passed over, up to it.
    let wordEnd = -1;
    if (digit && !isDigitCode(text.charCodeAt(i - 1))) found = readDigits(text, i);
    else if (latin && !isLatinCode(text.charCodeAt(i - 1))) {
      wordEnd = lettersEnd(text, i);
      found = readWord(text, i, wordEnd, ref);
    }
    if (found.length > 0) {
      out.push(...found);
      i = found[found.length - 1]!.end;
    } else if (wordEnd !== -1) {
      i = wordEnd;
    } else {
      i++;
      while ((digit && isDigitCode(text.charCodeAt(i))) || (latin && isLatinCode(text.charCodeAt(i)))) i++;
    }
  }
  markQuarterMonths(out, text);
  return out;
}

const QUARTER_BETWEEN = /^\s?[-–—]\s?$|^\s(?:to|through)\s$/;
const QUARTER_AFTER = /^\s(?:quarter|period)\b/i;

/**
 * `the July-September quarter`: the months that name a quarter, which the Korean
 * calls 3분기 without them; like the Korean `4분기(10~12월)`, a counterpart only.
 */
function markQuarterMonths(out: DateMention[], text: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.day !== undefined || b.day !== undefined || a.month === undefined || b.month === undefined) continue;
    if (b.month - a.month !== 2 || a.month % 3 !== 1) continue;
    if (!QUARTER_BETWEEN.test(text.slice(a.end, b.start)) || !QUARTER_AFTER.test(text.slice(b.end, b.end + 10))) continue;
    out[i] = { ...a, optional: true };
    out[i + 1] = { ...b, optional: true };
  }
}

// ---------------------------------------------------------------------------
// Words: month names, `the 16th`, last/this/next year and month, weekdays.

/** No mention: shared, never written to. */
const NONE: readonly DateMention[] = [];

/** Where the run of Latin letters at `at` ends. */
function lettersEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isLatinCode(text.charCodeAt(end))) end++;
  return end;
}

/** The mentions starting with the word at `at` (the first letter of a run, which ends at `end`). */
function readWord(text: string, at: number, end: number, ref: ReferenceDate): readonly DateMention[] {
  // The word wordAt would read, looked up in place: most words start no mention, and need no string.
  if (!WORD_STARTS.has(text, at, end)) return NONE;
  const word = text.slice(at, end);
  const lw = word.toLowerCase();
  const month = monthOf(word);
  if (month) return readMonthFirst(text, at, word, month.month, month.abbreviated, ref);
  if (lw === 'the') return readOrdinalDays(text, at, ref);
  if (lw === 'last' || lw === 'this' || lw === 'next') return readRelative(text, at, word, ref);
  const weekday = WEEKDAYS.indexOf(word);
  if (weekday !== -1) {
    // `last Monday` is one of the two past ones (a week ago in an article dated Monday), never the next.
    const dates = weekdayDates(ref, weekday);
    const either = lower(previousWord(text, at)?.word) === 'last' ? dates.map((fields) => shiftDay({ ...ref, ...fields }, -7)) : dates;
    return [mention(text, at, at + word.length, {}, { optional: true, either })];
  }
  const offset = lw === 'yesterday' ? -1 : lw === 'today' ? 0 : lw === 'tomorrow' ? 1 : undefined;
  if (offset !== undefined && (word === lw || word === word[0]!.toUpperCase() + lw.slice(1))) {
    return [mention(text, at, at + word.length, shiftDay(ref, offset), { optional: true })];
  }
  YEAR_AGO.lastIndex = at;
  const ago = YEAR_AGO.exec(text);
  if (ago) return [mention(text, at, at + ago[0].length, { year: ref.year - 1 }, { optional: true })];
  return [];
}

/** Every word a mention may start with (in any case), so that other words cost one lookup. */
const WORD_STARTS = wordTrie([
  ...MONTH_SPELLINGS.map((name) => name.toLowerCase()),
  ...WEEKDAYS.map((day) => day.toLowerCase()),
  'the', 'last', 'this', 'next', 'yesterday', 'today', 'tomorrow',
  'a', 'one', 'year', // YEAR_AGO
]);

// A comparison with the year before (지난해 같은 달보다): a counterpart only, like the Korean.
const YEAR_AGO = /(?:a|one) year (?:earlier|ago|before)(?![A-Za-z])|year[- ]on[- ]year(?![A-Za-z])/iy;

const RELATIVE = /(last|this|next) (year|month)(?![A-Za-z])/iy;

/** `last year`, `this month` …; `the last year` and `the next month` are spans of time, not dates. */
function readRelative(text: string, at: number, word: string, ref: ReferenceDate): DateMention[] {
  if (word !== word.toLowerCase() && word !== word[0]!.toUpperCase() + word.slice(1).toLowerCase()) return [];
  RELATIVE.lastIndex = at;
  const m = RELATIVE.exec(text);
  if (!m || lower(previousWord(text, at)?.word) === 'the') return [];
  return [mention(text, at, at + m[0].length, relativeFields(m[1]!, m[2]!, ref))];
}

function relativeFields(which: string, unit: string, ref: ReferenceDate): DateFields {
  const delta = { last: -1, this: 0, next: 1 }[which.toLowerCase() as 'last' | 'this' | 'next'];
  return unit.toLowerCase() === 'year' ? { year: ref.year + delta } : shiftMonth(ref, delta);
}

// A day after a month name, or in a list: `19`, `19th`; never part of a larger number, a decimal, a time or a word.
const DAY = /(\d{1,2})(?:st|nd|rd|th)?(?![\d%:A-Za-z]|[.,]\d)/y;
const DAY_SEPARATOR = /\s?[–—-]\s?|\s(?:to|through|and|or|until|till|&)\s|,\s/y;
const YEAR_AFTER = /,?\s(\d{4})(?![\d%A-Za-z]|[.,]\d)/y;
const RELATIVE_YEAR_AFTER = /,?\s(?:of\s)?(last|this|next)\s(year)(?![A-Za-z])/iy;

interface Day {
  value: number;
  start: number;
  end: number;
}

/** `19`, `14–16`, `14, 15 and 16`: a list ends at its last day; a comma list must close with and/or. */
function readDayList(text: string, at: number, pattern: RegExp): { days: Day[]; end: number } | undefined {
  const days: Day[] = [];
  let pos = at;
  let lastSeparator = '';
  for (let n = 0; n < 6; n++) {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    if (!m) break;
    const start = pos + m[0].indexOf(m[1]!);
    days.push({ value: Number(m[1]), start, end: pos + m[0].length });
    pos += m[0].length;
    DAY_SEPARATOR.lastIndex = pos;
    const sep = DAY_SEPARATOR.exec(text);
    if (!sep || !isDigitChar(text[pos + sep[0].length])) break;
    pattern.lastIndex = pos + sep[0].length;
    if (!pattern.test(text)) break;
    lastSeparator = sep[0];
    pos += sep[0].length;
  }
  if (days.length === 0) return undefined;
  // `December 14, 15 people…`: a trailing comma list without and/or is not a list.
  if (lastSeparator === ', ') days.splice(1);
  return { days, end: days[days.length - 1]!.end };
}

/** After a month name: days, a year, `last year`; else the month alone where it is surely the month. */
function readMonthFirst(text: string, at: number, word: string, month: number, abbreviated: boolean, ref: ReferenceDate): DateMention[] {
  let pos = at + word.length;
  if (abbreviated && text[pos] === '.') pos++;
  const afterMonth = pos;
  let days: Day[] = [];
  const space = text[pos] === ' ' || text[pos] === '\u00a0' ? 1 : 0;
  const list = space ? readDayList(text, pos + 1, DAY) : undefined;
  if (list && list.days.every((d) => isDay(d.value, month))) {
    days = list.days;
    pos = list.end;
  }
  const { fields: yearFields, end } = yearAfter(text, pos, ref);
  pos = end;
  const fields: DateFields = { ...yearFields, month };
  if (days.length > 0 && fields.year !== undefined && !days.every((d) => isDay(d.value, month, fields.year))) return [];
  if (days.length === 0) {
    if (fields.year === undefined && !surelyMonth(text, at, word, abbreviated, afterMonth)) {
      return abbreviated || word === 'May' ? [] : [mention(text, at, afterMonth, { month }, { optional: true })];
    }
    return [mention(text, at, pos, fields)];
  }
  return days.map((d, index) => {
    const isLast = index === days.length - 1;
    return mention(text, index === 0 ? at : d.start, isLast ? pos : d.end, { ...fields, day: d.value });
  });
}

function yearAfter(text: string, at: number, ref: ReferenceDate): { fields: DateFields; end: number } {
  YEAR_AFTER.lastIndex = at;
  const y = YEAR_AFTER.exec(text);
  if (y && isYear(Number(y[1]))) return { fields: { year: Number(y[1]) }, end: at + y[0].length };
  RELATIVE_YEAR_AFTER.lastIndex = at;
  const r = RELATIVE_YEAR_AFTER.exec(text);
  if (r) return { fields: relativeFields(r[1]!, r[2]!, ref), end: at + r[0].length };
  return { fields: {}, end: at };
}

/**
 * A month name with no day or year is the month after a word such as
 * `in`, `since`, `mid-`, `last`; otherwise it is too unless it is `May`
 * (the verb) or it begins a name (`June Lee`, `April Revolution`), where it
 * is at most a counterpart.
 */
function surelyMonth(text: string, at: number, word: string, abbreviated: boolean, end: number): boolean {
  if (abbreviated) return false;
  const before = previousWord(text, at);
  const context = before !== undefined && MONTH_CONTEXT.has(before.word.toLowerCase()) && (!before.hyphen || before.word === 'mid');
  if (context || besideMonth(text, at, end)) return true;
  // `May I…`, `Theresa May`; a capitalized word before or after: a name or a headline (`Leaders March On`).
  if (word === 'May' || (before && isCapitalized(before.word))) return false;
  return !/^\s[A-Z]/.test(text.slice(end, end + 2));
}

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const LIST_JOIN = '(?:,\\s|\\s(?:and|or|to|through|until)\\s|\\s?[–-]\\s?)';
const MONTH_THEN_JOIN = new RegExp(`${MONTH_NAME}${LIST_JOIN}$`);
const JOIN_THEN_MONTH = new RegExp(`^${LIST_JOIN}${MONTH_NAME}(?![A-Za-z])`);

/** In a list or range of months: `April and May`, `May–June`. */
function besideMonth(text: string, at: number, end: number): boolean {
  return MONTH_THEN_JOIN.test(text.slice(Math.max(0, at - 20), at)) || JOIN_THEN_MONTH.test(text.slice(end, end + 22));
}

// `the 16th`, `the 14th and 15th`, `the 14th to the 16th`.
const ORDINAL = /(\d{1,2})(?:st|nd|rd|th)(?![\dA-Za-z]|-[A-Za-z])/y;
const THE_ORDINAL = /the\s(?=\d)/iy;
const OF_MONTH = /\sof\s([A-Z][a-z]{2,8})(\.)?/y;
const OF_RELATIVE_MONTH = /\sof\s(last|this|next)\s(month)(?![A-Za-z])/y;

const SMALL_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

// `the first ten days of the month`, `the first 20 days of September`: the 1st to the 10th, as Korean writes `1~10일`
const FIRST_DAYS = new RegExp(
  `the (first) (\\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')}) days of (?:(?:the|(last|this|next)) month|(${MONTH_SPELLINGS.join('|')})\\.?(?:,? (\\d{4}))?)(?![A-Za-z])`,
  'iy',
);

function readFirstDays(text: string, at: number, ref: ReferenceDate): DateMention[] | undefined {
  FIRST_DAYS.lastIndex = at;
  const m = FIRST_DAYS.exec(text);
  if (!m) return undefined;
  const count = SMALL_NUMBERS[m[2]!.toLowerCase()] ?? Number(m[2]);
  const named = m[4] ? monthOf(m[4]) : undefined;
  if (m[4] && !named) return undefined;
  let fields: DateFields = {};
  if (m[3]) fields = relativeFields(m[3], 'month', ref);
  else if (named) fields = { month: named.month, ...(m[5] && { year: Number(m[5]) }) };
  if (count < 2 || !isDay(count, fields.month, fields.year)) return undefined;
  const firstEnd = at + 'the first'.length;
  const countStart = firstEnd + 1;
  return [mention(text, at, firstEnd, { ...fields, day: 1 }), mention(text, countStart, at + m[0].length, { ...fields, day: count })];
}

/**
 * `the 19th` is a day unless it is the rank of the noun after it (`the 19th
 * century`, `the 21st National Assembly`): it must be followed by `of
 * <month>`, punctuation or the end, or by a word carrying the sentence on
 * when a preposition comes before (`on the 16th in Tokyo`).
 */
function readOrdinalDays(text: string, at: number, ref: ReferenceDate): DateMention[] {
  const firstDays = readFirstDays(text, at, ref);
  if (firstDays) return firstDays;
  THE_ORDINAL.lastIndex = at;
  const the = THE_ORDINAL.exec(text);
  if (!the) return [];
  const list = readDayList(text, at + the[0].length, ORDINAL);
  if (!list || !list.days.every((d) => isDay(d.value))) return [];
  let pos = list.end;
  let fields: DateFields = {};
  OF_MONTH.lastIndex = pos;
  const of = OF_MONTH.exec(text);
  const ofMonth = of ? monthOf(of[1]!) : undefined;
  OF_RELATIVE_MONTH.lastIndex = pos;
  const ofRelative = OF_RELATIVE_MONTH.exec(text);
  if (of && ofMonth && (!ofMonth.abbreviated || of[2])) {
    pos += of[0].length - (!ofMonth.abbreviated && of[2] ? 1 : 0);
    const year = yearAfter(text, pos, ref);
    fields = { month: ofMonth.month, ...year.fields };
    pos = year.end;
  } else if (ofRelative) {
    pos += ofRelative[0].length;
    fields = relativeFields(ofRelative[1]!, ofRelative[2]!, ref);
  } else if (!dayFollows(text, pos, previousWord(text, at)?.word)) {
    return [];
  }
  if (!list.days.every((d) => isDay(d.value, fields.month, fields.year))) return [];
  return list.days.map((d, index) =>
    mention(text, d.start, index === list.days.length - 1 ? pos : d.end, { ...fields, day: d.value }));
}

function dayFollows(text: string, at: number, before: string | undefined): boolean {
  const next = text[at];
  if (next === undefined || /[,.;:!?)\]"'”’—–…]/.test(next)) return true;
  if (!/\s/.test(next)) return false;
  if (text[at + 1] === '(' || text[at + 1] === '—' || text[at + 1] === '–') return true;
  const word = wordAt(text, at + 1);
  if (word === undefined || !DAY_PREPOSITIONS.has(lower(before) ?? '')) return false;
  return CLAUSE_WORDS.has(word) || isVerbAfterDay(word);
}

/**
 * A verb (or the adverb before one) right after `on the 16th`: news English
 * puts the day between subject and verb (`The court on the 15th upheld the
 * ruling`, `The ministry on the 19th officially announced …`). A noun the
 * ordinal ranks (`the 16th floor`, `the 21st seed`) is never a past tense.
 */
function isVerbAfterDay(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  if (PAST_TENSES.has(word) || DAY_ADVERBS.has(word)) return true;
  return word.length >= 4 && word.endsWith('ed') && !word.endsWith('eed') && !RANKED_ADJECTIVES.has(word);
}

/** Participles that rank or describe the noun after an ordinal: `the 5th amended draft`, `the 3rd armored brigade`. */
const RANKED_ADJECTIVES = new Set([
  'amended', 'revised', 'armored', 'armoured', 'combined', 'advanced', 'elected', 'extended', 'unified', 'expanded',
  'enlarged', 'united', 'limited', 'restricted', 'updated', 'annotated', 'illustrated', 'related', 'associated',
  'selected', 'numbered', 'named', 'ranked', 'seeded', 'rated', 'planned', 'scheduled', 'proposed', 'annual',
]);

const PAST_TENSES = new Set([
  'said', 'held', 'upheld', 'met', 'made', 'told', 'gave', 'took', 'began', 'sent', 'won', 'lost', 'left', 'set', 'put',
  'struck', 'brought', 'bought', 'sold', 'wrote', 'became', 'came', 'went', 'saw', 'found', 'led', 'paid', 'spoke',
  'chose', 'ran', 'threw', 'froze', 'broke', 'sought', 'fought', 'rose', 'fell', 'unveiled', 'overturned', 'laid', 'cut',
  'says', 'announces', 'will', 'would', 'is', 'was', 'were', 'has', 'had',
]);
const DAY_ADVERBS = new Set([
  'also', 'officially', 'formally', 'jointly', 'finally', 'reportedly', 'unanimously', 'publicly', 'separately',
  'again', 'abruptly', 'quietly', 'suddenly', 'belatedly', 'then',
]);

// ---------------------------------------------------------------------------
// Digits: numeric dates, `19 December 2023`, years.

const US_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/y;
const DAY_FIRST = /(\d{1,2})(?:st|nd|rd|th)?(?![\d%:]|[.,]\d)/y;
const MONTH_AFTER_DAY = /\s(?:of\s)?([A-Z][a-z]{2,8})(\.)?(?![A-Za-z])/y;

function readDigits(text: string, at: number): DateMention[] {
  if (!standsAlone(text, at)) return [];
  // Each reader below needs a run of so many digits: one or two (a day or month), or four (a year).
  const digits = digitsEnd(text, at) - at;
  if (digits === 4) {
    const numeric = readNumericDate(text, at);
    return numeric ? [numeric] : readYears(text, at);
  }
  return (digits <= 2 && (readUsDate(text, at) ?? readDayFirst(text, at))) || [];
}

/** Digits that belong to something else: a decimal or thousands group, money, an identifier (`F-2`, `K2`). */
function standsAlone(text: string, at: number): boolean {
  const prev = text[at - 1];
  if ((prev === '.' || prev === ',') && isDigitChar(text[at - 2])) return false;
  if (isLatinChar(prev) || (prev !== undefined && '$€£¥₩#@_/'.includes(prev))) return false;
  if (prev === '-' || prev === '‐') {
    const before = previousWord(text, at);
    return before === undefined ? !isLatinChar(text[at - 2]) && !isDigitChar(text[at - 2]) : ['mid', 'early', 'late', 'pre', 'post', 'end'].includes(before.word.toLowerCase());
  }
  return true;
}

/** `12/19/2023` (month first, as American English writes it; day first where the first number cannot be a month). */
function readUsDate(text: string, at: number): DateMention[] | undefined {
  US_DATE.lastIndex = at;
  const m = US_DATE.exec(text);
  if (!m) return undefined;
  let [a, b] = [Number(m[1]), Number(m[2])];
  const year = Number(m[3]);
  if (!isMonth(a) && isMonth(b)) [a, b] = [b, a];
  if (!isYear(year) || !isMonth(a) || !isDay(b, a, year)) return undefined;
  return [mention(text, at, at + m[0].length, { year, month: a, day: b })];
}

/** `19 December 2023`, `14–16 December`, `16th of December`. */
function readDayFirst(text: string, at: number): DateMention[] | undefined {
  const list = readDayList(text, at, DAY_FIRST);
  if (!list) return undefined;
  MONTH_AFTER_DAY.lastIndex = list.end;
  const m = MONTH_AFTER_DAY.exec(text);
  const month = m ? monthOf(m[1]!) : undefined;
  if (!m || !month || (month.abbreviated && m[2] === undefined && !/^\s\d{4}/.test(text.slice(list.end + m[0].length)))) return undefined;
  let pos = list.end + m[0].length;
  if (!month.abbreviated && m[2]) pos--; // a full name's full stop ends the sentence
  YEAR_AFTER.lastIndex = pos;
  const y = YEAR_AFTER.exec(text);
  const year = y && isYear(Number(y[1])) ? Number(y[1]) : undefined;
  if (year !== undefined) pos += y![0].length;
  if (!list.days.every((d) => isDay(d.value, month.month, year))) return undefined;
  return list.days.map((d, index) => {
    const isLast = index === list.days.length - 1;
    return mention(text, d.start, isLast ? pos : d.end, { month: month.month, day: d.value, ...(year !== undefined && { year }) });
  });
}

// A compound with a counted noun (`a 2000-strong force`) is a count.
