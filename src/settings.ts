/**
 * Site settings (SPEC §8): read from pairpress.config.json, else the
 * "pairpress" key of package.json, else defaults. The one place defaults live.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { RULE_IDS, type Settings } from './types.js';
import { UserError } from './errors.js';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './load/safe-read.js';

export const DEFAULT_SETTINGS: Settings = {
  title: { ko: 'pairpress', en: 'pairpress' },
  baseUrl: 'http://localhost:4321',
  timeZone: 'Asia/Seoul',
  defaultLanguage: 'ko',
  author: { ko: '편집국', en: 'Newsroom' },
  feedLimit: 50,
  rules: {},
  // Far above any real article, low enough that no input can make a run take minutes.
  limits: {
    maxArticleBytes: 512 * 1024,
    maxArticles: 100_000,
    maxLineLength: 20_000,
    maxNestingDepth: 32,
    maxInlineMarkup: 300,
  },
};

const perLanguage = z.strictObject({ ko: z.string().min(1), en: z.string().min(1) });
const ruleSetting = z.enum(['error', 'warning', 'off']);

const settingsSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.union([z.string().min(1), perLanguage]).optional(),
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'not an IANA time zone such as "Asia/Seoul"' })
    .optional(),
  defaultLanguage: z.enum(['ko', 'en']).optional(),
  author: z.union([z.string().min(1), perLanguage]).optional(),
  feedLimit: z.number().int().positive().optional(),
  rules: z.partialRecord(z.enum(RULE_IDS), ruleSetting).optional(),
  limits: z
    .strictObject({
      maxArticleBytes: z.number().int().positive().optional(),
      maxArticles: z.number().int().positive().optional(),
      maxLineLength: z.number().int().positive().optional(),
      maxNestingDepth: z.number().int().positive().optional(),
      maxInlineMarkup: z.number().int().positive().optional(),
    })
    .optional(),
});

export type SettingsInput = z.infer<typeof settingsSchema>;

const KNOWN_SETTINGS = 'title, baseUrl, timeZone, defaultLanguage, author, feedLimit, rules, limits';

/** `unknown setting "rules.bar"`, `"feedLimit": Too small…`: one line per key. */
function describeIssue(issue: z.core.$ZodIssue): string[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const name = [...path, key].join('.');
      return path[0] === 'rules' ? `unknown rule id "${name}" (rule ids: ${RULE_IDS.join(', ')})` : `unknown setting "${name}"`;
    });
  }
  return [`"${path.join('.')}": ${issue.message}`];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates the settings of the site at `root`; throws UserError naming the file and key. */
export async function loadSettings(root: string, overrides: SettingsInput = {}): Promise<Settings> {
  const found = await readSettingsFile(root);
  const where = found?.file ?? 'settings';
  if (found && !isPlainObject(found.data)) {
    throw new UserError(`${where}: the settings must be a JSON object, such as {"baseUrl": "https://news.example"}`);
  }
  const merged = { ...(found?.data ?? {}), ...stripUndefined(overrides) };
  const parsed = settingsSchema.safeParse(merged);
  if (!parsed.success) {
    // Every problem at once, each with its key, so that one run shows all there is to fix.
    const problems = parsed.error.issues.flatMap(describeIssue);
    throw new UserError(`${where}: ${problems.join('; ')}. Known settings: ${KNOWN_SETTINGS}.`);
  }
  return normalize(parsed.data);
}

function normalize(input: SettingsInput): Settings {
  const d = DEFAULT_SETTINGS;
  const both = (v: string | { ko: string; en: string } | undefined, fallback: Settings['title']) =>
    v === undefined ? fallback : typeof v === 'string' ? { ko: v, en: v } : v;
  return {
    title: both(input.title, d.title),
    baseUrl: (input.baseUrl ?? d.baseUrl).replace(/\/+$/, ''),
    timeZone: input.timeZone ?? d.timeZone,
    defaultLanguage: input.defaultLanguage ?? d.defaultLanguage,
    author: both(input.author, d.author),
    feedLimit: input.feedLimit ?? d.feedLimit,
    rules: input.rules ?? {},
    limits: { ...d.limits, ...stripUndefined(input.limits ?? {}) },
  };
}

async function readSettingsFile(root: string): Promise<{ file: string; data: unknown } | undefined> {
  const config = await readJson(join(root, 'pairpress.config.json'), 'pairpress.config.json');
  if (config !== undefined) return { file: 'pairpress.config.json', data: config };
  const pkg = await readJson(join(root, 'package.json'), 'package.json');
  if (pkg && typeof pkg === 'object' && 'pairpress' in pkg) {
    return { file: 'package.json ("pairpress" key)', data: (pkg as Record<string, unknown>).pairpress };
  }
  return undefined;
}

async function readJson(path: string, name: string): Promise<unknown> {
  const read = await readRegularFile(path, MAX_DATA_FILE_BYTES);
  if (!read.ok) {
    if (read.missing) return undefined;
    throw new UserError(`${name}: ${read.message}`);
  }
  const text = read.bytes.toString('utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // the parser quotes the text around the error, which may hold control characters: keep the report printable
    const reason = (error as Error).message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    throw new UserError(`${name}: not valid JSON (${reason}). Fix the file or remove it.`);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
