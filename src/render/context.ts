/**
 * What every page renderer shares: the publication, UI strings, settings,
 * and how one page links to another (relative inside the site, absolute in
 * standalone pages that leave it).
 */
import type { Article, Lang, Publication, Settings } from '../types.js';
import { createTranslator, type Translate } from './i18n.js';
import { STYLESHEET_PATH } from './assets.js';

export interface RenderOptions {
  /**
   * A page that will be read outside the site (a publisher bundle): the
   * stylesheet is inlined and every link is absolute.
   */
  standalone?: boolean;
}

export interface RenderContext {
  pub: Publication;
  settings: Settings;
  t: Translate;
  standalone: boolean;
}

export function createContext(pub: Publication, options: RenderOptions = {}): RenderContext {
  return {
    pub,
    settings: pub.site.settings,
    t: createTranslator(pub.site.locales).t,
    standalone: options.standalone ?? false,
  };
}

/** Output-folder paths (with `/`, directories ending in `/`) of the site's pages. */
export const sitePaths = {
  root: '',
  index: (lang: Lang) => `${lang}/`,
  article: (article: Article) => `${article.lang}/${article.slug}/`,
  feed: (lang: Lang, kind: FeedKind) => `${lang}/${FEED_FILES[kind]}`,
  stylesheet: STYLESHEET_PATH,
};

export type FeedKind = 'rss' | 'atom' | 'json';

export const FEED_FILES: Record<FeedKind, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

export const FEED_TYPES: Record<FeedKind, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/**
 * How the page at `fromDir` refers to `toPath` (both relative to the output
 * root): a relative URL inside the site, the absolute URL when standalone.
 */
export function linkTo(ctx: RenderContext, fromDir: string, toPath: string): string {
  if (ctx.standalone) return ctx.pub.absolute(toPath);
  return relativePath(fromDir, toPath);
}

/** `ko/a/` → `ko/` is `../`; `ko/a/` → `en/a/` is `../../en/a/`; a folder to itself is `./`. */
export function relativePath(fromDir: string, toPath: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return '../'.repeat(from.length - common) + to.slice(common).join('/') || './';
}

/** The language a page offers beside its own. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko';
}

/** Open Graph locale names. */
export const OG_LOCALE: Record<Lang, string> = { ko: 'ko_KR', en: 'en_US' };
