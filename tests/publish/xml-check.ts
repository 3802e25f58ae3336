/**
 * XML checks for the publish tests: libxml2 (through xmllint-wasm) decides
 * well-formedness and schema validity; linkedom reads fields out of a
 * document libxml2 has accepted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const SCHEMAS = join(import.meta.dirname, '..', 'fixtures', 'schemas', 'sitemaps');

function schemaFile(name: string): XMLFileInfo {
  return { fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') };
}

export interface XmlInput {
  name: string;
  xml: string;
}

/** libxml2's complaints about each document, by name ([] when all are well-formed). */
export async function wellFormednessErrors(docs: XmlInput[]): Promise<string[]> {
  if (docs.length === 0) return [];
  const result = await validateXML({
    xml: docs.map((d, i) => ({ fileName: `doc-${i}.xml`, contents: d.xml })),
    normalization: 'c14n',
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => `${docName(docs, e.loc?.fileName)}:${e.loc?.lineNumber ?? '?'}: ${e.message}`);
}

function docName(docs: XmlInput[], fileName: string | undefined): string {
  const index = /^doc-(\d+)\.xml$/.exec(fileName ?? '')?.[1];
  return index === undefined ? (fileName ?? '?') : docs[Number(index)]!.name;
}

export type SitemapSchema = 'urlset' | 'sitemapindex';

/** Schema errors of sitemap documents: `urlset` against sitemap.xsd + xhtml:link, `sitemapindex` against siteindex.xsd. */
export async function sitemapSchemaErrors(kind: SitemapSchema, docs: XmlInput[]): Promise<string[]> {
  const result = await validateXML({
    xml: docs.map((d, i) => ({ fileName: `doc-${i}.xml`, contents: d.xml })),
    schema: kind === 'urlset' ? [schemaFile('sitemap-with-xhtml.xsd')] : [schemaFile('siteindex.xsd')],
    preload: kind === 'urlset' ? [schemaFile('sitemap.xsd'), schemaFile('xhtml-link.xsd')] : [],
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => `${docName(docs, e.loc?.fileName)}:${e.loc?.lineNumber ?? '?'}: ${e.message}`);
}

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;

export function parseXml(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

export type XmlNode = ReturnType<XmlDocument['getElementsByTagName']>[number];

/** Child elements of `parent` named `name` (qualified name as written, e.g. `content:encoded`). */
export function children(parent: XmlNode | XmlDocument, name?: string): XmlNode[] {
  const kids = [...(parent as XmlNode).childNodes].filter((n): n is XmlNode => n.nodeType === 1);
  return name === undefined ? kids : kids.filter((n) => n.tagName === name);
}

/** The one child named `name`; throws when there is none or more than one. */
export function only(parent: XmlNode | XmlDocument, name: string): XmlNode {
  const found = children(parent, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/** Text of the one child named `name`. */
export function textOf(parent: XmlNode | XmlDocument, name: string): string {
  return only(parent, name).textContent ?? '';
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * An attribute's value as an XML parser reports it (linkedom hands back the
 * text as written): references decoded, literal whitespace normalized to
 * spaces. Only for documents libxml2 has already accepted.
 */
export function attr(node: XmlNode, name: string): string | null {
  const raw = node.getAttribute(name);
  if (raw === null) return null;
  return raw.replace(/[\t\n\r]/g, ' ').replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (_: string, ref: string) =>
    ref.startsWith('#x') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : PREDEFINED[ref]!,
  );
}
