/**
 * Football minutes: a Korean report counts the second half from its start
 * (`후반 31분`), an English one counts the match (`in the 76th minute`) or
 * says `31 minutes into the second half`. Both are read as the minute of the
 * match, 45 + N; the minute of the half stays a counterpart only.
 */
import type { Found } from './number-scan.js';

const HALF_MINUTES = 45;
// 후반 31분, 후반전 7분; not 연장 후반 (extra time counts from the 105th minute)
const KOREAN_BEFORE = /(?<!연장\s?)후반전?\s?$/;
const KOREAN_AFTER = /^분(?!의)/;
const ENGLISH_AFTER = /^[\s-]minutes?\s(?:into|after\sthe\sstart\sof)\s(?:the\s)?second\shalf\b/i;

function asMatchMinute(found: Found[], text: string, before: RegExp | undefined, after: RegExp): void {
  const added: Found[] = [];
  for (const f of found) {
    if (f.kind !== 'count' || f.percent || f.scaled || f.currency || !Number.isInteger(f.value) || f.value > 60) continue;
    if (before && !before.test(text.slice(Math.max(0, f.numStart - 8), f.numStart))) continue;
    if (!after.test(text.slice(f.numEnd, f.numEnd + 48))) continue;
    added.push({ ...f, optional: true });
    f.value += HALF_MINUTES;
    f.kind = 'ordinal';
    f.notDate = true;
    f.bare = false;
  }
  if (added.length > 0) {
    found.push(...added);
    found.sort((a, b) => a.start - b.start);
  }
}

export function koreanMatchMinutes(found: Found[], text: string): void {
  asMatchMinute(found, text, KOREAN_BEFORE, KOREAN_AFTER);
}

export function englishMatchMinutes(found: Found[], text: string): void {
  asMatchMinute(found, text, undefined, ENGLISH_AFTER);
}
