/**
 * One article's page: headline, dek, byline with dates, the sanitized body,
 * tags, and the link to its translation (or, for an article published
 * alone, a notice and no link).
 */
import type { Element } from 'hast';
import { toString } from 'mdast-util-to-string';
import { xmlText } from '../publish/xml-text.js';
import { LANGS, type Article, type Publication } from '../types.js';
import { createContext, otherLang, sitePaths, type RenderContext, type RenderOptions } from './context.js';
import { isoWithOffset } from './dates.js';
import { h, type Child } from './hast.js';
import type { Alternate } from './head.js';
import { articleJsonLd, authorOf } from './jsonld.js';
import { categoryName, datedText, renderLanguagePage } from './layout.js';
import { markdownToHast, plainSummary } from './markdown.js';

/** The longest meta description, in characters; search engines cut longer ones anyway. */
const DESCRIPTION_LIMIT = 300;

export function articlePagePath(article: Article): string {
  return `${sitePaths.article(article)}index.html`;
}

/** An article page on its own, e.g. for a publisher bundle (`standalone`: inline CSS, absolute links). */
export function renderArticlePage(pub: Publication, article: Article, options: RenderOptions = {}): string {
  return articlePage(createContext(pub, options), article);
}

export function articlePage(ctx: RenderContext, article: Article): string {
  const { pub, settings, t } = ctx;
  const lang = article.lang;
  const dir = sitePaths.article(article);
  const translation = pub.translationOf(article);
  // An article with neither a summary nor a paragraph still describes itself: by its headline.
  const description = truncate(readable(plainSummary(article)) || readable(article.meta.title), DESCRIPTION_LIMIT);
  const category = article.meta.category ? categoryName(ctx, lang, article.meta.category) : undefined;
  const versions = LANGS.map((l) => (l === lang ? article : translation)).filter((v): v is Article => v !== undefined);
  const xDefault = versions.find((v) => v.lang === settings.defaultLanguage) ?? article;
  const alternates: Alternate[] = [
    ...versions.map((v) => ({ hreflang: v.lang, href: pub.url(v) })),
    { hreflang: 'x-default', href: pub.url(xDefault) },
  ];
  const ogArticle: [string, string][] = [
    ['published_time', isoWithOffset(article.published, settings.timeZone)],
    ['modified_time', isoWithOffset(article.modified, settings.timeZone)],
  ];
  if (category) ogArticle.push(['section', category]);
  for (const tag of article.meta.tags) ogArticle.push(['tag', tag]);

  return renderLanguagePage(ctx, {
    head: {
      dir,
      lang,
      title: `${article.meta.title} — ${settings.title[lang]}`,
      description,
      canonical: pub.url(article),
      alternates,
      feedLangs: [lang],
      og: {
        type: 'article',
        title: article.meta.title,
        alternateLocales: translation ? [translation.lang] : [],
        article: ogArticle,
      },
      jsonLd: articleJsonLd(ctx, article, description),
      noindex: article.meta.draft,
    },
    ...(translation && { switchTo: { lang: translation.lang, path: sitePaths.article(translation) } }),
    main: [
      h(
        'article',
        { className: ['article'] },
        h(
          'header',
          {},
          category && h('p', { className: ['kicker'] }, category),
          h('h1', {}, article.meta.title),
          article.meta.summary?.trim() && h('p', { className: ['dek'] }, article.meta.summary.trim()),
          byline(ctx, article),
        ),
        !translation && h('p', { className: ['notice'] }, t(lang, 'untranslated.notice', { language: t(lang, `lang.${otherLang(lang)}`) })),
        h('div', { className: ['article-body'] }, markdownToHast(article, ctx.standalone ? { absoluteBase: pub.url(article) } : {}).children as Child[]),
        tagList(ctx, article),
      ),
    ],
  });
}

function byline(ctx: RenderContext, article: Article): Element {
  const { t } = ctx;
  const lang = article.lang;
  const minutes = readingMinutes(article);
  return h(
    'p',
    { className: ['byline'] },
    h('span', { className: ['author'] }, t(lang, 'article.by', { author: authorOf(ctx, article).name })),
    h('span', { className: ['published'] }, datedText(ctx, lang, 'article.publishedOn', article.published)),
    article.modified > article.published &&
      h('span', { className: ['updated'] }, datedText(ctx, lang, 'article.updatedOn', article.modified)),
    h('span', { className: ['reading-time'] }, t(lang, 'article.readingTime', { count: minutes })),
  );
}

function tagList(ctx: RenderContext, article: Article): Element | undefined {
  if (article.meta.tags.length === 0) return undefined;
  return h(
    'footer',
    { className: ['article-tags'] },
    h('p', { className: ['tags-label'] }, ctx.t(article.lang, 'tags.label')),
    h('ul', { className: ['tags'] }, article.meta.tags.map((tag) => h('li', {}, tag))),
  );
}

/**
 * Minutes to read, at least 1: about 500 characters a minute for Korean
 * (counted without spaces) and 230 words a minute for English.
 */
export function readingMinutes(article: Article): number {
  const text = toString(article.tree, { includeHtml: false, includeImageAlt: false });
  const amount = article.lang === 'ko' ? text.replace(/\s+/g, '').length / 500 : (text.match(/\S+/g)?.length ?? 0) / 230;
  return Math.max(1, Math.round(amount));
}

/** Text as the page will show it: without the characters no page may hold, trimmed. */
function readable(text: string): string {
  return xmlText(text).trim();
}

/** At most `limit` characters, cut at a space where one is near, with an ellipsis. */
export function truncate(text: string, limit: number): string {
  const chars = [...text];
  if (chars.length <= limit) return text;
  const cut = chars.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return (space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
