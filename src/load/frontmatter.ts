/**
 * Front matter (SPEC §2): gray-matter finds the block, the `yaml` package
 * parses it with positions, and a zod schema validates it, so that every
 * problem is reported at the line of the offending field.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { RULE_IDS, type FrontMatter, type GlossaryEntry } from '../types.js';
import { parseIsoInstant } from '../time.js';
import { MAX_DATA_DEPTH, nestedDeeperThan } from './complexity.js';

export interface FrontMatterProblem {
  message: string;
  line: number;
  column: number;
}

export interface FrontMatterResult {
  meta?: FrontMatter;
  fieldLines: Record<string, number>;
  /** offset of the Markdown body in the source */
  bodyOffset: number;
  problems: FrontMatterProblem[];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
  message: 'must be an ISO 8601 date or date-time, such as 2026-01-17 or 2026-01-17T09:00:00+09:00',
});
const forms = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const nameEntry = z.strictObject({
  ko: forms,
  en: forms,
  kind: z.enum(['person', 'org', 'place', 'other']).optional(),
});

const schema = z.looseObject({
  title: z.string({ message: 'is required and must be text (quote it if it starts with a digit or symbol)' }).min(1),
  date: isoDate,
  updated: isoDate.optional(),
  author: z.string().min(1).optional(),
  category: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be a key of lowercase letters, digits and hyphens, such as "security"' })
    .optional(),
  tags: z.array(z.string().min(1)).optional(),
  summary: z.string().optional(),
  slug: z.string().regex(/^[a-z0-9-]+$/, { message: 'may contain only a-z, 0-9 and "-"' }).optional(),
  translationKey: z.string().min(1).max(500).optional(),
  draft: z.boolean({ message: 'must be true or false' }).optional(),
  names: z.array(nameEntry).optional(),
  ignore: z.array(z.enum(RULE_IDS)).optional(),
  lang: z.enum(['ko', 'en']).optional(),
});

const KNOWN = new Set(Object.keys(schema.shape));
/** The line that closes the front matter; searched from the end of the opening "---". */
const CLOSING = /\n(---|\.\.\.)[ \t]*(?:\n|$)/g;

/** Reads the front matter of a decoded article. */
export function readFrontMatter(source: string, path: string, timeZone: string): FrontMatterResult {
  const empty = { fieldLines: {}, bodyOffset: 0 };
  if (!/^---[ \t]*(\n|$)/.test(source)) {
    return { ...empty, problems: [{ message: 'no front matter: start the file with a line "---", the fields (title, date), and a closing "---"', line: 1, column: 1 }] };
  }
  CLOSING.lastIndex = 3;
  const closing = CLOSING.exec(source);
  if (!closing) {
    return { ...empty, problems: [{ message: 'front matter is not closed: add a line "---" after the last field', line: 1, column: 1 }] };
  }
  // gray-matter closes the block at the first "\n---", which a closing "---" line cannot precede: the text up to that
  // line is all it needs. (It copies the whole text it is given into a Buffer.) Passing options keeps it from
  // caching every file it has seen.
  const head = closing[1] === '---' ? source.slice(0, closing.index + closing[0].length) : source;
  const split = matter(head, { engines: { yaml: () => ({}) } });
  const bodyOffset = head.length - split.content.length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.matter, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = at(yamlError.pos[0]);
    const message = isStackOverflow(yamlError.message) ? TOO_DEEP : `YAML syntax: ${firstLine(yamlError.message)}`;
    return { fieldLines: {}, bodyOffset, problems: [{ message, line, column: col }] };
  }
  const fieldLines = fieldPositions(doc, at);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    // yaml refuses aliases that would expand without bound ("billion laughs"); deep nesting exhausts the stack.
    return { fieldLines, bodyOffset, problems: [{ message: unusableYaml(error), line: 2, column: 1 }] };
  }
  if (nestedDeeperThan(data, MAX_DATA_DEPTH)) {
    const field = Object.entries(data as object).find(([, value]) => nestedDeeperThan(value, MAX_DATA_DEPTH - 1))?.[0];
    return { fieldLines, bodyOffset, problems: [{ message: TOO_DEEP, line: (field !== undefined && fieldLines[field]) || 2, column: 1 }] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { fieldLines, bodyOffset, problems: [{ message: 'front matter must be a set of "field: value" lines', line: 2, column: 1 }] };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? 'title');
      const line = fieldLines[field] ?? 1;
      const detail = issue.path[0] === undefined ? issue.message : `"${issue.path.join('.')}" ${issue.message}`;
      return { message: hint(field, detail, data as Record<string, unknown>), line, column: 1 };
    });
    return { fieldLines, bodyOffset, problems };
  }
  const problems: FrontMatterProblem[] = [];
  for (const field of ['date', 'updated'] as const) {
    const value = parsed.data[field];
    if (value !== undefined && parseIsoInstant(value, timeZone) === undefined) {
      problems.push({ message: `"${field}" is not a real date or time: ${value}`, line: fieldLines[field] ?? 1, column: 1 });
    }
  }
  if (problems.length) return { fieldLines, bodyOffset, problems };
  return { meta: toFrontMatter(parsed.data, path, fieldLines), fieldLines, bodyOffset, problems };
}

