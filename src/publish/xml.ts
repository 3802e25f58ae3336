/**
 * XML documents (feeds, sitemaps) as small trees, serialized by xmlbuilder2.
 * Every string goes through `xmlText` on the way out, so no renderer can
 * forget to drop characters XML 1.0 forbids.
 */
import { create } from 'xmlbuilder2';
import { xmlText } from './xml-text.js';

type XMLBuilder = ReturnType<typeof create>;

export interface XmlElement {
  name: string;
  attributes: [string, string][];
  children: XmlChild[];
}

export type XmlChild = XmlElement | string;

type ChildInput = XmlChild | undefined | false | null | readonly ChildInput[];

/**
 * An element. Attributes whose value is undefined are left out; children
 * may be nested arrays, and `undefined`/`false` children are skipped, so
 * optional parts read as `summary && el('summary', {}, summary)`.
 */
export function el(name: string, attributes: Record<string, string | undefined> = {}, ...children: ChildInput[]): XmlElement {
  const attrs = Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { name, attributes: attrs, children: flatten(children) };
}

function flatten(children: readonly ChildInput[]): XmlChild[] {
  const out: XmlChild[] = [];
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else out.push(child as XmlChild);
  }
  return out;
}

/**
 * xmlbuilder2 writes `&` unescaped where it already starts something shaped
 * like an entity (`&lt;`, `&#65;`, `&foo;`): HTML text `&lt;script&gt;` would
 * come out as a live `<script>` after one decoding, and `&foo;` would make
 * the document malformed. Escaping every `&` first leaves it nothing to
 * guess about: each one reaches the output as `&amp;`.
 */
function verbatim(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;');
}

function append(parent: XMLBuilder, element: XmlElement): void {
  const attributes: Record<string, string> = {};
  for (const [name, value] of element.attributes) attributes[name] = verbatim(value);
  const node = parent.ele(element.name, attributes);
  for (const child of element.children) {
    if (typeof child === 'string') {
      if (child !== '') node.txt(verbatim(child));
    } else {
      append(node, child);
    }
  }
}

/** The document: UTF-8 declaration, two-space indentation, a final newline. */
export function serializeXml(root: XmlElement): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  append(doc, root);
  return doc.end({ prettyPrint: true, indent: '  ' }) + '\n';
}
