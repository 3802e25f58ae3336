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
  const { key: siteKey, files: site, onDisk: siteOnDisk } = await siteFiles(pub, prepared, out, record, intact);
  for (const file of site) origins.set(file.path, siteOnDisk ? intact.get(file.path)! : { path: file.path, hash: hashBytes(file.content) });
  for (const file of build.extra) origins.set(file.path, { path: file.path, hash: hashBytes(file.content) });
  const files = [...site, ...pages, ...build.extra];
  const same = (path: string) => kept.has(path) || (intact.has(path) && intact.get(path)!.hash === origins.get(path)?.hash);
  const summary = await writeOutput(out, files, { same, spare: spareOutput(prepared.cache, out), inode: (path) => intact.get(path)?.ino });
  await rememberOutput(prepared.cache, out, build.inputs, [...origins.values()], {
    linked: summary.linked,
    before: intact,
    ...(siteKey !== undefined && { site: { key: siteKey, paths: site.map((file) => file.path) } }),
  });
  return { files, summary };
}

/**
 * The pages that are not article pages, and the feeds and sitemap, under
 * the key of the site's shape: the output's own files when the last build
 * wrote them under the same key and they are intact (nothing is read),
 * else from the cache, else rendered.
 */
async function siteFiles(
  pub: Publication,
  prepared: PreparedBuild & { cache: string },
  out: string,
  record: OutputRecord | undefined,
  intact: ReadonlyMap<string, FileOrigin>,
): Promise<{ key?: string; files: OutputFile[]; onDisk?: boolean }> {
  const shape = shapeOf(pub, prepared);
  const key = shape ? hashValue(['site', prepared.runKey, shape]) : undefined;
  if (key === undefined) return { files: await renderSiteFiles(pub) };
  if (record?.site?.key === key && record.site.paths.every((path) => intact.has(path))) {
    return { key, files: record.site.paths.map((path) => onDisk(out, path)), onDisk: true };
  }
  const cache = openCache(prepared.cache);
  const stored = await cache.get<OutputFile[]>('site', key);
  if (stored) return { key, files: stored };
  const files = await renderSiteFiles(pub);
  await cache.set('site', key, files);
  await cache.prune('site', new Set([key]));
  return { key, files };
}

async function renderSiteFiles(pub: Publication): Promise<OutputFile[]> {
  const { renderSite } = await import('../site-files.js');
  return renderSite(pub, { prerendered: () => ELSEWHERE }).filter((file) => file.content !== ELSEWHERE);
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
