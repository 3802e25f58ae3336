/**
 * Durations written as a clock or in hours, minutes and seconds: race and
 * record times (`2시간 5분 41초` ↔ `2:05:41`, `1분44초40` ↔ `1:44.40`,
 * `10초 07` ↔ `10.07 seconds`), and lengths in two units as Korean results
 * write them (`2m 35` ↔ `2.35 meters`). Read as one quantity, so that the
 * parts are never compared one by one (41 seconds against nothing on the
 * other side).
 *
 * `M:SS` alone (`3:58`) is read as a time of day, as news uses it; so
 * minutes and seconds without hours (`3분 58초`) serve as a counterpart but
 * need none. Times with a.m./p.m. are times of day.
 */
import { found, unitAfterDigits, type Found } from './number-scan.js';

export interface Duration {
  end: number;
  /** total seconds */
  seconds: number;
  /** a counterpart only, never required to have one */
  optional: boolean;
  /** hours and minutes, also as a count of minutes (`1시간 30분` ↔ `90 minutes`) */
  minutes?: number;
  /** the count of minutes needs a counterpart (English `1 hour and 30 minutes` ↔ `90분` or `1시간 30분`) */
  minutesRequired?: boolean;
}

// What may follow a figure in hundredths: the end, punctuation or a space, or a particle (10초 07의, 2m 35로).
const HUNDREDTHS_END = '(?=$|[\\s)\\]\'"’”·…!?,]|\\.(?!\\d)|[에로의을를은는이가와과도만])';
const SECONDS = '(\\d{1,2}(?:\\.\\d{1,3})?)';
const MERIDIEM_AFTER = /^\s?(?:[ap]\.?m\.?|[AP]\.?M\.?)(?![A-Za-z])/;

// 2:05:41, 2:05:41.3, and minutes with a fraction of a second: 1:44.40
const CLOCK = /(\d{1,2}):(\d{2}):(\d{2}(?:\.\d{1,3})?)(?![\d:])|(\d{1,2}):(\d{2}\.\d{1,3})(?![\d:])/y;
// 2시간 5분 41초, 5분 41초, 1분44초40 (hundredths after 초, as results lists write them)
const KOREAN = new RegExp(`(?:(\\d{1,3})\\s?시간\\s?)?(\\d{1,3})\\s?분\\s?${SECONDS}\\s?초(?:\\s?(\\d{2})${HUNDREDTHS_END})?`, 'y');
// 2 hours, 5 minutes and 41 seconds; 5 minutes 41 seconds
const ENGLISH = new RegExp(`(?:(\\d{1,3})\\s(?:hours?|hrs?),?\\s)?(\\d{1,3})\\s(?:minutes?|mins?),?\\s(?:and\\s)?${SECONDS}\\s(?:seconds?|secs?)\\b`, 'y');

function clock(text: string, at: number): Duration | undefined {
  CLOCK.lastIndex = at;
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  if (MERIDIEM_AFTER.test(text.slice(end, end + 6))) return undefined;
  if (m[1] !== undefined) return { end, seconds: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), optional: false };
  return { end, seconds: Number(m[4]) * 60 + Number(m[5]), optional: false };
}

function spelled(pattern: RegExp, text: string, at: number): Duration | undefined {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m) return undefined;
  const hundredths = m[4] === undefined ? 0 : Number(m[4]) / 100;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + hundredths;
  // 3분 58초 may be written 3:58 on the other side, which reads as a time of day
  const optional = m[1] === undefined && m[4] === undefined && !m[3]!.includes('.');
  return { end: at + m[0].length, seconds, optional };
}

// 3시간 30분, 3 hours and 30 minutes (no seconds): a length of time the other version may write
// as `three and a half hours`, `210 minutes` or `210분`. The Korean is a counterpart only; the
// English needs one for its count of minutes.
const KOREAN_HOURS_MINUTES = /(\d{1,3})\s?시간\s?(\d{1,2})\s?분(?!\s?\d)/y;
const ENGLISH_HOURS_MINUTES = /(\d{1,3})\s(?:hours?|hrs?),?\s(?:and\s)?(\d{1,2})\s(?:minutes?|mins?)\b(?!,?\s(?:and\s)?\d)/y;

function hoursMinutes(pattern: RegExp, text: string, at: number, minutesRequired: boolean): Duration | undefined {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return { end: at + m[0].length, seconds: minutes * 60, optional: true, minutes, minutesRequired };
}

const SECONDS_HUNDREDTHS = new RegExp(`(\\d{1,2})\\s?초\\s?(\\d{2})${HUNDREDTHS_END}`, 'y');
const METERS_CENTIMETERS = new RegExp(`(\\d{1,2})\\s?m\\s?(\\d{2})(?:\\s?cm)?${HUNDREDTHS_END}`, 'y');

// What stands after the first number of each pattern below (the hours, minutes or seconds; `:` of a clock).
const COLON = 0x3a;
const KOREAN_UNITS = new Set([COLON, '초'.charCodeAt(0), '시'.charCodeAt(0), '분'.charCodeAt(0)]);
const ENGLISH_UNITS = new Set([COLON, 'h'.charCodeAt(0), 'm'.charCodeAt(0)]);
const METRE = 'm'.charCodeAt(0);

/** A duration whose first digit is at `at` in Korean text, if one starts there. */
export function readKoreanDuration(text: string, at: number): Duration | undefined {
  if (!KOREAN_UNITS.has(unitAfterDigits(text, at, 3))) return undefined;
  SECONDS_HUNDREDTHS.lastIndex = at;
  const sprint = SECONDS_HUNDREDTHS.exec(text);
  if (sprint) return { end: at + sprint[0].length, seconds: Number(sprint[1]) + Number(sprint[2]) / 100, optional: false };
  return clock(text, at) ?? spelled(KOREAN, text, at) ?? hoursMinutes(KOREAN_HOURS_MINUTES, text, at, false);
}

/** `2m 35`, `1m 90cm`: a length in metres and centimetres, as one value in metres. */
export function readKoreanLength(text: string, at: number): { end: number; metres: number } | undefined {
  if (unitAfterDigits(text, at, 2) !== METRE) return undefined;
  METERS_CENTIMETERS.lastIndex = at;
  const m = METERS_CENTIMETERS.exec(text);
  return m ? { end: at + m[0].length, metres: Number(m[1]) + Number(m[2]) / 100 } : undefined;
}

/** A duration whose first digit is at `at` in English text, if one starts there. */
export function readEnglishDuration(text: string, at: number): Duration | undefined {
  if (!ENGLISH_UNITS.has(unitAfterDigits(text, at, 3))) return undefined;
  return clock(text, at) ?? spelled(ENGLISH, text, at) ?? hoursMinutes(ENGLISH_HOURS_MINUTES, text, at, true);
}

/** `2:05:41`, `1:44.4`, `41`: hours only when there are any. */
export function formatDuration(seconds: number): string {
  const whole = Math.floor(seconds);
  const fraction = Number((seconds - whole).toFixed(3));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = `${String(s).padStart(2, '0')}${fraction ? String(fraction).slice(1) : ''}`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The duration starting at `start` as scanned quantities: never a date, never below the small-count
 * line; hours and minutes also as the count of minutes.
 */
export function durationFound(start: number, d: Duration): Found[] {
  const duration = found(start, d.end, { value: d.seconds, kind: 'duration', notDate: true, ...(d.optional && { optional: true }) });
  if (d.minutes === undefined) return [duration];
  return [duration, found(start, d.end, { value: d.minutes, notDate: true, ...(!d.minutesRequired && { optional: true }) })];
}