function hint(field: string, detail: string, data: Record<string, unknown>): string {
  if (data[field] === undefined && (field === 'title' || field === 'date')) {
    return `"${field}" is required: add a line "${field}: …" to the front matter`;
  }
  if (field === 'ignore') return `${detail}; rule ids are: ${RULE_IDS.join(', ')}`;
  return detail;
}

const TOO_DEEP = 'YAML is nested too deeply to read; front matter needs only a few levels';

function isStackOverflow(message: string): boolean {
  return /maximum call stack/i.test(message);
}

function unusableYaml(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isStackOverflow(message)) return TOO_DEEP;
  return 'YAML aliases (*name) expand too far; write the values out instead of repeating aliases';
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

function fieldPositions(doc: Document, at: (offset: number) => { line: number; col: number }): Record<string, number> {
  const lines: Record<string, number> = {};
  if (!isMap(doc.contents)) return lines;
  for (const item of doc.contents.items) {
    if (!isScalar(item.key) || !item.key.range) continue;
    const key = String(item.key.value);
    lines[key] = at(item.key.range[0]).line;
    // Each entry of a list gets its own line too (`names.2`), for glossary errors.
    if (isSeq(item.value)) {
      item.value.items.forEach((entry, index) => {
        const range = (entry as { range?: [number, number, number] }).range;
        if (range) lines[`${key}.${index}`] = at(range[0]).line;
      });
    }
  }
  return lines;
}

type Parsed = z.infer<typeof schema>;

function toFrontMatter(data: Parsed, path: string, fieldLines: Record<string, number>): FrontMatter {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!KNOWN.has(key)) extra[key] = value;
  const names: GlossaryEntry[] = (data.names ?? []).map((entry, index) => ({
    ko: list(entry.ko),
    en: list(entry.en),
    ...(entry.kind ? { kind: entry.kind } : {}),
    source: { file: path, line: fieldLines[`names.${index}`] ?? fieldLines.names ?? 1 },
  }));
  return {
    title: data.title,
    date: data.date,
    ...(data.updated !== undefined && { updated: data.updated }),
    ...(data.author !== undefined && { author: data.author }),
    ...(data.category !== undefined && { category: data.category }),
    tags: data.tags ?? [],
    ...(data.summary !== undefined && { summary: data.summary }),
    ...(data.slug !== undefined && { slug: data.slug }),
    ...(data.translationKey !== undefined && { translationKey: data.translationKey.normalize('NFC') }),
    draft: data.draft ?? false,
    names,
    ignore: data.ignore ?? [],
    ...(data.lang !== undefined && { lang: data.lang }),
    extra,
  };
}

function list(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : [value]).map((form) => form.normalize('NFC'));
}
