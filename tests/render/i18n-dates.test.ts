import { describe, expect, it } from 'vitest';
import { formatDate, isoWithOffset } from '../../src/render/dates.js';
import { createTranslator } from '../../src/render/i18n.js';
import type { LocaleFile } from '../../src/types.js';

function locale(lang: 'ko' | 'en', namespace: string, data: Record<string, unknown>): LocaleFile {
  return { lang, namespace, path: `locales/${lang}/${namespace}.json`, source: JSON.stringify(data), data };
}

describe('createTranslator', () => {
  const { t, has } = createTranslator([
    locale('ko', 'common', {
      article: { by: '글 {{author}}', readingTime_other: '{{count}}분 분량' },
      'flat.key': '평평한 키',
    }),
    locale('en', 'common', {
      article: { by: 'By {{author}}', readingTime_one: '{{count}} minute', readingTime_other: '{{count}} minutes' },
    }),
    locale('en', 'extra', { only: { here: 'From another namespace' } }),
  ]);

  it('reads nested keys in the language asked for', () => {
    expect(t('ko', 'article.by', { author: '김서연' })).toBe('글 김서연');
    expect(t('en', 'article.by', { author: 'Kim Seo-yeon' })).toBe('By Kim Seo-yeon');
  });

  it('reads keys written flat with dots', () => {
    expect(t('ko', 'flat.key')).toBe('평평한 키');
  });

  it('uses each language’s plural rules', () => {
    expect(t('en', 'article.readingTime', { count: 1 })).toBe('1 minute');
    expect(t('en', 'article.readingTime', { count: 3 })).toBe('3 minutes');
    expect(t('ko', 'article.readingTime', { count: 1 })).toBe('1분 분량');
  });

  it('does not escape interpolated values (the page serializer does)', () => {
    expect(t('en', 'article.by', { author: 'A & B <desk>' })).toBe('By A & B <desk>');
  });

  it('shows a key that no strings have as the key, and never borrows the other language', () => {
    expect(t('ko', 'no.such.key')).toBe('no.such.key');
    expect(t('ko', 'only.here')).toBe('only.here');
    expect(has('ko', 'article.by')).toBe(true);
    expect(has('ko', 'no.such.key')).toBe(false);
  });

  it('fills the keys a site leaves out with the built-in strings of the same language', () => {
    expect(t('ko', 'nav.home')).toBe('홈');
    expect(t('en', 'nav.home')).toBe('Home');
    expect(t('en', 'article.publishedOn', { date: 'May 1, 2026' })).toBe('Published May 1, 2026');
    expect(has('en', 'a11y.skip')).toBe(true);
  });

  it('lets the site’s own strings win over the built-in ones, in any namespace', () => {
    expect(t('ko', 'article.by', { author: '김서연' })).toBe('글 김서연');
    const custom = createTranslator([locale('en', 'ui', { nav: { home: 'Front page' } })]);
    expect(custom.t('en', 'nav.home')).toBe('Front page');
    expect(custom.t('ko', 'nav.home')).toBe('홈');
  });

  it('needs no locale files at all', () => {
    const bare = createTranslator([]);
    expect(bare.t('en', 'article.readingTime', { count: 1 })).toBe('1-minute read');
    expect(bare.t('ko', 'article.readingTime', { count: 4 })).toBe('4분 분량');
    expect(bare.t('ko', 'untranslated.notice', { language: bare.t('ko', 'lang.en') })).toBe('이 글은 아직 영어로 번역되지 않았습니다.');
  });

  it('finds keys in namespaces other than common', () => {
    expect(t('en', 'only.here')).toBe('From another namespace');
  });

  it('keeps builds apart: each translator has its own strings', () => {
    const other = createTranslator([locale('en', 'common', { article: { by: 'Written by {{author}}' } })]);
    expect(other.t('en', 'article.by', { author: 'X' })).toBe('Written by X');
    expect(t('en', 'article.by', { author: 'X' })).toBe('By X');
  });
});

describe('dates', () => {
  const instant = Date.UTC(2026, 0, 16, 23, 30); // January 17, 08:30 in Seoul

  it('writes the calendar date in the page language', () => {
    expect(formatDate(instant, 'ko', 'Asia/Seoul')).toBe('2026년 1월 17일');
    expect(formatDate(instant, 'en', 'Asia/Seoul')).toBe('January 17, 2026');
  });

  it('takes the day from the site time zone, not the machine’s', () => {
    expect(formatDate(instant, 'ko', 'UTC')).toBe('2026년 1월 16일');
    expect(formatDate(instant, 'en', 'America/Los_Angeles')).toBe('January 16, 2026');
  });

  it('gives ISO 8601 with the zone offset at that instant', () => {
    expect(isoWithOffset(instant, 'Asia/Seoul')).toBe('2026-01-17T08:30:00+09:00');
    expect(isoWithOffset(instant, 'UTC')).toBe('2026-01-16T23:30:00+00:00');
    expect(isoWithOffset(instant, 'Asia/Kolkata')).toBe('2026-01-17T05:00:00+05:30');
    // daylight saving time: the offset follows the date
    expect(isoWithOffset(Date.UTC(2026, 0, 17, 12), 'America/New_York')).toBe('2026-01-17T07:00:00-05:00');
    expect(isoWithOffset(Date.UTC(2026, 6, 17, 12), 'America/New_York')).toBe('2026-07-17T08:00:00-04:00');
  });

  it('round-trips: the ISO string names the same instant', () => {
    for (const zone of ['Asia/Seoul', 'America/St_Johns', 'Pacific/Chatham', 'Europe/London']) {
      expect(Date.parse(isoWithOffset(instant, zone))).toBe(instant);
    }
  });
});
