/**
 * The load stage: a site folder in, a `Site` out. Reads settings, articles,
 * the glossary and the locale files; every problem in them becomes a
 * diagnostic on its file, never an exception. Only an unusable root or
 * invalid settings throw (UserError).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { VFile } from 'vfile';
import { addMessage, createFile } from '../diagnostics.js';
import { UserError } from '../errors.js';
import { loadSettings, type SettingsInput } from '../settings.js';
import type { Article, GlossaryEntry, LocaleFile, Settings, Site } from '../types.js';
import { stemOf, type LoadedFile } from './article.js';
import { loadArticleFile } from './article-file.js';
import { discoverArticles } from './discover.js';
import { gitHistory } from './git.js';
import { parseGlossary } from './glossary.js';
import { isSymbolicLink } from './links.js';
import { loadLocales } from './locales.js';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './safe-read.js';

export const GLOSSARY_PATH = 'locales/glossary.yaml';

const io = pLimit(16);

export interface LoadOptions {
  /** called with (0, total) before reading, then after each article file is read */
  onProgress?: (done: number, total: number) => void;
  /**
   * Reads and loads the article files (default: each in turn, in this
   * thread). The engine behind `--jobs` and the cache passes its own.
   */
  readArticles?: ArticleReader;
  /** keeps what is worked out from a file's text between runs (the engine's cache); default: nothing kept */
  remember?: Remember;
}

/** Returns what `compute` gives for `text`, from an earlier run when it was kept. */
export type Remember = <T>(kind: string, text: string, compute: () => T) => Promise<T>;

/** What an article reader may use besides the paths: the rest of the site, already loaded. */
export interface ReadContext {
  root: string;
  settings: Settings;
  glossary: GlossaryEntry[];
  locales: LocaleFile[];
}

/** Loads article files; the results are in the order of `paths`. */
export type ArticleReader = (
  paths: readonly string[],
  context: ReadContext,
  onProgress?: (done: number, total: number) => void,
) => Promise<LoadedFile[]>;

export async function loadSite(root: string, overrides: SettingsInput = {}, options: LoadOptions = {}): Promise<Site> {
  await assertDirectory(root);
  const settings = await loadSettings(root, overrides);
  const files: VFile[] = [];
  const { markdown, links } = await discoverArticles(root);
  for (const link of links) {
    const file = createFile(link, '');
    addMessage(file, {
      rule: 'frontmatter-invalid',
      message: 'symbolic links are not followed; put the article itself under articles/',
      start: { line: 1, column: 1 },
    });
    files.push(file);
  }
  const limited = markdown.slice(0, settings.limits.maxArticles);
  if (markdown.length > limited.length) {
    const file = createFile(markdown[limited.length]!, '');
    addMessage(file, {
      rule: 'frontmatter-invalid',
      message: `the site has ${markdown.length} articles, over the limit of ${settings.limits.maxArticles} (setting limits.maxArticles); this one and those after it were not read`,
      start: { line: 1, column: 1 },
    });
    files.push(file);
  }
  // The glossary and locales are read first (a reader may need them), their files listed after the articles'.
  const dataFiles: VFile[] = [];
  const glossary = await loadGlossary(root, dataFiles, options.remember);
  const locales = await loadLocales(root, dataFiles);
  options.onProgress?.(0, limited.length);
  const loaded = options.readArticles
    ? await options.readArticles(limited, { root, settings, glossary, locales }, options.onProgress)
    : await readEach(root, limited, settings, options.onProgress);
  const articles: Article[] = [];
  const brokenStems = new Set<string>();
  for (const result of loaded) {
    // `file` is read only when the article did not load: a reader may make it on demand.
    if (result.article) articles.push(result.article);
    else {
      files.push(result.file);
      brokenStems.add(stemOf(result.file.path));
    }
  }
  files.push(...dataFiles);
  const history = await gitHistory(root, articles.map((a) => a.path));
  return { root, settings, articles, glossary, locales, files, brokenStems, history };
}

function readEach(root: string, paths: readonly string[], settings: Settings, onProgress?: (done: number, total: number) => void): Promise<LoadedFile[]> {
  let done = 0;
  return Promise.all(
    paths.map((path) =>
      io(async () => {
        const result = await loadArticleFile(root, path, settings);
        onProgress?.(++done, paths.length);
        return result;
      }),
    ),
  );
}

/** Throws the user error `check` and `build` give when `root` is no folder (exit 2). */
export async function assertDirectory(root: string): Promise<void> {
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new UserError(`cannot read the site folder "${root}": it does not exist. Pass --root DIR with a folder that has articles/ in it.`);
  }
  if (!info.isDirectory()) throw new UserError(`"${root}" is not a folder. Pass --root DIR with a folder that has articles/ in it.`);
}

async function loadGlossary(root: string, files: VFile[], remember: Remember = async (_kind, _text, compute) => compute()): Promise<GlossaryEntry[]> {
  // a linked locales/ folder is reported by loadLocales and not read
  if (await isSymbolicLink(join(root, 'locales'))) return [];
  const read = await readRegularFile(join(root, GLOSSARY_PATH), MAX_DATA_FILE_BYTES);
  if (!read.ok) {
    if (read.missing) return [];
    const file = createFile(GLOSSARY_PATH, '');
    addMessage(file, { rule: 'glossary-invalid', message: read.message, start: { line: 1, column: 1 } });
    files.push(file);
    return [];
  }
  const source = read.bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const file = createFile(GLOSSARY_PATH, source);
  files.push(file);
  const { entries, problems } = await remember('glossary-parse', source, () => parseGlossary(GLOSSARY_PATH, source));
  for (const p of problems) {
    addMessage(file, { rule: 'glossary-invalid', message: p.message, start: { line: p.line, column: p.column } });
  }
  return entries;
}
