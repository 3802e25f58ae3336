/**
 * English numbers written as words: `twenty-one`, `two hundred and fifty`,
 * `a dozen`, `half a million`, `twenty-first`, `two decades`. Reads one phrase
 * from a position; knows nothing of currencies or percent.
 */
import { found, isLatin, isSpace, type Found } from './number-scan.js';
import { lookupTable } from './lookup.js';

const UNITS: Record<string, number> = lookupTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
const TEENS: Record<string, number> = lookupTable({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const UNIT_ORDINALS: Record<string, number> = lookupTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
});
const TEEN_ORDINALS: Record<string, number> = lookupTable({
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
});
const TENS_ORDINALS: Record<string, number> = lookupTable({
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
});
/** Powers of ten of the scale words. */
export const SCALE_WORDS: Record<string, number> = lookupTable({ thousand: 3, million: 6, billion: 9, trillion: 12 });

/** The words a number phrase may start with (every word is tested: one set lookup). */
const PHRASE_STARTS = new Set([
  ...[UNITS, TEENS, TENS, TEEN_ORDINALS, TENS_ORDINALS, UNIT_ORDINALS].flatMap((table) => Object.keys(table)),
  'a',
  'half',
]);

/** The words a number phrase may start with, besides any ending in -fold. */
export const PHRASE_START_WORDS: readonly string[] = [...PHRASE_STARTS];

/** Does a number phrase start with this word (lower case)? */
export function startsNumberPhrase(word: string): boolean {
  return PHRASE_STARTS.has(word) || word.endsWith('fold');
}

export interface WordNumber {
  value: number;
  end: number;
  ordinal: boolean;
  scaled: boolean;
  /** `one tenth`, `a third`: a fraction, not a quantity */
  fraction: boolean;
}

type Last = 'start' | 'a' | 'half' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

const WORD = /[A-Za-z]+/y;

/**
 * Reads the number phrase at `at` (the start of a word), or undefined when
 * the words there make no number. Words are joined by one space or a hyphen.
 */
export function readNumberWords(text: string, at: number): WordNumber | undefined {
  let total = 0;
  let current = 0;
  let last: Last = 'start';
  let end = at;
  let pos = at;
  let scaled = false;
  let lastScale = Infinity;
  let halfPending = false;
  let pendingAnd = -1;
  for (let words = 0; words < 12; words++) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m || isLatin(text[pos - 1])) break;
    const raw = m[0];
    const word = raw.toLowerCase();
    const wordEnd = pos + raw.length;
    const afterNumber = last === 'unit' || last === 'teen' || last === 'tens' || last === 'hundred';

    if (word.endsWith('fold') && word.length > 4 && last === 'start') {
      // tenfold, twentyfold: a multiple, read as its number
      const inner = word.slice(0, -4);
      const v = TEENS[inner] ?? TENS[inner] ?? UNITS[inner];
      if (v === undefined) return undefined;
      return { value: v, end: wordEnd, ordinal: false, scaled: false, fraction: false };
    }
    if (word === 'a' && (last === 'start' || (last === 'half' && halfPending))) {
      if (!nextIsScale(text, wordEnd)) break;
      current = 1;
      last = 'a';
    } else if (word === 'half' && last === 'start') {
      halfPending = true;
      last = 'half';
    } else if (word in UNITS && (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and' || (last === 'tens' && current % 10 === 0))) {
      current += UNITS[word]!;
      last = 'unit';
    } else if (word in TEENS && (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and')) {
      current += TEENS[word]!;
      last = 'teen';
    } else if (word in TENS && (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and')) {
      current += TENS[word]!;
      last = 'tens';
    } else if (word === 'hundred' && (last === 'unit' || last === 'teen' || last === 'a')) {
      current *= 100;
      last = 'hundred';
      scaled = true;
    } else if (word in SCALE_WORDS && (afterNumber || last === 'a') && SCALE_WORDS[word]! < lastScale) {
      lastScale = SCALE_WORDS[word]!;
      total += current * 10 ** lastScale * (halfPending ? 0.5 : 1);
      halfPending = false;
      current = 0;
      last = 'scale';
      scaled = true;
    } else if (word === 'dozen' && (last === 'unit' || last === 'a')) {
      const value = total + current * 12 * (halfPending ? 0.5 : 1);
      return { value, end: wordEnd, ordinal: false, scaled: false, fraction: false };
    } else if ((word === 'decade' || word === 'decades') && (last === 'unit' || last === 'teen' || last === 'tens' || last === 'a')) {
      // a decade, two decades, a seven-decade alliance: ten years at a time
      if (word === 'decade' && current !== 1 && text[pos - 1] !== '-') break;
      if (word === 'decades' && current === 1) break;
      return { value: total + current * 10, end: wordEnd, ordinal: false, scaled: false, fraction: false };
    } else if (word === 'century' && (last === 'a' || (last === 'half' && text[pos - 1] === '-'))) {
      // a century, half a century, a half-century
      return { value: 100 * (halfPending ? 0.5 : 1), end: wordEnd, ordinal: false, scaled: false, fraction: false };
    } else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
      pendingAnd = end;
      last = 'and';
    } else if (isOrdinalWord(word)) {
      return ordinalEnding(word, last, current, total, wordEnd);
    } else {
      break;
    }
    if (last !== 'and') end = wordEnd;
    const sep = text[wordEnd];
    if ((!isSpace(sep) && sep !== '-') || !isLatin(text[wordEnd + 1])) break;
    pos = wordEnd + 1;
  }
  if (last === 'start' || last === 'half' || last === 'a') return undefined;
  if (last === 'and') end = pendingAnd;
  return { value: total + current, end, ordinal: false, scaled, fraction: false };
}

