/**
 * What gets published: the articles to write (drafts only on request),
 * newest first, how each finds its translation, and absolute URLs.
 */
import type { Article, Lang, Pairing, Publication, Site } from '../types.js';

export interface PublicationOptions {
  drafts?: boolean;
  /** overrides the `baseUrl` setting */
  baseUrl?: string;
  /** seconds since epoch (SOURCE_DATE_EPOCH) */
  sourceDateEpoch?: number;
}

export function createPublication(site: Site, pairing: Pairing, options: PublicationOptions = {}): Publication {
  const base = normalizedBase(options.baseUrl ?? site.settings.baseUrl);
  const publishable = (a: Article) => options.drafts || !a.meta.draft;
  const paired = [...pairing.pairs.map((p) => p.ko), ...pairing.pairs.map((p) => p.en), ...pairing.unpaired];
  const articles = onePerPage(paired.filter(publishable).sort(newestFirst));
  const published = new Set(articles);
  const partner = new Map<Article, Article>();
  for (const { ko, en } of pairing.pairs) {
    if (published.has(ko) && published.has(en)) {
      partner.set(ko, en);
      partner.set(en, ko);
    }
  }
  const byLang: Record<Lang, Article[]> = {
    ko: articles.filter((a) => a.lang === 'ko'),
    en: articles.filter((a) => a.lang === 'en'),
  };
  const newest = articles.reduce((max, a) => Math.max(max, a.modified), 0);
  return {
    site,
    articles,
    byLang,
    translationOf: (article) => partner.get(article),
    url: (article) => `${base}/${article.lang}/${article.slug}/`,
    absolute: (path) => `${base}/${path.replace(/^\/+/, '')}`,
    buildTime: buildTime(options.sourceDateEpoch, newest),
  };
}

/** The largest time a JavaScript date holds, in ms either side of the epoch. */
const MAX_TIME = 8.64e15;

/** SOURCE_DATE_EPOCH when a date can hold it (a larger number is ignored like a malformed one), else the newest article's time. */
function buildTime(epoch: number | undefined, newest: number): number {
  const ms = epoch === undefined ? undefined : epoch * 1000;
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME ? ms : newest;
}

/**
 * The base URL as every URL of the site starts: in its plainest form (scheme
 * and host in lower case, no default port, an international host in
 * punycode, the path percent-encoded), without query, fragment or trailing
 * slash, so a canonical link and a sitemap entry spell a page the same way.
 */
export function normalizedBase(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    return parsed.href.replace(/\/+$/, '');
  } catch {
    return url.replace(/\/+$/, '');
  }
}

/**
 * Two articles can claim one page only in a site with `slug-conflict`
 * errors built with `--force`; the newer one gets the page, so no page,
 * feed or sitemap names a URL twice or links to a page that says otherwise.
 */
function onePerPage(newestFirstArticles: Article[]): Article[] {
  const taken = new Set<string>();
  return newestFirstArticles.filter((article) => {
    const page = `${article.lang}/${article.slug}`;
    if (taken.has(page)) return false;
    taken.add(page);
    return true;
  });
}

/** Newest first; ties broken by path so the order never depends on the file system. */
export function newestFirst(a: Article, b: Article): number {
  return b.published - a.published || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
