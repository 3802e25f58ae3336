/**
 * What the Korean and English date readers share: calendar arithmetic for
 * relative words, the numeric forms both languages write (`2026-01-17`,
 * `2026/1/17`, `2026.1.17`, `2026. 1. 17.`), and building mentions. Every
 * reader is a sticky pattern with bounded repetition tried at one
 * position, so a scan stays linear in the text's length.
 */
import type { ReferenceDate } from '../rule.js';
import type { DateFields, DateMention } from './dates.js';

export function mention(text: string, start: number, end: number, fields: DateFields, extra: Partial<DateMention> = {}): DateMention {
  const m: DateMention = { start, end, text: text.slice(start, end), ...extra };
  if (fields.year !== undefined) m.year = fields.year;
  if (fields.month !== undefined) m.month = fields.month;
  if (fields.day !== undefined) m.day = fields.day;
  return m;
}

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2099;
}

function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A day that exists: 1–31, and within the month when the month is known. */
export function isDay(day: number, month?: number, year?: number): boolean {
  if (!Number.isInteger(day) || day < 1 || day > 31) return false;
  return month === undefined || day <= daysInMonth(year, month);
}

export function isMonth(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

/** The reference month moved by `delta` months, rolling over years. */
export function shiftMonth(ref: ReferenceDate, delta: number): { year: number; month: number } {
  const index = ref.year * 12 + (ref.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The reference date moved by `delta` days. */
export function shiftDay(ref: ReferenceDate, delta: number): Required<DateFields> {
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + delta));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The dates a weekday (0 = Sunday) may stand for in an article: its last
 * occurrence on or before the reference date and its next one after it.
 */
export function weekdayDates(ref: ReferenceDate, weekday: number): Array<Required<DateFields>> {
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
  const back = (today - weekday + 7) % 7;
  return [shiftDay(ref, -back), shiftDay(ref, 7 - back)];
}

// 2026-01-17 · 2026/1/17 · 2026.1.17 (one separator throughout); 2026. 1. 17. (spaced dots); 2026. 1. (year and month)
const NUMERIC_DATE = /(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\. ?(\d{1,2})\. ?(\d{1,2})\.?|\. (\d{1,2})\.)(?![\d.,]\d)/y;

/** A numeric date starting at `at`, if one does (the caller checks what precedes). */
export function readNumericDate(text: string, at: number): DateMention | undefined {
  NUMERIC_DATE.lastIndex = at;
  const m = NUMERIC_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (!isYear(year)) return undefined;
  if (m[7] !== undefined) {
    const month = Number(m[7]);
    return isMonth(month) ? mention(text, at, at + m[0].length, { year, month }) : undefined;
  }
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  if (!isMonth(month) || !isDay(day, month, year)) return undefined;
  const end = at + m[0].length;
  // The last field must not run on into more digits (`2026-01-170`).
  if (isDigitChar(text[end])) return undefined;
  return mention(text, at, end, { year, month, day });
}

export function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isLatinChar(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

export function isHangulChar(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\uAC00' && ch <= '\uD7A3';
}

/** The same tests by code unit, for the loops that visit every character: no one-character strings (digits and spaces: code-units.ts). */
export function isLatinCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isHangulCode(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}
