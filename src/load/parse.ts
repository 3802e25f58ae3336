/**
 * Markdown to mdast, once per article. The front matter is blanked out (each
 * character but line ends becomes a space) so that every node position is a
 * position in the source file, front-matter lines counted.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

export function parseMarkdown(source: string, bodyOffset: number): Root {
  const blanked = source.slice(0, bodyOffset).replace(/[^\n]/g, ' ') + source.slice(bodyOffset);
  return parser.parse(blanked);
}
