/**
 * Text that an XML 1.0 document (and a feed reader) can carry. Article text
 * may hold control characters pasted from word processors; XML 1.0 forbids
 * most of them outright, and the rest (C1 controls, noncharacters) are
 * "discouraged" and flagged by feed validators. They are removed, never
 * escaped: `&#1;` is no more legal than the character itself.
 */

/**
 * Control characters other than tab, line feed and carriage return (C0 and
 * C1), Unicode noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF), and lone
 * surrogates (the `u` flag makes `\p{Cs}` match only unpaired halves).
 */
const NOT_XML_TEXT = /(?![\t\n\r])\p{Cc}|\p{Noncharacter_Code_Point}|\p{Cs}/gu;
/**
 * The UTF-16 code units that any such character starts with: the controls,
 * the noncharacters of the first plane, and every surrogate (paired ones
 * too, for the noncharacters of the other planes). A plain character class
 * scans a page several times faster than the Unicode properties above, and
 * text without any of these units (nearly all text) needs nothing more.
 */
const SUSPECT_UNIT = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/;

/** `text` without the characters an XML 1.0 document must not, or should not, contain. */
export function xmlText(text: string): string {
  return SUSPECT_UNIT.test(text) ? text.replace(NOT_XML_TEXT, '') : text;
}

/** True when `text` has nothing that `xmlText` would remove. */
export function isXmlText(text: string): boolean {
  if (!SUSPECT_UNIT.test(text)) return true;
  NOT_XML_TEXT.lastIndex = 0;
  const found = NOT_XML_TEXT.test(text);
  NOT_XML_TEXT.lastIndex = 0;
  return !found;
}

/** A JSON-like value with every string (keys included) passed through `xmlText`. */
export function xmlTextDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlTextDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [xmlText(key), xmlTextDeep(item)])) as T;
  }
  return value;
}
