/** Reads date mentions as `[text as written, normalized form]` rows for table-driven tests. */
import { expect } from 'vitest';
import type { ReferenceDate } from '../../src/check/rule.js';
import { extractDates, formatDate, type DateMention } from '../../src/check/text/dates.js';
import type { Lang } from '../../src/types.js';

/** Saturday, January 17, 2026: the article date of most rows. */
export const REF: ReferenceDate = { year: 2026, month: 1, day: 17 };

/**
 * `2023-12-19` for a written date; `?` marks a counterpart-only mention;
 * a weekday reads as the two dates it may be: `2026-01-13 or 2026-01-20?`.
 */
export function show(m: DateMention): string {
  return `${formatDate(m)}${m.optional ? '?' : ''}`;
}

export function mentions(text: string, lang: Lang, ref: ReferenceDate = REF): Array<[string, string]> {
  const found = extractDates(text, lang, ref);
  let last = 0;
  for (const m of found) {
    // Spans are exact, in order and never overlap.
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
  }
  return found.map((m) => [m.text, show(m)]);
}
