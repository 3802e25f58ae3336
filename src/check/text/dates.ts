/**
 * Date mentions (SPEC §5.3): what both languages share — the mention shape,
 * how one mention is matched by another, the normalized form messages show,
 * and the per-article extraction the rules share (date-mismatch compares
 * the mentions; number-mismatch skips their digits).
 */
import type { Article, Lang } from '../../types.js';
import type { ReferenceDate, RuleContext } from '../rule.js';
import { extractDatesEn } from './dates-en.js';
import { extractDatesKo } from './dates-ko.js';
import { isSpaceCode } from './code-units.js';
import { datelineBlocks } from './dates-lists.js';
import type { ProseBlock } from './prose.js';

export interface DateFields {
  year?: number;
  month?: number;
  day?: number;
}

export interface DateMention extends DateFields {
  /** indexes into the text the mention was found in; `end` is exclusive */
  start: number;
  end: number;
  /** the phrase as written: `2023년 12월 14일`, `Dec. 14, 2023` */
  text: string;
  /**
   * A counterpart only, never itself required to have one: the names of
   * events (`9·19 군사합의`), relative days (`어제`, `yesterday`) and
   * weekdays, which translators may render as a date or not at all.
   */
  optional?: boolean;
  /**
   * The mention is one of these dates (a weekday: its last and next
   * occurrence around the article's date). Used only when set; the fields
   * above are then unknown.
   */
  either?: Array<Required<DateFields>>;
}

/** Every date mention in `text`, sorted by start, non-overlapping. */
export function extractDates(text: string, lang: Lang, ref: ReferenceDate): DateMention[] {
  // Whitespace runs (a soft line break, two spaces, a no-break space) read as one space, so a
  // date wrapped across lines is still the date it is; offsets and text stay the original's.
  const { folded, origin } = foldSpaces(text);
  const found = lang === 'ko' ? extractDatesKo(folded, ref) : extractDatesEn(folded, ref);
  const mentions = folded === text ? found : found.map((m) => ({ ...m, ...originalSpan(text, origin, m.start, m.end) }));
  return mentions.sort((a, b) => a.start - b.start);
}

/** `text` with every whitespace run as one space, and for each of its characters the index it came from. */
function foldSpaces(text: string): { folded: string; origin: number[] } {
  if (!needsFolding(text)) return { folded: text, origin: [] };
  const origin: number[] = [];
  // The text between whitespace runs is copied whole, not a character at a time.
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code) || (code === 0x20 && !isSpaceCode(text.charCodeAt(i + 1)))) {
      origin.push(i++);
      continue;
    }
    parts.push(text.slice(from, i), ' ');
    origin.push(i++);
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    from = i;
  }
  parts.push(text.slice(from));
  return { folded: parts.join(''), origin };
}

/** What `/\s\s|[^\S ]/` finds: whitespace other than a plain space, or two in a row. Read by hand, as below. */
function needsFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 ? isSpaceCode(text.charCodeAt(i + 1)) : isSpaceCode(code)) return true;
  }
  return false;
}

function originalSpan(text: string, origin: readonly number[], start: number, end: number): { start: number; end: number; text: string } {
  const from = origin[start] ?? text.length;
  const to = end > start ? origin[end - 1]! + 1 : from;
  return { start: from, end: to, text: text.slice(from, to) };
}

const FIELDS = ['year', 'month', 'day'] as const;

/** The finest field the mention knows: day, else month, else year. */
export function finestField(m: DateFields): 'year' | 'month' | 'day' | undefined {
  if (m.day !== undefined) return 'day';
  if (m.month !== undefined) return 'month';
  if (m.year !== undefined) return 'year';
  return undefined;
}

/**
 * Whether `candidate` (in the other version) is a counterpart of `m`: it
 * contradicts `m` in no field both know, and it knows `m`'s finest field.
 */
export function datesMatch(m: DateMention, candidate: DateMention): boolean {
  if (candidate.either) return candidate.either.some((fields) => fieldsMatch(m, fields));
  return fieldsMatch(m, candidate);
}

function fieldsMatch(m: DateFields, candidate: DateFields): boolean {
  const finest = finestField(m);
  if (finest === undefined || candidate[finest] === undefined) return false;
  return FIELDS.every((f) => m[f] === undefined || candidate[f] === undefined || m[f] === candidate[f]);
}

/**
 * `datesMatch` against every mention of `candidates` at once, in constant
 * time per question: each candidate is filed under what it knows of every
 * combination of fields, and a mention looks up the few patterns that would
 * match it (its own values or unknown, its finest field always its own).
 */
