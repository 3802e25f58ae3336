/**
 * The English words the date reader decides by: month names, the words
 * that make a bare month or a four-digit number a date, the nouns that
 * make a number a count or an ordinal a rank; and reading the word at or
 * before a place.
 */
import { isLatinChar } from './dates-common.js';
import { lookupTable } from './lookup.js';


const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const ABBREVIATIONS: Record<string, number> = lookupTable({
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
});

/** Every spelling `monthOf` knows, read at every word: one map lookup. */
const MONTHS = new Map<string, { month: number; abbreviated: boolean }>([
  ...MONTH_NAMES.map((name, i) => [name, { month: i + 1, abbreviated: false }] as const),
  ...Object.entries(ABBREVIATIONS).map(([name, month]) => [name, { month, abbreviated: true }] as const),
]);

/** Month names and abbreviations as `monthOf` takes them. */
export const MONTH_SPELLINGS: readonly string[] = [...MONTHS.keys()];

/** A capitalized month name (`December`) or abbreviation (`Dec`), with its number. */
export function monthOf(word: string): { month: number; abbreviated: boolean } | undefined {
  return MONTHS.get(word);
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Words before a month name that make it the month (`in May`, `mid-May`, `last March`), not a name or verb. */
export const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'before', 'after', 'between',
  'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'the', 'throughout', 'for', 'around', 'end', 'until',
  'on', 'that', 'each', 'every', 'as',
]);

/** Words before a four-digit number that make it a year even before a plural noun (`the 2018 talks`, `in 2018 elections`). */
export const YEAR_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'before', 'after', 'the', 'its', 'their', 'his', 'her', 'our',
  'fiscal', 'year', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'circa', 'throughout',
  'from', 'through', 'between', 'of', 'for', 'to', 'and', 'or', 'as', 'a', 'an', 'this', 'that', 'around', 'beyond',
  'pre', 'post', 'end', 'on', 'at',
]);

/** …of which these still leave a number before a count noun a count (`to 2000 troops`, `and 2000 people`). */
export const YEAR_CONTEXT_WEAK = new Set(['from', 'through', 'between', 'of', 'for', 'to', 'and', 'or', 'as', 'a', 'an', 'around', 'beyond', 'on', 'at']);

/** Words before a four-digit number that make it a count: `some 2000`, `more than 2000`. */
export const COUNT_MARKERS = new Set([
  'some', 'nearly', 'almost', 'roughly', 'approximately', 'than', 'least', 'estimated', 'total', 'exactly', 'about', 'over',
]);

/** Capitalized words whose number is an identifier (`Resolution 2094`, `No. 2018`), neither a year nor a name's year. */
export const IDENTIFIER_WORDS = new Set([
  'Resolution', 'No', 'Nos', 'Number', 'Article', 'Section', 'Flight', 'Route', 'Room', 'Model', 'Type', 'Item',
  'Chapter', 'Rule', 'Order', 'Decree', 'Unit', 'Block', 'Batch', 'Page', 'Vol', 'Volume', 'Issue', 'Bill', 'Case',
  'Gate', 'Highway', 'Hill', 'Level', 'Grade', 'Code', 'Box', 'Suite', 'Platform', 'Squadron', 'Battalion', 'Division',
]);

/** Nouns after a four-digit number that make it a count (`2000 troops`), unless a year word precedes. */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'personnel', 'troops', 'soldiers', 'sailors', 'marines', 'officers', 'workers', 'members',
  'residents', 'civilians', 'refugees', 'casualties', 'deaths', 'victims', 'students', 'children', 'men', 'women',
  'units', 'vehicles', 'tanks', 'aircraft', 'jets', 'planes', 'missiles', 'rounds', 'shells', 'drones', 'ships',
  'vessels', 'cases', 'times', 'years', 'months', 'days', 'hours', 'minutes', 'km', 'kilometers', 'kilometres',
  'miles', 'meters', 'metres', 'feet', 'tons', 'tonnes', 'kg', 'won', 'yen', 'dollars', 'euros', 'yuan', 'percent',
  'points', 'pages', 'copies', 'households', 'companies', 'firms', 'sites', 'items', 'pieces', 'barrels', 'votes',
  'seats', 'signatures', 'documents', 'jobs', 'employees', 'participants', 'visitors', 'tourists', 'cars', 'rockets',
]);

/** Words after `on the 16th` that carry the sentence on, so the ordinal was a day (`on the 16th in Tokyo`). */
export const CLAUSE_WORDS = new Set([
  'and', 'or', 'but', 'at', 'in', 'on', 'to', 'from', 'when', 'while', 'after', 'before', 'with', 'as', 'that',
  'which', 'where', 'during', 'for', 'local', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this',
  'last', 'next', 'amid', 'following', 'until', 'since', 'by', 'his', 'her', 'their', 'its', 'ahead', 'despite',
  'according', 'under', 'through', 'via', 'without', 'against', 'over', 'toward', 'towards', 'near', 'outside', 'inside',
]);

/** Prepositions before `the 16th` that make a following clause word safe: `on the 16th in Tokyo`. */
export const DAY_PREPOSITIONS = new Set([
  'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'between', 'and', 'before', 'after', 'of', 'or',
]);

const WORD = /[A-Za-z]{1,20}/y;

export function wordAt(text: string, at: number): string | undefined {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m && !isLatinChar(text[at + m[0].length]) ? m[0] : undefined;
}

/**
 * The word right before `at`, across one space or hyphen (`mid-`), with an
 * abbreviation's dot when asked (`No.`); a possessive (`Japan's`) reads as `the`.
 */
export function previousWord(text: string, at: number, abbreviation = false): { word: string; hyphen: boolean } | undefined {
  const joiner = text[at - 1];
  if (joiner !== ' ' && joiner !== '\u00a0' && joiner !== '-') return undefined;
  let j = at - 2;
  if (abbreviation && text[j] === '.' && joiner !== '-') j--;
  let k = j;
  while (k >= 0 && j - k < 20 && isLatinChar(text[k])) k--;
  if (k === j) return undefined;
  const word = text.slice(k + 1, j + 1);
  if (word === 's' && (text[k] === "'" || text[k] === '’')) return { word: 'the', hyphen: false };
  return { word, hyphen: joiner === '-' };
}

export const lower = (word: string | undefined) => word?.toLowerCase();
export const isCapitalized = (word: string) => word[0]! >= 'A' && word[0]! <= 'Z';
