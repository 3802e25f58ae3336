/**
 * date-mismatch (SPEC §5.3): a date in one version of a pair that the other
 * version never states. A mention is matched by one that contradicts it in
 * no field both know and knows its finest field (`16일` ↔ `on the 16th`);
 * each distinct date is checked in both directions and reported at its
 * first occurrence, naming the likeliest counterpart in the other version.
 */
import { pointAt } from '../../diagnostics.js';
import type { Article, Lang, Pair } from '../../types.js';
import type { PairRule, RuleContext } from '../rule.js';
import { articleDates, counterpartFinder, finestField, formatDate, type DateMention } from '../text/dates.js';
import type { ProseBlock } from '../text/prose.js';
import { firstWhereNot } from '../text/sorted.js';

const LANGUAGE: Record<Lang, string> = { ko: 'Korean', en: 'English' };

/** A mention with its block and where it stands in the article, from 0 (title) to 1 (end). */
interface Placed {
  mention: DateMention;
  block: ProseBlock;
  position: number;
}

export const dateMismatch: PairRule = {
  id: 'date-mismatch',
  scope: 'pair',
  description: 'A date (year, month or day) in one version of a pair has no counterpart in the other.',
  help: 'Correct the date in the translation, or write the missing one (a day may be written 16일 / on the 16th, with or without its month and year; relative words such as 지난해 / last year count as the year they mean). `ignore: [date-mismatch]` or `<!-- pairpress-ignore-next date-mismatch -->` silences it.',
  check(pair: Pair, ctx) {
    const mentions = { ko: mentionsOf(pair.ko, ctx), en: mentionsOf(pair.en, ctx) };
    const unmatchedMentions = { ko: unmatched(mentions.ko, mentions.en), en: unmatched(mentions.en, mentions.ko) };
    // Most pairs agree: where each date stands is worked out only when one does not.
    if (unmatchedMentions.ko.length === 0 && unmatchedMentions.en.length === 0) return;
    const placed = { ko: placedDates(pair.ko, ctx), en: placedDates(pair.en, ctx) };
    const missing = { ko: placedOf(placed.ko, unmatchedMentions.ko), en: placedOf(placed.en, unmatchedMentions.en) };
    for (const [lang, other] of [['ko', 'en'], ['en', 'ko']] as const) {
      // Nothing to report: the nearest-counterpart tables below would go unused.
      if (missing[lang].length === 0) continue;
      const stillMissing = new Set(missing[other].map((p) => formatDate(p.mention)));
      const written = firstOfEach(placed[other].filter((p) => !p.mention.either), (p) => p.mention);
      for (const item of missing[lang]) {
        const { mention: m, block } = item;
        let message = `date ${describe(m)} has no counterpart in the ${LANGUAGE[other]} version`;
        const near = nearest(item, written, stillMissing);
        let related: { article: Article; start: number } | undefined;
        if (near) {
          related = { article: pair[other], start: near.block.offsetAt(near.mention.start) };
          message += `; nearest there: ${describe(near.mention)} on line ${pointAt(pair[other].file, related.start).line}`;
        }
        ctx.report({
          article: pair[lang],
          start: block.offsetAt(m.start),
          end: block.offsetAt(m.end - 1) + 1,
          message,
          ...(related && { related }),
        });
      }
    }
  },
};

function describe(m: DateMention): string {
  return `${formatDate(m)} ("${m.text}")`;
}

/** Every date mention of the article, in order. */
function mentionsOf(article: Article, ctx: RuleContext): DateMention[] {
  return articleDates(article, ctx).flatMap(({ mentions }) => mentions);
}

/** The placed mentions of `mentions` (each an occurrence of its own), in document order. */
function placedOf(placed: readonly Placed[], mentions: readonly DateMention[]): Placed[] {
  const wanted = new Set(mentions);
  return placed.filter((p) => wanted.has(p.mention));
}

function placedDates(article: Article, ctx: RuleContext): Placed[] {
  const blocks = articleDates(article, ctx);
  const count = Math.max(1, blocks.length);
  return blocks.flatMap(({ block, mentions }, i) =>
    mentions.map((mention) => ({ mention, block, position: (i + mention.start / Math.max(1, block.text.length)) / count })));
}

/** The first occurrence of each distinct required date in `mine` that no mention in `theirs` matches. */
function unmatched(mine: readonly DateMention[], theirs: readonly DateMention[]): DateMention[] {
  const hasCounterpart = counterpartFinder(theirs);
  return firstOfEach(mine.filter((m) => !m.optional), (m) => m).filter((m) => !hasCounterpart(m));
}

/** The first occurrence of each distinct date, in document order. */
function firstOfEach<T>(items: readonly T[], mentionOf: (item: T) => DateMention): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = formatDate(mentionOf(item));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const FIELDS = ['year', 'month', 'day'] as const;
/** How far apart two values of a field must be to count as far apart. */
const SCALE = { year: 10, month: 6, day: 15 };
const NEAREST_WINDOW = 32;

/**
 * The counterpart the translator most likely meant, among the distinct
 * written dates (not weekdays) of the other version: one that shares a
 * field with the missing date, contradicting it in as few fields and by as
 * little as possible, of the same shape (a year for a year), standing near
 * the same place in the article, preferably itself unmatched and not a
 * name. Only the dates near the same place are weighed, so an article full
 * of dates costs no more than findings × a window. Lower scores are nearer.
 */
function nearest(item: Placed, distinct: readonly Placed[], unmatchedThere: ReadonlySet<string>): Placed | undefined {
  const middle = firstWhereNot(distinct.length, (i) => distinct[i]!.position < item.position);
  let best: Placed | undefined;
  let bestScore = Infinity;
  const m = item.mention;
  const finest = finestField(m)!;
  for (let i = Math.max(0, middle - NEAREST_WINDOW); i < Math.min(distinct.length, middle + NEAREST_WINDOW); i++) {
    const candidate = distinct[i]!;
    const c = candidate.mention;
    let shared = 0;
    let score = 0;
    for (const f of FIELDS) {
      if (m[f] === undefined || c[f] === undefined) continue;
      shared++;
      score += m[f] === c[f] ? -1 : 1 + 0.5 * Math.min(1, Math.abs(m[f]! - c[f]!) / SCALE[f]);
    }
    if (shared === 0) continue;
    const sameShape = FIELDS.every((f) => (m[f] === undefined) === (c[f] === undefined));
    score += (sameShape ? 0 : 0.5) + (c[finest] === undefined ? 1 : 0) +
      (unmatchedThere.has(formatDate(c)) ? 0 : 1) + (c.optional ? 1 : 0) +
      4 * Math.abs(candidate.position - item.position);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

