/**
 * What the site's own pages, feeds and sitemap show of an article — its
 * language, key, slug, dates, front matter and dek — as one hash, worked
 * out with the article in its job and kept with its record: a rebuild tells
 * whether any of it changed without writing out thousands of front matters.
 */
import type { Article } from '../types.js';
import { hashBytes } from './fingerprint.js';

const listings = new WeakMap<Article, string>();

export function listingHash(article: Article, summary: string): string {
  // Plain JSON is enough: the front matter's fields come in the order of its file, so the same bytes give the same text.
  return hashBytes(JSON.stringify([article.lang, article.key, article.slug, article.published, article.modified, article.meta, summary]));
}

/** Records the listing hash of an article revived from its record. */
export function noteListing(article: Article, hash: string): void {
  listings.set(article, hash);
}

/** The listing hash of an article the engine revived; undefined for any other. */
export function listingOf(article: Article): string | undefined {
  return listings.get(article);
}
