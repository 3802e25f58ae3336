/**
 * Near misses of English glossary forms (SPEC §5.2): a capitalized word, or
 * a run of capitalized words, within Damerau–Levenshtein distance 2 of a
 * form and at most a quarter of the form's letters, that is no form of any
 * entry. Words that make sentences (common English words) and names that
 * stand on their own (countries, cities, given names) are never near misses,
 * and neither is a form with an ending (Korean for Korea, Koreas).
 */
import type { GlossaryEntry } from '../../types.js';
import { isCommonWord } from './common-words.js';
import { damerauLevenshtein } from './damerau.js';
import { isDerivedFromForm } from './derived-names.js';
import { foldForm, type NameHit } from './glossary.js';
import { capitalizedRuns, CONNECTORS, tokenize, type Token } from './name-tokens.js';
import { furthestEndBy } from './sorted.js';
import { isWellKnownName } from './well-known-names.js';

export interface NearMiss {
  /** indexes into the searched text */
  start: number;
  end: number;
  /** the words as written, spaces folded */
  text: string;
  /** the glossary form it resembles */
  suggestion: string;
  entry: GlossaryEntry;
  distance: number;
}

interface Target {
  form: string;
  entry: GlossaryEntry;
  words: number;
  /** the most edits still called a slip: min(2, ⌊letters / 4⌋), so U.S. and MHI have none */
  allowed: number;
  /** the form's shape as `anotherAcronym` and `joinedOtherwise` weigh it, worked out once */
  shape: Shape;
}

/** What the comparisons below read of a form or a candidate, whatever it is compared with. */
interface Shape {
  acronym: boolean;
  /** the romanized name folded (lowercase, hyphens as spaces), its word count and its joiners; absent if it is none */
  romanized?: { folded: string; words: number; joiners: string };
}

function shapeOf(name: string): Shape {
  if (!ROMANIZED_NAME.test(name)) return { acronym: ACRONYM.test(name) };
  const folded = name.toLowerCase().replace(/-/gu, ' ');
  return {
    acronym: ACRONYM.test(name),
    romanized: { folded, words: folded.split(' ').length, joiners: name.replace(/[^ -]/gu, '') },
  };
}

interface Targets {
  /** every English form of every entry: exact matches are never misses */
  forms: Set<string>;
  /** forms long enough to have near misses, by word count */
  byWords: Map<number, Target[]>;
  maxWords: number;
  /** the verdict on each candidate seen so far: the same capitalized runs come back in article after article */
  verdicts: Verdicts;
}

/**
 * Verdicts by the words of the candidate, one word a level: growing a
 * candidate by a word is one step down, with no look-up of the whole
 * joined text (a new string each time, hashed anew). The words have no
 * spaces, so the words and the joined text tell the same candidates apart.
 */
interface VerdictNode {
  /** undefined: not judged yet; null: no near miss */
  verdict?: Verdict | null;
  next?: Map<string, VerdictNode>;
}

class Verdicts {
  private root = new Map<string, VerdictNode>();
  private size = 0;

  /** The node of the candidate `node`'s words and then `word` (`node` undefined: `word` alone). */
  step(node: VerdictNode | undefined, word: string): VerdictNode {
    if (node === undefined && this.size >= VERDICTS_MAX) {
      // Bounded: a long run of checks starts over rather than grow without end.
      this.root = new Map();
      this.size = 0;
    }
    const level = node === undefined ? this.root : (node.next ??= new Map());
    let child = level.get(word);
    if (!child) {
      level.set(word, (child = {}));
      this.size++;
    }
    return child;
  }
}

/** What a candidate is a near miss of, wherever it stands. */
type Verdict = Pick<NearMiss, 'suggestion' | 'entry' | 'distance'>;

const VERDICTS_MAX = 100_000;

const MAX_DISTANCE = 2;

const cache = new WeakMap<readonly GlossaryEntry[], Targets>();

function targetsOf(entries: readonly GlossaryEntry[]): Targets {
  let targets = cache.get(entries);
  if (targets) return targets;
  const forms = new Set<string>();
  const byWords = new Map<number, Target[]>();
  let maxWords = 0;
  for (const entry of entries) {
    for (const written of entry.en) {
      const form = foldForm(written);
      if (form === '' || forms.has(form)) continue;
      forms.add(form);
      const letters = form.replace(/[^\p{L}\p{N}]/gu, '').length;
      const allowed = Math.min(MAX_DISTANCE, Math.floor(letters / 4));
      if (allowed === 0) continue;
      const words = form.split(' ').length;
      maxWords = Math.max(maxWords, words);
      const list = byWords.get(words);
      const target = { form, entry, words, allowed, shape: shapeOf(form) };
      if (list) list.push(target);
      else byWords.set(words, [target]);
    }
  }
  targets = { forms, byWords, maxWords, verdicts: new Verdicts() };
  cache.set(entries, targets);
  return targets;
}

function isOrdinaryWord(word: string): boolean {
  return CONNECTORS.has(word) || isCommonWord(word) || isWellKnownName(word);
}

/**
 * Near misses of the entries' English forms in `text`. `names` are the
 * glossary names already found in it: nothing inside one is a near miss.
 */
