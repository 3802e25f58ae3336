import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSitemap, SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS } from '../../src/publish/sitemap.js';
import { renderPages } from '../../src/render/index.js';
import type { OutputFile, Publication } from '../../src/types.js';
import { fileText, makePairedSite, publish, publishFixture } from './publish-site.js';
import { attr, children, only, parseXml, sitemapSchemaErrors, textOf } from './xml-check.js';

const BASE = 'https://briefing.example.kr';

interface Listed {
  loc: string;
  lastmod: string;
  /** `hreflang href` pairs, in document order */
  alternates: string[];
}

function readUrlset(xml: string): Listed[] {
  const root = parseXml(xml).documentElement!;
  expect(root.tagName).toBe('urlset');
  return children(root, 'url').map((url) => ({
    loc: textOf(url, 'loc'),
    lastmod: textOf(url, 'lastmod'),
    alternates: children(url, 'xhtml:link').map((l) => `${attr(l, 'hreflang')} ${attr(l, 'href')}`),
  }));
}

/**
 * What search engines require of hreflang annotations: each page lists
 * itself, one x-default, only pages that are themselves listed, and every
 * page of a set lists exactly the same set.
 */
function hreflangProblems(urls: Listed[]): string[] {
  const problems: string[] = [];
  const byLoc = new Map(urls.map((u) => [u.loc, u]));
  for (const url of urls) {
    const set = [...url.alternates].sort();
    if (!url.alternates.some((a) => a.endsWith(` ${url.loc}`))) problems.push(`${url.loc} does not list itself`);
    if (url.alternates.filter((a) => a.startsWith('x-default ')).length !== 1) problems.push(`${url.loc} needs exactly one x-default`);
    const langs = url.alternates.map((a) => a.split(' ')[0]);
    if (new Set(langs).size !== langs.length) problems.push(`${url.loc} repeats a hreflang`);
    for (const alternate of url.alternates) {
      const href = alternate.split(' ')[1]!;
      const other = byLoc.get(href);
      if (!other) problems.push(`${url.loc} points at ${href}, which is not in the sitemap`);
      else if (JSON.stringify([...other.alternates].sort()) !== JSON.stringify(set)) problems.push(`${href} does not return the set of ${url.loc}`);
    }
  }
  return problems;
}

async function allProblems(files: OutputFile[]): Promise<string[]> {
  const index = fileText(files, 'sitemap.xml');
  const isIndex = parseXml(index).documentElement!.tagName === 'sitemapindex';
  const parts = isIndex ? files.filter((f) => f.path !== 'sitemap.xml') : files;
  const problems = await sitemapSchemaErrors('urlset', parts.map((f) => ({ name: f.path, xml: fileText(files, f.path) })));
  if (isIndex) problems.push(...(await sitemapSchemaErrors('sitemapindex', [{ name: 'sitemap.xml', xml: index }])));
  problems.push(...hreflangProblems(parts.flatMap((f) => readUrlset(fileText(files, f.path)))));
  return problems;
}

