/**
 * Finding glossary names in text (SPEC §4).
 *
 * - Korean: a form matches where no Hangul syllable stands before it;
 *   anything may follow (particles attach: 멜로니는, 이재명 대통령의).
 * - English: whole words, case-sensitive; a possessive 's / ’s may follow.
 * - The longest form wins at a place; matches do not overlap.
 * - Whitespace runs compare equal to one space, so a name may wrap across
 *   a soft line break.
 *
 * Forms are indexed by their first character, so a text is scanned once
 * whatever the size of the glossary.
 */
import type { RuleContext } from '../rule.js';
import type { Article, GlossaryEntry, Lang } from '../../types.js';
import type { ProseBlock } from './prose.js';
import { isHangulSyllable } from './hangul.js';

export interface NameHit {
  /** index into the searched text */
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** the glossary form that matched, as written in the glossary */
  form: string;
}

interface Form {
  /** normalized (see `foldText`) */
  text: string;
  written: string;
  entry: GlossaryEntry;
  wordStart: boolean;
  wordEnd: boolean;
  /** a one-syllable Korean form: must stand alone or take a particle */
  single: boolean;
  /**
   * A Korean form as Korean spacing may write it (see `koreanSpacing`): its
   * characters without spaces, and where between them a space may stand.
   */
  spacing?: { compact: string; breaks: ReadonlySet<number> };
}

export interface NameMatcher {
  lang: Lang;
  /** forms by the code unit they start with, longest first */
  byFirst: Map<number, Form[]>;
  /** the same forms, narrowed by the code unit that follows the first (see `narrowBySecond`) */
  byFirstTwo: Map<number, FormsBySecond>;
  /** every form starts with a letter or digit */
  wordStartsOnly: boolean;
  /** 1 at each code unit some form starts with: the test made at every character of a text */
  starts: Uint8Array;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  // ASCII, by far the most common, without the regular expression
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(char);
}

/** Hyphen look-alikes read as "-", the typographic apostrophe as "'"; one char for one, so offsets hold. */
function foldChar(char: string): string {
  if (char === '\u2010' || char === '\u2011') return '-';
  return char === '\u2019' ? "'" : char;
}

/** Printable ASCII without spaces: nothing in it to normalize or fold. */
const PLAIN = /^[\x21-\x7e]*$/;
/** Folded forms, for the words and names that come back again and again (bounded: cleared when full). */
const foldedForms = new Map<string, string>();
const FOLDED_FORMS_MAX = 50_000;

/** Normalizes a form as text is normalized: folded hyphens, single spaces. */
export function foldForm(form: string): string {
  if (PLAIN.test(form)) return form;
  let folded = foldedForms.get(form);
  if (folded === undefined) {
    folded = Array.from(form.normalize('NFC').replace(/\s+/gu, ' ').trim(), foldChar).join('');
    if (foldedForms.size >= FOLDED_FORMS_MAX) foldedForms.clear();
    foldedForms.set(form, folded);
  }
  return folded;
}

/** What `/\s/u` matches, by code unit (the loop below runs over every character of every text). */
function isSpace(code: number): boolean {
  // Letters, digits and punctuation of ASCII, and Hangul, leave after two comparisons or three.
  if (code > 0x20 && code < 0xa0) return false;
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether folding would change `text`: a whitespace run other than one plain space, or a character foldChar changes. */
const NEEDS_FOLDING = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u2010\u2011\u2019]| {2}/u;

/**
 * A text with every whitespace run read as one space and hyphens folded.
 * Only a run of two or more whitespace characters moves the characters
 * after it, so where each character came from is kept as those steps: the
 * character at index k came from k plus the shift of the last step at or
 * before k. `steps` is absent when the text needed no folding at all.
 */
interface Folded {
  folded: string;
  steps?: { at: number[]; shift: number[] };
}

function fold(text: string): Folded {
  // Nothing to fold: each character is where it was.
  if (!NEEDS_FOLDING.test(text)) return { folded: text };
  const steps: { at: number[]; shift: number[] } = { at: [], shift: [] };
  // The text between changes is copied whole, not a character at a time.
  const parts: string[] = [];
  let removed = 0;
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const run = isSpace(code) && (code !== 0x20 || isSpace(text.charCodeAt(i + 1)));
    if (!run && code !== 0x2010 && code !== 0x2011 && code !== 0x2019) {
      i++;
      continue;
    }
    parts.push(text.slice(from, i), run ? ' ' : foldChar(text[i]!));
    const start = i++;
    while (run && i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i - start > 1) {
      // the space stands at start - removed; what follows it moves back further
      steps.at.push(start - removed + 1);
      removed += i - start - 1;
      steps.shift.push(removed);
    }
    from = i;
  }
  parts.push(text.slice(from));
  return { folded: parts.join(''), steps };
}

