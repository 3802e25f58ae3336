/**
 * gray-matter is handed only the text up to the line that closes the front
 * matter: the block and the body's offset must be those it finds in the
 * whole file, whatever the lines around that closing line hold.
 */
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/load/frontmatter.js';

const line = fc.constantFrom('title: "제목"', 'date: 2026-01-17', 'tags: [a, b]', 'slug: a---b', '---', '--- ', '----', '...', '---x', '', '  ', 'text --- more', '# comment');
const text = fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n'));
const source = fc.tuple(fc.constantFrom('---', '--- ', '---\t'), text, fc.constantFrom('---', '...', '--- ', '---\t\t'), fc.constantFrom('\n', '', '\n\n'), text).map(
  ([open, front, close, gap, body]) => `${open}\n${front}\n${close}${gap}${body}`,
);

describe('readFrontMatter', () => {
  it('finds the body where gray-matter finds it in the whole file', () => {
    fc.assert(
      fc.property(source, (text) => {
        const whole = matter(text, { engines: { yaml: () => ({}) } });
        const read = readFrontMatter(text, 'a.en.md', 'Asia/Seoul');
        // A closing "---" run into the body's first line ("---title") closes nothing: that is reported instead.
        fc.pre(!read.problems.some((problem) => problem.message.includes('not closed')));
        expect(read.bodyOffset).toBe(text.length - whole.content.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports a front matter that is never closed', () => {
    expect(readFrontMatter('---\ntitle: a\n', 'a.en.md', 'Asia/Seoul').problems[0]?.message).toContain('not closed');
    expect(readFrontMatter('---\ntitle: a\n----\n', 'a.en.md', 'Asia/Seoul').problems[0]?.message).toContain('not closed');
  });
});