export function counterpartFinder(candidates: readonly DateMention[]): (m: DateMention) => boolean {
  const filed = new PatternSet();
  for (const c of candidates) {
    for (const fields of c.either ?? [c]) {
      for (let mask = 1; mask < 8; mask++) filed.add(mask, fields.year, fields.month, fields.day);
    }
  }
  return (m) => {
    const finest = finestField(m);
    if (finest === undefined) return false;
    const known = FIELDS.filter((f) => m[f] !== undefined);
    const mask = known.reduce((bits, f) => bits | BIT[f], 0);
    const others = known.filter((f) => f !== finest);
    // Each other known field: the candidate has the same value, or does not know it.
    for (let choice = 0; choice < 1 << others.length; choice++) {
      const value = (f: (typeof FIELDS)[number]) => (f === finest || (choice & (1 << others.indexOf(f))) === 0 ? m[f] : undefined);
      if (filed.has(mask, value('year'), value('month'), value('day'))) return true;
    }
    return false;
  };
}

const BIT = { year: 1, month: 2, day: 4 } as const;

/**
 * Patterns: the fields a mask names, each a value or unknown. A pattern of
 * small whole numbers (every real date) is one number, so filing one makes
 * no string; any other is its text, as before.
 */
class PatternSet {
  private readonly numbers = new Set<number>();
  private readonly texts = new Set<string>();

  add(mask: number, year?: number, month?: number, day?: number): void {
    const key = numericKey(mask, year, month, day);
    if (key === -1) this.texts.add(patternKey(mask, year, month, day));
    else this.numbers.add(key);
  }

  has(mask: number, year?: number, month?: number, day?: number): boolean {
    const key = numericKey(mask, year, month, day);
    return key === -1 ? this.texts.has(patternKey(mask, year, month, day)) : this.numbers.has(key);
  }
}

/** One more than each known field (0: unknown or not in the mask), packed; -1 if a value does not fit. */
function numericKey(mask: number, year: number | undefined, month: number | undefined, day: number | undefined): number {
  const y = fieldCode(mask & 1 ? year : undefined, 40_000);
  const m = fieldCode(mask & 2 ? month : undefined, 13);
  const d = fieldCode(mask & 4 ? day : undefined, 32);
  if (y === -1 || m === -1 || d === -1) return -1;
  return ((mask * 40_001 + y) * 14 + m) * 33 + d;
}

function fieldCode(value: number | undefined, limit: number): number {
  if (value === undefined) return 0;
  return Number.isInteger(value) && value >= 0 && value < limit ? value + 1 : -1;
}

/** The fields `mask` names, each its value or `-` where unknown. */
function patternKey(mask: number, year: number | undefined, month: number | undefined, day: number | undefined): string {
  return `${mask}:${mask & 1 ? year ?? '-' : ''}|${mask & 2 ? month ?? '-' : ''}|${mask & 4 ? day ?? '-' : ''}`;
}

/**
 * The normalized form used in messages, ISO 8601 with its truncated
 * representations for unknown leading fields:
 * `2023-12-14`, `2023-12`, `2023`, `--12-19` (December 19, year unknown),
 * `--12` (December), `---16` (the 16th). A year and day without a month
 * (never extracted) reads `2023-??-16`. A weekday reads as the dates it
 * may be: `2026-01-13 or 2026-01-20`.
 */
export function formatDate(m: DateFields & { either?: DateMention['either'] }): string {
  const { year, month, day } = m;
  if (year === undefined && month === undefined && day === undefined && m.either) {
    return m.either.map((fields) => formatDate(fields)).join(' or ');
  }
  const mm = month === undefined ? undefined : String(month).padStart(2, '0');
  const dd = day === undefined ? undefined : String(day).padStart(2, '0');
  if (year !== undefined) {
    const yyyy = String(year).padStart(4, '0');
    if (mm !== undefined) return dd !== undefined ? `${yyyy}-${mm}-${dd}` : `${yyyy}-${mm}`;
    return dd !== undefined ? `${yyyy}-??-${dd}` : yyyy;
  }
  if (mm !== undefined) return dd !== undefined ? `--${mm}-${dd}` : `--${mm}`;
  return dd !== undefined ? `---${dd}` : '';
}

/**
 * The date mentions of each prose block of an article (title first), in
 * source order, extracted once per article; a dateline that Markdown read as
 * a list number (`2025. 12. 20.` at the start of a line) comes as a block
 * of its own.
 */
export function articleDates(article: Article, ctx: RuleContext): Array<{ block: ProseBlock; mentions: DateMention[] }> {
  return ctx.memo(article, 'dates', () => {
    const ref = ctx.referenceDate(article);
    const datelines = datelineBlocks(article);
    const blocks = datelines.length ? [...ctx.prose(article), ...datelines].sort((a, b) => a.start - b.start) : ctx.prose(article);
    return blocks.map((block) => ({ block, mentions: extractDates(block.text, article.lang, ref) }));
  });
}
