/**
 * Paragraphs, headings and inline elements hold only phrasing content (text
 * and inline elements). Raw HTML can put a block inside one (`<h2>Title
 * <p>dek</p></h2>`, or an unclosed `<em>` around the paragraphs after it),
 * and the HTML parser keeps it there. Such blocks are opened up in place —
 * their words stay, with a space where a block boundary was — so the page
 * passes the Nu Html Checker.
 */
import type { Element, ElementContent, Root } from 'hast';

/** Elements whose content must be phrasing content. */
const PHRASING_ONLY = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'summary', 'dt',
  'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/** Elements that take the content model of their parent. */
const TRANSPARENT = new Set(['a', 'ins', 'del']);

/** Elements that are phrasing content themselves (everything else a sanitized article can hold is a block). */
const PHRASING = new Set([...PHRASING_ONLY, ...TRANSPARENT, 'br', 'img', 'wbr'].filter((name) => !/^(p|h[1-6]|pre|summary|dt)$/.test(name)));

/** Blocks with nothing to read, dropped rather than opened up. */
const EMPTY_BLOCKS = new Set(['hr']);

export function fitPhrasingContent(tree: Root): void {
  for (const child of tree.children) if (child.type === 'element') fit(child, false);
}

/** Once inside a phrasing-only element, everything below it is phrasing content too. */
function fit(element: Element, insidePhrasing: boolean): void {
  const phrasingOnly = insidePhrasing || PHRASING_ONLY.has(element.tagName);
  if (phrasingOnly) element.children = openBlocks(element.children);
  for (const child of element.children) if (child.type === 'element') fit(child, phrasingOnly);
}

/** The children with every block replaced by its own (opened-up) children, set off by spaces. */
function openBlocks(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type !== 'element' || PHRASING.has(child.tagName)) {
      out.push(child);
      continue;
    }
    if (EMPTY_BLOCKS.has(child.tagName)) continue;
    out.push({ type: 'text', value: ' ' }, ...openBlocks(child.children), { type: 'text', value: ' ' });
  }
  return out;
}
