/**
 * Markdown to mdast, once per article. Every node position is a position in
 * the source file, front-matter lines counted: the parser reads the body
 * after one empty line per front-matter line, and the offsets are then
 * moved past the front matter's other characters. (Lines of spaces in its
 * place would do the same without the move, but micromark reads each space:
 * a sixth of the parse of a short article.)
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

export function parseMarkdown(source: string, bodyOffset: number): Root {
  const lineEnds = source.slice(0, bodyOffset).replace(/[^\n]/g, '');
  const tree = parser.parse(lineEnds + source.slice(bodyOffset));
  const shift = bodyOffset - lineEnds.length;
  if (shift > 0) moveOffsets(tree, lineEnds.length, shift);
  return tree;
}

/** Adds `shift` to every offset at or past `from` (the body's start in the parsed text); no recursion, however deep the tree. */
function moveOffsets(tree: Node, from: number, shift: number): void {
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const position = node.position;
    if (position) {
      if (position.start.offset !== undefined && position.start.offset >= from) position.start.offset += shift;
      if (position.end.offset !== undefined && position.end.offset >= from) position.end.offset += shift;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (const child of children) stack.push(child);
  }
}
