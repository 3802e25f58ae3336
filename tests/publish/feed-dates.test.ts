import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfc3339, rfc822 } from '../../src/publish/feeds/dates.js';
import { rfc2822Problem } from './feed-rules.js';

describe('rfc822', () => {
  it.each([
    // 09:00 in Seoul is midnight UTC
    [Date.UTC(2026, 0, 17, 0, 0, 0), 'Asia/Seoul', 'Sat, 17 Jan 2026 09:00:00 +0900'],
    // late evening UTC is already the next day (and weekday) in Seoul
    [Date.UTC(2026, 0, 17, 20, 5, 9), 'Asia/Seoul', 'Sun, 18 Jan 2026 05:05:09 +0900'],
    // New York: standard time in January, daylight time in July
    [Date.UTC(2026, 0, 17, 14, 0, 0), 'America/New_York', 'Sat, 17 Jan 2026 09:00:00 -0500'],
    [Date.UTC(2026, 6, 4, 13, 0, 0), 'America/New_York', 'Sat, 04 Jul 2026 09:00:00 -0400'],
    // half-hour and quarter-hour offsets
    [Date.UTC(2026, 0, 17, 3, 30, 0), 'Asia/Kolkata', 'Sat, 17 Jan 2026 09:00:00 +0530'],
    [Date.UTC(2026, 0, 17, 3, 15, 0), 'Asia/Kathmandu', 'Sat, 17 Jan 2026 09:00:00 +0545'],
    [Date.UTC(2026, 0, 17, 0, 0, 0), 'UTC', 'Sat, 17 Jan 2026 00:00:00 +0000'],
    [Date.UTC(2024, 1, 29, 12, 0, 0), 'Asia/Seoul', 'Thu, 29 Feb 2024 21:00:00 +0900'],
  ])('%i in %s is %s', (instant, zone, expected) => {
    expect(rfc822(instant, zone)).toBe(expected);
  });

  it('names the same second, with the right weekday, in any zone', () => {
    const zones = ['Asia/Seoul', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.constantFrom(...zones), (instant, zone) => {
        const text = rfc822(instant, zone);
        expect(Date.parse(text)).toBe(Math.floor(instant / 1000) * 1000);
        expect(rfc2822Problem(text)).toBeUndefined();
        // the weekday is that of the local date in the text
        const [weekday, day, month, year] = text.split(/,? /);
        const local = new Date(`${day} ${month} ${year} 12:00:00 GMT`);
        expect(local.toUTCString().slice(0, 3)).toBe(weekday);
      }),
    );
  });
});

describe('rfc3339', () => {
  it('writes the offset of the zone at that instant', () => {
    expect(rfc3339(Date.UTC(2026, 0, 17, 0, 0, 0), 'Asia/Seoul')).toBe('2026-01-17T09:00:00+09:00');
    expect(rfc3339(Date.UTC(2026, 6, 4, 13, 0, 0), 'America/New_York')).toBe('2026-07-04T09:00:00-04:00');
    expect(Date.parse(rfc3339(1_700_000_000_000, 'Australia/Eucla'))).toBe(1_700_000_000_000);
  });
});
