/**
 * URL hygiene for article markup: make the sanitizer judge a URL the way a
 * browser would read it, write URLs the way HTML requires them, and resolve
 * relative URLs against a base where the reader is not on the site (feeds).
 */
import type { Element, Root } from 'hast';
import { forEachElement } from './walk.js';

/** Properties that hold one URL. */
export const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * What a browser reads: tabs and line breaks anywhere are dropped, leading
 * and trailing spaces and controls trimmed, the scheme is case-insensitive.
 * `java\tscript:` and ` JavaScript:` both come out as `javascript:`.
 */
export function browserReading(url: string): string {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return cleaned.replace(SCHEME, (_, scheme: string) => `${scheme.toLowerCase()}:`);
}

/** Percent-encodes the ASCII characters HTML does not allow in a URL; leaves valid escapes alone. */
export function encodeUrl(url: string): string {
  const hash = url.indexOf('#');
  const head = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : '#' + url.slice(hash + 1).replace(/#/g, '%23');
  return (head + fragment).replace(/%(?![0-9a-fA-F]{2})|[\u0000-\u0020"<>\\^`{|}\u007f]/g, (c) =>
    '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}

/** True for URLs without a scheme: `photo.jpg`, `../x/`, `/about`, `#notes`, `//cdn.example/x`. */
export function isRelative(url: string): boolean {
  return !SCHEME.test(url);
}

/** `url` resolved against `base`; a URL that cannot be resolved is returned unchanged. */
export function absoluteUrl(url: string, base: string): string {
  if (!isRelative(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Applies `change` to every URL property of every element. */
export function mapUrls(tree: Root, change: (url: string, element: Element) => string): void {
  forEachElement(tree, (element) => {
    for (const name of URL_PROPERTIES) {
      const value = element.properties[name];
      if (typeof value === 'string') element.properties[name] = change(value, element);
    }
  });
}

/** Makes every relative URL in the tree absolute against `base` (for feeds and standalone pages). */
export function absolutizeUrls<T extends Root>(tree: T, base: string): T {
  mapUrls(tree, (url) => absoluteUrl(url, base));
  return tree;
}