export function findNearMisses(text: string, entries: readonly GlossaryEntry[], names: readonly NameHit[]): NearMiss[] {
  const targets = targetsOf(entries);
  if (targets.maxWords === 0) return [];
  const found: NearMiss[] = [];
  // Words inside a name are no near miss: a name starting at or before them reaches past their end.
  const nameReach = furthestEndBy(names);
  for (const run of capitalizedRuns(text, tokenize(text))) {
    for (let i = 0; i < run.length; i++) {
      if (!run[i]!.capitalized) continue;
      const reach = nameReach(run[i]!.start);
      // The words from i to j joined by spaces, grown one word at a time.
      let candidate = '';
      let node: VerdictNode | undefined;
      for (let j = i; j < run.length && j - i < targets.maxWords; j++) {
        candidate = j === i ? run[i]!.text : `${candidate} ${run[j]!.text}`;
        node = targets.verdicts.step(node, run[j]!.text);
        if (!run[j]!.capitalized || run[j]!.end <= reach) continue;
        const miss = nearMiss(candidate, run, i, j, targets, node);
        if (miss) found.push(miss);
      }
    }
  }
  return keepLongest(found);
}

/** Whether the words `run[i..j]`, written `candidate` and in no name, are a near miss; `node` keeps their verdict. */
function nearMiss(candidate: string, run: Token[], i: number, j: number, targets: Targets, node: VerdictNode): NearMiss | undefined {
  const start = run[i]!.start;
  const end = run[j]!.end;
  let verdict = node.verdict;
  if (verdict === undefined) verdict = node.verdict = judge(candidate, run.slice(i, j + 1), targets) ?? null;
  return verdict ? { start, end, text: candidate, ...verdict } : undefined;
}

/** The form `candidate` is a slip of, if any: it depends on the words alone, not on where they stand. */
function judge(candidate: string, words: Token[], targets: Targets): Verdict | undefined {
  if (targets.forms.has(candidate) || isDerivedFromForm(candidate, targets.forms)) return undefined;
  if (words.every((w) => isOrdinaryWord(w.text))) return undefined;
  let best: Verdict | undefined;
  const shape = shapeOf(candidate);
  // Same number of words, or one more in the form (two words run together: GiorgiaMeloni),
  // or one fewer where a given name is hyphenated (Jae Myeong for Jae-myung).
  for (const count of [words.length, words.length + 1, words.length - 1]) {
    for (const target of targets.byWords.get(count) ?? []) {
      if (Math.abs(target.form.length - candidate.length) > target.allowed) continue;
      if (anotherAcronym(candidate, shape, target.form, target.shape)) continue;
      const joined = joinedOtherwise(shape, target.shape, target.allowed);
      const distance = count < words.length ? joined : Math.min(damerauLevenshtein(candidate, target.form, target.allowed), joined);
      if (distance > target.allowed || (best && best.distance <= distance)) continue;
      if (distance > 1 && !sameSyllables(candidate, target.form)) continue;
      best = { suggestion: target.form, entry: target.entry, distance };
    }
  }
  return best;
}

const ACRONYM = /^[A-Z][A-Z0-9]+$/u;

/**
 * An acronym with a letter more or fewer than another is another acronym
 * (DARPA is not DAPA, nor KIA KIDA): each letter is a word of the name. A
 * slip keeps the letters' count (DPAA for DAPA, a swap, still is one).
 */
function anotherAcronym(candidate: string, candidateShape: Shape, form: string, formShape: Shape): boolean {
  return candidate.length !== form.length && candidateShape.acronym && formShape.acronym;
}

/** A Korean name as English writes it: surname, then a hyphenated given name (Lee Jae-myung). */
const KOREAN_FULL_NAME = /^[A-Z][a-z]{1,4} [A-Z][a-z]{1,5}-[a-z]{1,6}$/u;

/**
 * Two edits inside a Korean name are a slip when they only respell a
 * syllable's vowel (Jae-myeong for Jae-myung); a syllable with other
 * consonants is another syllable, and the name another person's (Lee
 * Jae-yong is not Lee Jae-myung, nor Kim Jong-il Kim Jong-un).
 */
function sameSyllables(candidate: string, form: string): boolean {
  if (!KOREAN_FULL_NAME.test(form)) return true;
  const [a, b] = [candidate.split(/[ -]/u), form.split(/[ -]/u)];
  if (a.length !== b.length) return true;
  const consonants = (syllable: string) => syllable.toLowerCase().replace(/[aeiouwy]/gu, '');
  return a.every((x, i) => x === b[i] || damerauLevenshtein(x, b[i]!, 1) <= 1 || consonants(x) === consonants(b[i]!));
}

/** A person's name in romanized words: Yoon Suk Yeol, Yoon Suk-yeol, Lee Jae-myung. */
const ROMANIZED_NAME = /^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)+$/u;

/**
 * The syllables of a Korean given name are written joined in several ways
 * (Suk Yeol, Suk-yeol): the same syllables joined otherwise are one slip,
 * not one per hyphen and capital, so Yoon Suk-yeul is two slips from Yoon
 * Suk Yeol. Infinity where the two are not so written.
 */
function joinedOtherwise(candidate: Shape, form: Shape, allowed: number): number {
  const [a, b] = [candidate.romanized, form.romanized];
  if (!a || !b || a.words !== b.words || a.joiners === b.joiners) return Infinity;
  return damerauLevenshtein(a.folded, b.folded, allowed) + 1;
}

/** Overlapping misses: the longest span stands for them all. */
function keepLongest(misses: NearMiss[]): NearMiss[] {
  const kept: NearMiss[] = [];
  const bySpan = [...misses].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const miss of bySpan) {
    if (kept.some((k) => miss.start < k.end && k.start < miss.end)) continue;
    kept.push(miss);
  }
  return kept.sort((a, b) => a.start - b.start);
}
