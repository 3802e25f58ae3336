/**
 * What the Korean and English number scanners share: reading a numeral,
 * recognizing what merely looks like one (times of day, numeric dates,
 * identifiers such as F-2 or K2), currency prefixes and unit suffixes.
 * Every reader looks at a bounded stretch of text around one position, so
 * a scan over a block stays linear in its length.
 */
import { digitsEnd, isSpaceCode } from './code-units.js';
import { lookupTable } from './lookup.js';

export type Currency = 'USD' | 'KRW' | 'JPY' | 'EUR' | 'GBP' | 'CNY';
export type QuantityKind = 'count' | 'ordinal' | 'decade' | 'age' | 'duration' | 'score';

/** A quantity as a scanner finds it, before ranges, conversions and skips are applied. */
export interface Found {
  start: number;
  end: number;
  /** where the digits or number words are: what a date span must cover to skip it */
  numStart: number;
  numEnd: number;
  value: number;
  /** the factor applied to the first numeral (10^8 for `4억`), lent to the first number of a range */
  unit: number;
  percent: boolean;
  currency?: Currency;
  kind: QuantityKind;
  /** written with a scale (천/만/억/조, thousand…trillion, bn) */
  scaled: boolean;
  /** nothing follows the numeral: it may be the first number of a range (`3~4억`) */
  bare: boolean;
  /** counted even where a date span covers it (`1990년대`: a decade, not a year) */
  notDate?: boolean;
  /** a counterpart only, never required to have one (`보름`, `a fortnight`, `3:58`) */
  optional?: boolean;
}

export function found(start: number, end: number, fields: Partial<Found> & { value: number }): Found {
  return {
    start,
    end,
    numStart: start,
    numEnd: end,
    unit: 1,
    percent: false,
    kind: 'count',
    scaled: false,
    bare: false,
    ...fields,
  };
}

export interface Numeral {
  /** the digits with separators removed: `1500.5` */
  digits: string;
  start: number;
  end: number;
  value: number;
  integer: boolean;
}

const NUMERAL = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/y;

export function readNumeral(text: string, at: number): Numeral | undefined {
  NUMERAL.lastIndex = at;
  const m = NUMERAL.exec(text);
  if (!m) return undefined;
  const digits = m[0].includes(',') ? m[0].replaceAll(',', '') : m[0];
  return { digits, start: at, end: at + m[0].length, value: Number(digits), integer: !digits.includes('.') };
}

/** `digits` × 10^exp, computed from the decimal string so `15.2` × 10^9 is exact. */
export function scaled(digits: string, exp: number): number {
  // × 10^0 reads the same decimal: no string to build
  return exp === 0 ? Number(digits) : Number(`${digits}e${exp}`);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** Spaces, tabs, no-break spaces and the line ends of wrapped Markdown paragraphs. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && isSpaceCode(ch.charCodeAt(0));
}

export function isHangul(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\uAC00' && ch <= '\uD7A3';
}

/** Finds the next digit or URL; URLs are stepped over whole (their digits are not quantities). */
export function tokenPattern(extra = ''): RegExp {
  return new RegExp(`(?:https?://|www\\.)[^\\s<>()\\[\\]]*|\\d${extra}`, 'g');
}

// Digits that are never quantities: times of day, numeric dates, dotted runs, named days.
const NOT_QUANTITIES = [
  // times of day: 11:52, 3:30 p.m., 3 p.m., 11 o'clock
  /\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b))?/y,
  /\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|\d{1,2} o['’]clock/y,
  // numeric dates: 2026-01-17, 2026/1/17, 2026.1.17, 2026. 1. 17., 2026. 1.
  /\d{4}(?:([-/.])\d{1,2}\1\d{1,2}|\.\s\d{1,2}\.(?:\s\d{1,2}\.?)?)(?!\d)/y,
  // version numbers and other dotted runs
  /\d+(?:\.\d+){2,}/y,
  // month·day names of events: 6·25, 9·19 군사합의
  /\d{1,2}[·ㆍ・]\d{1,2}(?!\d)/y,
  // 1/17, 24/7, 2/3
  /\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?!\d)/y,
];

