/**
 * frontmatter-mismatch (SPEC §5): the two versions of a pair must agree on
 * `date` (the same instant, however each writes its time zone), `category`
 * and `draft`. Reported on the translation, at the field, with the other
 * version's field as the related place; a field that only the original
 * writes is reported there, at the field, since that line is what differs.
 */
import type { Article, Pair } from '../../types.js';
import type { PairRule, RuleContext } from '../rule.js';
import { fieldOrFrontMatter, fieldSpan, LANGUAGE_NAME, sidesOf } from '../sides.js';

export const frontmatterMismatch: PairRule = {
  id: 'frontmatter-mismatch',
  scope: 'pair',
  description: 'The two versions of a pair give different publication times (`date`), categories (`category`) or draft states (`draft`).',
  help: 'Give both versions the same `date` (the same instant; the time zones may differ), the same `category` key and the same `draft` value.',
  check(pair: Pair, ctx: RuleContext) {
    const { original, translation } = sidesOf(pair, ctx.defaultLanguage);
    const other = LANGUAGE_NAME[original.lang];
    const report = (field: string, message: string) => {
      // A field only the original writes (draft: true added to it) is shown where it is written.
      if (!fieldSpan(translation, field) && fieldSpan(original, field)) {
        const there = fieldSpan(original, field)!;
        const here = fieldOrFrontMatter(translation, field);
        ctx.report({ article: original, start: there.start, end: there.end, message: originalMessage(field, message, original, translation), related: { article: translation, start: here.start } });
        return;
      }
      const here = fieldOrFrontMatter(translation, field);
      const there = fieldOrFrontMatter(original, field);
      ctx.report({ article: translation, start: here.start, end: here.end, message, related: { article: original, start: there.start } });
    };
    if (translation.published !== original.published) report('date', dateMessage(translation, original, other));
    const category = translation.meta.category;
    const otherCategory = original.meta.category;
    if (category !== otherCategory) report('category', categoryMessage(category, otherCategory, other));
    if (translation.meta.draft !== original.meta.draft) {
      report(
        'draft',
        translation.meta.draft
          ? `draft: true here, but the ${other} version is not a draft; publish both or neither`
          : `not a draft here, but the ${other} version has draft: true; publish both or neither`,
      );
    }
  },
};

/** The same finding told from the original's side. */
function originalMessage(field: string, message: string, original: Article, translation: Article): string {
  const other = LANGUAGE_NAME[translation.lang];
  if (field === 'draft') return `draft: true here, but the ${other} version is not a draft; publish both or neither`;
  if (field === 'category') return `category "${original.meta.category}" here, but the ${other} version has no category`;
  return message;
}

function dateMessage(here: Article, there: Article, other: string): string {
  const difference = describeDuration(Math.abs(here.published - there.published));
  const direction = here.published > there.published ? 'later' : 'earlier';
  return `date ${here.meta.date} is ${difference} ${direction} than the ${other} version's ${there.meta.date}; both versions must give the same publication time`;
}

function categoryMessage(here: string | undefined, there: string | undefined, other: string): string {
  if (here === undefined) return `no category here, but the ${other} version has category "${there}"`;
  if (there === undefined) return `category "${here}" here, but the ${other} version has no category`;
  return `category "${here}" here, but "${there}" in the ${other} version`;
}

const UNITS: Array<[string, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** `1 day 3 hours`, `30 minutes`: the two largest units that are not zero. */
export function describeDuration(ms: number): string {
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 && parts.length < 2) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
    else if (parts.length > 0) break;
  }
  return parts.length ? parts.join(' ') : `${ms} ms`;
}
