/**
 * A zip archive whose bytes depend only on its files: entries in sorted
 * order, one fixed entry time, fixed compression settings and fixed file
 * attributes. fflate writes the DOS time from a Date's local-time fields, so
 * the entry time is given as a wall-clock time and turned into a Date in
 * the machine's zone whose local fields are exactly that wall clock.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { calendarIn, type CalendarTime } from '../time.js';
import type { OutputFile } from '../types.js';

/** Regular file, rw-r--r--, as a Unix (`os` 3) external attribute. */
const FILE_ATTRIBUTES = 0o100644 << 16;
const UNIX = 3;
const LEVEL = 9;
const MEMORY = 8;

/** DOS dates cover 1980 to 2107; fflate accepts up to 2099. */
const EARLIEST: CalendarTime = { year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
const LATEST: CalendarTime = { year: 2099, month: 12, day: 31, hour: 23, minute: 59, second: 58 };

/**
 * The zip of `files` (paths with `/`, no duplicates), every entry dated with
 * the wall-clock time of `instant` in `timeZone`.
 */
export function deterministicZip(files: readonly OutputFile[], instant: number, timeZone: string): Uint8Array {
  const mtime = localDateOf(entryTime(instant, timeZone));
  const data: Zippable = {};
  const sorted = [...files].sort((a, b) => compareCodeUnits(a.path, b.path));
  for (const [i, file] of sorted.entries()) {
    if (i > 0 && file.path === sorted[i - 1]!.path) throw new Error(`two zip entries named ${file.path}`);
    // fflate takes the entries from an object, whose integer-like keys would come first whatever the order.
    if (/^(0|[1-9]\d*)$/.test(file.path)) throw new Error(`a zip entry may not be named ${file.path}`);
    const bytes = typeof file.content === 'string' ? strToU8(file.content) : file.content;
    data[file.path] = [bytes, { mtime, level: LEVEL, mem: MEMORY, os: UNIX, attrs: FILE_ATTRIBUTES }];
  }
  return zipSync(data, { level: LEVEL, mem: MEMORY });
}

/** The wall-clock time of the instant, clamped to what a DOS date can hold, to whole seconds. */
export function entryTime(instant: number, timeZone: string): CalendarTime {
  const time = calendarIn(instant, timeZone);
  if (compareTimes(time, EARLIEST) < 0) return EARLIEST;
  if (compareTimes(time, LATEST) > 0) return LATEST;
  return time;
}

/**
 * A Date whose local-time fields read `time`. Where the machine's zone
 * skips that wall-clock time (a daylight-saving gap), noon of the same day
 * is used instead: no zone changes its clocks at noon.
 */
function localDateOf(time: CalendarTime): Date {
  const date = new Date(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const exact =
    date.getFullYear() === time.year &&
    date.getMonth() === time.month - 1 &&
    date.getDate() === time.day &&
    date.getHours() === time.hour &&
    date.getMinutes() === time.minute;
  return exact ? date : new Date(time.year, time.month - 1, time.day, 12, 0, 0);
}

function compareTimes(a: CalendarTime, b: CalendarTime): number {
  const fields = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
  for (const field of fields) if (a[field] !== b[field]) return a[field] - b[field];
  return 0;
}

/** Sorting by UTF-16 code units, the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
