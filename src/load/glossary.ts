/**
 * `locales/glossary.yaml` (SPEC §4): a list of names in both languages. The
 * `yaml` package keeps positions, so every problem is reported at the line
 * of the entry or field at fault. Malformed entries are dropped; the rest
 * load. Duplicate forms are the glossary-invalid rule's business, because
 * they also involve the articles' own `names`.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { GlossaryEntry } from '../types.js';

export interface GlossaryProblem {
  message: string;
  line: number;
  column: number;
}

const KINDS = ['person', 'org', 'place', 'other'] as const;
type Kind = (typeof KINDS)[number];
const FIELDS = new Set(['ko', 'en', 'kind']);
const EXAMPLE = 'write each entry as "- ko: [조르자 멜로니, 멜로니]" with "en: [Giorgia Meloni, Meloni]" on the next line';

export function parseGlossary(path: string, source: string): { entries: GlossaryEntry[]; problems: GlossaryProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: GlossaryProblem[] = [];
  const syntax = doc.errors[0];
  if (syntax) {
    // yaml reports running out of stack (deep nesting) as a syntax error; say what it means
    const deep = /maximum call stack/i.test(syntax.message);
    const message = deep ? 'the glossary is nested too deeply to read; an entry needs only ko, en and kind' : `YAML syntax: ${syntax.message.split('\n')[0]!.trim()}`;
    problems.push({ message, ...at(syntax.pos[0]) });
    return { entries: [], problems };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return { entries: [], problems };
  if (!isSeq(root)) {
    problems.push({ message: `the glossary must be a list of entries: ${EXAMPLE}`, ...at(root.range?.[0] ?? 0) });
    return { entries: [], problems };
  }
  const entries: GlossaryEntry[] = [];
  root.items.forEach((item, index) => {
    const node = item as Node | null;
    const position = at(node?.range?.[0] ?? root.range?.[0] ?? 0);
    const label = `entry ${index + 1}`;
    if (!isMap(node)) {
      problems.push({ message: `${label} is not a ko/en pair: ${EXAMPLE}`, ...position });
      return;
    }
    const read = readEntry(node.items as Pair[], label, position, at);
    if ('problem' in read) {
      problems.push({ message: read.problem.message, line: read.problem.line, column: read.problem.column });
      return;
    }
    entries.push({ ...read.entry, source: { file: path, line: position.line } });
  });
  return { entries, problems };
}

type Position = { line: number; column: number };
type At = (offset: number) => Position;
type Read = { entry: Omit<GlossaryEntry, 'source'> } | { problem: GlossaryProblem };

function readEntry(pairs: Pair[], label: string, position: Position, at: At): Read {
  const fields = new Map<string, Pair>();
  // Other fields (notes, links) are kept out of the entry, as front matter keeps unknown fields.
  const others: string[] = [];
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (FIELDS.has(key)) fields.set(key, pair);
    else others.push(key);
  }
  const hint = others.length ? ` (this entry has ${others.map((k) => `"${k}"`).join(', ')}; the fields are ko, en and kind)` : '';
  const ko = readForms(fields.get('ko'), 'ko', label, position, at, hint);
  if ('problem' in ko) return ko;
  const en = readForms(fields.get('en'), 'en', label, position, at, hint);
  if ('problem' in en) return en;
  const kindPair = fields.get('kind');
  let kind: Kind | undefined;
  if (kindPair) {
    const value = isScalar(kindPair.value) ? kindPair.value.value : undefined;
    if (typeof value !== 'string' || !(KINDS as readonly string[]).includes(value)) {
      const where = at((kindPair.value as Node | null)?.range?.[0] ?? (kindPair.key as Node | null)?.range?.[0] ?? 0);
      return { problem: { message: `${label}: "kind" must be one of ${KINDS.join(', ')}`, ...where } };
    }
    kind = value as Kind;
  }
  return { entry: { ko: ko.forms, en: en.forms, ...(kind && { kind }) } };
}

function readForms(pair: Pair | undefined, lang: 'ko' | 'en', label: string, position: Position, at: At, hint: string): { forms: string[] } | { problem: GlossaryProblem } {
  const language = lang === 'ko' ? 'Korean' : 'English';
  if (!pair) {
    return { problem: { message: `${label} has no "${lang}": add the ${language} form(s), e.g. ${lang}: [${lang === 'ko' ? '조르자 멜로니, 멜로니' : 'Giorgia Meloni, Meloni'}]${hint}`, ...position } };
  }
  const value = pair.value as Node | null;
  const where = at(value?.range?.[0] ?? (pair.key as Node | null)?.range?.[0] ?? 0);
  const bad = (what: string) => ({ problem: { message: `${label}: "${lang}" ${what}`, ...where } });
  const scalars = isSeq(value) ? (value.items as Array<Node | null>) : [value];
  if (scalars.length === 0) return bad('is an empty list: give at least one form');
  const forms: string[] = [];
  for (const scalar of scalars) {
    const text = isScalar(scalar) ? scalar.value : undefined;
    if (typeof text !== 'string' || normalizeForm(text) === '') {
      return bad('must be a name or a list of names (text; quote a form that starts with a digit or symbol)');
    }
    forms.push(normalizeForm(text));
  }
  return { forms };
}

/** NFC, single spaces, no surrounding space: the form as the matcher compares it. */
export function normalizeForm(form: string): string {
  return form.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export interface DuplicateForm {
  /** the later entry */
  entry: GlossaryEntry;
  /** the form it shares, as written in `entry` */
  form: string;
  /** the earlier entry that has the form */
  first: GlossaryEntry;
}

/**
 * Entries that share a form (in the same language) with an earlier entry,
 * once per pair of entries. Forms compare after NFC and whitespace folding,
 * as the matcher sees them.
 */
export function duplicateForms(entries: GlossaryEntry[]): DuplicateForm[] {
  const owners = new Map<string, GlossaryEntry>();
  const found: DuplicateForm[] = [];
  for (const entry of entries) {
    const reported = new Set<GlossaryEntry>();
    for (const lang of ['ko', 'en'] as const) {
      for (const form of entry[lang]) {
        const key = `${lang}\u0000${normalizeForm(form)}`;
        const first = owners.get(key);
        if (first === undefined) owners.set(key, entry);
        else if (first !== entry && !reported.has(first)) {
          reported.add(first);
          found.push({ entry, form, first });
        }
      }
    }
  }
  return found;
}
