/**
 * The frame around every page's content: document, head, skip link, site
 * header with the language switch, `<main>`, and the footer with the feeds.
 */
import type { Element } from 'hast';
import type { Lang } from '../types.js';
import { FEED_TYPES, linkTo, sitePaths, type FeedKind, type RenderContext } from './context.js';
import { formatDate, isoWithOffset } from './dates.js';
import { renderHead, type HeadInput } from './head.js';
import { documentRoot, h, serialize, type Child } from './hast.js';

export const MAIN_ID = 'content';

export interface PageFrame {
  head: HeadInput;
  /** the link to this page in the other language, if it exists */
  switchTo?: { lang: Lang; path: string };
  main: Child[];
}

/** A language page (index or article) as a serialized document. */
export function renderLanguagePage(ctx: RenderContext, frame: PageFrame): string {
  const { lang, dir } = frame.head;
  const { t } = ctx;
  const home = linkTo(ctx, dir, sitePaths.index(lang));
  const body = h(
    'body',
    {},
    h('a', { className: ['skip-link'], href: `#${MAIN_ID}` }, t(lang, 'a11y.skip')),
    h(
      'header',
      { className: ['site-header'] },
      h('p', { className: ['site-title'] }, h('a', { href: home }, ctx.settings.title[lang])),
      h(
        'nav',
        { className: ['site-nav'] },
        h(
          'ul',
          {},
          h('li', {}, h('a', { href: home }, t(lang, 'nav.home'))),
          frame.switchTo && h('li', { className: ['lang-switch'] }, languageLink(ctx, lang, dir, frame.switchTo.lang, frame.switchTo.path)),
        ),
      ),
    ),
    h('main', { id: MAIN_ID }, frame.main),
    h(
      'footer',
      { className: ['site-footer'] },
      feedList(ctx, lang, dir),
      h('p', {}, t(lang, 'footer.about')),
    ),
  );
  return serialize(documentRoot(h('html', { lang }, renderHead(ctx, frame.head), body)));
}

/**
 * A link from a page in `pageLang` to a page in `lang`, named in that
 * language (한국어, English); its tooltip (`nav.otherLanguage`) is in the
 * page's language. Without `pageLang`, no tooltip.
 */
export function languageLink(ctx: RenderContext, pageLang: Lang | undefined, fromDir: string, lang: Lang, path: string): Element {
  return h(
    'a',
    { href: linkTo(ctx, fromDir, path), hrefLang: lang, rel: ['alternate'], title: pageLang && ctx.t(pageLang, 'nav.otherLanguage') },
    h('span', { lang }, ctx.t(lang, 'site.languageName')),
  );
}

/** The visible feed links of one language. */
export function feedList(ctx: RenderContext, lang: Lang, dir: string): Element {
  const kinds: FeedKind[] = ['rss', 'atom', 'json'];
  return h(
    'div',
    { className: ['feeds'] },
    h('span', {}, ctx.t(lang, 'feeds.subscribe')),
    ' ',
    h(
      'ul',
      {},
      kinds.map((kind) =>
        h('li', {}, h('a', { href: linkTo(ctx, dir, sitePaths.feed(lang, kind)), type: FEED_TYPES[kind] }, ctx.t(lang, `feeds.${kind}`))),
      ),
    ),
  );
}

const SLOT = '\uE000';

/**
 * A UI string with a `{{date}}` placeholder, the date as a `<time>` element
 * in the page's language and the site time zone.
 */
export function datedText(ctx: RenderContext, lang: Lang, key: string, instant: number): Child[] {
  const time = h('time', { dateTime: isoWithOffset(instant, ctx.settings.timeZone) }, formatDate(instant, lang, ctx.settings.timeZone));
  const text = ctx.t(lang, key, { date: SLOT });
  const at = text.indexOf(SLOT);
  if (at === -1) return [text, ' ', time];
  return [text.slice(0, at), time, text.slice(at + SLOT.length).replaceAll(SLOT, '')];
}

/** The category of an article through `category.<key>`, the key itself where no string exists. */
export function categoryName(ctx: RenderContext, lang: Lang, key: string): string {
  return ctx.t(lang, `category.${key}`, { defaultValue: key });
}