describe('the sitemap of a site with pairs, an unpaired article and a draft', () => {
  let pub: Publication;
  let files: OutputFile[];
  let urls: Listed[];
  beforeAll(async () => {
    pub = await publishFixture('basic');
    files = renderSitemap(pub);
    urls = readUrlset(fileText(files, 'sitemap.xml'));
  });

  it('is one file, valid against the sitemaps.org schema with xhtml:link, with reciprocal hreflang sets', async () => {
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml']);
    expect(await allProblems(files)).toEqual([]);
  });

  it('lists the chooser, both indexes and every published article, absolute, each with lastmod', () => {
    expect(urls.map((u) => u.loc)).toEqual([
      `${BASE}/`,
      `${BASE}/ko/`,
      `${BASE}/en/`,
      `${BASE}/ko/harbor-closure/`,
      `${BASE}/en/fishing-boat-rescue/`,
      `${BASE}/ko/fishing-boat-rescue/`,
      `${BASE}/en/winter-patrol/`,
      `${BASE}/ko/winter-patrol/`,
    ]);
    expect(urls.every((u) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/.test(u.lastmod))).toBe(true);
  });

  it('dates a page by its last change, an index by the newest change among its articles', () => {
    const lastmod = (loc: string) => urls.find((u) => u.loc === loc)?.lastmod;
    expect(lastmod(`${BASE}/ko/fishing-boat-rescue/`)).toBe('2026-01-21T09:30:00+09:00');
    expect(lastmod(`${BASE}/ko/winter-patrol/`)).toBe('2025-12-15T07:00:00+09:00');
    expect(lastmod(`${BASE}/`)).toBe('2026-02-03T08:00:00+09:00');
    expect(lastmod(`${BASE}/ko/`)).toBe('2026-02-03T08:00:00+09:00');
    expect(lastmod(`${BASE}/en/`)).toBe('2026-01-21T09:30:00+09:00');
  });

  it('pairs the chooser with the indexes, the chooser being the x-default', () => {
    const set = ['ko https://briefing.example.kr/ko/', 'en https://briefing.example.kr/en/', 'x-default https://briefing.example.kr/'];
    for (const loc of [`${BASE}/`, `${BASE}/ko/`, `${BASE}/en/`]) expect(urls.find((u) => u.loc === loc)?.alternates).toEqual(set);
  });

  it('gives a translated article both versions, the Korean one as x-default', () => {
    expect(urls.find((u) => u.loc === `${BASE}/en/fishing-boat-rescue/`)?.alternates).toEqual([
      `ko ${BASE}/ko/fishing-boat-rescue/`,
      `en ${BASE}/en/fishing-boat-rescue/`,
      `x-default ${BASE}/ko/fishing-boat-rescue/`,
    ]);
  });

  it('lets an article published alone list only itself', () => {
    expect(urls.find((u) => u.loc === `${BASE}/ko/harbor-closure/`)?.alternates).toEqual([
      `ko ${BASE}/ko/harbor-closure/`,
      `x-default ${BASE}/ko/harbor-closure/`,
    ]);
  });

  it('says what the pages say: each page’s hreflang links are its sitemap set', () => {
    const pages = renderPages(pub);
    for (const url of urls) {
      const path = `${url.loc.slice(BASE.length + 1)}index.html`;
      const { document } = parseHTML(fileText(pages, path));
      const links = [...document.querySelectorAll('head link[rel="alternate"][hreflang]')]
        .filter((l) => !l.getAttribute('type'))
        .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
      expect(links.sort(), path).toEqual([...url.alternates].sort());
    }
  });

  it('follows defaultLanguage for x-default', async () => {
    const english = readUrlset(fileText(renderSitemap(await publishFixture('basic', { defaultLanguage: 'en' })), 'sitemap.xml'));
    expect(english.find((u) => u.loc === `${BASE}/ko/fishing-boat-rescue/`)?.alternates).toContain(`x-default ${BASE}/en/fishing-boat-rescue/`);
  });

  it('leaves drafts out even when they are built, since their pages say noindex', async () => {
    const withDrafts = await publishFixture('basic', {}, { drafts: true });
    expect(withDrafts.articles.some((a) => a.meta.draft)).toBe(true);
    const listed = readUrlset(fileText(renderSitemap(withDrafts), 'sitemap.xml')).map((u) => u.loc);
    expect(listed.some((loc) => loc.includes('budget-hearing'))).toBe(false);
    expect(listed).toHaveLength(8);
  });
});

