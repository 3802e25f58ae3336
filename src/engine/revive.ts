/**
 * Articles in the main thread from what a job (or the cache) returned. The
 * fields a job sends are plain values; the decoded source, the vfile and the
 * Markdown tree are worked out only when something reads them (a finding to
 * place, a review page, a bundle), from the same bytes the job read, so
 * that a site of thousands of articles is not parsed twice.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { addMessage, createFile } from '../diagnostics.js';
import { decodeArticle } from '../load/decode.js';
import { parseMarkdown } from '../load/parse.js';
import type { Article } from '../types.js';
import type { ArticleRecord, BrokenRecord } from './job.js';

const opened = new WeakSet<Article>();

export function reviveArticle(record: ArticleRecord, bytes: () => Uint8Array): Article {
  const { summary: _summary, ignored: _ignored, listing: _listing, ...fields } = record;
  let source: string | undefined;
  let file: VFile | undefined;
  let tree: Root | undefined;
  const article = fields as Article;
  Object.defineProperties(article, {
    source: { enumerable: true, get: () => (source ??= decodedText(bytes())) },
    file: {
      enumerable: true,
      get: () => {
        if (!file) {
          file = createFile(record.path, article.source);
          opened.add(article);
        }
        return file;
      },
    },
    tree: { enumerable: true, get: () => (tree ??= parseMarkdown(article.source, record.bodyOffset)) },
  });
  return article;
}

/** Whether anything has reported on (or read the file of) a revived article; always true for others. */
export function hasOpenFile(article: Article): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(article, 'file');
  return !descriptor?.get || opened.has(article);
}

export function reviveBroken(record: BrokenRecord): VFile {
  const file = createFile(record.path, record.source);
  for (const m of record.messages) {
    addMessage(
      file,
      { rule: m.rule, message: m.message, start: m.start, end: m.end, ...(m.key !== undefined && { key: m.key }), ...(m.related && { related: m.related }) },
      m.startOffset,
    );
  }
  return file;
}

function decodedText(bytes: Uint8Array): string {
  const decoded = decodeArticle(bytes);
  // The job decoded these very bytes without trouble; a failure here is a bug.
  if (!decoded.ok) throw new Error(`cannot decode an article that decoded before: ${decoded.message}`);
  return decoded.text;
}
