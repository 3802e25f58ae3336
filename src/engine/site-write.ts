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
import { LANGS, type OutputFile, type Publication } from '../types.js';
import { openCache } from './cache.js';
import { hashBytes, hashParts } from './fingerprint.js';
import type { PreparedBuild } from './index.js';
import { renderedAloneHolds } from './groups.js';
import { listingOf } from './listing.js';
import { collectGarbage } from './memory.js';
import { intactFiles, keptOutput, onDisk, rememberOutput, type FileOrigin, type OutputRecord } from './output.js';

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
  const parts = await siteFiles(pub, prepared, out, record, intact);
  const site = parts.flatMap((part) => part.files);
  for (const part of parts) {
    for (const file of part.files) origins.set(file.path, part.onDisk ? intact.get(file.path)! : { path: file.path, hash: hashBytes(file.content) });
  }
  for (const file of build.extra) origins.set(file.path, { path: file.path, hash: hashBytes(file.content) });
  const files = [...site, ...pages, ...build.extra];
  const same = (path: string) => kept.has(path) || (intact.has(path) && intact.get(path)!.hash === origins.get(path)?.hash);
  const summary = await writeOutput(out, files, {
    same,
    inode: (path) => intact.get(path)?.ino,
    ...keptOutput(prepared.cache, out, prepared.spareListing),
  });
  await rememberOutput(prepared.cache, out, prepared.runKey, build.inputs, [...origins.values()], {
    linked: summary.linked,
    before: intact,
    site: parts.flatMap((part) => (part.key === undefined ? [] : [{ key: part.key, paths: part.files.map((file) => file.path) }])),
  });
  return { files, summary };
}

/** A part of the site's own files (the pages, the feeds, the sitemap), and the key of what it is made from. */
interface SitePart {
  key?: string;
  files: OutputFile[];
  /** the files are the output's own, unchanged */
  onDisk?: boolean;
}

/**
 * The pages that are not article pages, the feeds and the sitemap, each
 * part under the key of what it is made from: the output's own files when
 * the last build wrote them under the same key and they are intact
 * (nothing is read), else from the cache, else rendered. An edit to the
 * body of an article the feeds carry renders the feeds alone.
 */
async function siteFiles(
  pub: Publication,
  prepared: PreparedBuild & { cache: string },
  out: string,
  record: OutputRecord | undefined,
  intact: ReadonlyMap<string, FileOrigin>,
): Promise<SitePart[]> {
  // The renderers are loaded only when a part is rendered: a rebuild with one article changed seldom needs them.
  const renderers = () => import('../site-files.js');
  const shape = shapeOf(pub, prepared);
  const parts = [
    { name: 'pages', render: async () => (await renderers()).renderPages(pub, { prerendered: () => ELSEWHERE }).filter((file) => file.content !== ELSEWHERE) },
    { name: 'feeds', render: async () => (await renderers()).renderFeeds(pub), feeds: true },
    { name: 'sitemap', render: async () => (await renderers()).renderSitemap(pub) },
  ];
  // What rendering a part left behind goes before the next part makes more: tens of megabytes each on a large site.
  const rendered = async (part: { render: () => Promise<OutputFile[]> }) => {
    const files = await part.render();
    collectGarbage();
    return files;
  };
  const cache = openCache(prepared.cache);
  // The articles' part of the shape is written out once for the three keys: for thousands of articles it is the costly part.
  // Plain JSON is enough: the shape holds paths, hashes and numbers, no objects whose keys could come in another order.
  const articles = shape && JSON.stringify(shape.articles);
  const feeds = shape && JSON.stringify(shape.feeds);
  const made: SitePart[] = [];
  let stored = false;
  for (const part of parts) {
    const key = articles === undefined ? undefined : hashParts(['site', part.name, prepared.runKey, articles, part.feeds ? feeds! : '']);
    if (key === undefined) {
      made.push({ files: await rendered(part) });
      continue;
    }
    const before = record?.site?.find((p) => p.key === key);
    if (before && before.paths.every((path) => intact.has(path))) {
      made.push({ key, files: before.paths.map((path) => onDisk(out, path)), onDisk: true });
      continue;
    }
    let files = await cache.get<OutputFile[]>('site', key);
    if (!files) {
      files = await rendered(part);
      await cache.set('site', key, files);
      stored = true;
    }
    made.push({ key, files });
  }
  // Older parts go when a new one was stored: a rebuild that stored none has nothing to clear, and lists no folders.
  if (stored) await cache.prune('site', new Set(made.flatMap((part) => (part.key === undefined ? [] : [part.key]))));
  return made;
}

/**
 * Everything the site's own files are made from: each published article's
 * place, dates, front matter, dek (its listing hash) and translation, and
 * the build time; for the feeds, also the bytes of the articles they carry
 * in full. Undefined when an article was not revived by the engine: its
 * listing would come from its tree, which the shape does not cover.
 */
function shapeOf(pub: Publication, prepared: PreparedBuild): { articles: unknown[]; feeds: unknown[] } | undefined {
  const articles: unknown[] = [pub.buildTime];
  for (const a of pub.articles) {
    const listing = listingOf(a);
    if (listing === undefined) return undefined;
    articles.push(a.path, listing, pub.translationOf(a)?.path ?? null);
  }
  const feedLimit = pub.site.settings.feedLimit;
  const inFeeds = LANGS.flatMap((lang) => pub.byLang[lang].slice(0, feedLimit));
  return { articles, feeds: inFeeds.map((a) => [a.path, prepared.fileHash(a.path) ?? null]) };
}
