/**
 * Values of an article worked out elsewhere — in a worker thread, or read
 * from the cache — from the same tree the functions here would walk: its
 * plain-text dek and its body with absolute URLs. The renderers use them
 * instead of parsing the article again; they are the same values.
 */
import type { Article } from '../types.js';

const summaries = new WeakMap<Article, string>();
const bodies = new WeakMap<Article, Map<string, string>>();

/** Records the dek `plainSummary` gives for the article. */
export function prepareSummary(article: Article, summary: string): void {
  summaries.set(article, summary);
}

/** Records the body HTML `markdownToHtml` gives for the article with `absoluteBase` (`''`: none). */
export function prepareBody(article: Article, absoluteBase: string, html: string): void {
  let byBase = bodies.get(article);
  if (!byBase) bodies.set(article, (byBase = new Map()));
  byBase.set(absoluteBase, html);
}

export function preparedSummary(article: Article): string | undefined {
  return summaries.get(article);
}

export function preparedBody(article: Article, absoluteBase: string): string | undefined {
  return bodies.get(article)?.get(absoluteBase);
}
