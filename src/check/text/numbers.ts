/**
 * Quantities (SPEC §5.4): what the Korean and English scanners find, after
 * the rules both languages share: the first number of a range borrows the
 * second's scale, percent and kind (`3~4억`, `10-20%`); a currency amount in
 * parentheses right after an amount in another currency is a conversion;
 * digits inside date spans are skipped; below 10 without % or scale is a
 * small count and skipped. Values are compared, never spellings.
 */
import type { Article, Lang } from '../../types.js';
import type { RuleContext } from '../rule.js';
import { articleDates } from './dates.js';
import { decadeValue, type Currency, type Found, type QuantityKind } from './number-scan.js';
import { formatDuration } from './numbers-durations.js';
import { scoreText } from './number-scores.js';
import { scanEnglish } from './numbers-en.js';
import { scanKorean } from './numbers-ko.js';
import type { ProseBlock } from './prose.js';
import { furthestEndBy, type Span } from './sorted.js';

export type { Currency, QuantityKind } from './number-scan.js';

export interface Quantity {
  /** indexes into the block text: the whole phrase, currency included */
  start: number;
  end: number;
  /** the phrase as written: `3억 달러`, `$300 million` */
  text: string;
  value: number;
  percent: boolean;
  currency?: Currency;
  kind: QuantityKind;
  /** in parentheses after an amount in another currency: needs no counterpart */
  conversion?: boolean;
  /** a loose or ambiguous figure (`보름`, `a fortnight`, `3:58`): serves as a counterpart, needs none */
  optional?: boolean;
}

export type { Span } from './sorted.js';

/** Every quantity worth comparing in `text`, in order; digits inside `skip` (date mentions) are left out. */
export function extractQuantities(text: string, lang: Lang, skip: ReadonlyArray<Span>): Quantity[] {
  const found = lang === 'ko' ? scanKorean(text) : scanEnglish(text);
  joinRanges(found, text);
  const conversions = findConversions(found, text);
  markUnitConversions(found, text);
  const covered = coverage(text.length, skip);
  const quantities: Quantity[] = [];
  found.forEach((f, i) => {
    if (!f.percent && !f.scaled && f.kind !== 'score' && f.value < 10) return; // small counts are written in words in Korean
    // A date never has a scale, a currency or %: `2026 billion won` stays a quantity whatever the spans say.
    const surelyQuantity = f.notDate || f.scaled || f.percent || f.currency !== undefined;
    if (!surelyQuantity && covered(f.numStart, f.numEnd)) return;
    quantities.push({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      value: f.value,
      percent: f.percent,
      kind: f.kind,
      ...(f.currency && { currency: f.currency }),
      ...(conversions.has(i) && { conversion: true }),
      ...(f.optional && { optional: true }),
    });
  });
  return quantities;
}

const RANGE_BETWEEN = /^(?:\s?[~∼〜–—-]\s?|\s+to\s+)$/;

/** `3~4억 달러`, `10-20%`, `20~30대`, `300 to 400 million`: the first number takes the second's scale. */
function joinRanges(found: Found[], text: string): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (!a.bare || b.start - a.end > 5 || !RANGE_BETWEEN.test(text.slice(a.end, b.start))) continue;
    if (a.kind !== 'count' || a.percent || a.scaled) continue;
    a.value = b.kind === 'decade' ? decadeValue(a.value) : a.value * b.unit;
    a.scaled = b.scaled;
    a.percent = b.percent;
    a.kind = b.kind;
    a.currency ??= b.currency;
    b.currency ??= a.currency;
    a.notDate = b.notDate;
  }
}

