/**
 * A dateline written `2025. 12. 20.` at the start of a line (as Korean
 * blogs and news sites print it, and translations keep it) is Markdown for
 * nested ordered lists numbered 2025, 12 and 20, so the prose has lost the
 * digits. These blocks give the date back to the date rules.
 */
import type { List, Nodes, Parent } from 'mdast';
import type { Article } from '../../types.js';
import { isYear, readNumericDate } from './dates-common.js';
import type { ProseBlock } from './prose.js';

export function datelineBlocks(article: Article): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const walk = (node: Parent) => {
    for (const child of node.children as Nodes[]) {
      if (child.type === 'list') {
        const block = datelineOf(child, article.source);
        if (block) blocks.push(block);
      }
      // Code, HTML and other leaves have no children; lists nest in quotes and items.
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') walk(child as Parent);
    }
  };
  walk(article.tree);
  return blocks;
}

/** Whether a list is a dateline Markdown read as list numbers (`2025. 12. 20.` at the start of a line). */
export function isDatelineList(list: List, source: string): boolean {
  return datelineOf(list, source) !== undefined;
}

function datelineOf(list: List, source: string): ProseBlock | undefined {
  const start = list.position?.start.offset;
  if (!list.ordered || start === undefined || typeof list.start !== 'number' || !isYear(list.start)) return undefined;
  const lineEnd = source.indexOf('\n', start);
  const line = source.slice(start, lineEnd === -1 ? source.length : lineEnd);
  const date = readNumericDate(line, 0);
  if (!date) return undefined;
  const text = line.slice(0, date.end);
  return {
    kind: 'paragraph',
    text,
    quote: false,
    start,
    end: start + text.length,
    offsetAt: (index) => start + Math.min(Math.max(0, index), text.length),
  };
}
