/**
 * The words a near miss is made of (SPEC §5.2): capitalized words, and the
 * lowercase connectors that may sit inside a name, with where they stand;
 * and the runs they make, joined by spaces.
 */
import { foldForm } from './glossary.js';
import { wordTrie } from './word-trie.js';

/** Lowercase words that may sit inside a name: Bank of Korea, Ministry of the Interior, Leonardo da Vinci. */
export const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'for', 'on']);

export interface Token {
  text: string;
  start: number;
  end: number;
  capitalized: boolean;
  /** a possessive ('s) closes a name: nothing after it belongs to it */
  closes: boolean;
}

const CAPITALIZED = /^\p{Lu}/u;

/** The longest connector: a lowercase word longer than this is never a token. */
const CONNECTOR_MAX = Math.max(...[...CONNECTORS].map((word) => word.length));
/** The connectors in any case: a word it lacks is no connector. */
const CONNECTOR_LETTERS = wordTrie(CONNECTORS);

/**
 * The tokens of a name: capitalized words and connectors. Words are what
 * `[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*`
 * matches, read by hand: most words are lowercase and left out, and no
 * string is made of them.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if (charClass(code) !== LETTER_OR_DIGIT) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = wordEnd(text, i);
    // a possessive ('s) closes a name: nothing after it belongs to it
    const closes = i - start >= 3 && text.charCodeAt(i - 1) === 0x73 && isApostrophe(text.charCodeAt(i - 2));
    const end = closes ? i - 2 : i;
    const token = tokenAt(text, start, end, code, closes);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** The token of the word at [start, end), whose first code point is `first`; none for another lowercase word. */
function tokenAt(text: string, start: number, end: number, first: number, closes: boolean): Token | undefined {
  const capitalized = first < 0x80 ? first >= 0x41 && first <= 0x5a : CAPITALIZED.test(String.fromCodePoint(first));
  if (capitalized) return { text: foldForm(text.slice(start, end)), start, end, capitalized, closes };
  // Another lowercase word ends a run, as the gap before the next token shows: it is left out.
  // Most are told apart in place; a string is made only of a connector, in some case.
  if (end - start > CONNECTOR_MAX || !CONNECTOR_LETTERS.has(text, start, end)) return undefined;
  const word = text.slice(start, end);
  // Connectors need no folding.
  return CONNECTORS.has(word) ? { text: word, start, end, capitalized, closes } : undefined;
}

/** Where the word starting at `i` ends: letters, digits and marks, joined by a hyphen, apostrophe or dot. */
function wordEnd(text: string, i: number): number {
  i = skipWordChars(text, i);
  while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && charClass(text.codePointAt(i + 1)!) === LETTER_OR_DIGIT) {
    i = skipWordChars(text, i + 1);
  }
  return i;
}

/** Past the letter or digit at `i` and the letters, digits and marks after it. */
function skipWordChars(text: string, i: number): number {
  i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if (charClass(code) === OTHER) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** - ' ’ . ‐ ‑ */
function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2010 || code === 0x2011;
}

const OTHER = 1;
const LETTER_OR_DIGIT = 2;
const MARK = 3;
const LETTER_OR_DIGIT_CHAR = /[\p{L}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;
/** The class of each BMP code point, worked out the first time it is met (0: not yet). */
const classes = new Uint8Array(0x10000);

function charClass(code: number): number {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? LETTER_OR_DIGIT : OTHER;
  }
  if (code > 0xffff) return classify(code);
  return (classes[code] ||= classify(code));
}

function classify(code: number): number {
  const char = String.fromCodePoint(code);
  if (LETTER_OR_DIGIT_CHAR.test(char)) return LETTER_OR_DIGIT;
  return MARK_CHAR.test(char) ? MARK : OTHER;
}

/** Whether `text` has whitespace, and only whitespace, between `from` and `to`. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** What `\s` matches, by code unit. */
function isWhitespace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Runs of capitalized words joined by spaces (and connectors inside a name). */
export function capitalizedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1]!.capitalized) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const joined = previous !== undefined && !previous.closes && onlySpaces(text, previous.end, token.start);
    if (!joined) close();
    if (token.capitalized) run.push(token);
    else if (run.length && CONNECTORS.has(token.text)) run.push(token);
    else close();
  });
  close();
  return runs;
}