/** The index in the original text of the folded text's character at `index`. */
function originOf({ steps }: Folded, index: number): number {
  if (!steps || steps.at.length === 0 || index < steps.at[0]!) return index;
  let lo = 0;
  let hi = steps.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps.at[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return index + steps.shift[lo]!;
}

/**
 * The text with every whitespace run read as one space and hyphens folded,
 * and for each of its characters the index of the original character.
 */
export function foldText(text: string): { folded: string; origin?: number[] } {
  const folded = fold(text);
  if (!folded.steps) return { folded: folded.folded };
  const origin: number[] = [];
  for (let k = 0; k < folded.folded.length; k++) origin.push(originOf(folded, k));
  return { folded: folded.folded, origin };
}

/** The folded text alone (see `foldText`), for callers that need no offsets. */
export function foldedText(text: string): string {
  return fold(text).folded;
}

/** What may follow a one-syllable Korean name (윤, 문): particles and the like. */
const SINGLE_SYLLABLE_FOLLOWERS = [
  '은', '는', '이', '가', '을', '를', '의', '와', '과', '에', '에게', '에서', '도', '로', '으로', '만', '까지',
  '부터', '처럼', '보다', '께서', '께', '한테', '이랑', '랑', '하고', '씨', '측', '이나', '나', '마저', '조차',
  '뿐', '이다', '이며', '였다', '이었다', '이라고', '라고', '에게서', '한테서',
].sort((a, b) => b.length - a.length);

function toForm(written: string, entry: GlossaryEntry, lang: Lang): Form | undefined {
  const text = foldForm(written);
  if (text === '') return undefined;
  const spacing = lang === 'ko' ? koreanSpacing(text) : undefined;
  return {
    text,
    written,
    entry,
    wordStart: isWordChar(text[0]),
    wordEnd: isWordChar(text[text.length - 1]),
    single: lang === 'ko' && text.length === 1 && isHangulSyllable(text),
    ...(spacing && { spacing }),
  };
}

/** Syllables a Korean compound name needs before its parts may be spaced apart (국립대전현충원, not 한국은행). */
const SPACED_COMPOUND_MIN = 5;

/**
 * Korean spelling lets a proper noun be written with or without the spaces
 * between its parts (한글 맞춤법 제49항: 국립대전현충원, 국립 대전현충원;
 * SK하이닉스, SK 하이닉스). The places where a space may come or go: where
 * the form has one; between Latin letters and Hangul; and, in a compound
 * of five or more syllables, between any two parts of two or more
 * characters. Shorter Hangul names keep their spacing (한국 은행 is not 한국은행).
 */
function koreanSpacing(text: string): Form['spacing'] {
  const compact = text.replace(/ /gu, '');
  const breaks = new Set<number>();
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') breaks.add(written);
    else written++;
  }
  const syllables = [...compact].filter((char) => isHangulSyllable(char)).length;
  for (let k = 2; k <= compact.length - 2; k++) {
    const [a, b] = [compact[k - 1]!, compact[k]!];
    const scripts = isHangulSyllable(a) !== isHangulSyllable(b) && (isHangulSyllable(a) || isHangulSyllable(b)) && isWordChar(a) && isWordChar(b);
    if (scripts || (syllables >= SPACED_COMPOUND_MIN && isHangulSyllable(a) && isHangulSyllable(b))) breaks.add(k);
  }
  return breaks.size > 0 ? { compact, breaks } : undefined;
}

/** Where `form` ends if it stands at `i` with its parts spaced otherwise than written; -1 if it does not. */
function spacedEnd(text: string, i: number, form: Form): number {
  const { compact, breaks } = form.spacing!;
  let t = i;
  for (let k = 0; k < compact.length; k++) {
    if (k > 0 && breaks.has(k) && text[t] === ' ') t++;
    if (text[t] !== compact[k]) return -1;
    t++;
  }
  return t;
}



