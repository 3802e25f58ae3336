/**
 * Quantities in English prose: `1,500`, `60 percent`, `$15.2 billion`,
 * `1.2bn`, `twenty-one`, `a dozen`, `21st`, `the 1990s`, `in their 60s`.
 * Years standing alone, days (`December 19`, `on the 16th`), times of day
 * and identifiers are left out; ranges, conversions and the small-count
 * filter are applied by numbers.ts.
 */
import {
  abbreviatedScale, currencyBefore, CURRENCY_CODES, decadeValue, found, identifierBefore, identifierEnd, isDigit, isLatin,
  isSpace, isUnit, lettersAt, notQuantityEnd, readNumeral, scaled, type Currency, type Found, type QuantityKind,
} from './number-scan.js';
import { fractionOf, fractionPercents, PHRASE_START_WORDS, readNumberWords, startsNumberPhrase } from './number-words.js';
import { durationFound, readEnglishDuration } from './numbers-durations.js';
import { lookupTable } from './lookup.js';
import { englishMatchMinutes } from './number-minutes.js';
import { englishScores } from './number-scores.js';
import { wordTrie } from './word-trie.js';

/**
 * Reads the text a token at a time, as `/(?:https?:\/\/|www\.)[^\s<>()[\]]*|\d|[A-Za-z]+/g`
 * would find them, by hand: a URL is stepped over whole, a digit starts a
 * number, a run of letters may start a number in words.
 */
export function scanEnglish(text: string): Found[] {
  const out: Found[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    let next: number;
    if (code >= 0x30 && code <= 0x39) next = readDigits(text, at, out);
    else if (isLatinCode(code)) next = urlEnd(text, at) ?? readLetters(text, at, out);
    else next = at + 1;
    at = Math.max(next, at + 1);
  }
  englishMatchMinutes(out, text);
  englishScores(out, text);
  return out;
}

/** The run of letters at `at`: only a number word, `fortnight` or `decade`, or a word ending in -fold, starts a number. */
function readLetters(text: string, at: number, out: Found[]): number {
  let end = at + 1;
  while (end < text.length && isLatinCode(text.charCodeAt(end))) end++;
  if (!STARTS.has(text, at, end) && !endsWithFold(text, at, end)) return end;
  return readWords(text, at, text.slice(at, end), out);
}

/** The words readWords does something with, as `startsNumberPhrase` and the checks after it tell. */
const STARTS = wordTrie([...PHRASE_START_WORDS, 'fortnight', 'decade']);

/** Whether the word [at, end) ends in `fold`, in any case. */
function endsWithFold(text: string, at: number, end: number): boolean {
  return end - at >= 4 && FOLD.has(text, end - 4, end);
}

const FOLD = wordTrie(['fold']);

/** The end of the URL starting at `at` (http://, https://, www.), which runs to a space or bracket. */
function urlEnd(text: string, at: number): number | undefined {
  const code = text.charCodeAt(at);
  if (code !== 0x68 && code !== 0x77) return undefined; // h, w
  let end: number;
  if (text.startsWith('http://', at)) end = at + 7;
  else if (text.startsWith('https://', at)) end = at + 8;
  else if (text.startsWith('www.', at)) end = at + 4;
  else return undefined;
  while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
  return end;
}

/** `\s`, `<`, `>`, `(`, `)`, `[` and `]`. */
function endsUrl(code: number): boolean {
  return code === 0x3c || code === 0x3e || code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || isSpace(String.fromCharCode(code));
}

function isLatinCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
// A day beside its month, also as the second or first day of a span: December 10-15, 10 to 15 December.
const DAY_SPAN = '(?:\\s?[-–]\\s?|\\s(?:to|and|through|or)\\s)';
const MONTH_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${MONTH_NAMES})\\.?\\s(?:\\d{1,2}(?:st|nd|rd|th)?${DAY_SPAN})?$`);
const MONTH_AFTER = new RegExp(`(?:${DAY_SPAN}\\d{1,2}(?:st|nd|rd|th)?)?\\s(?:${MONTH_NAMES})\\b`, 'y');

// Words after an ordinal that show it names a day (`on the 16th of`, `the 19th and`), not a noun it modifies.
const NOT_NOUNS = new Set([
  'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'through', 'until', 'till', 'when',
  'as', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'after', 'before', 'since', 'during', 'its', 'his',
  'her', 'their', 'our', 'is', 'was', 'were', 'are', 'will', 'would', 'said', 'says', 'but', 'while', 'which',
  'who', 'where', 'into', 'than', 'so', 'if', 'then', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'not',
  'also', 'had', 'has', 'have', 'be', 'been', 'announced', 'reported', 'told', 'stated', 'according',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

// the Group of 20: the name of the G20, which the other version may write as an identifier
const GROUP_OF = /\bGroup of $/;

function readDigits(text: string, at: number, out: Found[]): number {
  const prefix = currencyBefore(text, at);
  if (!prefix && identifierBefore(text, at)) return identifierEnd(text, at);
  if (GROUP_OF.test(text.slice(Math.max(0, at - 10), at))) return identifierEnd(text, at);
  const duration = prefix ? undefined : readEnglishDuration(text, at);
  if (duration) {
    out.push(...durationFound(at, duration));
    return duration.end;
  }
  const skipTo = notQuantityEnd(text, at);
  if (skipTo >= 0) return skipTo;
  const numeral = readNumeral(text, at)!;
  let pos = numeral.end;
  let exp = 0;
  let kind: QuantityKind = 'count';
  let value: number | undefined;
  let notDate = false;
  let attached = false;
  let percent = false;
  let basis = false;

  const letters = lettersAt(text, pos);
  if (letters) {
    const after = pos + letters.length;
    if (isDigit(text[after])) return identifierEnd(text, at);
    const lower = letters.toLowerCase();
    const scale = abbreviatedScale(letters, prefix !== undefined);
    if (lower === 'bp' || lower === 'bps') {
      basis = true; // 25bp: a quarter of a percentage point
    } else if (/^(?:st|nd|rd|th)$/.test(lower) && numeral.integer) {
      const before = text.slice(Math.max(0, at - 24), at);
      if (!modifiesNoun(text, after) || MONTH_BEFORE.test(before) || /\bon the $/i.test(before)) return after;
      kind = 'ordinal';
    } else if (lower === 's' && numeral.integer && numeral.value % 10 === 0 && numeral.value >= 10) {
      ({ kind, value } = decadeOrAge(text, at, numeral.digits));
      notDate = kind === 'decade';
    } else if (scale !== undefined) {
      exp = scale;
    } else if (!isUnit(letters)) {
      return identifierEnd(text, at);
    }
    pos = after;
    attached = true;
  } else if (/^['’]s\b/.test(text.slice(pos, pos + 3)) && numeral.digits.length === 4 && numeral.value % 10 === 0) {
    kind = 'decade'; // the 1990's
    notDate = true;
    pos += 2;
    attached = true;
  } else if (text[pos] === '-' && isLatin(text[pos + 1])) {
    const word = lettersAt(text, pos + 1).toLowerCase();
    const scale = SCALES[word];
    if (scale !== undefined) {
      exp = scale;
      pos += 1 + word.length;
    } else if (word === 'percent') {
      percent = true; // a 25-percent tariff
      pos += 1 + word.length;
    } else if (BASIS_ATTACHED.test(text.slice(pos, pos + 20))) {
      basis = true; // a 25-basis-point cut
      pos += BASIS_ATTACHED.exec(text.slice(pos, pos + 20))![0].length;
    }
    attached = true; // a 30-day truce, a 2,000-strong force
  }

  if (exp === 0 && kind === 'count') {
    const s = readScaleWords(text, pos);
    exp = s.exp;
    pos = s.end;
  }
  const tail = percent || basis ? { end: pos, percent: true, basis } : readTail(text, pos, kind === 'count');
  pos = tail.end;
  const currency = prefix?.currency ?? tail.currency;
  const plain = exp === 0 && kind === 'count' && !tail.percent && currency === undefined && numeral.integer;
  if (plain && !attached) {
    // a four-digit year standing alone, a day beside its month
    if (numeral.end - at === 4 && numeral.value >= 1900 && numeral.value <= 2099) return pos;
    if (numeral.value >= 1 && numeral.value <= 31) {
      MONTH_AFTER.lastIndex = pos;
      if (MONTH_AFTER.test(text) || MONTH_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return pos;
    }
  }
  out.push(found(prefix?.start ?? at, pos, {
    numStart: at,
    numEnd: numeral.end,
    value: value ?? scaled(numeral.digits, exp - (tail.basis ? 2 : 0)),
    unit: 10 ** exp,
    percent: tail.percent,
    kind,
    scaled: exp > 0,
    bare: pos === numeral.end && !attached,
    notDate,
    ...(currency && { currency }),
  }));
  return pos;
}

/** `1990s` is a decade; `60s` a decade after `the` or an apostrophe (`the '60s`), else an age group. */
function decadeOrAge(text: string, at: number, digits: string): { kind: QuantityKind; value: number } {
  const n = Number(digits);
  if (digits.length === 4) return { kind: 'decade', value: n };
  if (digits.length !== 2) return { kind: 'count', value: n };
  const before = text.slice(Math.max(0, at - 16), at);
  if (/['’]$/.test(before) || /\bthe (?:(?:early|mid|late)[- ])?$/i.test(before)) return { kind: 'decade', value: decadeValue(n) };
  return { kind: 'age', value: n };
}

const FOLLOWING_WORD = /\s([A-Za-z]+)/y;

/** After an ordinal: a noun follows (`21st century`, `19th-century`), not a day's context. */
function modifiesNoun(text: string, at: number): boolean {
  if (text[at] === '-' && isLatin(text[at + 1])) return true;
  FOLLOWING_WORD.lastIndex = at;
  const word = FOLLOWING_WORD.exec(text)?.[1];
  return word !== undefined && !NOT_NOUNS.has(word.toLowerCase());
}

const SCALES: Record<string, number> = lookupTable({ hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, tn: 12, trn: 12, mn: 6 });
const SCALE_WORD = /\s+(hundred|thousand|million|billion|trillion|bn|tn|trn|mn)\b/y;

/** `1.5 million`, `300 thousand`, `5 hundred thousand`. */
function readScaleWords(text: string, at: number): { exp: number; end: number } {
  let exp = 0;
  let end = at;
  for (let i = 0; i < 2; i++) {
    SCALE_WORD.lastIndex = end;
    const m = SCALE_WORD.exec(text);
    if (!m) break;
    exp += SCALES[m[1]!]!;
    end += m[0].length;
  }
  return { exp, end };
}

const PERCENT = /\s?%|\s(?:percent|per\scent|pct|percentage[-\s]points?)\b/iy;
// 25 basis points, 25 bps: hundredths of a percentage point
const BASIS = /\s(?:basis[-\s]points?|bps?)\b/iy;
const BASIS_ATTACHED = /^-basis-points?\b/i;
const CURRENCY_WORD = /\s(?:(?:US|U\.S\.|American|South\sKorean|Korean|Japanese|Chinese)\s)?(dollars?|won|yen|euros?|pounds?(?:\ssterling)?|yuan|renminbi|USD|KRW|JPY|EUR|GBP|CNY|RMB)\b/y;
const CURRENCY_WORDS: Record<string, Currency> = lookupTable({
  dollar: 'USD', dollars: 'USD', won: 'KRW', yen: 'JPY', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  yuan: 'CNY', renminbi: 'CNY',
});

/** What may follow a number and its scale: percent, or a currency written after it. */
export function readTail(text: string, at: number, allowCurrency: boolean): { end: number; percent: boolean; basis?: boolean; currency?: Currency } {
  PERCENT.lastIndex = at;
  const p = PERCENT.exec(text);
  if (p) return { end: at + p[0].length, percent: true };
  BASIS.lastIndex = at;
  const b = BASIS.exec(text);
  if (b) return { end: at + b[0].length, percent: true, basis: true };
  if (!allowCurrency) return { end: at, percent: false };
  CURRENCY_WORD.lastIndex = at;
  const c = CURRENCY_WORD.exec(text);
  if (!c) return { end: at, percent: false };
  const word = c[1]!.split(/\s/)[0]!; // pounds sterling: pounds
  return { end: at + c[0].length, percent: false, currency: CURRENCY_WORDS[word] ?? CURRENCY_CODES[word] };
}

const DECADE_BEFORE = /\b(?:past|last|next|previous|first|entire|whole|full)\s$/i;

// Rate moves in words: half a percentage point, a quarter of a percentage point, a quarter-point cut.
const POINT_FRACTION = /(?:half\sa|a\shalf)[-\s]percentage[-\s]point|a\squarter(?:\sof\sa)?[-\s]percentage[-\s]point|a\s(?:quarter|half)[-\s]point|half\sa\spoint/iy;

const HALF_YEARS = /^(?:(a|one|two|three|four|five|six|seven|eight|nine|ten)\syears?\sand\sa\shalf|(one|two|three|four|five|six|seven|eight|nine|ten)\sand\sa\shalf\syears)(?![A-Za-z])/i;
const NUMBER_WORDS_UP_TO_TEN: Record<string, number> = lookupTable({
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
});
const FRACTION_AT = /^((?:a|one|two|three|four|five|seven|nine)[\s-](?:third|fourth|quarter|fifth|tenth)s?)(?![A-Za-z-])/i;

function readWords(text: string, at: number, token: string, out: Found[]): number {
  const lower = token.toLowerCase();
  // Most words start nothing: every reading below starts with a number word, `fortnight` or `decade`.
  if (!startsNumberPhrase(lower) && lower !== 'fortnight' && lower !== 'decade') return at + token.length;
  if (lower === 'a' || lower === 'half') {
    POINT_FRACTION.lastIndex = at;
    const m = POINT_FRACTION.exec(text);
    if (m) {
      out.push(found(at, at + m[0].length, { value: /quarter/i.test(m[0]) ? 0.25 : 0.5, percent: true }));
      return at + m[0].length;
    }
  }
  // Both patterns below start with one of these words, whole (a letter run ends where the token does).
  const small = lower in NUMBER_WORDS_UP_TO_TEN;
  const halfYears = small ? HALF_YEARS.exec(text.slice(at, at + 32)) : null;
  if (halfYears) {
    // a year and a half, two and a half years: also 18 or 30 months (1년 6개월, 18개월), a counterpart only
    const years = NUMBER_WORDS_UP_TO_TEN[(halfYears[1] ?? halfYears[2])!.toLowerCase()]!;
    out.push(found(at, at + halfYears[0].length, { value: years * 12 + 6, optional: true }));
    return at + halfYears[0].length;
  }
  const fraction = small ? FRACTION_AT.exec(text.slice(at, at + 24)) : null;
  if (fraction) {
    // a quarter, two-thirds: a counterpart for 25% or 67% on the other side, never required
    const value = fractionOf(fraction[1]!.replace(/s$/i, ''));
    if (value !== undefined) {
      out.push(...fractionPercents(at, at + fraction[0].length, value));
      return at + fraction[0].length;
    }
  }
  if (lower === 'fortnight') {
    // two weeks, which Korean writes as 2주 or 보름: a counterpart for 14, never required
    out.push(found(at, at + token.length, { value: 14, optional: true }));
    return at + token.length;
  }
  if (lower === 'decade' && DECADE_BEFORE.test(text.slice(Math.max(0, at - 10), at))) {
    // the past decade: ten years
    out.push(found(at, at + token.length, { value: 10 }));
    return at + token.length;
  }
  if (!startsNumberPhrase(lower) || text[at - 1] === '-' && isLatin(text[at - 2])) return at + token.length;
  const words = readNumberWords(text, at);
  if (!words) return at + token.length;
  if (words.fraction) return words.end;
  if (words.ordinal && /^\sof\b/.test(text.slice(words.end, words.end + 4))) return words.end;
  const tail = readTail(text, words.end, !words.ordinal);
  out.push(found(at, tail.end, {
    numEnd: words.end,
    value: words.value,
    percent: tail.percent,
    kind: words.ordinal ? 'ordinal' : 'count',
    scaled: words.scaled,
    ...(tail.currency && { currency: tail.currency }),
  }));
  return tail.end;
}
