/**
 * Feed dates in the site time zone: RFC 822 for RSS (`Sat, 17 Jan 2026
 * 09:00:00 +0900`) and RFC 3339 for Atom, JSON Feed and sitemaps
 * (`2026-01-17T09:00:00+09:00`). The offset is the zone's at that instant,
 * found through Intl, so daylight saving and the machine's zone do not leak in.
 */
import { isoWithOffset } from '../../render/dates.js';
import { calendarIn, offsetMinutes } from '../../time.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** RFC 822 (with a four-digit year, as RFC 2822 asks) and a numeric offset. */
export function rfc822(instant: number, timeZone: string): string {
  const c = calendarIn(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay()]!;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${weekday}, ${pad(c.day)} ${MONTHS[c.month - 1]!} ${pad(c.year, 4)} ` +
    `${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  );
}

/** RFC 3339 with the zone's offset. */
export function rfc3339(instant: number, timeZone: string): string {
  return isoWithOffset(instant, timeZone);
}
