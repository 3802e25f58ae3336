import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterpartFinder, datesMatch, extractDates, formatDate, type DateMention } from '../../src/check/text/dates.js';
import { REF } from './dates-helpers.js';

function at(fields: Partial<DateMention>): DateMention {
  return { start: 0, end: 1, text: 'x', ...fields };
}

/** The one mention of a phrase (the table rows hold one date each). */
function only(text: string, lang: 'ko' | 'en'): DateMention {
  const found = extractDates(text, lang, REF);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe('datesMatch', () => {
  it('needs no conflict in a known field and the finest field of the mention', () => {
    expect(datesMatch(at({ day: 16 }), at({ day: 16 }))).toBe(true);
    expect(datesMatch(at({ month: 12, day: 19 }), at({ year: 2023, month: 12, day: 19 }))).toBe(true);
    expect(datesMatch(at({ year: 2023, month: 12, day: 19 }), at({ month: 12, day: 19 }))).toBe(true);
    expect(datesMatch(at({ year: 2023, month: 12, day: 19 }), at({ day: 19 }))).toBe(true);
    // the day is lost
    expect(datesMatch(at({ year: 2023, month: 12, day: 14 }), at({ year: 2023 }))).toBe(false);
    expect(datesMatch(at({ year: 2023 }), at({ year: 2023, month: 12, day: 14 }))).toBe(true);
    // a conflict in any field both know
    expect(datesMatch(at({ year: 2023, month: 12, day: 14 }), at({ year: 2023, month: 12, day: 15 }))).toBe(false);
    expect(datesMatch(at({ year: 2023, month: 12, day: 14 }), at({ year: 2024, month: 12, day: 14 }))).toBe(false);
    expect(datesMatch(at({ month: 8 }), at({ month: 9 }))).toBe(false);
    expect(datesMatch(at({ month: 8 }), at({ year: 2025 }))).toBe(false);
  });

  it('lets a weekday stand for either of its dates', () => {
    const tuesday = at({ optional: true, either: [{ year: 2026, month: 1, day: 13 }, { year: 2026, month: 1, day: 20 }] });
    expect(datesMatch(at({ day: 13 }), tuesday)).toBe(true);
    expect(datesMatch(at({ day: 20 }), tuesday)).toBe(true);
    expect(datesMatch(at({ month: 1, day: 13 }), tuesday)).toBe(true);
    expect(datesMatch(at({ day: 14 }), tuesday)).toBe(false);
    expect(datesMatch(at({ month: 2, day: 13 }), tuesday)).toBe(false);
  });
});

describe('counterpartFinder', () => {
  // Few values per field, so that equal and conflicting fields both come up often.
  const field = (values: number[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
  const fields = fc.record({ year: field([2023, 2024]), month: field([1, 12]), day: field([14, 16]) });
  const mentionArb = fields
    .filter((f) => f.year !== undefined || f.month !== undefined || f.day !== undefined)
    .map((f) => at(Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined))));
  const weekday = fc.constantFrom(14, 16).map((day) => at({ optional: true, either: [{ year: 2024, month: 1, day }, { year: 2024, month: 12, day: 16 }] }));

  it('answers as datesMatch over every candidate does', () => {
    fc.assert(
      fc.property(mentionArb, fc.array(fc.oneof(mentionArb, weekday), { maxLength: 6 }), (m, candidates) => {
        expect(counterpartFinder(candidates)(m)).toBe(candidates.some((c) => datesMatch(m, c)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('extractDates on arbitrary text', () => {
  // Pieces of dates, numbers and words, glued at random: the readers must never throw,
  // and every mention must be a well-formed, ordered, exact span with possible fields.
  const piece = fc.constantFrom(
    '2023', '1990', '12', '19', '1', '31', '0', '년', '월', '일', '대', '간', '~', '·', '-', '–', '.', ',', ' ', '(화)', '(',
    '지난', '이달', '올', '지난해', '다음 달', '오늘', '화요일', '제', '만에', '전', '후', 'May', 'December', 'Dec', 'the',
    'th', 'st', 'of', 'last', 'year', 'month', 'in', 'by', 'Tuesday', 'troops', 'Resolution', '/', ':', '$', '\n',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it.each(['ko', 'en'] as const)('%s: never throws; spans are exact, ordered and valid', (lang) => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const m of extractDates(t, lang, REF)) {
          expect(t.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
          if (m.year !== undefined) expect(m.year >= 1900 && m.year <= 2099).toBe(true);
          if (m.month !== undefined) expect(m.month >= 1 && m.month <= 12).toBe(true);
          if (m.day !== undefined) expect(m.day >= 1 && m.day <= 31).toBe(true);
          expect(m.either !== undefined || m.year !== undefined || m.month !== undefined || m.day !== undefined).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatDate', () => {
  it.each([
    [{ year: 2023, month: 12, day: 14 }, '2023-12-14'],
    [{ year: 2023, month: 12 }, '2023-12'],
    [{ year: 2023 }, '2023'],
    [{ month: 12, day: 19 }, '--12-19'],
    [{ month: 8 }, '--08'],
    [{ day: 16 }, '---16'],
    [{ either: [{ year: 2026, month: 1, day: 13 }, { year: 2026, month: 1, day: 20 }] }, '2026-01-13 or 2026-01-20'],
  ])('%o → %s', (fields, expected) => {
    expect(formatDate(fields)).toBe(expected);
  });
});

// Korean phrase, English phrase: each must be matched by the other (article date 2026-01-17).
const PAIRS_MATCH: Array<[string, string]> = [
  ['16일', 'on the 16th'],
  ['지난 16일', 'on the 16th'],
  ['이달 16일', 'on the 16th'],
  ['이달 16일', 'on January 16'],
  ['12월 19일', 'on December 19, 2023'],
  ['2023년 12월 19일', 'on Dec. 19, 2023'],
  ['2023년 12월 19일', 'on 19 December 2023'],
  ['2023년 12월 19일', 'on the 19th of December 2023'],
  ['2023년 12월', 'in December 2023'],
  ['8월', 'in August'],
  ['2035년', 'by 2035'],
  ['지난해', 'last year'],
  ['작년', 'in 2025'],
  ['올해', 'this year'],
  ['내년', 'in 2027'],
  ['지난달', 'last month'],
  ['지난달', 'in December 2025'],
  ['이달', 'earlier this month'],
  ['다음 달', 'next month'],
  ['지난해 12월', 'in December'],
  ['지난달 16일', 'on December 16'],
  ['2026. 1. 17.', 'January 17, 2026'],
  ['2026-01-17', '2026-01-17'],
  ['12.19(화)', 'on Dec. 19'],
];

// Pairs where at least one side has no counterpart: [Korean, English, Korean matched?, English matched?]
const PAIRS_MISMATCH: Array<[string, string, boolean, boolean]> = [
  ['2023년 12월 14일', 'in 2023', false, true],
  ['2023년 12월 14일', 'on December 15, 2023', false, false],
  ['16일', 'on the 15th', false, false],
  ['지난해', 'this year', false, false],
  ['지난해', 'in 2024', false, false],
  ['지난달', 'this month', false, false],
  ['8월', 'in September', false, false],
  ['12월 19일', 'in December', false, true],
  ['2023년', 'December 2024', false, false],
  ['이달 16일', 'on February 16', false, false],
];

function matchedBy(m: DateMention, others: DateMention[]): boolean {
  return others.some((c) => datesMatch(m, c));
}

describe('Korean and English phrases', () => {
  it.each(PAIRS_MATCH)('%s ↔ %s', (ko, en) => {
    const k = only(ko, 'ko');
    const e = only(en, 'en');
    expect(datesMatch(k, e), `${ko} → ${en}`).toBe(true);
    expect(datesMatch(e, k), `${en} → ${ko}`).toBe(true);
  });

  it.each(PAIRS_MISMATCH)('%s ↮ %s', (ko, en, koMatched, enMatched) => {
    const k = only(ko, 'ko');
    const e = only(en, 'en');
    expect(matchedBy(k, [e]), `${ko} → ${en}`).toBe(koMatched);
    expect(matchedBy(e, [k]), `${en} → ${ko}`).toBe(enMatched);
  });

  it('reads the first days of a month as the span from the 1st', () => {
    const unmatched = (ko: string, en: string) => {
      const k = extractDates(ko, 'ko', REF);
      const e = extractDates(en, 'en', REF);
      return {
        ko: k.filter((m) => !matchedBy(m, e)).map(formatDate),
        en: e.filter((m) => !matchedBy(m, k)).map(formatDate),
      };
    };
    expect(unmatched('이달 1~10일 수출', 'exports in the first ten days of the month')).toEqual({ ko: [], en: [] });
    expect(unmatched('1월 1~20일 수출', 'exports in the first 20 days of January')).toEqual({ ko: [], en: [] });
    expect(unmatched('이달 1~10일 수출', 'exports in the first 10 days of this month')).toEqual({ ko: [], en: [] });
    // a different span or month is still a mismatch
    expect(unmatched('이달 1~10일 수출', 'exports in the first 20 days of the month')).toEqual({ ko: ['2026-01-10'], en: ['---20'] });
    expect(unmatched('이달 1~10일 수출', 'exports in the first ten days of last month')).toEqual({
      ko: ['2026-01-01', '2026-01-10'], en: ['2025-12-01', '2025-12-10'],
    });
    // the first days of a stay are no dates
    expect(extractDates('in the first ten days of the trial', 'en', REF)).toEqual([]);
  });

  it('takes the months that name a quarter for a counterpart only', () => {
    const needed = (en: string) => extractDates(en, 'en', REF).filter((m) => !m.optional).map(formatDate);
    expect(needed('profit for the July-September quarter')).toEqual([]);
    expect(needed('in the October–December quarter of 2025')).toEqual(['2025']);
    // months that are no quarter, or no quarter named, still need a counterpart
    expect(needed('profit for the August-October period')).toEqual(['--08', '--10']);
    expect(needed('from July to September')).toEqual(['--07', '--09']);
  });

  it('matches a day against a weekday near the article date', () => {
    const tuesday = only('on Tuesday', 'en');
    expect(datesMatch(only('13일', 'ko'), tuesday)).toBe(true);
    expect(datesMatch(only('지난 13일', 'ko'), tuesday)).toBe(true);
    expect(datesMatch(only('14일', 'ko'), tuesday)).toBe(false);
    const friday = only('금요일', 'ko');
    expect(datesMatch(only('on the 16th', 'en'), friday)).toBe(true);
    expect(datesMatch(only('on the 9th', 'en'), friday)).toBe(false);
  });

  it('matches a year in a name only as a counterpart', () => {
    const korean = only('2024 파리올림픽', 'ko');
    const english = only('the 2024 Paris Olympics', 'en');
    expect(korean.optional).toBe(true);
    expect(english.optional).toBeUndefined();
    expect(datesMatch(english, korean)).toBe(true);
  });
});