function isOrdinalWord(word: string): boolean {
  return word in UNIT_ORDINALS || word in TEEN_ORDINALS || word in TENS_ORDINALS;
}

function ordinalEnding(word: string, last: Last, current: number, total: number, end: number): WordNumber {
  const base = { end, ordinal: true, scaled: false };
  if (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and') {
    const v = UNIT_ORDINALS[word] ?? TEEN_ORDINALS[word] ?? TENS_ORDINALS[word]!;
    return { ...base, value: total + current + v, fraction: false };
  }
  if (last === 'tens' && word in UNIT_ORDINALS) {
    return { ...base, value: total + current + UNIT_ORDINALS[word]!, fraction: false };
  }
  // one tenth, three-fifths, a third
  return { ...base, value: 0, fraction: true };
}

const NEXT_WORD = /[\s-]([A-Za-z]+)/y;

function nextIsScale(text: string, at: number): boolean {
  NEXT_WORD.lastIndex = at;
  const word = NEXT_WORD.exec(text)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  // `a third`, `a tenth` are read too, so that they come out as fractions
  return word === 'hundred' || word === 'dozen' || word === 'decade' || word === 'century' || word in SCALE_WORDS || isOrdinalWord(word);
}

/**
 * A fraction as the percentages a translation may write for it, each a
 * counterpart only: a quarter as 25%, a third as 33% or 33.3%.
 */
export function fractionPercents(start: number, end: number, fraction: number): Found[] {
  const exact = fraction * 100;
  const values = new Set([Math.round(exact), Math.round(exact * 10) / 10]);
  return [...values].map((value) => found(start, end, { value, percent: true, notDate: true, optional: true }));
}

const FRACTION_WORDS = /^(a|one|two|three|four|five|seven|nine)[\s-](third|fourth|quarter|fifth|tenth)$/i;
const NUMERATORS: Record<string, number> = lookupTable({ a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 });
const DENOMINATORS: Record<string, number> = lookupTable({ third: 3, fourth: 4, quarter: 4, fifth: 5, tenth: 10 });

/** `a third`, `two-third` (the plural's s dropped), `three quarter`: the fraction, if the words are one. */
export function fractionOf(words: string): number | undefined {
  const m = FRACTION_WORDS.exec(words);
  if (!m) return undefined;
  const fraction = NUMERATORS[m[1]!.toLowerCase()]! / DENOMINATORS[m[2]!.toLowerCase()]!;
  return fraction < 1 ? fraction : undefined;
}
