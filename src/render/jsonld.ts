/**
 * schema.org data for the pages: a `NewsArticle` per article, linked to its
 * translation (`workTranslation` on the source, the default-language
 * version; `translationOfWork` on the translation), a `CollectionPage` per
 * language index and a `WebSite` for the language chooser.
 */
import type { Article, Lang } from '../types.js';
import { sitePaths, type RenderContext } from './context.js';
import { isoWithOffset } from './dates.js';

type JsonObject = Record<string, unknown>;

export function authorOf(ctx: RenderContext, article: Article): { name: string; isPerson: boolean } {
  const own = article.meta.author?.trim();
  return own ? { name: own, isPerson: true } : { name: ctx.settings.author[article.lang], isPerson: false };
}

/** The version every other is a translation of: the default-language one. */
export function isSourceVersion(ctx: RenderContext, article: Article): boolean {
  return article.lang === ctx.settings.defaultLanguage;
}

export function articleJsonLd(ctx: RenderContext, article: Article, description: string): JsonObject {
  const { pub, settings, t } = ctx;
  const url = pub.url(article);
  const author = authorOf(ctx, article);
  const translation = pub.translationOf(article);
  const data: JsonObject = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: article.meta.title,
    inLanguage: article.lang,
    datePublished: isoWithOffset(article.published, settings.timeZone),
    dateModified: isoWithOffset(article.modified, settings.timeZone),
    author: { '@type': author.isPerson ? 'Person' : 'Organization', name: author.name },
    publisher: publisher(ctx, article.lang),
  };
  if (description) data.description = description;
  if (article.meta.category) data.articleSection = t(article.lang, `category.${article.meta.category}`, { defaultValue: article.meta.category });
  if (article.meta.tags.length > 0) data.keywords = article.meta.tags;
  if (translation) {
    const other = {
      '@type': 'NewsArticle',
      '@id': pub.url(translation),
      url: pub.url(translation),
      headline: translation.meta.title,
      inLanguage: translation.lang,
    };
    if (isSourceVersion(ctx, article)) data.workTranslation = other;
    else data.translationOfWork = other;
  }
  return data;
}

export function collectionJsonLd(ctx: RenderContext, lang: Lang, title: string): JsonObject {
  const { pub, settings } = ctx;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': pub.absolute(sitePaths.index(lang)),
    url: pub.absolute(sitePaths.index(lang)),
    name: title,
    inLanguage: lang,
    isPartOf: { '@type': 'WebSite', name: settings.title[lang], url: pub.absolute(sitePaths.root) },
    mainEntity: {
      '@type': 'ItemList',
      itemListOrder: 'https://schema.org/ItemListOrderDescending',
      numberOfItems: pub.byLang[lang].length,
      itemListElement: pub.byLang[lang].map((article, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: {
          '@type': 'NewsArticle',
          '@id': pub.url(article),
          url: pub.url(article),
          headline: article.meta.title,
          inLanguage: article.lang,
          datePublished: isoWithOffset(article.published, settings.timeZone),
        },
      })),
    },
  };
}

export function websiteJsonLd(ctx: RenderContext, langs: readonly Lang[]): JsonObject {
  const { pub, settings } = ctx;
  const home = pub.absolute(sitePaths.root);
  const names = [...new Set(langs.map((lang) => settings.title[lang]))];
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': home,
    url: home,
    name: names[0],
    ...(names.length > 1 && { alternateName: names.slice(1) }),
    inLanguage: [...langs],
    hasPart: langs.map((lang) => ({
      '@type': 'CollectionPage',
      url: pub.absolute(sitePaths.index(lang)),
      inLanguage: lang,
      name: settings.title[lang],
    })),
  };
}

function publisher(ctx: RenderContext, lang: Lang): JsonObject {
  return { '@type': 'Organization', name: ctx.settings.title[lang], url: ctx.pub.absolute(sitePaths.root) };
}
