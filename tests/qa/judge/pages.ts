/**
 * SPEC §7, page by page, as a judge reads the HTML: language, charset,
 * viewport, title, description, canonical, hreflang alternates (with
 * x-default, reciprocal), feed links, Open Graph locales, JSON-LD with the
 * translation link, the visible link to the other language, dates in the
 * page's language and the site zone, no UI-string keys left showing, no
 * network loads, and site links that lead to pages that exist.
 */
import { parseHTML } from 'linkedom';
import { langOfPage, pageOfUrl, readerDate, urlOfPage, zoneOffset, type BuiltSite, type Lang } from './output.js';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlElement = ReturnType<HtmlDocument['querySelector']> & object;

export interface PageFacts {
  path: string;
  lang: Lang;
  url: string;
  /** hreflang → absolute URL, x-default included */
  alternates: Map<string, string>;
  jsonLd: Record<string, unknown>[];
}

const OG_LOCALE: Record<Lang, string> = { ko: 'ko_KR', en: 'en_US' };
const OTHER: Record<Lang, Lang> = { ko: 'en', en: 'ko' };
/** The namespaces of the UI strings pairpress uses; `nav.home` showing in a page is a string that was never filled in. */
const UI_KEY = /\b(?:site|nav|article|index|feeds|chooser|tags|footer|lang|a11y|untranslated)\.[a-zA-Z]+(?:_[a-z]+)?\b/;

export function parsePage(html: string): HtmlDocument {
  return parseHTML(html).document;
}

export function pageFacts(site: BuiltSite, path: string): PageFacts {
  const doc = parsePage(site.text(path));
  const alternates = new Map<string, string>();
  for (const link of doc.querySelectorAll('head link[rel="alternate"][hreflang]')) {
    if (link.getAttribute('type')) continue; // feed links carry a type
    alternates.set(link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '');
  }
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? 'null') as Record<string, unknown>,
  );
  return { path, lang: langOfPage(site.facts, path), url: urlOfPage(site.facts, path), alternates, jsonLd };
}

const isArticlePage = (path: string) => /^(ko|en)\/[^/]+\/index\.html$/.test(path);
const isIndexPage = (path: string) => /^(ko|en)\/index\.html$/.test(path);

