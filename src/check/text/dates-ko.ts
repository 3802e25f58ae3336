/** Date mentions in Ko text (SPEC §5.3). */
import type { ReferenceDate } from '../rule.js';
import type { DateMention } from './dates.js';
import { isDigitChar, readNumericDate } from './dates-common.js';

export function extractDatesKo(text: string, _ref: ReferenceDate): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitChar(text[i]) || isDigitChar(text[i - 1])) continue;
    const m = readNumericDate(text, i);
    if (m) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}
