/**
 * A small builder for hast trees and the one serializer pages use. Text is
 * always a text node, so titles, summaries and other front-matter strings
 * are escaped by the serializer, never spliced into markup.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/** What `h` accepts as children: nodes, strings (become text), nothing, or nested lists of these. */
export type Child = ElementContent | string | null | undefined | false | readonly Child[];

/** Property values; `undefined`, `null` and `false` leave the attribute out. */
export type Props = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export function h(tagName: string, props: Props = {}, ...children: Child[]): Element {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    properties[name] = Array.isArray(value) ? [...value] : (value as string | number | boolean);
  }
  return { type: 'element', tagName, properties, children: flatten(children) };
}

export function flatten(children: readonly Child[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string') out.push({ type: 'text', value: child });
    else if (Array.isArray(child)) out.push(...flatten(child as readonly Child[]));
    else out.push(child as ElementContent);
  }
  return out;
}

/** A whole document: doctype, then the `<html>` element. */
export function documentRoot(html: Element): Root {
  const children: RootContent[] = [{ type: 'doctype' }, html];
  return { type: 'root', children };
}

const serializer = unified().use(rehypeStringify);

export function serialize(tree: Root): string {
  return serializer.stringify(tree) + '\n';
}
