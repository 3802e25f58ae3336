/**
 * Dates as readers see them: in the page's language and the site time zone
 * (2026년 1월 17일 / January 17, 2026), and as `<time datetime>` values with
 * the zone's offset, so the machine's own time zone never shows.
 */
import { calendarIn, offsetMinutes } from '../time.js';
import type { Lang } from '../types.js';

const LOCALE_OF: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const cacheKey = `${lang}\u0000${timeZone}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE_OF[lang], { timeZone, year: 'numeric', month: 'long', day: 'numeric' });
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/** The calendar date of an instant in `timeZone`, written for readers of `lang`. */
export function formatDate(instant: number, lang: Lang, timeZone: string): string {
  return dateFormatter(lang, timeZone).format(new Date(instant));
}

/** ISO 8601 with the offset of `timeZone` at that instant: `2026-01-17T11:52:00+09:00`. */
export function isoWithOffset(instant: number, timeZone: string): string {
  const c = calendarIn(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
