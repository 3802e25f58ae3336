/**
 * Raw HTML in an article can leave content where HTML allows none, and the
 * HTML parser, unlike for tables, does not move it: text or a `<div>`
 * straight inside a list, a definition list mixing bare terms with `<div>`
 * groups. The Nu Html Checker reports each; this pass gives such content a
 * place it may be, keeping every word. A heading with nothing in it to read
 * (an empty `##`) is dropped; `<details>` gets its `<summary>` first, a
 * `<ruby>` without annotations and a `<section>` without a heading lose
 * their element.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const LISTS = new Set(['ul', 'ol']);
const HEADING = /^h[1-6]$/;

type Parent = Root | Element;

export function fitContentModel(tree: Root): void {
  unnest(tree, new Set());
  fix(tree);
}

/** Elements HTML does not allow inside certain others: a definition inside a definition, a disclosure widget inside a link. */
const NOT_INSIDE: Record<string, string> = { dfn: 'dfn', details: 'a', summary: 'a' };

/** Opens up (keeps the children of) every element inside one it may not be in. */
function unnest(parent: Parent, ancestors: ReadonlySet<string>): void {
  const out: (ElementContent | RootContent)[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    const forbidden = NOT_INSIDE[child.tagName];
    const inner = new Set(ancestors).add(child.tagName);
    unnest(child, forbidden && ancestors.has(forbidden) ? ancestors : inner);
    if (forbidden && ancestors.has(forbidden)) out.push(...child.children);
    else out.push(child);
  }
  parent.children = out as typeof parent.children;
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
    // ruby text needs its annotation; without one it is just text (and the parentheses meant to go round one go)
    if (child.tagName === 'ruby' && !child.children.some((c) => c.type === 'element' && c.tagName === 'rt')) {
      out.push(...child.children.filter((c) => !(c.type === 'element' && c.tagName === 'rp')));
      continue;
    }
    // a link's language and target need a link
    if (child.tagName === 'a' && typeof child.properties.href !== 'string') delete child.properties.hrefLang;
    if (child.tagName === 'details') fitDetails(child);
    // a section says "a part with a heading"; without one it is a plain division
    if (child.tagName === 'section' && !hasHeading(child)) child.tagName = 'div';
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
 * where both appear the groups are opened up. Each group is one or more
 * terms, then one or more descriptions. What is not part of such a group
 * (text, other elements, a description with no term, a term with no
 * description) is returned, its words kept, to follow the list.
 */
function fitDefinitionList(list: Element): ElementContent[] {
  const mixed =
    list.children.some((c) => c.type === 'element' && (c.tagName === 'dt' || c.tagName === 'dd')) &&
    list.children.some((c) => c.type === 'element' && c.tagName === 'div');
  const children = mixed ? list.children.flatMap((c) => (c.type === 'element' && c.tagName === 'div' ? c.children : [c])) : list.children;
  const kept: ElementContent[] = [];
  const stray: ElementContent[] = [];
  let terms: Element[] = []; // terms waiting for their first description
  let inGroup = false; // the last element kept was a description, so another may follow
  const dropTerms = () => {
    for (const term of terms) stray.push(...term.children);
    terms = [];
  };
  for (const child of children) {
    if (child.type === 'comment' || isBlank(child)) continue;
    if (child.type === 'element' && child.tagName === 'dt') {
      inGroup = false;
      terms.push(child);
    } else if (child.type === 'element' && child.tagName === 'dd') {
      if (terms.length > 0 || inGroup) {
        kept.push(...terms, child);
        terms = [];
        inGroup = true;
      } else {
        stray.push(...child.children);
      }
    } else if (!mixed && child.type === 'element' && child.tagName === 'div' && isGroup(child)) {
      dropTerms();
      inGroup = false;
      kept.push(child);
    } else {
      stray.push(...(child.type === 'element' && child.tagName === 'div' ? child.children : [child]));
    }
  }
  dropTerms();
  list.children = kept;
  return stray;
}

/** A `<div>` in a `<dl>` that holds exactly one group: terms, then descriptions. */
function isGroup(div: Element): boolean {
  const names = div.children.filter((c) => c.type === 'element').map((c) => (c as Element).tagName);
  const firstDd = names.indexOf('dd');
  return (
    names.length === div.children.filter((c) => !isBlank(c) && c.type !== 'comment').length &&
    firstDd > 0 &&
    names.slice(0, firstDd).every((n) => n === 'dt') &&
    names.slice(firstDd).every((n) => n === 'dd')
  );
}

/** `<details>` opens with its `<summary>`; one written later moves up, and one never written becomes an empty one (the browser's own label). */
function fitDetails(details: Element): void {
  const at = details.children.findIndex((c) => c.type === 'element' && c.tagName === 'summary');
  const summary: Element = at === -1 ? { type: 'element', tagName: 'summary', properties: {}, children: [] } : (details.children[at] as Element);
  const rest = details.children.filter((_, i) => i !== at);
  details.children = [summary, ...rest];
}

function hasHeading(element: Element): boolean {
  return element.children.some((c) => c.type === 'element' && (HEADING.test(c.tagName) || (c.tagName !== 'section' && hasHeading(c))));
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
