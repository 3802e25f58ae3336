/**
 * The `<head>` of every page: charset, viewport, title, description,
 * canonical, hreflang alternates with x-default, feed links, Open Graph,
 * the stylesheet and JSON-LD.
 */
import type { Element } from 'hast';
import type { Lang } from '../types.js';
import { STYLESHEET } from './assets.js';
import { FEED_TYPES, linkTo, OG_LOCALE, sitePaths, type FeedKind, type RenderContext } from './context.js';
import { h, type Child } from './hast.js';

export interface Alternate {
  /** `ko`, `en` or `x-default` */
  hreflang: Lang | 'x-default';
  href: string;
}

export interface HeadInput {
  /** where the page is written, relative to the output root (`ko/slug/`) */
  dir: string;
  lang: Lang;
  title: string;
  description: string;
  canonical: string;
  alternates: Alternate[];
  /** languages whose feeds the page announces */
  feedLangs: Lang[];
  og: {
    type: 'article' | 'website';
    title: string;
    /** locales of the other versions of this page */
    alternateLocales: Lang[];
    /** `article:*` properties (published_time, section, tag …) in order */
    article?: [string, string][];
  };
  jsonLd: unknown;
  /** keep the page out of search engines (drafts built with --drafts) */
  noindex?: boolean;
}

export function renderHead(ctx: RenderContext, input: HeadInput): Element {
  const siteName = ctx.settings.title[input.lang];
  return h(
    'head',
    {},
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, input.title),
    input.description && h('meta', { name: 'description', content: input.description }),
    input.noindex && h('meta', { name: 'robots', content: 'noindex' }),
    h('link', { rel: ['canonical'], href: input.canonical }),
    input.alternates.map((a) => h('link', { rel: ['alternate'], hrefLang: a.hreflang, href: a.href })),
    input.feedLangs.map((lang) => feedLinks(ctx, lang, input.feedLangs.length > 1)),
    h('meta', { property: 'og:site_name', content: siteName }),
    h('meta', { property: 'og:type', content: input.og.type }),
    h('meta', { property: 'og:title', content: input.og.title }),
    input.description && h('meta', { property: 'og:description', content: input.description }),
    h('meta', { property: 'og:url', content: input.canonical }),
    h('meta', { property: 'og:locale', content: OG_LOCALE[input.lang] }),
    input.og.alternateLocales.map((lang) => h('meta', { property: 'og:locale:alternate', content: OG_LOCALE[lang] })),
    (input.og.article ?? []).map(([name, content]) => h('meta', { property: `article:${name}`, content })),
    stylesheet(ctx, input.dir),
    jsonLdScript(input.jsonLd),
  );
}

function feedLinks(ctx: RenderContext, lang: Lang, nameLanguage: boolean): Child[] {
  const kinds: FeedKind[] = ['rss', 'atom', 'json'];
  const site = ctx.settings.title[lang];
  return kinds.map((kind) => {
    const label = ctx.t(lang, `feeds.${kind}`);
    const title = nameLanguage ? `${site} (${ctx.t(lang, 'site.languageName')}) — ${label}` : `${site} — ${label}`;
    return h('link', {
      rel: ['alternate'],
      type: FEED_TYPES[kind],
      title,
      hrefLang: nameLanguage ? lang : undefined,
      href: ctx.pub.absolute(sitePaths.feed(lang, kind)),
    });
  });
}

function stylesheet(ctx: RenderContext, dir: string): Element {
  if (ctx.standalone) return h('style', {}, STYLESHEET);
  return h('link', { rel: ['stylesheet'], href: linkTo(ctx, dir, sitePaths.stylesheet) });
}

/**
 * JSON-LD in a script element. Script content is not escaped by HTML, so
 * `<`, `>` and `&` are written as JSON escapes: a `</script>` inside a
 * title cannot end the element.
 */
export function jsonLdScript(data: unknown): Element {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return h('script', { type: 'application/ld+json' }, json);
}
