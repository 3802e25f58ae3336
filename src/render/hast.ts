/**
 * A small builder for hast trees and the one serializer pages use. Text is
 * always a text node, so titles, summaries and other front-matter strings
 * are escaped by the serializer, never spliced into markup.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { isXmlText, xmlText } from '../publish/xml-text.js';

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

/** Containers that hold only blocks, where a line break between children changes nothing on screen. */
const BLOCK_CONTAINERS = new Set(['html', 'head', 'body', 'header', 'footer', 'main', 'article', 'section', 'nav', 'ol', 'div']);

/**
 * One block per line in the page source, for people reading it and for
 * line diffs. Only containers whose children are all elements get breaks,
 * so no text and no inline layout changes.
 */
function breakLines(node: Root | Element): void {
  for (const child of node.children) if (child.type === 'element') breakLines(child);
  const isContainer = node.type === 'root' || BLOCK_CONTAINERS.has(node.tagName);
  if (!isContainer || node.children.length < 2 || !node.children.every((c) => c.type === 'element' || c.type === 'doctype')) return;
  const spaced: (typeof node.children)[number][] = [];
  for (const child of node.children) {
    if (spaced.length > 0) spaced.push({ type: 'text', value: '\n' });
    spaced.push(child);
  }
  node.children = spaced as typeof node.children;
}

export function serialize(tree: Root): string {
  breakLines(tree);
  return withoutForbiddenCharacters(serializer.stringify(tree) + '\n');
}

/**
 * Drops the characters no HTML page may contain (controls other than
 * whitespace, noncharacters, lone surrogates): they arrive from pasted text
 * or YAML escapes ("\\0"), show nothing, and make the page invalid. The
 * serializer writes them through unchanged and markup never holds them, so
 * one pass over the finished page treats every text and attribute alike.
 */
function withoutForbiddenCharacters(html: string): string {
  return isXmlText(html) ? html : xmlText(html);
}
