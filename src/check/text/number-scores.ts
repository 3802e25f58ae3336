/**
 * Scores of a match (`3-1로 역전승`, `2대 0 승리`, `won 3-1`, `a 2-0 win`):
 * one figure made of two numbers, compared as a pair whatever order each
 * version gives them in (`0-2로 졌다` is `lost 2-0`). Each number alone
 * would be a small count and skipped; as a score it is checked.
 */
import type { Found } from './number-scan.js';

// 3-1로, 2-0 승리, 2대 0으로, 98-87로 이겼다; the result word or particle right after the score
const KOREAN_SCORE = /(?<![\d.,~∼-])(\d{1,3})\s?(?:[-–:]|대\s?)(\d{1,3})(?![\d%]|[.,]\d)(?=\s?(?:으로|로|의\s?(?:승리|패배|완승|완패|역전승|역전패)|\s?(?:승리|패배|완승|완패|역전승|역전패|승부차기|무승부|리드|스코어)))/g;
// won 3-1, beat Jeonbuk 3-1, a 2-0 win, lost 0-2: a result word a few words before or right after
const ENGLISH_SCORE = /(?<![\d.,$-])(\d{1,3})[-–](\d{1,3})(?![\d%]|[.,]\d|-?[A-Za-z])/g;
const RESULT_BEFORE = /\b(?:won|win|wins|winning|beat|beats|beating|defeated|defeat|lost|lose|loses|losing|drew|draw|edged|thrashed|routed|crushed|downed|trailed|led|leading|score|scored|scoreline|result)\b(?:\s+[A-Za-z.'’-]+){0,4}\s+(?:by\s+)?$/i;
const RESULT_AFTER = /^\s(?:win|victory|defeat|loss|draw|lead|comeback|triumph|rout|home\swin|away\swin|scoreline|on\saggregate)\b/i;
// The two numbers and what joins them, which every score above has: most blocks have none, and one search
// for this tells so in a third of the time the whole patterns take (their look-behinds are tried everywhere).
const KOREAN_SCORE_CORE = /\d\s?(?:[-–:]|대\s?)\d/;
const ENGLISH_SCORE_CORE = /\d[-–]\d/;

/** The encoded pair: higher number first, so either order matches. */
function scoreValue(a: number, b: number): number {
  return Math.max(a, b) * 1000 + Math.min(a, b);
}

export function scoreText(value: number): string {
  return `${Math.floor(value / 1000)}-${value % 1000}`;
}

function replaceWithScores(found: Found[], scores: Found[]): void {
  if (scores.length === 0) return;
  const kept = found.filter((f) => !scores.some((s) => f.numStart >= s.start && f.numStart < s.end));
  found.length = 0;
  found.push(...kept, ...scores);
  found.sort((a, b) => a.start - b.start);
}

function score(start: number, end: number, a: string, b: string): Found {
  return {
    start, end, numStart: start, numEnd: end, value: scoreValue(Number(a), Number(b)), unit: 1, percent: false,
    kind: 'score', scaled: false, bare: false, notDate: true,
  };
}

export function koreanScores(found: Found[], text: string): void {
  if (!KOREAN_SCORE_CORE.test(text)) return;
  const scores: Found[] = [];
  for (const m of text.matchAll(KOREAN_SCORE)) scores.push(score(m.index, m.index + m[0].length, m[1]!, m[2]!));
  replaceWithScores(found, scores);
}

export function englishScores(found: Found[], text: string): void {
  if (!ENGLISH_SCORE_CORE.test(text)) return;
  const scores: Found[] = [];
  for (const m of text.matchAll(ENGLISH_SCORE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!RESULT_BEFORE.test(before) && !RESULT_AFTER.test(text.slice(end, end + 24))) continue;
    scores.push(score(m.index, end, m[1]!, m[2]!));
  }
  replaceWithScores(found, scores);
}
