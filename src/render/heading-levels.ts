/**
 * An article body sits under its page's one `<h1>` (the headline), and a
 * heading may not skip a level: the Nu Html Checker reports `<h3>` after
 * `<h1>` as an error. So the body's headings are fitted: none above `<h2>`,
 * and none more than one level below the heading before it. `## A` then
 * `#### B` becomes `<h2>` then `<h3>`; a body that opens with `### A` gets
 * `<h2>`; a `# Heading` in the body gets `<h2>`. Headings that already
 * follow on from each other keep their levels.
 */
import type { Root } from 'hast';
import { forEachElement } from './walk.js';

const HEADING = /^h([1-6])$/;

/** The level of the page heading the body sits under. */
const PAGE_LEVEL = 1;

export function fitHeadingLevels(tree: Root): void {
  let previous = PAGE_LEVEL;
  forEachElement(tree, (element) => {
    const match = HEADING.exec(element.tagName);
    if (!match) return;
    const level = Math.max(PAGE_LEVEL + 1, Math.min(Number(match[1]), previous + 1));
    element.tagName = `h${level}`;
    previous = level;
  });
}
