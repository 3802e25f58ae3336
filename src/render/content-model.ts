/**
 * Raw HTML in an article can leave content where HTML allows none, and the
 * HTML parser, unlike for tables, does not move it: text or a `<div>`
 * straight inside a list, a definition list mixing bare terms with `<div>`
 * groups. The Nu Html Checker reports each; this pass gives such content a
 * place it may be, keeping every word. A heading with nothing in it to read
 * (an empty `##`) is dropped.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const LISTS = new Set(['ul', 'ol']);
const HEADING = /^h[1-6]$/;

type Parent = Root | Element;

export function fitContentModel(tree: Root): void {
  fix(tree);
}

function fix(parent: Parent): void {
  const out: (ElementContent | RootContent)[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    fix(child);
    if (HEADING.test(child.tagName) && isEmpty(child)) continue;
    out.push(child);
    if (LISTS.has(child.tagName)) wrapStrayInListItems(child);
    else if (child.tagName === 'dl') out.push(...fitDefinitionList(child));
  }
  parent.children = out as typeof parent.children;
}

/** Each run of list content that is not an `<li>` becomes one `<li>`; blank text between items stays. */
function wrapStrayInListItems(list: Element): void {
  const out: ElementContent[] = [];
  let stray: ElementContent[] = [];
  const flush = () => {
    if (stray.some((node) => !isBlank(node))) out.push({ type: 'element', tagName: 'li', properties: {}, children: stray });
    else out.push(...stray);
    stray = [];
  };
  for (const child of list.children) {
    if (child.type === 'element' && child.tagName === 'li') {
      flush();
      out.push(child);
    } else if (child.type === 'comment' || (isBlank(child) && stray.length === 0)) {
      out.push(child);
    } else {
      stray.push(child);
    }
  }
  flush();
  list.children = out;
}

/**
 * A `<dl>` holds either `<dt>`/`<dd>` or `<div>` groups of them, not both:
 * where both appear the groups are opened up. Anything else (text, other
 * elements) is returned, to follow the list.
 */
function fitDefinitionList(list: Element): ElementContent[] {
  const mixed =
    list.children.some((c) => c.type === 'element' && (c.tagName === 'dt' || c.tagName === 'dd')) &&
    list.children.some((c) => c.type === 'element' && c.tagName === 'div');
  const children = mixed ? list.children.flatMap((c) => (c.type === 'element' && c.tagName === 'div' ? c.children : [c])) : list.children;
  const allowed = mixed ? ['dt', 'dd'] : ['dt', 'dd', 'div'];
  const kept: ElementContent[] = [];
  const stray: ElementContent[] = [];
  for (const child of children) {
    if ((child.type === 'element' && allowed.includes(child.tagName)) || child.type === 'comment' || isBlank(child)) kept.push(child);
    else stray.push(child);
  }
  list.children = kept;
  return stray;
}

function isBlank(node: ElementContent | RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** A heading with no text and no image: nothing for a reader or a screen reader to hear. */
function isEmpty(element: Element): boolean {
  return element.children.every((child) => {
    if (child.type === 'text') return child.value.trim() === '';
    if (child.type === 'element') return child.tagName !== 'img' && isEmpty(child);
    return true;
  });
}
