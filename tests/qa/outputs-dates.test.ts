/**
 * Dates as a site outside Seoul publishes them: front-matter times near
 * midnight and across daylight-saving changes, read in the site time zone
 * and shown in pages and feeds with the offset in force at that instant.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from '../../src/time.js';
import { buildSite, siteFrom, type SiteFacts } from './judge/output.js';
import { parsePage } from './judge/pages.js';

const FACTS: SiteFacts = { base: 'https://dst.example', timeZone: 'America/New_York', defaultLanguage: 'en' };

describe('wall-clock times in a zone with daylight saving', () => {
  const zone = 'America/New_York';

  it('reads a time the clocks skip as the same time on the other side of the change', () => {
    // On March 8, 2026 New York goes from 01:59:59 EST to 03:00 EDT: 02:30 never happens.
    expect(new Date(parseIsoInstant('2026-03-08T02:30:00', zone)!).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(parseIsoInstant('2026-03-08T01:59:59', zone)!).toISOString()).toBe('2026-03-08T06:59:59.000Z');
    expect(new Date(parseIsoInstant('2026-03-08T03:00:00', zone)!).toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });

  it('reads a time that happens twice as its first occurrence', () => {
    // On November 1, 2026 01:00–01:59 happens in EDT, then again in EST.
    expect(new Date(parseIsoInstant('2026-11-01T01:30:00', zone)!).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(parseIsoInstant('2026-11-01T02:00:00', zone)!).toISOString()).toBe('2026-11-01T07:00:00.000Z');
  });

  it('keeps ordinary times, other zones and explicit offsets as they were', () => {
    expect(new Date(parseIsoInstant('2026-01-17T09:00:00', 'Asia/Seoul')!).toISOString()).toBe('2026-01-17T00:00:00.000Z');
    expect(new Date(parseIsoInstant('2026-01-01', 'Asia/Kathmandu')!).toISOString()).toBe('2025-12-31T18:15:00.000Z');
    expect(new Date(parseIsoInstant('2026-03-29T02:30:00', 'Europe/London')!).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Santiago moves its clocks at midnight: September 6, 2026 begins at 01:00.
    expect(new Date(parseIsoInstant('2026-09-06', 'America/Santiago')!).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(new Date(parseIsoInstant('2026-03-08T02:30:00-05:00', zone)!).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});

describe('a New York site', () => {
  it('shows each date with the offset of its own instant, in pages and feeds', async () => {
    const site = await buildSite(
      await siteFrom({
        'pairpress.config.json': JSON.stringify({ baseUrl: 'https://dst.example', timeZone: 'America/New_York', defaultLanguage: 'en' }),
        'articles/skip.en.md': '---\ntitle: The night the clocks sprang forward\ndate: 2026-03-08T02:30:00\n---\n\nThe presses started at half past two.\n',
        'articles/late.en.md': '---\ntitle: A story filed before midnight\ndate: 2026-12-31T23:59:00\n---\n\nFiled just before the new year.\n',
      }),
      FACTS,
    );
    expect(site.run.code).toBe(0);
    const skip = parsePage(site.text('en/skip/index.html'));
    expect(skip.querySelector('.published time')?.getAttribute('datetime')).toBe('2026-03-08T03:30:00-04:00');
    const late = parsePage(site.text('en/late/index.html'));
    expect(late.querySelector('.published time')?.getAttribute('datetime')).toBe('2026-12-31T23:59:00-05:00');
    expect(late.querySelector('.published time')?.textContent).toBe('December 31, 2026');
    const rss = site.text('en/rss.xml');
    expect(rss).toContain('<pubDate>Thu, 31 Dec 2026 23:59:00 -0500</pubDate>');
    expect(rss).toContain('<pubDate>Sun, 08 Mar 2026 03:30:00 -0400</pubDate>');
  });
});
