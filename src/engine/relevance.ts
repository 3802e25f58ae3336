/**
 * Which glossary entries can change the findings of a group of articles.
 * When the glossary changes, a cached check stays right unless one of the
 * changed entries (removed, added, or edited: both its old and new forms)
 * concerns the group — a form of it appears in the prose of one of the
 * articles (title and body, as the rules read them), or a run of English
 * words is near enough to one of its forms to be reported as a misspelling
 * of it, or to stop being one. The test errs on the side of "concerns": a
 * false yes costs a re-check, a false no would keep a wrong result.
 */
import type { GlossaryEntry, Lang } from '../types.js';
import { damerauLevenshtein } from '../check/text/damerau.js';
import { isDerivedFromForm } from '../check/text/derived-names.js';
import { foldForm, foldText } from '../check/text/glossary.js';
import { hashValue } from './fingerprint.js';

/** The prose of one article of a group. */
export interface GroupProse {
  lang: Lang;
  text: string;
}

/** The most edits a near miss may have (SPEC §5.2). */
const MAX_DISTANCE = 2;

/** The same word pattern the near-miss search uses: letters and digits, joined by - ' ’ . inside a word. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const POSSESSIVE = /['’]s$/u;

interface Token {
  text: string;
  start: number;
  end: number;
  capitalized: boolean;
  /** a possessive ends a name */
  closes: boolean;
}

/** A group's prose, folded once, with its English candidate runs built on demand. */
export class GroupText {
  private readonly folded: string[];
  private readonly english: string[];
  private readonly candidates = new Map<number, string[]>();

  constructor(prose: readonly GroupProse[]) {
    this.folded = prose.map((p) => foldText(p.text).folded);
    this.english = prose.filter((p) => p.lang === 'en').map((p) => p.text);
  }

  /** Whether `entry` concerns the group (see the module comment). */
  concerns(entry: GlossaryEntry): boolean {
    const forms = [...entry.ko, ...entry.en].map(foldForm).filter((f) => f !== '');
    if (forms.some((form) => this.folded.some((text) => text.includes(form)))) return true;
    if (this.english.length === 0) return false;
    for (const written of entry.en) {
      const form = foldForm(written);
      if (form === '') continue;
      const words = form.split(' ').length;
      const single = new Set([form]);
      for (const count of [words - 1, words]) {
        if (count < 1) continue;
        for (const candidate of this.candidatesOf(count)) {
          if (isDerivedFromForm(candidate, single)) return true;
          if (Math.abs(candidate.length - form.length) > MAX_DISTANCE) continue;
          if (damerauLevenshtein(candidate, form, MAX_DISTANCE) <= MAX_DISTANCE) return true;
        }
      }
    }
    return false;
  }

  /** Every run of `count` words joined by spaces, first and last capitalized, in the English prose. */
  private candidatesOf(count: number): string[] {
    let list = this.candidates.get(count);
    if (list) return list;
    list = [];
    for (const text of this.english) {
      const tokens = tokenize(text);
      for (let i = 0; i + count <= tokens.length; i++) {
        const last = i + count - 1;
        if (!tokens[i]!.capitalized || !tokens[last]!.capitalized) continue;
        let joined = true;
        for (let k = i; k < last && joined; k++) {
          joined = !tokens[k]!.closes && /^\s+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
        }
        if (joined) list.push(tokens.slice(i, last + 1).map((t) => t.text).join(' '));
      }
    }
    this.candidates.set(count, list);
    return list;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const closes = POSSESSIVE.test(word);
    if (closes) word = word.slice(0, -2);
    tokens.push({ text: foldForm(word), start: match.index, end: match.index + word.length, capitalized: /^\p{Lu}/u.test(word), closes });
  }
  return tokens;
}

/** An entry's identity for change detection: its forms and kind (not where it is written). */
export function entryHash(entry: GlossaryEntry): string {
  return hashValue({ ko: entry.ko, en: entry.en, kind: entry.kind ?? null });
}

export interface GlossaryChange {
  /** entries in one glossary and not the other (an edited entry is in both lists, as its two versions) */
  changed: GlossaryEntry[];
  /** the entries both glossaries have are in a different order (which entry a shared form belongs to may change) */
  reordered: boolean;
}

/** What changed between two glossaries, entry by entry. */
export function glossaryChange(before: readonly GlossaryEntry[], after: readonly GlossaryEntry[]): GlossaryChange {
  const hashesBefore = before.map(entryHash);
  const hashesAfter = after.map(entryHash);
  const inBefore = new Set(hashesBefore);
  const inAfter = new Set(hashesAfter);
  const changed = [
    ...before.filter((_, i) => !inAfter.has(hashesBefore[i]!)),
    ...after.filter((_, i) => !inBefore.has(hashesAfter[i]!)),
  ];
  const commonBefore = hashesBefore.filter((h) => inAfter.has(h));
  const commonAfter = hashesAfter.filter((h) => inBefore.has(h));
  const reordered = commonBefore.length !== commonAfter.length || commonBefore.some((h, i) => h !== commonAfter[i]);
  return { changed, reordered };
}
