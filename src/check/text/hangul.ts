/**
 * Script tests: Hangul syllables (가–힣) and Latin letters, as the name and
 * untranslated-text rules count them.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** A precomposed Hangul syllable (가–힣); jamo alone are not syllables. */
export function isHangulSyllable(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

export function countHangulSyllables(text: string): number {
  let count = 0;
  // By code unit: text[i] would make a string of each Hangul character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) count++;
  }
  return count;
}

/**
 * At least as many as `countLatinLetters` finds: ASCII letters, and every
 * code unit outside ASCII that is no Hangul syllable. Counted without a
 * regular expression, it settles most Korean paragraphs at once.
 */
export function maxLatinLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : code < SYLLABLE_FIRST || code > SYLLABLE_LAST) count++;
  }
  return count;
}

const LATIN_LETTER = /\p{Script=Latin}/u;

/** A letter of the Latin script, accented ones included (é, ß); not digits. */
export function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && LATIN_LETTER.test(char);
}

export function countLatinLetters(text: string): number {
  let count = 0;
  for (const char of text) if (isLatinLetter(char)) count++;
  return count;
}

export interface Span {
  start: number;
  end: number;
}
