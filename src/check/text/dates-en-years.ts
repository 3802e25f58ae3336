/**
 * English years standing alone (SPEC §5.3): `in 2018`, `by 2035`, `the
 * 2023 agreement`, `2019–2020`, `2019–20` — told apart from counts
 * (`2000 troops`, `some 2000`, `a 2000-strong force`), decades (`the
 * 1990's`), identifiers (`Resolution 2094`) and the numbers of names
 * (`Vision 2030`, a counterpart only).
 */
import type { DateMention } from './dates.js';
import { isYear, mention } from './dates-common.js';
import {
  COUNT_MARKERS, COUNT_NOUNS, IDENTIFIER_WORDS, YEAR_CONTEXT, YEAR_CONTEXT_WEAK, isCapitalized, lower, monthOf, previousWord,
} from './dates-en-words.js';

const FOUR_DIGITS = /(\d{4})(?![\d%]|[.,]\d|[A-Za-z]|-(?:strong|man|member|seat|ton|tonne|km|kilometer|mile|meter|page|word|year|day|hour|point|troop|person)(?![A-Za-z]))/y;
const YEAR_RANGE_END = /[–—-](\d{4}|\d{2})(?![\d%A-Za-z]|[.,]\d)/y;
const NEXT_WORD = /\s([a-z]{1,20})(?![A-Za-z])/y;

/**
 * A four-digit number 1900–2099 standing alone, and `2019–2020` or
 * `2019–20`. A number after a capitalized word other than a preposition is
 * part of a name (`Vision 2030`: a counterpart only) or an identifier
 * (`Resolution 2094`: nothing); before a count noun it is a count
 * (`2000 troops`) unless a year word precedes (`the 2018 talks`).
 */
export function readYears(text: string, at: number): DateMention[] {
  FOUR_DIGITS.lastIndex = at;
  const m = FOUR_DIGITS.exec(text);
  const decade = /^\d{3}0['’]s/.test(text.slice(at, at + 6)) && lower(previousWord(text, at)?.word) === 'the';
  if (!m || decade || !isYear(Number(m[1]))) return [];
  const value = Number(m[1]);
  const before = previousWord(text, at, true);
  const word = before?.word;
  // After a capitalized word that is no preposition: a name's number (`Vision 2030`) or an identifier.
  const optional = word !== undefined && !before!.hyphen && isCapitalized(word) && !YEAR_CONTEXT.has(word.toLowerCase());
  if (optional && (IDENTIFIER_WORDS.has(word) || monthOf(word))) return [];
  if (!optional && word && COUNT_MARKERS.has(word.toLowerCase())) return [];
  let end = at + 4;
  const years = [{ value, start: at, end }];
  YEAR_RANGE_END.lastIndex = end;
  const range = YEAR_RANGE_END.exec(text);
  if (range) {
    const second = range[1]!.length === 2 ? Math.floor(value / 100) * 100 + Number(range[1]) : Number(range[1]);
    if (isYear(second) && second > value) {
      years.push({ value: second, start: end + 1, end: end + range[0].length });
      end += range[0].length;
    }
  }
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  const yearWord = word !== undefined && YEAR_CONTEXT.has(word.toLowerCase()) && !YEAR_CONTEXT_WEAK.has(word.toLowerCase());
  if (next && COUNT_NOUNS.has(next[1]!) && !yearWord) return [];
  return years.map((y) => mention(text, y.start, y.end, { year: y.value }, optional ? { optional: true } : {}));
}
