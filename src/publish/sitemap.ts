/**
 * `sitemap.xml` (sitemaps.org 0.9): every page of the site with `lastmod`,
 * and for each its versions as `xhtml:link rel="alternate" hreflang`, plus
 * `x-default`, the same set on every member so the links are reciprocal.
 * The language chooser and the two indexes form one set (the chooser is the
 * x-default); an article and its translation form another; an article
 * published alone lists only itself. Past 50,000 URLs (or 50 MB) the URLs
 * are split into `sitemap-<n>.xml` parts and `sitemap.xml` is their index.
 *
 * Drafts are left out even in a `--drafts` build: their pages say
 * `noindex`, and a sitemap that lists them would contradict that.
 */
import { chunksOf } from '../chunks.js';
import { sitePaths } from '../render/context.js';
import { LANGS, type Article, type Lang, type OutputFile, type Publication } from '../types.js';
import { rfc3339 } from './feeds/dates.js';
import { toUri } from './uri.js';
import { el, serializeXml, type XmlElement } from './xml.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** The limits of one sitemap file, from sitemaps.org. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

export interface SitemapOptions {
  /** most URLs in one file (tests lower it to see the index without 50,000 pages) */
  maxUrls?: number;
  /** most bytes in one file, estimated generously */
  maxBytes?: number;
}

export interface Alternate {
  hreflang: Lang | 'x-default';
  href: string;
}

export interface SitemapUrl {
  loc: string;
  lastmod: number;
  alternates: Alternate[];
}

/** Every page to list, in a fixed order: the chooser, the indexes, then the articles newest first. */
export function sitemapUrls(pub: Publication): SitemapUrl[] {
  const listed = pub.articles.filter((article) => !article.meta.draft);
  const lastChange = (articles: Article[]) =>
    articles.reduce((latest, a) => Math.max(latest, a.published, a.modified), Number.NEGATIVE_INFINITY);
  const fallback = (instant: number) => (Number.isFinite(instant) ? instant : pub.buildTime);

  const indexSet: Alternate[] = [
    ...LANGS.map((lang) => ({ hreflang: lang, href: toUri(pub.absolute(sitePaths.index(lang))) })),
    { hreflang: 'x-default' as const, href: toUri(pub.absolute(sitePaths.root)) },
  ];
  const urls: SitemapUrl[] = [
    { loc: toUri(pub.absolute(sitePaths.root)), lastmod: fallback(lastChange(listed)), alternates: indexSet },
    ...LANGS.map((lang) => ({
      loc: toUri(pub.absolute(sitePaths.index(lang))),
      lastmod: fallback(lastChange(listed.filter((a) => a.lang === lang))),
      alternates: indexSet,
    })),
  ];
  for (const article of listed) {
    urls.push({ loc: toUri(pub.url(article)), lastmod: Math.max(article.published, article.modified), alternates: articleSet(pub, article) });
  }
  return urls;
}

/** The versions of an article that are listed, in language order, and the default-language one as x-default. */
function articleSet(pub: Publication, article: Article): Alternate[] {
  const translation = pub.translationOf(article);
  const versions = [article, ...(translation && !translation.meta.draft ? [translation] : [])].sort(
    (a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang),
  );
  const xDefault = versions.find((v) => v.lang === pub.site.settings.defaultLanguage) ?? article;
  return [
    ...versions.map((v) => ({ hreflang: v.lang, href: toUri(pub.url(v)) })),
    { hreflang: 'x-default' as const, href: toUri(pub.url(xDefault)) },
  ];
}

export function renderSitemap(pub: Publication, options: SitemapOptions = {}): OutputFile[] {
  const timeZone = pub.site.settings.timeZone;
  const parts = split(sitemapUrls(pub), options.maxUrls ?? SITEMAP_MAX_URLS, options.maxBytes ?? SITEMAP_MAX_BYTES);
  if (parts.length === 1) return [{ path: 'sitemap.xml', content: urlset(parts[0]!, timeZone) }];
  const files = parts.map((urls, i) => ({ path: `sitemap-${i + 1}.xml`, content: urlset(urls, timeZone) }));
  const index = el(
    'sitemapindex',
    { xmlns: SITEMAP_NS },
    parts.map((urls, i) =>
      el(
        'sitemap',
        {},
        el('loc', {}, toUri(pub.absolute(files[i]!.path))),
        el('lastmod', {}, rfc3339(Math.max(...urls.map((u) => u.lastmod)), timeZone)),
      ),
    ),
  );
  return [{ path: 'sitemap.xml', content: serializeXml(index) }, ...files];
}

function urlset(urls: SitemapUrl[], timeZone: string): string {
  return serializeXml(el('urlset', { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS }, urls.map((url) => urlElement(url, timeZone))));
}

function urlElement(url: SitemapUrl, timeZone: string): XmlElement {
  return el(
    'url',
    {},
    el('loc', {}, url.loc),
    el('lastmod', {}, rfc3339(url.lastmod, timeZone)),
    url.alternates.map((a) => el('xhtml:link', { rel: 'alternate', hreflang: a.hreflang, href: a.href })),
  );
}

/** Generous size of one `<url>` entry: every URL's bytes, escaped at worst, plus the markup around it. */
function estimatedBytes(url: SitemapUrl): number {
  const urlBytes = (href: string) => Buffer.byteLength(href, 'utf8') * 5;
  return 120 + urlBytes(url.loc) + url.alternates.reduce((sum, a) => sum + 80 + urlBytes(a.href), 0);
}

function split(urls: SitemapUrl[], maxUrls: number, maxBytes: number): SitemapUrl[][] {
  const budget = maxBytes - 300; // the declaration and the <urlset> element
  const parts = chunksOf(urls, maxUrls, budget, estimatedBytes);
  // A site with nothing published still has its (empty) sitemap.
  return parts.length > 0 ? parts : [[]];
}
