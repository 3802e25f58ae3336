/**
 * What one language's feeds say, worked out once and written three ways
 * (RSS, Atom, JSON Feed): the channel, and the latest `feedLimit` articles,
 * newest first, with absolute URLs, full sanitized HTML and the byline.
 */
import { FEED_FILES, otherLang, sitePaths, type FeedKind } from '../../render/context.js';
import type { Translate } from '../../render/i18n.js';
import { markdownToHtml, plainSummary } from '../../render/markdown.js';
import type { Article, Lang, Publication } from '../../types.js';
import { toUri } from '../uri.js';
import { xmlText } from '../xml-text.js';

export interface FeedEntry {
  /** the article's URL, which is also its permanent id */
  url: string;
  title: string;
  /** the dek, plain text ('' when the article has none) */
  summary: string;
  /** the whole body as sanitized HTML, every link and image absolute */
  contentHtml: string;
  published: number;
  modified: number;
  /** the byline: the article's `author`, else the site's default for the language */
  author: string;
  category?: { key: string; name: string };
  /** free tags, without repeats and without the category's own name */
  tags: string[];
  /** the other language's version, when it is published */
  translation?: { lang: Lang; url: string };
}

export interface FeedData {
  lang: Lang;
  title: string;
  description: string;
  /** the language's index page */
  homeUrl: string;
  /** the other language's index page */
  otherHome: { lang: Lang; url: string };
  /** absolute URL of each feed file of this language */
  feedUrls: Record<FeedKind, string>;
  /** the build time (SOURCE_DATE_EPOCH, else the newest article date) */
  updated: number;
  timeZone: string;
  /** the site's default byline for the language */
  author: string;
  entries: FeedEntry[];
}

/** Locale key for a feed description; without it the site title stands in. */
export const DESCRIPTION_KEY = 'feeds.description';

export function feedData(pub: Publication, lang: Lang, t: Translate, has: (lang: Lang, key: string) => boolean): FeedData {
  const settings = pub.site.settings;
  const title = settings.title[lang];
  const other = otherLang(lang);
  const feedUrls = Object.fromEntries(
    (Object.keys(FEED_FILES) as FeedKind[]).map((kind) => [kind, toUri(pub.absolute(sitePaths.feed(lang, kind)))]),
  ) as Record<FeedKind, string>;
  return {
    lang,
    title,
    description: has(lang, DESCRIPTION_KEY) ? t(lang, DESCRIPTION_KEY) : title,
    homeUrl: toUri(pub.absolute(sitePaths.index(lang))),
    otherHome: { lang: other, url: toUri(pub.absolute(sitePaths.index(other))) },
    feedUrls,
    updated: pub.buildTime,
    timeZone: settings.timeZone,
    author: settings.author[lang],
    entries: pub.byLang[lang].slice(0, settings.feedLimit).map((article) => feedEntry(pub, article, t)),
  };
}

function feedEntry(pub: Publication, article: Article, t: Translate): FeedEntry {
  const lang = article.lang;
  // Front-matter strings go through xmlText before the emptiness checks, so no feed gets an empty category.
  const key = xmlText(article.meta.category ?? '').trim();
  const name = key && xmlText(t(lang, `category.${key}`, { defaultValue: key })).trim();
  const category = key && name ? { key, name } : undefined;
  const translation = pub.translationOf(article);
  const seen = new Set(category ? [category.name] : []);
  const tags: string[] = [];
  for (const tag of article.meta.tags.map((tag) => xmlText(tag).trim())) {
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      tags.push(tag);
    }
  }
  return {
    url: toUri(pub.url(article)),
    title: article.meta.title,
    summary: plainSummary(article),
    contentHtml: markdownToHtml(article, { absoluteBase: pub.url(article) }),
    published: article.published,
    modified: article.modified,
    author: xmlText(article.meta.author ?? '').trim() || pub.site.settings.author[lang],
    ...(category && { category }),
    tags,
    ...(translation && { translation: { lang: translation.lang, url: toUri(pub.url(translation)) } }),
  };
}
