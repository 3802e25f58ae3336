/**
 * Ids for the headings of an article body, so `[the notes](#notes)` leads
 * somewhere, as it does on GitHub and in Hugo: the heading's text in lower
 * case, punctuation dropped, spaces as `-` (Hangul kept: `## 다음 단계` →
 * `다음-단계`), `-1`, `-2` … after a repeat. Like every id in an article
 * they carry the sanitizer's prefix, so no heading can take the id of a
 * part of the page around it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { forEachElement } from './walk.js';

const HEADING = /^h[1-6]$/;

/** GitHub's slug of a heading text (letters, marks, digits, `_` and `-` kept). */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Gives every heading without an id one made from its text. `taken` holds
 * the ids already in the tree (prefix included) and receives the new ones.
 */
export function addHeadingIds(tree: Root, taken: Set<string>, prefix: string): void {
  // the next suffix to try per slug, so a thousand equal headings take linear time
  const nextSuffix = new Map<string, number>();
  forEachElement(tree, (element) => {
    if (!HEADING.test(element.tagName) || typeof element.properties.id === 'string') return;
    const slug = headingSlug(textOf(element.children));
    if (slug === '') return;
    let id = prefix + slug;
    let n = nextSuffix.get(slug) ?? 1;
    if (taken.has(id)) {
      while (taken.has(`${prefix}${slug}-${n}`)) n++;
      id = `${prefix}${slug}-${n}`;
      n++;
    }
    nextSuffix.set(slug, n);
    taken.add(id);
    element.properties.id = id;
  });
}

function textOf(nodes: readonly ElementContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') text += textOf(node.children);
  }
  return text;
}
