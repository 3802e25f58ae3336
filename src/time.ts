/**
 * Instants and calendar dates in a named time zone, through Intl only, so
 * that the site time zone (not the machine's) decides what day it is.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface CalendarTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const calendars = new Map<string, CalendarTime>();
const CALENDARS_MAX = 50_000;

/** The wall-clock time of an instant in a time zone. */
export function calendarIn(instant: number, timeZone: string): CalendarTime {
  // The same instants (an article's dates) are asked for by the check, the page, the feeds and the sitemap.
  const key = `${timeZone} ${instant}`;
  let time = calendars.get(key);
  if (!time) {
    time = computeCalendar(instant, timeZone);
    if (calendars.size >= CALENDARS_MAX) calendars.clear();
    calendars.set(key, time);
  }
  return { ...time };
}

function computeCalendar(instant: number, timeZone: string): CalendarTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Offset of a time zone from UTC at an instant, in minutes (Seoul: +540). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const c = calendarIn(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const DAY = 86_400_000;

/**
 * The instant at which a wall-clock time occurs in a time zone. A time that
 * occurs twice (clocks going back) is its first occurrence; a time that
 * never occurs (clocks going forward) is read with the offset in force
 * before the change, so 02:30 on the night New York skips to 03:00 is
 * 03:30 daylight time, as calendars and other tools read it.
 */
export function instantOf(time: CalendarTime, timeZone: string): number {
  const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const before = asUtc - offsetMinutes(asUtc - DAY, timeZone) * 60_000;
  const after = asUtc - offsetMinutes(asUtc + DAY, timeZone) * 60_000;
  const occurs = [before, after].filter((instant) => sameWallClock(calendarIn(instant, timeZone), time)).sort((a, b) => a - b);
  return occurs[0] ?? before;
}

function sameWallClock(a: CalendarTime, b: CalendarTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses an ISO 8601 date or date-time; one without an offset is read in
 * `timeZone`. Returns undefined for anything else, including impossible dates.
 */
export function parseIsoInstant(text: string, timeZone: string): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const time = { year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s };
  if (!isRealTime(time)) return undefined;
  const millis = frac ? Math.round(Number(frac) * 1000) : 0;
  if (zone) {
    const offset = zone === 'Z' ? 0 : zoneOffset(zone);
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) + millis - offset * 60_000;
  }
  return instantOf(time, timeZone) + millis;
}

function zoneOffset(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function isRealTime(t: CalendarTime): boolean {
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59 || t.second > 60) return false;
  const daysInMonth = new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
  return t.day <= daysInMonth;
}
