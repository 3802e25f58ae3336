/**
 * What the pair rules share: which version of a pair is the translation
 * (the one that is not in the site's default language) and where a
 * front-matter field stands in the source.
 */
import type { Article, Lang, Pair } from '../types.js';
import { offsetOfLine } from './text/prose.js';

export const LANGUAGE_NAME: Record<Lang, string> = { ko: 'Korean', en: 'English' };

export interface Sides {
  /** the version in the site's default language */
  original: Article;
  /** the other one, where findings about the pair as a whole are reported */
  translation: Article;
}

export function sidesOf(pair: Pair, defaultLanguage: Lang = 'ko'): Sides {
  return defaultLanguage === 'ko' ? { original: pair.ko, translation: pair.en } : { original: pair.en, translation: pair.ko };
}

export interface Span {
  start: number;
  end: number;
}

/** The line of a top-level front-matter field, or undefined when the article has no such field. */
export function fieldSpan(article: Article, field: string): Span | undefined {
  const line = article.fieldLines[field];
  return line === undefined ? undefined : lineSpan(article.source, line);
}

/** A field's line, or the first line of the front matter (where a missing field would go). */
export function fieldOrFrontMatter(article: Article, field: string): Span {
  return fieldSpan(article, field) ?? lineSpan(article.source, 1);
}

export function lineSpan(source: string, line: number): Span {
  const start = offsetOfLine(source, line);
  const newline = source.indexOf('\n', start);
  return { start, end: newline === -1 ? source.length : newline };
}

/**
 * The pairs of a site, for site rules that need the site as well (history,
 * settings): articles sharing a key, the first of each language, as the
 * pair stage makes them (it reports the duplicates).
 */
export function pairsOf(articles: readonly Article[]): Pair[] {
  const byKey = new Map<string, Partial<Record<Lang, Article>>>();
  for (const article of articles) {
    const slot = byKey.get(article.key) ?? {};
    slot[article.lang] ??= article;
    byKey.set(article.key, slot);
  }
  const pairs: Pair[] = [];
  for (const [key, { ko, en }] of byKey) if (ko && en) pairs.push({ key, ko, en });
  return pairs;
}
