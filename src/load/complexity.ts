/**
 * Markdown that is cheap to write and expensive to read. The Markdown parser
 * takes time that grows faster than the text for deeply nested containers
 * (lists, block quotes) and for paragraphs crowded with emphasis, links and
 * code spans, and the stages after it walk the tree recursively. So, before
 * parsing, a linear scan bounds the nesting of each line and the inline
 * markup of each paragraph; after parsing, the depth of the tree and of raw
 * HTML is bounded. Real articles stay far below every limit.
 */
import type { Root } from 'mdast';

export interface ComplexityLimits {
  /** deepest nesting of lists, block quotes, emphasis, links and raw HTML elements */
  maxNestingDepth: number;
  /** most inline markup characters (`*`, `_`, backticks, brackets) in one paragraph */
  maxInlineMarkup: number;
}

export interface ComplexityProblem {
  message: string;
  /** 1-based line in the source file */
  line: number;
}

const TAB_STOP = 4;

/** Before parsing: container nesting per line, inline markup per paragraph. */
export function scanMarkdown(source: string, bodyOffset: number, limits: ComplexityLimits): ComplexityProblem | undefined {
  let line = lineAt(source, bodyOffset);
  let paragraphLine = line;
  let markup = 0;
  let start = bodyOffset;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const prefix = containerPrefix(source, start, end);
    if (prefix.depth > limits.maxNestingDepth) {
      return {
        line,
        message: `lists or block quotes are nested about ${prefix.depth} levels deep on this line, over the limit of ${limits.maxNestingDepth} (setting limits.maxNestingDepth); flatten them`,
      };
    }
    // A blank line, a new list item or a heading starts a new paragraph.
    if (prefix.blank || prefix.markers > 0 || source[prefix.end] === '#') {
      markup = 0;
      paragraphLine = line;
    }
    markup += inlineMarkup(source, prefix.end, end);
    if (markup > limits.maxInlineMarkup) {
      return {
        line: paragraphLine,
        message: `the paragraph starting on this line has more than ${limits.maxInlineMarkup} markup characters (* _ \` [ ]), over the limit (setting limits.maxInlineMarkup); split it or remove markup`,
      };
    }
    if (newline === -1) break;
    start = newline + 1;
    line++;
  }
  return rawHtmlDepth(source, bodyOffset, limits.maxNestingDepth);
}

interface Prefix {
  /** an upper bound of the containers this line is nested in */
  depth: number;
  /** list markers in the prefix */
  markers: number;
  /** offset of the first character after the prefix */
  end: number;
  blank: boolean;
}

/**
 * Block quote markers, list markers and indentation at the start of a line.
 * A list item's content is indented at least two columns, so a line nested
 * in d containers has at least d markers or 2 columns per container: the
 * estimate is never below the real depth.
 */
function containerPrefix(source: string, start: number, end: number): Prefix {
  let columns = 0;
  let quotes = 0;
  let markers = 0;
  let i = start;
  while (i < end) {
    const char = source[i]!;
    if (char === ' ') {
      columns++;
      i++;
    } else if (char === '\t') {
      columns += TAB_STOP - (columns % TAB_STOP);
      i++;
    } else if (char === '>') {
      quotes++;
      i++;
    } else {
      const marker = listMarkerLength(source, i, end);
      if (marker === 0) break;
      markers++;
      i += marker;
    }
  }
  const containers = quotes + markers;
  return {
    depth: containers + (containers > 0 ? Math.floor(columns / 2) : 0),
    markers,
    end: i,
    blank: i === end && markers === 0,
  };
}

/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `i` that is followed by a space, a tab or the line end; else 0. */
function listMarkerLength(source: string, i: number, end: number): number {
  const char = source[i]!;
  let length = 0;
  if (char === '-' || char === '*' || char === '+') length = 1;
  else {
    let digits = 0;
    while (digits < 9 && i + digits < end && isDigit(source[i + digits]!)) digits++;
    if (digits > 0 && (source[i + digits] === '.' || source[i + digits] === ')')) length = digits + 1;
  }
  if (length === 0) return 0;
  const after = i + length;
  return after === end || source[after] === ' ' || source[after] === '\t' ? length : 0;
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/**
 * Characters of inline markup in one line: `*`, `_`, backticks and
 * brackets. Each counts, not each run, because a run of n asterisks can
 * open n/2 nested emphases.
 */
function inlineMarkup(source: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const char = source[i];
    if (char === '[' || char === ']' || char === '*' || char === '_' || char === '`') count++;
  }
  return count;
}

/** Tags that never have content, so never nest. */
const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^<>]*?(\/?)>/g;

/**
 * Raw HTML elements open inside one another. Every opening tag counts, as
 * a browser reads unclosed ones; a closing tag ends one level. Tags inside
 * code are counted too, which can only overestimate.
 */
function rawHtmlDepth(source: string, bodyOffset: number, limit: number): ComplexityProblem | undefined {
  let depth = 0;
  TAG.lastIndex = bodyOffset;
  for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
    const [, closing, name, selfClosing] = match;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID_ELEMENTS.has(name!.toLowerCase())) depth++;
    if (depth > limit) {
      return {
        line: lineAt(source, match.index),
        message: `raw HTML elements are nested more than ${limit} levels deep here (setting limits.maxNestingDepth); close the elements you open`,
      };
    }
  }
  return undefined;
}

/**
 * After parsing: the depth of the Markdown tree (emphasis in links in lists
 * …), found without recursion. A list and its item are one level, and a
 * paragraph and its text are not counted, so that a level is what a writer
 * sees as one.
 */
export function treeDepth(tree: Root, limit: number): ComplexityProblem | undefined {
  type Node = { type: string; children?: Node[]; position?: { start: { line: number } } };
  const stack: Array<{ node: Node; depth: number }> = [{ node: tree as Node, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit + 2) {
      return {
        line: node.position?.start.line ?? 1,
        message: `the Markdown here is nested more than ${limit} levels deep (lists, quotes, emphasis, links), over the limit (setting limits.maxNestingDepth); flatten it`,
      };
    }
    for (const child of node.children ?? []) stack.push({ node: child, depth: child.type === 'listItem' ? depth : depth + 1 });
  }
  return undefined;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** Front-matter values and locale files may nest this deep (UI strings and templates need a few levels). */
export const MAX_DATA_DEPTH = 64;

/** True when a parsed JSON or YAML value nests arrays and objects deeper than `limit`; found without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