/** If the digits at `at` are a time, a numeric date or a dotted run, the index after it; else -1. */
export function notQuantityEnd(text: string, at: number): number {
  // .312, a batting average: a fraction below one, written without its zero
  if (text[at - 1] === '.' && (at === 1 || /[\s(\[“"'‘]/.test(text[at - 2]!))) return readNumeral(text, at)!.end;
  if (!mayStartNotQuantity(text, at)) return -1;
  for (const pattern of NOT_QUANTITIES) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) return at + m[0].length;
  }
  return -1;
}

/**
 * What NOT_QUANTITIES need after the run of digits at `at`, so that most
 * numbers (`500 tonnes`, `2,928`, `19%`) are let go before the six
 * patterns are tried: a dot (a dotted run or date); after four digits a
 * dash or slash (a date); after one or two, a colon, slash or middle dot,
 * or a space or a/p (a time of day).
 */
function mayStartNotQuantity(text: string, at: number): boolean {
  const end = digitsEnd(text, at);
  const next = text.charCodeAt(end);
  if (next === 0x2e) return true; // .
  if (end - at === 4) return next === 0x2d || next === 0x2f; // - /
  if (end - at > 2) return false;
  return next === 0x3a || next === 0x2f || next === 0xb7 || next === 0x318d || next === 0x30fb || // : / · ㆍ ・
    next === 0x61 || next === 0x70 || next === 0x41 || next === 0x50 || isSpaceCode(next); // a p A P, or a space before them
}

/**
 * The code unit after the run of at most `max` digits at `at`, past one
 * whitespace character if one stands there; -1 where the run is longer.
 * Durations, lengths and spans of years (`2시간 5분`, `2m 35`, `1년 6개월`,
 * `5 minutes`) need a unit there: most numbers are let go by this test
 * before any of their patterns is tried.
 */
export function unitAfterDigits(text: string, at: number, max: number): number {
  const end = digitsEnd(text, at);
  if (end - at > max) return -1;
  const code = text.charCodeAt(end);
  return isSpaceCode(code) ? text.charCodeAt(end + 1) : code;
}

// Lower-case words that may be hyphenated to a number without making it a model name.
const HYPHEN_PREFIXES = new Set([
  'mid', 'early', 'late', 'pre', 'post', 'over', 'under', 'sub', 'non', 'top', 'about', 'around',
  'some', 'nearly', 'almost', 'high', 'low', 'upper', 'lower', 'record', 'all', 'near', 'anti',
]);

/** Digits joined to letters before them are part of a name: F-2, PAC-3, K2, G20, COVID-19, A400M. */
export function identifierBefore(text: string, at: number): boolean {
  const prev = text[at - 1];
  if (isLatin(prev) || prev === '#' || prev === '@') return true;
  // snake_case_2 is a name; _60%_ at the start of a word is emphasis Markdown left as text (_60%_가)
  if (prev === '_') return isLatin(text[at - 2]) || isDigit(text[at - 2]);
  if (prev !== '-' && prev !== '‐') return false;
  if (isHangul(text[at - 2])) return true; // 화성-18형, 현무-4
  let j = at - 2;
  while (j >= 0 && at - 2 - j < 16 && isLatin(text[j])) j--;
  const word = text.slice(j + 1, at - 1);
  return word.length > 0 && !HYPHEN_PREFIXES.has(word.toLowerCase());
}

const IDENTIFIER_REST = /[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*/y;

/** The index after the identifier whose digits start at `at`. */
export function identifierEnd(text: string, at: number): number {
  IDENTIFIER_REST.lastIndex = at;
  const m = IDENTIFIER_REST.exec(text);
  return at + Math.max(1, m ? m[0].length : 0);
}

const LETTERS = /[A-Za-z]+/y;

/** The run of Latin letters starting at `at` (empty when there is none). */
export function lettersAt(text: string, at: number): string {
  LETTERS.lastIndex = at;
  return LETTERS.exec(text)?.[0] ?? '';
}

// Units of measure written against the digits: 155mm, 300km, 50kg, 100MW.
const UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'kt', 'mt', 'ha', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh',
  'nm', 'mph', 'kph', 'kmh', 'ft', 'mi', 'lb', 'lbs', 'ml', 'cc', 'hp', 'mbps', 'gbps', 'ppm', 'sqm', 'km2', 'x',
]);

export function isUnit(letters: string): boolean {
  return UNITS.has(letters.toLowerCase()) && letters !== 'X';
}

/** Abbreviated scales: `1.2bn`, `500k`, `$300m`; `m`, `b` and `K` only after a currency. */
export function abbreviatedScale(letters: string, withCurrency: boolean): number | undefined {
  const lower = letters.toLowerCase();
  if (lower === 'bn' || lower === 'bln') return 9;
  if (lower === 'tn' || lower === 'trn') return 12;
  if (lower === 'mn' || lower === 'mln') return 6;
  if (letters === 'k') return 3; // 500k
  if (!withCurrency) return undefined;
  if (lower === 'm') return 6;
  if (lower === 'b') return 9;
  if (lower === 'k') return 3;
  return undefined;
}

const SYMBOLS: Record<string, Currency> = lookupTable({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '￦': 'KRW' });
export const CURRENCY_CODES: Record<string, Currency> = lookupTable({
  USD: 'USD', KRW: 'KRW', JPY: 'JPY', EUR: 'EUR', GBP: 'GBP', CNY: 'CNY', RMB: 'CNY',
});

/** A currency written before the number (`$`, `US$`, `€`, `USD `), with where it starts. */
export function currencyBefore(text: string, at: number): { currency: Currency; start: number } | undefined {
  const prev = text[at - 1];
  if (prev !== undefined && prev in SYMBOLS) {
    let start = at - 1;
    if (prev === '$' && text.slice(at - 3, at - 1) === 'US') start = at - 3;
    else if (prev === '$' && text.slice(at - 5, at - 1) === 'U.S.') start = at - 5;
    return { currency: SYMBOLS[prev]!, start };
  }
  // Every code is three capital letters: most digits have none before them, and need no look-up.
  if (isCapital(text.charCodeAt(at - 1))) {
    const attached = text.slice(at - 3, at);
    if (attached in CURRENCY_CODES && !isLatin(text[at - 4])) return { currency: CURRENCY_CODES[attached]!, start: at - 3 }; // KRW8tn
  }
  if (isSpace(prev) && isCapital(text.charCodeAt(at - 2))) {
    const code = text.slice(at - 4, at - 1);
    if (code in CURRENCY_CODES && !isLatin(text[at - 5])) return { currency: CURRENCY_CODES[code]!, start: at - 4 };
  }
  return undefined;
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** `90년대`, `the '90s`: two-digit decades read as 1930–1990 and 2000–2020. */
export function decadeValue(value: number): number {
  if (value >= 100) return value;
  return value <= 20 ? 2000 + value : 1900 + value;
}
