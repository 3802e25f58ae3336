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
import { articleDates, datesMatch, formatDate, type DateMention } from '../text/dates.js';
import type { ProseBlock } from '../text/prose.js';

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
    const placed = { ko: placedDates(pair.ko, ctx), en: placedDates(pair.en, ctx) };
    const missing = { ko: unmatched(placed.ko, placed.en), en: unmatched(placed.en, placed.ko) };
    for (const [lang, other] of [['ko', 'en'], ['en', 'ko']] as const) {
      const stillMissing = new Set(missing[other].map((p) => formatDate(p.mention)));
      for (const item of missing[lang]) {
        const { mention: m, block } = item;
        let message = `date ${describe(m)} has no counterpart in the ${LANGUAGE[other]} version`;
        const near = nearest(item, placed[other], stillMissing);
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

function placedDates(article: Article, ctx: RuleContext): Placed[] {
  const blocks = articleDates(article, ctx);
  const count = Math.max(1, blocks.length);
  return blocks.flatMap(({ block, mentions }, i) =>
    mentions.map((mention) => ({ mention, block, position: (i + mention.start / Math.max(1, block.text.length)) / count })));
}

/** The first occurrence of each distinct required date in `mine` that no mention in `theirs` matches. */
function unmatched(mine: readonly Placed[], theirs: readonly Placed[]): Placed[] {
  const seen = new Set<string>();
  const out: Placed[] = [];
  for (const item of mine) {
    if (item.mention.optional) continue;
    const key = formatDate(item.mention);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!theirs.some((c) => datesMatch(item.mention, c.mention))) out.push(item);
  }
  return out;
}

const FIELDS = ['year', 'month', 'day'] as const;
const WEIGHT = { year: 3, month: 2, day: 1 };

/**
 * The counterpart the translator most likely meant: a written date (not a
 * weekday or a name) that shares a field with the missing one, agreeing in
 * as many and contradicting in as few fields as possible, preferably one
 * itself unmatched and near the same place in the article.
 */
function nearest(item: Placed, candidates: readonly Placed[], unmatchedThere: ReadonlySet<string>): Placed | undefined {
  let best: Placed | undefined;
  let bestScore = Infinity;
  const m = item.mention;
  for (const candidate of candidates) {
    const c = candidate.mention;
    if (c.either) continue;
    let shared = 0;
    let score = 0;
    for (const f of FIELDS) {
      if (m[f] === undefined || c[f] === undefined) continue;
      shared++;
      score += m[f] === c[f] ? -WEIGHT[f] : WEIGHT[f] * (1 + Math.min(1, Math.abs(m[f]! - c[f]!) / 12));
    }
    if (shared === 0) continue;
    score += (unmatchedThere.has(formatDate(c)) ? 0 : 2) + (c.optional ? 2 : 0) + 2 * Math.abs(candidate.position - item.position);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
