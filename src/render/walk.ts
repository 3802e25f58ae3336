/**
 * A plain depth-first walk over the elements of a hast tree. The render
 * passes run on every page, and `unist-util-visit` builds an ancestor list
 * per node; these passes need no ancestors, so a loop does the same work at
 * a fraction of the cost.
 */
import type { Element, Root } from 'hast';

/**
 * Calls `visit` on every element, parents before their children. `visit`
 * may change the element (its tag, properties, or its own children, which
 * are walked after the call) but not its parent's list of children.
 */
export function forEachElement(tree: Root | Element, visit: (element: Element) => void): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    visit(child);
    forEachElement(child, visit);
  }
}

/** True when a node of type `type` is anywhere in the tree (stops at the first). */
export function hasNodeOfType(tree: { children?: unknown[] }, type: string): boolean {
  for (const child of (tree.children ?? []) as Array<{ type: string; children?: unknown[] }>) {
    if (child.type === type || (child.children && hasNodeOfType(child, type))) return true;
  }
  return false;
}