/** Every §7 problem of one page, as sentences. */
export function pageProblems(site: BuiltSite, path: string): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${path}: ${message}`);
  const { facts } = site;
  const doc = parsePage(site.text(path));
  const page = pageFacts(site, path);
  const { lang, url } = page;

  if (doc.documentElement.getAttribute('lang') !== lang) say(`<html lang="${doc.documentElement.getAttribute('lang')}">, expected "${lang}"`);
  const charset = doc.querySelector('head meta[charset]');
  if (charset?.getAttribute('charset')?.toLowerCase() !== 'utf-8') say('no <meta charset="utf-8">');
  if (!/width=device-width/.test(doc.querySelector('head meta[name="viewport"]')?.getAttribute('content') ?? '')) say('no viewport');
  if (!doc.querySelector('head title')?.textContent?.trim()) say('empty <title>');
  if (!doc.querySelector('head meta[name="description"]')?.getAttribute('content')?.trim()) say('no meta description');

  const canonical = doc.querySelector('head link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (!sameUrl(canonical, url)) say(`canonical ${canonical}, expected ${url}`);

  // The chooser is the x-default of the language indexes; every other page names itself under its own language.
  const self = path === 'index.html' ? 'x-default' : lang;
  if (!sameUrl(page.alternates.get(self) ?? '', url)) say(`no hreflang="${self}" alternate to itself (has ${[...page.alternates].join(' ')})`);
  if (!page.alternates.has('x-default')) say('no hreflang="x-default"');
  if (path === 'index.html') {
    for (const l of ['ko', 'en'] as Lang[]) if (!visibleLinkTo(doc, url, l)) say(`the language chooser has no link to the ${l} index`);
  }
  for (const [hreflang, href] of page.alternates) {
    if (!href.startsWith(`${facts.base}/`)) say(`hreflang ${hreflang} is not absolute under the base URL: ${href}`);
    if (!['ko', 'en', 'x-default'].includes(hreflang)) say(`unexpected hreflang ${hreflang}`);
    const target = pageOfUrl(facts, href);
    if (!target || !site.has(target)) {
      say(`hreflang ${hreflang} points at ${href}, which was not written`);
      continue;
    }
    const theirs = pageFacts(site, target).alternates;
    if (!sameSet(theirs, page.alternates)) say(`hreflang set differs on ${target}: ${[...theirs].join(' ')} vs ${[...page.alternates].join(' ')}`);
  }

  const feedLangs = path === 'index.html' ? (['ko', 'en'] as Lang[]).filter((l) => l === facts.defaultLanguage) : [lang];
  for (const feedLang of feedLangs) {
    for (const [type, file] of [['application/rss+xml', 'rss.xml'], ['application/atom+xml', 'atom.xml'], ['application/feed+json', 'feed.json']]) {
      const hrefs = [...doc.querySelectorAll(`head link[rel="alternate"][type="${type}"]`)].map((l) => l.getAttribute('href'));
      if (!hrefs.includes(`${facts.base}/${feedLang}/${file}`)) say(`no ${type} link to ${facts.base}/${feedLang}/${file} (has ${hrefs.join(' ')})`);
    }
  }

  const other = OTHER[lang];
  const hasOther = page.alternates.has(other);
  if (meta(doc, 'og:locale') !== OG_LOCALE[lang]) say(`og:locale ${meta(doc, 'og:locale')}`);
  const ogAlternates = [...doc.querySelectorAll('meta[property="og:locale:alternate"]')].map((m) => m.getAttribute('content'));
  if (hasOther !== ogAlternates.includes(OG_LOCALE[other])) say(`og:locale:alternate ${ogAlternates.join(' ')} while the ${other} version ${hasOther ? 'exists' : 'does not'}`);

  if (isArticlePage(path)) articleProblems(site, doc, page, say);
  if (isIndexPage(path) || path === 'index.html') {
    const switchLink = visibleLinkTo(doc, url, other);
    if (!switchLink && isIndexPage(path)) say(`no visible link to the ${other} index`);
  }
  if (isIndexPage(path)) {
    const times = [...doc.querySelectorAll('main time')].map((t) => Date.parse(t.getAttribute('datetime') ?? ''));
    if (times.some((t, i) => i > 0 && t > times[i - 1]!)) say('the index is not newest first');
  }
  dateProblems(site, doc, lang, say);
  uiKeyProblems(doc, say);
  networkProblems(doc, say);
  siteLinkProblems(site, doc, url, say);
  fragmentProblems(doc, say);
  return problems;
}

function articleProblems(site: BuiltSite, doc: HtmlDocument, page: PageFacts, say: (m: string) => void): void {
  const { lang, url } = page;
  const other = OTHER[lang];
  const otherUrl = page.alternates.get(other);
  const article = page.jsonLd.find((d) => d['@type'] === 'NewsArticle');
  if (!article) {
    say('no JSON-LD NewsArticle');
  } else {
    if (article.inLanguage !== lang) say(`JSON-LD inLanguage ${String(article.inLanguage)}`);
    if (typeof article.datePublished !== 'string' || !/[+-]\d\d:\d\d$|Z$/.test(article.datePublished)) say(`JSON-LD datePublished ${String(article.datePublished)}`);
    const author = article.author as { name?: string } | undefined;
    if (!author?.name?.trim()) say('JSON-LD author without a name');
    const links = ['workTranslation', 'translationOfWork'].filter((k) => k in article);
    if (otherUrl) {
      if (links.length !== 1) say(`JSON-LD has ${links.join(', ') || 'no translation link'} for a paired article`);
      const target = links[0] && (article[links[0]] as { url?: string; '@id'?: string });
      if (target && !sameUrl(target.url ?? target['@id'] ?? '', otherUrl)) say(`JSON-LD ${links[0]} points at ${target.url}, expected ${otherUrl}`);
      const direction = lang === site.facts.defaultLanguage ? 'workTranslation' : 'translationOfWork';
      if (links[0] && links[0] !== direction) say(`JSON-LD says ${links[0]} on the ${lang} version (default language ${site.facts.defaultLanguage})`);
    } else if (links.length > 0) {
      say(`JSON-LD ${links.join(', ')} on an article published alone`);
    }
  }
  const switchLink = visibleLinkTo(doc, url, other);
  if (otherUrl && (!switchLink || !sameUrl(switchLink, otherUrl))) say(`the visible link to the ${other} version is ${switchLink ?? 'missing'}, expected ${otherUrl}`);
  if (!otherUrl && switchLink) say(`a visible link to a ${other} version (${switchLink}) that does not exist`);
}

/** The absolute URL of the first `<a hreflang=…>` in the body, resolved against the page. */
function visibleLinkTo(doc: HtmlDocument, pageUrl: string, lang: Lang): string | undefined {
  const link = doc.querySelector(`body a[hreflang="${lang}"][href]`);
  return link ? new URL(link.getAttribute('href')!, pageUrl).href : undefined;
}

/** Every `<time>` shows its instant as a reader of the page's language would write it, in the site zone. */
function dateProblems(site: BuiltSite, doc: HtmlDocument, lang: Lang, say: (m: string) => void): void {
  const zone = site.facts.timeZone;
  for (const time of doc.querySelectorAll('body time')) {
    const value = time.getAttribute('datetime') ?? '';
    const instant = Date.parse(value);
    if (Number.isNaN(instant) || !/[+-]\d\d:\d\d$/.test(value)) {
      say(`<time datetime="${value}"> has no offset`);
      continue;
    }
    if (!value.endsWith(zoneOffset(instant, zone))) say(`<time datetime="${value}"> is not in ${zone} (${zoneOffset(instant, zone)})`);
    const shown = time.textContent?.trim();
    if (shown !== readerDate(instant, lang, zone)) say(`<time> shows "${shown}", a ${lang} reader in ${zone} expects "${readerDate(instant, lang, zone)}"`);
  }
}

function uiKeyProblems(doc: HtmlDocument, say: (m: string) => void): void {
  const texts = [
    doc.querySelector('title')?.textContent ?? '',
    ...[...doc.querySelectorAll('meta[name="description"], meta[property^="og:"], link[title]')].map((m) => m.getAttribute('content') ?? m.getAttribute('title') ?? ''),
    ...[...doc.querySelectorAll('body *')]
      .filter((e) => !e.closest('.article-body'))
      .flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '')),
    ...[...doc.querySelectorAll('body [title]')].map((e) => e.getAttribute('title') ?? ''),
  ];
  for (const text of texts) {
    const key = UI_KEY.exec(text)?.[0];
    if (key) say(`a UI string shows as its key: "${key}" in "${text.trim().slice(0, 60)}"`);
  }
}

function networkProblems(doc: HtmlDocument, say: (m: string) => void): void {
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"], link[rel~="icon"]')) {
    if (/^(https?:)?\/\//.test(link.getAttribute('href') ?? '')) say(`loads ${link.getAttribute('href')} from a network`);
  }
  for (const script of doc.querySelectorAll('script[src]')) say(`loads the script ${script.getAttribute('src')}`);
  for (const style of doc.querySelectorAll('style')) if (/@import|url\(\s*['"]?(https?:)?\/\//.test(style.textContent ?? '')) say('inline style loads from a network');
}

/** In-page links in an article body (`[the notes](#notes)`) lead to an element of the page. */
function fragmentProblems(doc: HtmlDocument, say: (m: string) => void): void {
  for (const link of doc.querySelectorAll('.article-body a[href^="#"]')) {
    const fragment = decodeURIComponent(link.getAttribute('href')!.slice(1));
    if (fragment && !doc.getElementById(fragment)) say(`the in-page link #${fragment} in the article has no target`);
  }
}

/** Links the site itself makes (outside the article body) lead to files the build wrote. */
function siteLinkProblems(site: BuiltSite, doc: HtmlDocument, pageUrl: string, say: (m: string) => void): void {
  const elements: HtmlElement[] = [...doc.querySelectorAll('a[href], link[href]')].filter((e) => !e.closest('.article-body'));
  for (const element of elements) {
    const href = element.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      if (href.length > 1 && !doc.getElementById(decodeURIComponent(href.slice(1)))) say(`in-page link ${href} has no target`);
      continue;
    }
    const absolute = new URL(href, pageUrl).href;
    const target = pageOfUrl(site.facts, absolute);
    if (target === undefined) {
      if (element.tagName.toLowerCase() === 'link' && !/^https?:/.test(href)) say(`a relative link ${href} leaves the site`);
      continue;
    }
    if (!site.has(target)) say(`links to ${href} (${target}), which was not written`);
  }
}

function meta(doc: HtmlDocument, property: string): string | null {
  return doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? null;
}

/** Two URLs name the same page (percent-encoding aside). */
export function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

function sameSet(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (!sameUrl(b.get(key) ?? '', value)) return false;
  return true;
}
