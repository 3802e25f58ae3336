/**
 * number-mismatch (SPEC §5.4): a quantity in one version of a pair whose
 * value the other version never states. Each distinct value is checked in
 * both directions and reported at its first occurrence, naming the likeliest
 * counterpart in the other version so the translator sees both figures.
 */
import { pointAt } from '../../diagnostics.js';
import type { Article, Lang, Pair } from '../../types.js';
import type { PairRule, RuleContext } from '../rule.js';
import { articleQuantities, formatQuantity, unmatched, valueKey, type Quantity } from '../text/numbers.js';
import type { ProseBlock } from '../text/prose.js';
import { firstWhereNot } from '../text/sorted.js';

const LANGUAGE: Record<Lang, string> = { ko: 'Korean', en: 'English' };

/** A quantity with its block and where it stands in the article, from 0 (title) to 1 (end). */
interface Placed {
  quantity: Quantity;
  block: ProseBlock;
  position: number;
  /** value, percent and currency: equal for repeats of one figure (set by `measure`) */
  key: string;
  /** log10 of the value, for closeness in value (set by `measure`) */
  magnitude: number;
}

export const numberMismatch: PairRule = {
  id: 'number-mismatch',
  scope: 'pair',
  description: 'A number (count, amount of money, percentage, ordinal, decade) in one version of a pair has no counterpart of the same value in the other.',
  help: 'Correct the figure in the translation (values are compared, not spellings: 3억 달러 = $300 million, 60% = 60 percent), or write the missing figure; `ignore: [number-mismatch]` or `<!-- pairpress-ignore-next number-mismatch -->` silences it.',
  check(pair: Pair, ctx) {
    const quantities = { ko: quantitiesOf(pair.ko, ctx), en: quantitiesOf(pair.en, ctx) };
    const same = (q: Quantity) => q;
    const unmatchedQuantities = {
      ko: unmatched(quantities.ko, quantities.en, same),
      en: unmatched(quantities.en, quantities.ko, same),
    };
    // Most pairs agree: where each figure stands, and the keys and magnitudes the messages weigh,
    // are worked out only when one does not.
    if (unmatchedQuantities.ko.length === 0 && unmatchedQuantities.en.length === 0) return;
    const placed = { ko: placedQuantities(pair.ko, ctx), en: placedQuantities(pair.en, ctx) };
    const missing = { ko: placedOf(placed.ko, unmatchedQuantities.ko), en: placedOf(placed.en, unmatchedQuantities.en) };
    measure(placed.ko);
    measure(placed.en);
    for (const [lang, other] of [['ko', 'en'], ['en', 'ko']] as const) {
      const stillMissing = new Set(missing[other].map((p) => p.key));
      for (const item of missing[lang]) {
        const near = nearest(item, placed[other], stillMissing);
        const { quantity: q, block } = item;
        const start = block.offsetAt(q.start);
        let message = `number ${describe(q)} has no counterpart in the ${LANGUAGE[other]} version`;
        let related: { article: Article; start: number } | undefined;
        if (near) {
          related = { article: pair[other], start: near.block.offsetAt(near.quantity.start) };
          message += `; nearest there: ${describe(near.quantity)} on line ${pointAt(pair[other].file, related.start).line}`;
        }
        ctx.report({
          article: pair[lang],
          start,
          end: block.offsetAt(q.end - 1) + 1,
          message,
          ...(related && { related }),
        });
      }
    }
  },
};

function describe(q: Quantity): string {
  return `${formatQuantity(q)} ("${q.text}")`;
}

/** Every quantity of the article, in order. */
function quantitiesOf(article: Article, ctx: RuleContext): Quantity[] {
  return articleQuantities(article, ctx).flatMap(({ quantities }) => quantities);
}

/** The placed quantities of `quantities` (each an occurrence of its own), in document order. */
function placedOf(placed: readonly Placed[], quantities: readonly Quantity[]): Placed[] {
  const wanted = new Set(quantities);
  return placed.filter((p) => wanted.has(p.quantity));
}

function placedQuantities(article: Article, ctx: RuleContext): Placed[] {
  const blocks = articleQuantities(article, ctx);
  const count = Math.max(1, blocks.length);
  return blocks.flatMap(({ block, quantities }, i) =>
    quantities.map((quantity) => ({
      quantity,
      block,
      position: (i + quantity.start / Math.max(1, block.text.length)) / count,
      key: '',
      magnitude: 0,
    })),
  );
}

/** Fills in each quantity's key and magnitude, which only findings need. */
function measure(placed: Placed[]): void {
  for (const p of placed) {
    p.key = `${valueKey(p.quantity)} ${p.quantity.currency ?? ''}`;
    p.magnitude = Math.log10(Math.max(p.quantity.value, 1e-9));
  }
}

/**
 * The counterpart the translator most likely meant: a figure of the same
 * sort (percent or not) near the same place in the article, close in value,
 * preferably itself unmatched, of the same kind and currency. Lower is nearer.
 */
function nearest(item: Placed, candidates: readonly Placed[], unmatchedThere: ReadonlySet<string>): Placed | undefined {
  let best: Placed | undefined;
  let bestScore = Infinity;
  const q = item.quantity;
  // Candidates are in document order; looking at a window around the same place keeps a
  // long article with many findings from costing findings × quantities.
  const middle = firstWhereNot(candidates.length, (i) => candidates[i]!.position < item.position);
  const from = Math.max(0, middle - NEAREST_WINDOW);
  const to = Math.min(candidates.length, middle + NEAREST_WINDOW);
  for (let i = from; i < to; i++) {
    const candidate = candidates[i]!;
    const c = candidate.quantity;
    if (c.percent !== q.percent || c.conversion) continue;
    const score = Math.abs(candidate.position - item.position) +
      0.25 * Math.abs(candidate.magnitude - item.magnitude) +
      (unmatchedThere.has(candidate.key) ? 0 : 0.5) +
      (c.kind === q.kind ? 0 : 0.5) +
      (c.currency === q.currency ? 0 : c.currency && q.currency ? 0.5 : 0.25);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const NEAREST_WINDOW = 24;