const CONVERSION_BETWEEN = /^\s?[(（]\s*(?:(?:약|대략|한화|원화|미화|우리\s돈|about|approximately|approx\.|roughly|around|some|nearly|almost|or|equivalent\sto|≈|~)\s*){0,2}$/i;
// 1.4 trillion won, or about $1 billion: the same conversion without parentheses
const CONVERSION_OR = /^,\s(?:or|i\.e\.)\s(?:(?:about|approximately|roughly|around|some|nearly|almost)\s)?$/i;

/** Indexes of amounts in parentheses (or after ", or") right after an amount in another currency. */
function findConversions(found: Found[], text: string): Set<number> {
  const conversions = new Set<number>();
  for (let i = 1; i < found.length; i++) {
    const before = found[i - 1]!;
    const q = found[i]!;
    if (!before.currency || !q.currency || before.currency === q.currency) continue;
    const between = text.slice(before.end, q.start);
    if (q.start - before.end > 24 || !(CONVERSION_BETWEEN.test(between) || CONVERSION_OR.test(between))) continue;
    conversions.add(i);
  }
  return conversions;
}

// Units of measure in the two systems an English translation converts between: `40 km (25 miles)`,
// `25 miles (40 kilometers)`, `-15 C (5 F)`.
const METRIC = String.raw`(?:km|kilomet(?:er|re)s?|m|met(?:er|re)s?|cm|mm|(?:centi|milli)met(?:er|re)s?|㎞|㎝|㎜|㎏|kg|kilograms?|g|grams?|t|tonnes?|metric tons?|ha|hectares?|square (?:kilomet(?:er|re)s?|met(?:er|re)s?)|sq km|km2|km²|㎢|㎡|m2|m²|L|lit(?:er|re)s?|km/h|kph|degrees? Celsius|°C|C)`;
const IMPERIAL = String.raw`(?:mi|miles?|nautical miles?|ft|feet|foot|inches|inch|yards?|yd|lbs?|pounds?|oz|ounces?|tons?|short tons?|acres?|square (?:miles?|feet|foot)|sq mi|gallons?|gal|mph|knots?|degrees? Fahrenheit|°F|F)`;
const OPEN = String.raw`\s?[(（]\s*(?:(?:about|approximately|roughly|around|some|nearly|almost|more than|over|under|less than)\s+)?$`;
// a space or, in a compound adjective, a hyphen before the unit: `a 42.195-kilometer (26.2-mile) course`
const METRIC_OPEN = new RegExp(`^[\\s-]?${METRIC}${OPEN}`);
const IMPERIAL_OPEN = new RegExp(`^[\\s-]?${IMPERIAL}${OPEN}`);
const METRIC_AFTER = new RegExp(`^[\\s-]?${METRIC}(?![A-Za-z])`);
const IMPERIAL_AFTER = new RegExp(`^[\\s-]?${IMPERIAL}(?![A-Za-z])`);
// 섭씨 35.2도(화씨 95.4도), 화씨 95도(섭씨 35도): Korean names the scale before each figure
const DEGREES_FIRST = /(?:섭씨|화씨)\s?$/;
const DEGREES_OPEN = /^도\s?[(（]\s*(?:약\s?)?(?:섭씨|화씨)\s?$/;
const DEGREES_AFTER = /^도/;

/**
 * A measure and its conversion in parentheses, as English translations add
 * them: both need no counterpart (the Korean gives one of them, as a rule
 * the metric one), and either serves as one.
 */
function markUnitConversions(found: Found[], text: string): void {
  for (let i = 1; i < found.length; i++) {
    const before = found[i - 1]!;
    const q = found[i]!;
    // `1,500 kg (3,300 pounds)`: pounds of weight, not sterling
    const weight = q.currency === 'GBP' && /^\s?(?:pounds?|lbs?)(?![A-Za-z])/.test(text.slice(q.numEnd, q.numEnd + 8));
    if (before.currency || (q.currency && !weight) || before.percent || q.percent || q.numStart - before.numEnd > 40) continue;
    const between = text.slice(before.numEnd, q.numStart);
    const after = text.slice(q.numEnd, q.numEnd + 30);
    const converted = (METRIC_OPEN.test(between) && IMPERIAL_AFTER.test(after))
      || (IMPERIAL_OPEN.test(between) && METRIC_AFTER.test(after))
      || (DEGREES_OPEN.test(between) && DEGREES_AFTER.test(after) && DEGREES_FIRST.test(text.slice(Math.max(0, before.start - 4), before.start)));
    if (!converted) continue;
    before.optional = true;
    q.optional = true;
    if (weight) delete q.currency;
  }
}

/**
 * Whether any index of [from, to) lies in a span. A span [s, e) holds an
 * index of [lo, hi) when s < e, s < hi and e > lo: the furthest end among
 * the spans that start before hi answers, so the cost follows the spans
 * and numbers, not the length of the text.
 */
function coverage(length: number, spans: ReadonlyArray<Span>): (from: number, to: number) => boolean {
  if (spans.length === 0) return () => false;
  const clamp = (i: number) => Math.max(0, Math.min(length, i));
  const reach = furthestEndBy(
    spans.map(({ start, end }) => ({ start: clamp(start), end: clamp(end) })).filter((span) => span.start < span.end),
  );
  return (from, to) => {
    const lo = Math.max(0, from);
    const hi = Math.min(to, length);
    // Offsets are whole numbers: starting before hi is starting at or before hi - 1.
    return lo < hi && reach(hi - 1) > lo;
  };
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Same value and percent-ness; currencies agree where both are written (`$`,
 * `달러`, `USD` are one). The kind is not compared: `제21대` and `21대`,
 * `70주년` and `70th anniversary` are the same figure however each was read.
 */
export function quantitiesMatch(a: Quantity, b: Quantity): boolean {
  return (a.kind === 'score') === (b.kind === 'score') && a.percent === b.percent && sameValue(a.value, b.value) &&
    (a.currency === undefined || b.currency === undefined || a.currency === b.currency);
}

/** A key equal for quantities of the same value and percent-ness (currency aside). */
export function valueKey(q: Pick<Quantity, 'value' | 'percent' | 'kind'>): string {
  return `${SORT_PREFIX[figureSort(q)]}${rounded(q.value)}`;
}

/** Which figures can be the same: plain ones, percentages, scores (a score is never the count 3001). */
const enum FigureSort {
  Plain,
  Percent,
  Score,
}
const SORT_PREFIX = ['', '%', 'score '] as const;

function figureSort(q: Pick<Quantity, 'percent' | 'kind'>): FigureSort {
  return q.kind === 'score' ? FigureSort.Score : q.percent ? FigureSort.Percent : FigureSort.Plain;
}

/** The value rounded to 12 significant digits, so that one figure computed two ways is one value. */
function rounded(value: number): number {
  // A whole number below 10^12 has 12 significant digits or fewer: toPrecision would give it back.
  return Number.isInteger(value) && Math.abs(value) < 1e12 ? value : Number(value.toPrecision(12));
}

const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The normalized value: `300,000,000 USD`, `60%`, `21st`, `1990s`, `60s`, `2:05:41`. */
export function formatQuantity(q: Pick<Quantity, 'value' | 'percent' | 'currency' | 'kind'>): string {
  if (q.kind === 'score') return scoreText(q.value);
  if (q.kind === 'ordinal') return `${q.value}${ordinalSuffix(q.value)}`;
  if (q.kind === 'decade' || q.kind === 'age') return `${q.value}s`;
  if (q.kind === 'duration') return formatDuration(q.value);
  const number = DECIMAL.format(q.value);
  return `${number}${q.percent ? '%' : ''}${q.currency ? ` ${q.currency}` : ''}`;
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * The first occurrence of each distinct value in `source` that nothing in
 * `other` matches. Conversions and optional figures need no counterpart but serve as one.
 * Linear: `other` is indexed by value once.
 */
export function unmatched<T>(source: readonly T[], other: readonly T[], quantityOf: (item: T) => Quantity): T[] {
  const written = new FigureTable();
  for (const item of other) {
    const q = quantityOf(item);
    written.add(q, currencyBit(q));
  }
  const seen = new FigureTable();
  const missing: T[] = [];
  for (const item of source) {
    const q = quantityOf(item);
    if (q.conversion || q.optional) continue;
    const bit = currencyBit(q);
    if (seen.add(q, bit) & bit) continue;
    const there = written.currencies(q);
    const found = there !== 0 && (q.currency === undefined || (there & (NO_CURRENCY | bit)) !== 0);
    if (!found) missing.push(item);
  }
  return missing;
}

/** One bit per currency, and one for none: the currencies a figure is written in are one number. */
const NO_CURRENCY = 1;
const CURRENCY_BITS: Readonly<Record<Currency, number>> = { USD: 2, KRW: 4, JPY: 8, EUR: 16, GBP: 32, CNY: 64 };

function currencyBit(q: Quantity): number {
  return q.currency === undefined ? NO_CURRENCY : CURRENCY_BITS[q.currency];
}

/**
 * The currencies each figure is written in, by what `valueKey` tells apart
 * (its `figureSort` and rounded value), kept as numbers: no key
 * string is made for each quantity of each pair.
 */
class FigureTable {
  private readonly bySort = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];

  /** The currency bits of `q`'s figure so far (0: not written); then adds `bit`. */
  add(q: Quantity, bit: number): number {
    const table = this.tableOf(q);
    const value = rounded(q.value);
    const bits = table.get(value) ?? 0;
    table.set(value, bits | bit);
    return bits;
  }

  currencies(q: Quantity): number {
    return this.tableOf(q).get(rounded(q.value)) ?? 0;
  }

  private tableOf(q: Quantity): Map<number, number> {
    return this.bySort[figureSort(q)]!;
  }
}

export interface BlockQuantities {
  block: ProseBlock;
  quantities: Quantity[];
}

/** The quantities of each prose block of an article (title first), skipping its date mentions; memoized. */
export function articleQuantities(article: Article, ctx: RuleContext): BlockQuantities[] {
  return ctx.memo(article, 'quantities', () =>
    articleDates(article, ctx).map(({ block, mentions }) => ({
      block,
      quantities: extractQuantities(block.text, article.lang, mentions),
    })),
  );
}