export function createNameMatcher(entries: readonly GlossaryEntry[], lang: Lang): NameMatcher {
  const byFirst = new Map<number, Form[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const written of entry[lang]) {
      const form = toForm(written, entry, lang);
      // A form shared by two entries belongs to the first (glossary-invalid reports the second).
      if (!form || seen.has(form.text)) continue;
      seen.add(form.text);
      const first = form.text.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push(form);
      else byFirst.set(first, [form]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  const byFirstTwo = new Map([...byFirst].map(([first, list]) => [first, narrowBySecond(list)]));
  const wordStartsOnly = [...byFirst.values()].every((list) => list.every((form) => form.wordStart));
  const starts = new Uint8Array(0x10000);
  for (const code of byFirst.keys()) starts[code] = 1;
  return { lang, byFirst, byFirstTwo, wordStartsOnly, starts };
}

/**
 * The forms that share a first code unit, for each code unit that may come
 * second where one of them stands; `rest` for any other (forms of one
 * character only). Each list keeps the order of the forms, so a place is
 * judged as if every form were tried, without trying the many that cannot
 * stand there (the Kims and Kangs of a glossary at every K).
 */
interface FormsBySecond {
  bySecond: Map<number, Form[]>;
  rest: Form[];
}

function narrowBySecond(forms: readonly Form[]): FormsBySecond {
  const seconds = new Set(forms.flatMap(secondCodes));
  const bySecond = new Map<number, Form[]>();
  for (const second of seconds) bySecond.set(second, forms.filter((form) => form.text.length === 1 || secondCodes(form).includes(second)));
  return { bySecond, rest: forms.filter((form) => form.text.length === 1) };
}

/** The code units that may follow a form's first where it stands, as written or spaced otherwise (see `spacedEnd`). */
function secondCodes(form: Form): number[] {
  if (form.text.length === 1) return [];
  const codes = [form.text.charCodeAt(1)];
  if (form.spacing) {
    codes.push(form.spacing.compact.charCodeAt(1));
    if (form.spacing.breaks.has(1)) codes.push(0x20);
  }
  return codes;
}

const matchers = new WeakMap<readonly GlossaryEntry[], Partial<Record<Lang, NameMatcher>>>();

/** The matcher for an entry list, built once per list. */
export function nameMatcher(entries: readonly GlossaryEntry[], lang: Lang): NameMatcher {
  let byLang = matchers.get(entries);
  if (!byLang) matchers.set(entries, (byLang = {}));
  return (byLang[lang] ??= createNameMatcher(entries, lang));
}

/** Every glossary name in `text`, leftmost first, the longest form at each place. */
export function findNames(text: string, lang: Lang, entries: readonly GlossaryEntry[]): NameHit[] {
  return matchNames(text, nameMatcher(entries, lang));
}

export function matchNames(text: string, matcher: NameMatcher): NameHit[] {
  const folding = fold(text);
  const { folded } = folding;
  const at = (index: number): number => originOf(folding, index);
  const hits: NameHit[] = [];
  const { starts } = matcher;
  let i = 0;
  while (i < folded.length) {
    // No form starts with most characters: passed over here, without a call (formAt would refuse them).
    if (starts[folded.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const found = formAt(folded, i, matcher);
    if (!found) {
      i++;
      continue;
    }
    // "the North" (North Korea) ends inside "North Atlantic Treaty Organization": the longer name has the words.
    if (matcher.lang === 'en' && overtaken(folded, i, found.end, matcher)) {
      i++;
      continue;
    }
    const { form } = found;
    const last = found.end - 1;
    hits.push({ start: at(i), end: at(last) + 1, entry: form.entry, form: form.written });
    i = last + 1;
  }
  return hits;
}

/**
 * Whether an English name found at [start, end) gives way to a longer one
 * that starts at one of its later words and runs past its end: "the North"
 * in "the North Atlantic Treaty Organization".
 */
function overtaken(text: string, start: number, end: number, matcher: NameMatcher): boolean {
  for (let j = start + 1; j < end; j++) {
    if (isWordChar(text[j - 1]) || !isWordChar(text[j])) continue;
    const later = formAt(text, j, matcher);
    if (later && later.end > end) return true;
  }
  return false;
}

/**
 * What the boundary tests below would refuse for every form, decided once
 * per place: a Korean name never follows a syllable, and where every
 * English form starts a word, none follows a letter or digit.
 */
function mayStartAt(text: string, i: number, matcher: NameMatcher): boolean {
  if (i === 0) return true;
  const before = text[i - 1];
  if (matcher.lang === 'ko') return !isHangulSyllable(before);
  return !(matcher.wordStartsOnly && isWordChar(before));
}

function formAt(text: string, i: number, matcher: NameMatcher): { form: Form; end: number } | undefined {
  const code = text.charCodeAt(i);
  if (matcher.starts[code] === 0 || !mayStartAt(text, i, matcher)) return undefined;
  const narrowed = matcher.byFirstTwo.get(code)!;
  const candidates = narrowed.bySecond.get(text.charCodeAt(i + 1)) ?? narrowed.rest;
  // The longest name wins; of two as long, the one written as the text has it (LIG넥스원, not LIG 넥스원).
  let spaced: { form: Form; end: number } | undefined;
  for (const form of candidates) {
    if (text.startsWith(form.text, i) && boundariesHold(text, i, form, matcher.lang)) {
      const found = { form, end: i + form.text.length };
      return spaced && spaced.form.spacing!.compact.length > (form.spacing?.compact ?? form.text).length ? spaced : found;
    }
    if (spaced || !form.spacing) continue;
    const end = spacedEnd(text, i, form);
    if (end !== -1 && boundariesHold(text, i, form, matcher.lang, end)) spaced = { form, end };
  }
  return spaced;
}

function boundariesHold(text: string, i: number, form: Form, lang: Lang, after = i + form.text.length): boolean {
  const before = text[i - 1];
  return lang === 'ko' ? koreanBoundaries(text, before, after, form) : englishBoundaries(text, before, after, form);
}

/**
 * Whether any of `forms` stands in `text` as a name, even inside a longer
 * name that wins the place (미쓰비시 in 미쓰비시중공업): a mention all the same.
 */
export function mentionsAnyForm(text: string, lang: Lang, forms: readonly string[], entry: GlossaryEntry): boolean {
  const folded = foldedText(text);
  return forms.some((written) => {
    const form = toForm(written, entry, lang);
    if (!form) return false;
    for (let at = folded.indexOf(form.text); at !== -1; at = folded.indexOf(form.text, at + 1)) {
      if (boundariesHold(folded, at, form, lang)) return true;
    }
    return false;
  });
}

function koreanBoundaries(text: string, before: string | undefined, after: number, form: Form): boolean {
  if (isHangulSyllable(before)) return false;
  // A form in Latin letters or digits (NATO, G7) still needs word edges.
  if (form.wordStart && !isHangulSyllable(form.text[0]) && isWordChar(before)) return false;
  const last = form.text[form.text.length - 1];
  if (form.wordEnd && !isHangulSyllable(last) && isWordChar(text[after]) && !isHangulSyllable(text[after])) return false;
  if (form.single && isHangulSyllable(text[after])) {
    return SINGLE_SYLLABLE_FOLLOWERS.some((p) => text.startsWith(p, after) && !isHangulSyllable(text[after + p.length]));
  }
  return true;
}

/** Whole words: no letter or digit may touch the form (an apostrophe may, for the possessive). */
function englishBoundaries(text: string, before: string | undefined, after: number, form: Form): boolean {
  if (form.wordStart && isWordChar(before)) return false;
  if (form.wordEnd && isWordChar(text[after])) return false;
  return true;
}

export interface ArticleNameHit {
  /** source offsets in the article */
  start: number;
  end: number;
  entry: GlossaryEntry;
  form: string;
  block: ProseBlock;
}

let nextListId = 0;
const listIds = new WeakMap<readonly GlossaryEntry[], number>();

function listId(entries: readonly GlossaryEntry[]): number {
  let id = listIds.get(entries);
  if (id === undefined) listIds.set(entries, (id = nextListId++));
  return id;
}

/**
 * The glossary names of each prose block of an article (indexes into the
 * block text), in block order. Memoized per article and entry list: both
 * name rules read the English names, and each block is scanned once.
 */
export function blockNames(article: Article, ctx: RuleContext, entries: readonly GlossaryEntry[] = ctx.glossary(article)): NameHit[][] {
  return ctx.memo(article, `glossary-block-names:${listId(entries)}`, () => {
    const matcher = nameMatcher(entries, article.lang);
    return ctx.prose(article).map((block) => matchNames(block.text, matcher));
  });
}

/**
 * The glossary names in an article's title and body (code excluded), in
 * source order, with source offsets. Memoized per article and entry list.
 */
export function articleNames(article: Article, ctx: RuleContext, entries: readonly GlossaryEntry[] = ctx.glossary(article)): ArticleNameHit[] {
  return ctx.memo(article, `glossary-names:${listId(entries)}`, () => {
    const byBlock = blockNames(article, ctx, entries);
    return ctx.prose(article).flatMap((block, i) =>
      byBlock[i]!.map((hit) => ({
        start: block.offsetAt(hit.start),
        end: block.offsetAt(hit.end - 1) + 1,
        entry: hit.entry,
        form: hit.form,
        block,
      })),
    );
  });
}
