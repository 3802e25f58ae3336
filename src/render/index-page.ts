/**
 * The language pages that are not articles: each language's index (newest
 * first, with date, category and dek) and the root language chooser.
 */
import type { Element } from 'hast';
import { LANGS, type Article, type Lang } from '../types.js';
import { linkTo, otherLang, sitePaths, type RenderContext } from './context.js';
import { documentRoot, h, serialize } from './hast.js';
import { renderHead, type Alternate } from './head.js';
import { collectionJsonLd, websiteJsonLd } from './jsonld.js';
import { categoryName, datedText, languageLink, MAIN_ID, renderLanguagePage } from './layout.js';
import { plainSummary } from './markdown.js';
import { truncate } from './page.js';

const LATEST_HEADING_ID = 'latest';
const SUMMARY_LIMIT = 300;

/** Indexes and the chooser form one set of alternates; the chooser is the x-default. */
function indexAlternates(ctx: RenderContext): Alternate[] {
  return [
    ...LANGS.map((lang) => ({ hreflang: lang, href: ctx.pub.absolute(sitePaths.index(lang)) })),
    { hreflang: 'x-default' as const, href: ctx.pub.absolute(sitePaths.root) },
  ];
}

/** "Index title — Site title", or just one of them when they are the same. */
function pageTitle(...parts: string[]): string {
  return [...new Set(parts.filter(Boolean))].join(' — ');
}

export function languageIndexPage(ctx: RenderContext, lang: Lang): string {
  const { pub, settings, t } = ctx;
  const dir = sitePaths.index(lang);
  const heading = t(lang, 'index.title');
  const articles = pub.byLang[lang];
  return renderLanguagePage(ctx, {
    head: {
      dir,
      lang,
      title: pageTitle(heading, settings.title[lang]),
      description: t(lang, 'footer.about'),
      canonical: pub.absolute(dir),
      alternates: indexAlternates(ctx),
      feedLangs: [lang],
      og: { type: 'website', title: settings.title[lang], alternateLocales: [otherLang(lang)] },
      jsonLd: collectionJsonLd(ctx, lang, heading),
    },
    switchTo: { lang: otherLang(lang), path: sitePaths.index(otherLang(lang)) },
    main: [
      h('h1', {}, heading),
      h(
        'section',
        { ariaLabelledBy: LATEST_HEADING_ID },
        h('h2', { id: LATEST_HEADING_ID }, t(lang, 'index.latest')),
        articles.length > 0
          ? h('ol', { className: ['article-list'] }, articles.map((article) => h('li', {}, teaser(ctx, article, dir))))
          : h('p', { className: ['empty'] }, t(lang, 'index.empty')),
      ),
    ],
  });
}

function teaser(ctx: RenderContext, article: Article, dir: string): Element {
  const lang = article.lang;
  const summary = truncate(plainSummary(article), SUMMARY_LIMIT);
  return h(
    'article',
    {},
    h(
      'p',
      { className: ['meta'] },
      article.meta.category && h('span', { className: ['category'] }, categoryName(ctx, lang, article.meta.category)),
      h('span', { className: ['published'] }, datedText(ctx, lang, 'article.publishedOn', article.published)),
    ),
    h('h3', {}, h('a', { href: linkTo(ctx, dir, sitePaths.article(article)) }, article.meta.title)),
    summary && h('p', { className: ['summary'] }, summary),
  );
}

/** The root page: both languages offered, each in its own words. */
export function chooserPage(ctx: RenderContext): string {
  const { pub, settings, t } = ctx;
  const first = settings.defaultLanguage;
  const langs: Lang[] = [first, otherLang(first)];
  const dir = sitePaths.root;
  const titles = langs.map((lang) => settings.title[lang]);
  const head = renderHead(ctx, {
    dir,
    lang: first,
    title: pageTitle(...titles),
    description: langs.map((lang) => t(lang, 'footer.about')).join(' / '),
    canonical: pub.absolute(dir),
    alternates: indexAlternates(ctx),
    feedLangs: langs,
    og: { type: 'website', title: pageTitle(...titles), alternateLocales: [otherLang(first)] },
    jsonLd: websiteJsonLd(ctx, langs),
  });
  const body = h(
    'body',
    {},
    h('a', { className: ['skip-link'], href: `#${MAIN_ID}` }, t(first, 'a11y.skip')),
    h(
      'main',
      { id: MAIN_ID },
      h('h1', {}, [...new Set(titles)].map((title, i) => (i === 0 ? title : [' · ', h('span', { lang: langs[i]! }, title)]))),
      h(
        'div',
        { className: ['chooser'] },
        langs.map((lang) =>
          h(
            'section',
            { lang },
            h('h2', {}, t(lang, 'chooser.title')),
            h('p', {}, t(lang, 'chooser.prompt')),
            h('p', { className: ['go'] }, languageLink(ctx, undefined, dir, lang, sitePaths.index(lang))),
          ),
        ),
      ),
    ),
  );
  return serialize(documentRoot(h('html', { lang: first }, head, body)));
}
