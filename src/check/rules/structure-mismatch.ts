/**
 * structure-mismatch (SPEC §5): a translation keeps the shape of its
 * original — the same number of headings, block quotes, lists, images and
 * links. Counted on the Markdown tree:
 * - every heading, whatever its depth;
 * - every block quote and every list, nested ones too (a list inside a list
 *   item is a list the translation must keep as well), but not a dateline
 *   (`2026. 1. 17.` at the start of a line) that Markdown reads as lists;
 * - images and links written in Markdown, inline or by reference, and
 *   autolinks; raw HTML (`<img>`, `<a>`) is not counted.
 * One finding per kind that differs, on the translation, unless the
 * version with more of that kind has as many more in blocks marked
 * `<!-- pairpress-ignore-next structure-mismatch -->` (blocks that differ
 * on purpose, in either version).
 */
import type { Nodes, Parent } from 'mdast';
import type { Article, Pair } from '../../types.js';
import type { PairRule, RuleContext } from '../rule.js';
import { LANGUAGE_NAME, sidesOf } from '../sides.js';
import { ignoredRanges } from '../suppress.js';
import { isDatelineList } from '../text/dates-lists.js';

export type StructureKind = 'heading' | 'blockquote' | 'list' | 'image' | 'link';

const KIND_OF: Partial<Record<Nodes['type'], StructureKind>> = {
  heading: 'heading',
  blockquote: 'blockquote',
  list: 'list',
  image: 'image',
  imageReference: 'image',
  link: 'link',
  linkReference: 'link',
};

const NOUN: Record<StructureKind, [string, string]> = {
  heading: ['heading', 'headings'],
  blockquote: ['block quote', 'block quotes'],
  list: ['list', 'lists'],
  image: ['image', 'images'],
  link: ['link', 'links'],
};

const KINDS = Object.keys(NOUN) as StructureKind[];

/** Where each counted node starts and ends, in document order, and whether an ignore-next comment covers it. */
export type Structure = Record<StructureKind, Array<{ start: number; end: number; silenced: boolean }>>;

export const structureMismatch: PairRule = {
  id: 'structure-mismatch',
  scope: 'pair',
  description: 'The two versions of a pair have different numbers of headings, block quotes, lists, images or links.',
  help: 'Translate every heading, quote, list, image and link, so that both versions have the same shape; `<!-- pairpress-ignore-next structure-mismatch -->` silences one block.',
  check(pair: Pair, ctx: RuleContext) {
    const { original, translation } = sidesOf(pair, ctx.defaultLanguage);
    const here = ctx.memo(translation, 'structure', () => structureOf(translation));
    const there = ctx.memo(original, 'structure', () => structureOf(original));
    for (const kind of KINDS) {
      const mine = here[kind];
      const theirs = there[kind];
      if (mine.length === theirs.length || explainedBySilenced(mine, theirs)) continue;
      // More here: point at the first one past the original's count. Fewer: at the
      // last one there is (or the start of the body), and at the first one the original has beyond it.
      const at = mine.length > theirs.length ? mine[theirs.length]! : (mine[mine.length - 1] ?? bodyStart(translation));
      const related = mine.length > theirs.length ? theirs[theirs.length - 1] : theirs[mine.length];
      ctx.report({
        article: translation,
        start: at.start,
        end: firstLineEnd(translation.source, at),
        message: `${count(mine.length, kind)} here, ${theirs.length} in the ${LANGUAGE_NAME[original.lang]} version`,
        ...(related && { related: { article: original, start: related.start } }),
      });
    }
  },
};

/** The version with more has at least that many more in blocks that differ on purpose. */
function explainedBySilenced(mine: Structure[StructureKind], theirs: Structure[StructureKind]): boolean {
  const [more, fewer] = mine.length > theirs.length ? [mine, theirs] : [theirs, mine];
  return more.filter((node) => node.silenced).length >= more.length - fewer.length;
}

export function structureOf(article: Article): Structure {
  const found: Structure = { heading: [], blockquote: [], list: [], image: [], link: [] };
  const ranges = ignoredRanges(article.tree).filter((r) => r.rules === 'all' || r.rules.has('structure-mismatch'));
  const silenced = (offset: number) => ranges.some((r) => offset >= r.start && offset < r.end);
  const visit = (node: Parent) => {
    for (const child of node.children as Nodes[]) {
      // A dateline `2026. 1. 17.` at the start of a line is Markdown for nested lists; the translation writes a date.
      if (child.type === 'list' && isDatelineList(child, article.source)) continue;
      const kind = KIND_OF[child.type];
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (kind && start !== undefined && end !== undefined) found[kind].push({ start, end, silenced: silenced(start) });
      if ('children' in child) visit(child);
    }
  };
  visit(article.tree);
  return found;
}

function count(n: number, kind: StructureKind): string {
  return `${n} ${NOUN[kind][n === 1 ? 0 : 1]}`;
}

function bodyStart(article: Article): { start: number; end: number } {
  const first = article.tree.children[0]?.position;
  const start = first?.start.offset ?? article.bodyOffset;
  return { start, end: first?.end.offset ?? start };
}

/** A block quote or list spans many lines; the finding marks its first. */
function firstLineEnd(source: string, span: { start: number; end: number }): number {
  const newline = source.indexOf('\n', span.start);
  return newline === -1 ? span.end : Math.max(span.start, Math.min(span.end, newline));
}