describe('sitemaps of small and large sites', () => {
  it('no articles: the chooser and the two indexes, dated by the build time', async () => {
    const files = renderSitemap(await publishFixture('zero', {}, { sourceDateEpoch: 1_700_000_000 }));
    expect(await allProblems(files)).toEqual([]);
    const urls = readUrlset(fileText(files, 'sitemap.xml'));
    expect(urls.map((u) => u.loc)).toEqual(['https://empty.example.org/', 'https://empty.example.org/ko/', 'https://empty.example.org/en/']);
    expect(urls.map((u) => u.lastmod)).toEqual(Array(3).fill('2023-11-15T07:13:20+09:00'));
  });

  it('the project’s own sample site gives a valid sitemap', async () => {
    const files = renderSitemap(await publish(join(import.meta.dirname, '..', '..')));
    expect(await allProblems(files)).toEqual([]);
    expect(readUrlset(fileText(files, 'sitemap.xml')).length).toBeGreaterThan(3);
  });

  it('keeps the base path of the site', async () => {
    const files = renderSitemap(await publishFixture('one'));
    expect(await allProblems(files)).toEqual([]);
    expect(readUrlset(fileText(files, 'sitemap.xml')).map((u) => u.loc)).toContain('https://one.example.org/news/ko/first-dispatch/');
  });

  it('past the URL limit: a sitemap index over parts, every URL once, sets still reciprocal', async () => {
    const pub = await publish(await makePairedSite(60));
    const whole = readUrlset(fileText(renderSitemap(pub), 'sitemap.xml'));
    expect(whole).toHaveLength(123);

    const files = renderSitemap(pub, { maxUrls: 50 });
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(await allProblems(files)).toEqual([]);
    const index = parseXml(fileText(files, 'sitemap.xml')).documentElement!;
    expect(index.tagName).toBe('sitemapindex');
    const entries = children(index, 'sitemap');
    expect(entries.map((s) => textOf(s, 'loc'))).toEqual([1, 2, 3].map((n) => `https://daily.example.com/sitemap-${n}.xml`));
    const parts = files.slice(1).map((f) => readUrlset(fileText(files, f.path)));
    expect(parts.map((p) => p.length)).toEqual([50, 50, 23]);
    expect(parts.flat()).toEqual(whole);
    // each part is dated by its newest page
    entries.forEach((entry, i) => {
      const newest = parts[i]!.map((u) => Date.parse(u.lastmod)).reduce((a, b) => Math.max(a, b));
      expect(Date.parse(textOf(entry, 'lastmod'))).toBe(newest);
    });
  });

  it('past the size limit: parts stay under it', async () => {
    const pub = await publish(await makePairedSite(12));
    const files = renderSitemap(pub, { maxBytes: 4_000 });
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(Buffer.byteLength(fileText(files, file.path)), file.path).toBeLessThanOrEqual(4_000);
    expect(await allProblems(files)).toEqual([]);
  });

  it('uses the sitemaps.org limits by default', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(SITEMAP_MAX_BYTES).toBe(50 * 1024 * 1024);
  });
});

describe('the checks are real', () => {
  it('the schema rejects a url without loc, a bad lastmod and an xhtml:link without hreflang', async () => {
    const doc = (body: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body}</urlset>`;
    const good = '<url><loc>https://example.org/ko/</loc><lastmod>2026-01-17T09:00:00+09:00</lastmod><xhtml:link rel="alternate" hreflang="ko" href="https://example.org/ko/"/></url>';
    expect(await sitemapSchemaErrors('urlset', [{ name: 'good', xml: doc(good) }])).toEqual([]);
    for (const bad of [
      '<url><lastmod>2026-01-17</lastmod></url>',
      '<url><loc>https://example.org/ko/</loc><lastmod>yesterday</lastmod></url>',
      '<url><loc>https://example.org/ko/</loc><xhtml:link rel="alternate" href="https://example.org/ko/"/></url>',
      '<url><loc>https://example.org/ko/</loc><xhtml:link rel="alternate" hreflang="ko" href="/ko/"/></url>',
      '<url><loc>https://example.org/ko/</loc><xhtml:meta name="x"/></url>',
    ]) {
      expect((await sitemapSchemaErrors('urlset', [{ name: 'bad', xml: doc(bad) }])).length, bad).toBeGreaterThan(0);
    }
  });

  it('the reciprocity check finds a one-way link', () => {
    const urls: Listed[] = [
      { loc: 'https://x.org/ko/a/', lastmod: '', alternates: ['ko https://x.org/ko/a/', 'en https://x.org/en/a/', 'x-default https://x.org/ko/a/'] },
      { loc: 'https://x.org/en/a/', lastmod: '', alternates: ['en https://x.org/en/a/', 'x-default https://x.org/en/a/'] },
    ];
    expect(hreflangProblems(urls)).not.toEqual([]);
  });

  it('the index schema rejects a sitemap entry without loc', async () => {
    const xml = '<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><lastmod>2026-01-01</lastmod></sitemap></sitemapindex>';
    expect((await sitemapSchemaErrors('sitemapindex', [{ name: 'index', xml }])).length).toBeGreaterThan(0);
    expect(only(parseXml(xml).documentElement!, 'sitemap').tagName).toBe('sitemap');
  });
});
