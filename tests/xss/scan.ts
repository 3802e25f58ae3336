/**
 * Looks through what pairpress wrote for anything a browser or a feed
 * reader would run: script elements other than JSON-LD data (and the review
 * page's own script), event-handler attributes, URLs with a script or data
 * scheme as a browser reads them, elements that load or run other documents
 * (frames, objects, embeds, forms, base, meta refresh, SVG, MathML), and
 * style that runs code. HTML inside feeds and JSON (RSS content, Atom
 * content, JSON Feed and ninjs bodies) is looked through the same way.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { DOMParser } from 'linkedom';
import { visit } from 'unist-util-visit';

export interface Finding {
  file: string;
  what: string;
}

export interface ScanOptions {
  /** exact texts of inline scripts that are the page's own (the review page) */
  ownScripts?: readonly string[];
}

/**
 * Elements that run or load other documents, or change how URLs resolve.
 * (Form controls are allowed: the review page has filters; what they would
 * submit to is checked with the other URLs.)
 */
const FORBIDDEN = new Set([
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'svg', 'math', 'bgsound', 'xss', 'portal', 'template', 'noscript',
]);

/** Properties (hast names, lower-cased) that hold a URL. */
const URL_PROPERTIES = new Set([
  'href', 'src', 'action', 'formaction', 'xlinkhref', 'background', 'lowsrc', 'dynsrc', 'data', 'poster', 'cite',
  'longdesc', 'manifest', 'ping', 'srcset', 'codebase', 'archive', 'icon', 'profile', 'usemap',
]);

const DANGEROUS_SCHEME = /^(javascript|vbscript|livescript|mocha|data):/;
const DANGEROUS_STYLE = /javascript:|vbscript:|expression\s*\(|@import|behavior\s*:|-moz-binding|url\s*\(\s*['"]?\s*(?!data:image\/)[a-z]+:/i;

/** How a browser reads a URL attribute: tabs and newlines dropped, controls and spaces trimmed, scheme lower-cased. */
export function browserUrl(value: string): string {
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
}

export function scanHtml(html: string, file: string, options: ScanOptions = {}): Finding[] {
  const tree = fromHtml(html) as Root;
  return scanTree(tree, file, options);
}

export function scanFragment(html: string, file: string): Finding[] {
  return scanTree(fromHtml(html, { fragment: true }) as Root, file, {});
}

function scanTree(tree: Root, file: string, options: ScanOptions): Finding[] {
  const findings: Finding[] = [];
  const found = (what: string) => findings.push({ file, what });
  visit(tree, 'element', (element: Element) => {
    const name = element.tagName.toLowerCase();
    const text = textOf(element);
    if (name === 'script') {
      const type = String(element.properties.type ?? '').toLowerCase();
      if (type === 'application/ld+json') {
        if (/<\/script|<!--/i.test(text)) found(`JSON-LD that ends its script element: ${text.slice(0, 80)}`);
        try {
          JSON.parse(text);
        } catch {
          found(`JSON-LD that is not JSON: ${text.slice(0, 80)}`);
        }
      } else if (!(options.ownScripts ?? []).includes(text)) {
        found(`a script element: ${text.slice(0, 80) || JSON.stringify(element.properties)}`);
      }
    }
    if (FORBIDDEN.has(name)) found(`a <${name}> element`);
    if (name === 'meta') {
      const equiv = String(element.properties.httpEquiv ?? '').toLowerCase();
      if (equiv && equiv !== 'content-security-policy') found(`<meta http-equiv="${equiv}">`);
    }
    if (name === 'style' && DANGEROUS_STYLE.test(text)) found(`a style element that runs or loads code: ${text.slice(0, 80)}`);
    for (const [property, value] of Object.entries(element.properties)) {
      const key = property.toLowerCase();
      if (key.startsWith('on')) found(`an event handler ${property} on <${name}>`);
      if (key === 'style' && DANGEROUS_STYLE.test(String(value))) found(`a style attribute that runs or loads code on <${name}>`);
      if (URL_PROPERTIES.has(key)) {
        for (const url of Array.isArray(value) ? value.map(String) : [String(value)]) {
          const read = browserUrl(url);
          const image = name === 'img' || (name === 'link' && /icon/i.test(String(element.properties.rel ?? '')));
          if (DANGEROUS_SCHEME.test(read) && !(image && read.startsWith('data:image/'))) found(`${property}="${url.slice(0, 60)}" on <${name}>`);
        }
      }
    }
  });
  return findings;
}

function textOf(element: Element): string {
  let text = '';
  visit(element, 'text', (node: { value: string }) => {
    text += node.value;
  });
  return text;
}

/** RSS and Atom: the document is XML with no executable elements, and the HTML it carries is clean. */
export function scanFeedXml(xml: string, file: string): Finding[] {
  const findings: Finding[] = [];
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  for (const element of document.querySelectorAll('*')) {
    const name = element.localName.toLowerCase();
    if (name === 'script' || FORBIDDEN.has(name)) findings.push({ file, what: `an XML element <${element.tagName}> in the feed` });
  }
  // An item's description is HTML; the channel's is plain text (RSS Best Practices Profile), like every title.
  const html = [
    ...document.querySelectorAll('item > description'),
    ...document.getElementsByTagName('content:encoded'),
    ...[...document.querySelectorAll('content, summary')].filter((e) => /html/.test(e.getAttribute('type') ?? '')),
  ];
  for (const element of html) findings.push(...scanFragment(element.textContent ?? '', `${file} <${element.tagName}>`));
  return findings;
}

/** JSON Feed and ninjs: every string in a field whose name says HTML is clean HTML. */
export function scanJson(text: string, file: string): Finding[] {
  const findings: Finding[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ file, what: `not JSON: ${(error as Error).message}` }];
  }
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (/html/i.test(key)) findings.push(...scanFragment(value, `${file} ${key}`));
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data, '');
  return findings;
}
