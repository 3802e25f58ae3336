/**
 * One article file to an `Article`: language from the suffix, decoding,
 * front matter, Markdown. Problems become `frontmatter-invalid` messages on
 * the file, and the article is left out.
 */
import type { VFile } from 'vfile';
import { addMessage, createFile } from '../diagnostics.js';
import { parseIsoInstant } from '../time.js';
import type { Article, FrontMatter, Lang, Settings } from '../types.js';
import { decodeArticle } from './decode.js';
import { readFrontMatter, type FrontMatterResult } from './frontmatter.js';
import { parseMarkdown } from './parse.js';
import { scanMarkdown, treeDepth } from './complexity.js';

const SUFFIX = /\.(ko|en)\.md$/;
/** Device names Windows reserves in every folder, so a page folder or bundle file so named cannot exist there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export interface LoadedFile {
  article?: Article;
  file: VFile;
}

export function languageOf(path: string): Lang | undefined {
  return SUFFIX.exec(path)?.[1] as Lang | undefined;
}

/** `articles/2026/01/x.ko.md` → `2026/01/x` */
export function stemOf(path: string): string {
  return path.replace(/^articles\//, '').replace(/\.(ko|en)\.md$/, '').normalize('NFC');
}

export function readArticle(path: string, bytes: Uint8Array, settings: Settings): LoadedFile {
  const head = readHead(path, bytes, settings);
  return 'front' in head ? readBody(head, settings) : head;
}

/** What `readHead` worked out of an article whose front matter holds: all that `readBody` needs. */
export interface ArticleHead {
  path: string;
  lang: Lang;
  stem: string;
  slug: string;
  source: string;
  file: VFile;
  front: FrontMatterResult & { meta: FrontMatter };
}

/**
 * An article file up to its front matter: the language, the text, the
 * front matter and the slug — or the file with the problem that stops it.
 * (Split from `readBody` so that a job can read the heads of many files,
 * then their bodies: each step's code stays warm.)
 */
export function readHead(path: string, bytes: Uint8Array, settings: Settings): ArticleHead | { file: VFile } {
  const lang = languageOf(path);
  if (!lang) {
    return problemAt(createFile(path, ''), 'cannot tell the language: name the file <name>.ko.md or <name>.en.md');
  }
  if (bytes.byteLength > settings.limits.maxArticleBytes) {
    return problemAt(
      createFile(path, ''),
      `the file is ${bytes.byteLength} bytes, over the limit of ${settings.limits.maxArticleBytes} (setting limits.maxArticleBytes); split the article or raise the limit`,
    );
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return problemAt(createFile(path, ''), decoded.message);
  const source = decoded.text;
  const file = createFile(path, source);
  const longLine = findLongLine(source, settings.limits.maxLineLength);
  if (longLine) {
    return problemAt(file, `line ${longLine} is longer than ${settings.limits.maxLineLength} characters (setting limits.maxLineLength); break it into paragraphs`, longLine);
  }
  const front = readFrontMatter(source, path, settings.timeZone);
  if (!front.meta) {
    for (const p of front.problems) problemAt(file, p.message, p.line, p.column);
    return { file };
  }
  const meta = front.meta;
  if (meta.lang && meta.lang !== lang) {
    return problemAt(file, `"lang: ${meta.lang}" disagrees with the file name, which says ${lang}; fix one of them`, front.fieldLines.lang ?? 1);
  }
  const stem = stemOf(path);
  const slug = meta.slug ?? slugFromStem(stem);
  if (!slug) {
    return problemAt(file, 'the file name does not make a URL slug (a-z, 0-9, "-"); add a "slug:" field', 1);
  }
  if (WINDOWS_RESERVED.test(slug)) {
    return problemAt(file, `the slug "${slug}" is a reserved device name on Windows, where its page could not be saved; add another "slug:"`, front.fieldLines.slug ?? 1);
  }
  return { path, lang, stem, slug, source, file, front: { ...front, meta } };
}

/** The rest of an article from its head: the Markdown body, parsed. */
export function readBody(head: ArticleHead, settings: Settings): LoadedFile {
  const { path, lang, stem, slug, source, file, front } = head;
  const { meta } = front;
  const complex = scanMarkdown(source, front.bodyOffset, settings.limits);
  if (complex) return problemAt(file, complex.message, complex.line);
  const tree = parseMarkdown(source, front.bodyOffset);
  const deep = treeDepth(tree, settings.limits.maxNestingDepth);
  if (deep) return problemAt(file, deep.message, deep.line);
  const published = parseIsoInstant(meta.date, settings.timeZone)!;
  const modified = meta.updated ? parseIsoInstant(meta.updated, settings.timeZone)! : published;
  const article: Article = {
    path,
    stem,
    lang,
    key: meta.translationKey ?? stem,
    slug,
    source,
    bodyOffset: front.bodyOffset,
    meta,
    fieldLines: front.fieldLines,
    published,
    modified: Math.max(modified, published),
    tree,
    file,
  };
  return { article, file };
}

/** The file, with the problem that stops it reported as `frontmatter-invalid`. */
function problemAt(file: VFile, message: string, line = 1, column = 1): { file: VFile } {
  addMessage(file, { rule: 'frontmatter-invalid', message, start: { line, column } });
  return { file };
}

/** The last segment of the stem, lowercased, with other characters turned into "-". */
function slugFromStem(stem: string): string {
  const name = stem.slice(stem.lastIndexOf('/') + 1);
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

function findLongLine(source: string, limit: number): number | undefined {
  if (source.length <= limit) return undefined;
  let line = 1;
  let start = 0;
  while (start <= source.length) {
    const end = source.indexOf('\n', start);
    const stop = end === -1 ? source.length : end;
    if (stop - start > limit) return line;
    if (end === -1) return undefined;
    start = end + 1;
    line++;
  }
  return undefined;
}
