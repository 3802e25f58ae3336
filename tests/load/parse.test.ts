/**
 * The parse reads the body after empty lines standing for the front
 * matter, then moves offsets past it: every node's position must still
 * point into the source file, as if the whole file had been parsed.
 */
import fc from 'fast-check';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/load/parse.js';

/** Each node's start and end as (line, column, offset), in tree order. */
function points(tree: Node): Array<[number, number, number | undefined]> {
  const found: Array<[number, number, number | undefined]> = [];
  visit(tree, (node) => {
    for (const point of [node.position!.start, node.position!.end]) found.push([point.line, point.column, point.offset]);
  });
  return found;
}

/** The line and column of a source offset, counted the way micromark counts them. */
function lineColumn(source: string, offset: number): [number, number] {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/);
  return [before.length, before.at(-1)!.length + 1];
}

const markdown = fc
  .array(fc.constantFrom('# 제목', '본문 *강조*와 [링크](https://example.org/).', '> 인용', '- 목록', '1. 하나', '    code', '```\nfenced\n```', '<b>html</b>', '', '  ', 'Text with **bold**.'), {
    maxLength: 12,
  })
  .map((lines) => lines.join('\n'));
const frontMatter = fc
  .array(fc.constantFrom('title: "제목"', 'date: 2026-01-17', 'tags: [a, b]', 'names:\n  - ko: 멜로니\n    en: Meloni', '# comment', ''), { maxLength: 6 })
  .map((lines) => `---\n${lines.join('\n')}\n---\n`);

describe('parseMarkdown', () => {
  it('places every node where its text is in the source, front-matter lines and characters counted', () => {
    fc.assert(
      fc.property(frontMatter, markdown, (front, body) => {
        const source = front + body;
        const tree = parseMarkdown(source, front.length);
        for (const [line, column, offset] of points(tree)) {
          expect(offset).toBeDefined();
          expect(lineColumn(source, offset!)).toEqual([line, column]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the nodes of the body the offsets of the body in the file', () => {
    const front = '---\ntitle: "긴 제목이 있는 기사"\ndate: 2026-01-17\n---\n';
    const source = `${front}# 제목\n\n본문이다.\n`;
    const tree = parseMarkdown(source, front.length);
    const heading = (tree as unknown as { children: Node[] }).children[0]!;
    expect(heading.position!.start).toEqual({ line: 5, column: 1, offset: front.length });
    expect(source.slice(heading.position!.start.offset, heading.position!.end.offset)).toBe('# 제목');
    expect(tree.position!.start.offset).toBe(0);
    expect(tree.position!.end.offset).toBe(source.length);
  });
});
