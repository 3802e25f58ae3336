/**
 * A build written from what the engine and the last build left: article
 * pages of unchanged pairs are neither rendered, nor read, nor compared —
 * the record of the last build says the output folder already holds them —
 * and the site's own pages (indexes, chooser, feeds, sitemap) come from the
 * cache while no article's title, date, dek or place in the site changed.
 * The output folder is still replaced as a whole (publish/write.ts), the
 * unchanged files hard-linked from the previous output: a killed build
 * leaves the old site or the new one, never a mix.
 */
import { writeOutput, type WriteSummary } from '../publish/write.js';
import { sitePaths } from '../render/context.js';
import { preparedSummary } from '../render/prepared.js';
import { LANGS, type Article, type OutputFile, type Publication } from '../types.js';
import { openCache } from './cache.js';
import { hashBytes, hashValue } from './fingerprint.js';
import type { PreparedBuild } from './index.js';
import { renderedAloneHolds } from './groups.js';
import { intactFiles, onDisk, rememberOutput, spareOutput, type FileOrigin, type OutputRecord } from './output.js';

/** What stands in for an article page that is not rendered here; never written. */
const ELSEWHERE = '\u0000pairpress: rendered elsewhere\u0000';

export interface IncrementalBuild {
  out: string;
  inputs: string;
  publication: Publication;
  prepared: PreparedBuild & { cache: string };
  record: OutputRecord | undefined;
  /** files added to the build besides the site (the review page) */
  extra: OutputFile[];
}

/** Writes the build; undefined when some article page is in neither the run nor the cache nor the output (the caller renders as usual). */
export async function writeIncrementally(build: IncrementalBuild): Promise<{ files: OutputFile[]; summary: WriteSummary } | undefined> {
  const { out, publication: pub, prepared, record } = build;
  const intact = intactFiles(out, record);
  const origins = new Map<string, FileOrigin>();
  const kept = new Set<string>();
  const pages: OutputFile[] = [];
  const loaded = new Map<string, Map<string, Uint8Array> | undefined>();
  const holds = renderedAloneHolds(pub, prepared.options);
  for (const article of pub.articles) {
    // A page rendered with its pair alone that a slug conflict elsewhere contradicts is rendered again (by the caller).
    if (!holds(article)) return undefined;
    const path = `${sitePaths.article(article)}index.html`;
    const source = prepared.pagesKeyOf(article.key);
    let html = prepared.pages.get(path);
    const before = intact.get(path);
    if (html === undefined && source !== undefined && before?.source === source) {
      kept.add(path);
      origins.set(path, before);
      pages.push(onDisk(out, path));
      continue;
    }
    if (html === undefined && source !== undefined) {
      if (!loaded.has(source)) loaded.set(source, await prepared.loadPages(source));
      html = loaded.get(source)?.get(path);
    }
    if (html === undefined) return undefined;
    origins.set(path, { path, hash: hashBytes(html), ...(source !== undefined && { source }) });
    pages.push({ path, content: html });
  }
  const site = await siteFiles(pub, prepared);
  for (const file of [...site, ...build.extra]) origins.set(file.path, { path: file.path, hash: hashBytes(file.content) });
  const files = [...site, ...pages, ...build.extra];
  const same = (path: string) => kept.has(path) || (intact.has(path) && intact.get(path)!.hash === origins.get(path)?.hash);
  const summary = await writeOutput(out, files, { same, spare: spareOutput(prepared.cache, out) });
  await rememberOutput(prepared.cache, out, build.inputs, [...origins.values()]);
  return { files, summary };
}

/** The pages that are not article pages, and the feeds and sitemap: from the cache when the site's shape is unchanged. */
async function siteFiles(pub: Publication, prepared: PreparedBuild & { cache: string }): Promise<OutputFile[]> {
  const cache = openCache(prepared.cache);
  const shape = shapeOf(pub, prepared);
  const key = shape ? hashValue(['site', prepared.runKey, shape]) : undefined;
  const stored = key === undefined ? undefined : await cache.get<OutputFile[]>('site', key);
  if (stored) return stored;
  const { renderSite } = await import('../site-files.js');
  const files = renderSite(pub, { prerendered: () => ELSEWHERE }).filter((file) => file.content !== ELSEWHERE);
  if (key !== undefined) {
    await cache.set('site', key, files);
    await cache.prune('site', new Set([key]));
  }
  return files;
}

/**
 * Everything the site's own pages, feeds and sitemap are made from: each
 * published article's place, dates, front matter, dek and translation, the
 * bytes of the articles the feeds carry in full, and the build time.
 */
function shapeOf(pub: Publication, prepared: PreparedBuild): object | undefined {
  // A dek not worked out by the engine would come from the tree, which the shape does not cover.
  if (pub.articles.some((a) => preparedSummary(a) === undefined)) return undefined;
  const feedLimit = pub.site.settings.feedLimit;
  const inFeeds = new Set<Article>(LANGS.flatMap((lang) => pub.byLang[lang].slice(0, feedLimit)));
  return {
    buildTime: pub.buildTime,
    articles: pub.articles.map((a) => [
      a.path,
      a.lang,
      a.key,
      a.slug,
      a.published,
      a.modified,
      a.meta,
      preparedSummary(a),
      pub.translationOf(a)?.path ?? null,
      inFeeds.has(a) ? (prepared.fileHash(a.path) ?? null) : null,
    ]),
  };
}
