/**
 * The engine behind `--jobs` and the cache. It reads every article file,
 * groups the files by translation key, takes each group's results from the
 * cache when nothing they depend on changed, and runs the other groups as
 * jobs — in worker threads when there are cores to spare — where each file
 * is parsed once for both the check and the pages. The main thread keeps
 * what needs the whole site: pairing findings, the site rules, the indexes,
 * feeds and sitemap. The results are those of the plain pipeline
 * (`loadSite`, `runChecks`, `renderPages`), byte for byte.
 */
import pLimit from 'p-limit';
import type { VFile } from 'vfile';
import { collectDiagnostics, runChecks, runRules } from '../check/run.js';
import { ignoredRanges, type IgnoredRange } from '../check/suppress.js';
import { addMessage, compareDiagnostics, createFile } from '../diagnostics.js';
import type { LoadedFile } from '../load/article.js';
import type { ArticleReader, ReadContext, Remember } from '../load/index.js';
import type { PublicationOptions } from '../publish/publication.js';
import { listSpare, type SpareListing } from '../publish/spare-listing.js';
import { prepareSummary } from '../render/prepared.js';
import type { Article, CheckResult, Diagnostic, Pairing, Site } from '../types.js';
import { defaultCacheRoot, openCache, prepareSiteCache, type Cache } from './cache.js';
import { codeVersion, hashParts } from './fingerprint.js';
import { ArticleFiles, type ArticleFile } from './files.js';
import { keyFromBytes, keyOf } from './groups.js';
import { spareOutput } from './output.js';
import { noteListing } from './listing.js';
import { prepareFeedBodies } from './feed-bodies.js';
import type { GroupJob, GroupResult, GroupsResult, JobContext } from './job.js';
import { batchesOf } from './batches.js';
import { createPool, defaultJobs, type JobPool } from './pool.js';
import { hasOpenFile, reviveArticle, reviveBroken } from './revive.js';
import { CacheSession } from './session.js';
import { parkingFolder } from './parking.js';
import { CheckIndex } from './check-index.js';
import { checkKey, checkOnly, GlossaryCheck, pagesKey, runKeys, type RunKeys, type StoredCheck, type StoredGroup, type StoredPages } from './stored.js';

export interface EngineOptions {
  /** threads for the per-article work; 1 keeps it in this thread (default: one per core) */
  jobs?: number;
  /** the cache root, which holds a folder per site, or false for no cache (default: `defaultCacheRoot()`, the user's cache folder) */
  cache?: string | false;
}

export interface EngineRun extends EngineOptions {
  /** render the article pages as well, for a build with these options */
  pages?: PublicationOptions;
  /** the output folder of that build: the output the last build into it kept is listed meanwhile */
  out?: string;
}

/** What a run worked out for the build that follows it. */
export interface PreparedBuild {
  options: PublicationOptions;
  /** article pages (UTF-8) by output path (those kept in the cache once `load` has run) */
  pages: Map<string, Uint8Array>;
  /** reads the pages kept in the cache into `pages`; those that cannot be read are left to be rendered again */
  load(): Promise<void>;
  /** a hash of everything the build's files are made from: code, settings, locales, options, every article file */
  inputs: string;
  /** the cache folder, where the record of the last output is kept (absent: no cache) */
  cache?: string;
  /** a hash of the code, settings, locales and options: what every file of the build depends on */
  runKey: string;
  /** the cache key of the pages of the articles with a translation key */
  pagesKeyOf(key: string): string | undefined;
  /** the pages kept under a cache key, by output path */
  loadPages(pagesKey: string): Promise<Map<string, Uint8Array> | undefined>;
  /** the hash of an article file's bytes */
  fileHash(path: string): string | undefined;
  /** the output kept by the last build into the run's output folder, listed while the run went on */
  spareListing?: Promise<SpareListing | undefined>;
}

/** How a run went: groups of articles (by translation key) taken from the cache or computed. */
export interface EngineStats {
  groups: number;
  cached: number;
  computed: number;
  /** threads that did the computing (1: the main thread) */
  threads: number;
}

export interface Engine {
  /** for `loadSite`: loads the articles, from the cache or through jobs */
  readonly readArticles: ArticleReader;
  /** for `loadSite`: what is worked out from a site file's text, kept in the cache */
  readonly remember: Remember;
  /** the findings of the loaded and paired site */
  check(site: Site, pairing: Pairing): Promise<CheckResult>;
  /** the pages rendered with the articles, when asked for and still valid */
  prepared(): PreparedBuild | undefined;
  stats(): EngineStats;
  /** waits for the cache writes and stops the worker threads */
  close(): Promise<void>;
}

/** Fewer jobs than this run in the main thread: starting workers would cost more than it saves. */
const WORKER_THRESHOLD = 8;

const io = pLimit(16);

export function createEngine(root: string, run: EngineRun): Engine {
  // A cache folder that cannot be made ready (unwritable, someone else's, a link) means a run without the cache.
  const cacheDir = run.cache === false ? undefined : prepareSiteCache(root, run.cache ?? defaultCacheRoot());
  const cache = cacheDir === undefined ? undefined : openCache(cacheDir);
  // Where the jobs keep the pages they render: the cache, else (`--no-cache`) a folder of this run's own.
  const parking = cacheDir === undefined && run.pages ? parkingFolder(root) : undefined;
  const pagesDir = cacheDir ?? parking?.dir;
  const pageStore = cache ?? (parking && openCache(parking.dir));
  const spareListing = cacheDir !== undefined && run.out !== undefined ? listSpare(spareOutput(cacheDir, run.out)) : undefined;
  const threads = Math.max(1, run.jobs ?? defaultJobs());
  const version = codeVersion();
  const session = new CacheSession(cache, version);
  const use = (kind: string, key: string) => session.use(kind, key);
  const files = new Map<string, ArticleFile>();
  let articleFiles: ArticleFiles | undefined;
  const ignored = new WeakMap<Article, IgnoredRange[]>();
  const jobDiagnostics: Diagnostic[] = [];
  let pages: Map<string, Uint8Array> | undefined;
  /** cache keys of the pages of groups taken from the cache, read only if the build writes */
  const cachedPages: string[] = [];
  /** each group's pages key, by translation key */
  const groupPages = new Map<string, string>();
  let mispredicted = false;
  let index: CheckIndex | undefined;
  let keys: RunKeys | undefined;
  let indexKey = '';
  let inputs = '';
  let context: JobContext | undefined;
  let pool: JobPool | undefined;
  const stats: EngineStats = { groups: 0, cached: 0, computed: 0, threads: 1 };
  const poolFor = (jobs: number): JobPool => (pool ??= createPool(context!, jobs >= WORKER_THRESHOLD ? threads : 1));

  async function readArticles(paths: readonly string[], site: ReadContext, onProgress?: (done: number, total: number) => void): Promise<LoadedFile[]> {
    const { settings } = site;
    keys = runKeys(await version, settings, site.glossary, site.locales, run.pages);
    context = { settings, glossary: site.glossary, locales: site.locales, ...(run.pages && { publication: run.pages }) };
    indexKey = hashParts(['groups', keys.version, keys.settings]);
    // Without stored checks to take, nearly every group (a pair, mostly) is a job: the workers start now, while the files are read.
    const groupsAbout = Math.ceil(paths.length / 2);
    if (groupsAbout >= WORKER_THRESHOLD && !(cache && (await cache.has('groups', indexKey)))) poolFor(groupsAbout).warm();
    const byPath = new Map<string, LoadedFile>();
    articleFiles = new ArticleFiles(root, cache, keys.version);
    for (const [path, read] of await articleFiles.read(paths, settings.limits.maxArticleBytes, onProgress)) {
      if (typeof read === 'string') byPath.set(path, { file: unreadable(path, read) });
      else files.set(path, read);
    }
    inputs = hashParts(['output', keys.version, keys.settings, keys.pages ?? '', ...paths.flatMap((p) => [p, files.get(p)?.hash ?? '-'])]);
    const groups = new Map<string, ArticleFile[]>();
    for (const path of paths) {
      const file = files.get(path);
      if (!file) continue;
      if (file.key === undefined) {
        const quick = keyFromBytes(path, file.bytes());
        if (quick !== undefined) articleFiles.rememberKey(path, quick);
        file.key = quick ?? (await keyOf({ path, bytes: file.bytes() }, settings));
      }
      const group = groups.get(file.key);
      if (group) group.push(file);
      else groups.set(file.key, [file]);
    }
    const results = await groupResults(groups, site);
    for (const result of results) {
      mispredicted ||= result.mispredicted;
      jobDiagnostics.push(...result.diagnostics);
      for (const record of result.articles) {
        const article = reviveArticle(record, files.get(record.path)!.bytes);
        ignored.set(article, record.ignored);
        prepareSummary(article, record.summary);
        noteListing(article, record.listing);
        // The file is made only when something reports on the article.
        byPath.set(record.path, { article, get file() { return article.file; } });
      }
      for (const record of result.broken) byPath.set(record.path, { file: reviveBroken(record) });
      if (run.pages) for (const page of result.pages ?? []) (pages ??= new Map()).set(page.path, page.html);
    }
    if (run.pages) pages ??= new Map();
    return paths.map((path) => byPath.get(path)!);
  }

  /** Each group's result, from the cache or from a job. */
  async function groupResults(groups: Map<string, ArticleFile[]>, site: ReadContext): Promise<GroupResult[]> {
    const results = new Map<string, GroupResult>();
    const todo: Array<{ key: string; files: ArticleFile[]; check: string }> = [];
    const glossary = cache && new GlossaryCheck(cache, site.glossary);
    index = await CheckIndex.open(cache, indexKey);
    // Most groups of a rebuild are settled by the index alone, here and now; the others look in the cache.
    const unsettled: Array<{ key: string; group: ArticleFile[]; check: string; pages: string | undefined; indexed: StoredCheck | undefined }> = [];
    for (const [key, group] of groups) {
      const check = checkKey(keys!, key, group);
      use('check', check);
      const pages = run.pages && pagesKey(keys!, check);
      if (pages) {
        use('pages', pages);
        groupPages.set(key, pages);
      }
      const indexed = cache && index.take(check);
      const found = indexed && fromIndex(check, pages, indexed);
      if (found) results.set(key, found);
      else unsettled.push({ key, group, check, pages, indexed });
    }
    await Promise.all(
      unsettled.map(({ key, group, check, pages, indexed }) =>
        io(async () => {
          const found = cache && glossary && (await fromCache(cache, glossary, check, pages, indexed));
          if (found) results.set(key, found);
          else todo.push({ key, files: group, check });
        }),
      ),
    );
    stats.groups += groups.size;
    stats.cached += results.size;
    stats.computed += todo.length;
    if (todo.length > 0) {
      const jobs = poolFor(todo.length);
      stats.threads = jobs.threads;
      const jobOf = ({ key, files: group, check }: (typeof todo)[number]): GroupJob => {
        const store = cacheDir === undefined ? undefined : { dir: cacheDir, check, glossary: keys!.glossary };
        const keep = pagesDir === undefined || !run.pages ? undefined : { dir: pagesDir, pages: pagesKey(keys!, check) };
        const files = group.map((file) => ({ path: file.path, bytes: file.bytes() }));
        return { key, files, pages: Boolean(run.pages), ...(store && { store }), ...(keep && { keep }) };
      };
      const take = ({ key, files: group, check }: (typeof todo)[number], job: GroupJob, result: GroupResult): void => {
        results.set(key, result);
        // Read again if anything asks: a large site's articles are not all held until the end of the run.
        for (const file of group) file.release();
        if (result.mispredicted) return;
        const kept = job.keep && !result.pages ? job.keep.pages : undefined;
        if (kept) cachedPages.push(kept);
        if (job.store) {
          session.wrote = true;
          const { kind, articles, broken, diagnostics } = result;
          index!.put(check, { glossary: keys!.glossary, result: { kind, articles, broken, diagnostics, mispredicted: false } });
          if (kept) index!.notePages(kept);
        }
      };
      const runBatch = async (batch: typeof todo): Promise<void> => {
        const groupJobs = batch.map(jobOf);
        const { results: batchResults } = await jobs.run<GroupsResult>({ kind: 'groups', groups: groupJobs });
        batch.forEach((item, i) => take(item, groupJobs[i]!, batchResults[i]!));
      };
      // A few jobs at a time per thread keeps the queue, and what its jobs hold, short.
      const inFlight = pLimit(jobs.threads * 2);
      const batches = batchesOf(todo, jobs.threads, (item) => item.files.reduce((sum, file) => sum + file.bytes().byteLength, 0));
      await Promise.all(batches.map((batch) => inFlight(() => runBatch(batch))));
      session.store('glossary', keys!.glossary, site.glossary);
    }
    return [...groups.keys()].map((key) => results.get(key)!);
  }

  /** The group's result when the index says it all: its check made with this glossary, its pages stored with it. */
  function fromIndex(check: string, pages: string | undefined, indexed: StoredCheck): GroupResult | undefined {
    if (indexed.glossary !== keys!.glossary || (pages && !index!.hasPages(pages))) return undefined;
    return reuse(check, pages, indexed, indexed);
  }

  async function fromCache(cache: Cache, glossary: GlossaryCheck, check: string, pages: string | undefined, indexed: StoredCheck | undefined): Promise<GroupResult | undefined> {
    let own: Promise<StoredGroup | undefined> | undefined;
    const ownEntry = () => (own ??= cache.get<StoredGroup>('check', check));
    let stored = indexed ?? (await ownEntry());
    if (!stored) return undefined;
    if (stored.glossary !== keys!.glossary) {
      if (!(await glossary.holds(stored.glossary, async () => (await ownEntry())?.prose))) return undefined;
      // The run's index records the check under this glossary. The group's own entry stays as it is, prose and
      // all: rewriting thousands of them after each glossary edit would cost more than a run without the index,
      // which then checks them against their own glossary again.
      stored = { ...checkOnly(stored), glossary: keys!.glossary };
    }
    if (pages && !index!.hasPages(pages) && !(await cache.has('pages', pages))) return undefined;
    return reuse(check, pages, stored, indexed);
  }

  /** Takes a stored check (and its pages) into this run; what the index held is kept as it was read, anything else is written into it. */
  function reuse(check: string, pages: string | undefined, stored: StoredCheck, indexed: StoredCheck | undefined): GroupResult {
    if (pages) {
      cachedPages.push(pages);
      index!.notePages(pages);
    }
    if (stored !== indexed) index!.put(check, checkOnly(stored));
    return { ...stored.result, prose: [] };
  }

  /** Reads the pages the jobs kept into `into`. */
  async function loadKept(into: Map<string, Uint8Array>): Promise<void> {
    await Promise.all(
      cachedPages.splice(0).map((key) =>
        io(async () => {
          for (const page of (await pageStore?.get<StoredPages>('pages', key)) ?? []) into.set(page.path, page.html);
        }),
      ),
    );
  }

  return {
    readArticles,
    remember: session.remember,
    async check(site, pairing) {
      if (mispredicted) {
        // A file's translation key was not what its bytes said: check the whole site here, as the plain pipeline does.
        pages = undefined;
        return runChecks(site, pairing);
      }
      runRules(site, pairing, (rule) => rule.scope === 'site');
      const local = collectDiagnostics(site, {
        includeArticle: hasOpenFile,
        ignoredRanges: (article) => ignored.get(article) ?? ignoredRanges(article.tree),
      });
      if (run.pages) await prepareFeedBodies(site, pairing, run.pages, { session, keys: keys!, files, pool: poolFor });
      return {
        articles: site.articles.length,
        pairs: pairing.pairs.length,
        diagnostics: [...jobDiagnostics, ...local].sort(compareDiagnostics),
      };
    },
    prepared: () => {
      if (!run.pages || !pages) return undefined;
      const ready = pages;
      const load = () => loadKept(ready);
      return {
        options: run.pages,
        pages: ready,
        load,
        inputs,
        ...(cacheDir !== undefined && { cache: cacheDir }),
        runKey: hashParts([keys!.version, keys!.settings, keys!.pages ?? '']),
        pagesKeyOf: (key) => groupPages.get(key),
        loadPages: async (key) => {
          const stored = await cache?.get<StoredPages>('pages', key);
          return stored && new Map(stored.map((page) => [page.path, page.html]));
        },
        fileHash: (path) => files.get(path)?.hash,
        ...(spareListing && { spareListing }),
      };
    },
    stats: () => ({ ...stats }),
    async close() {
      if (articleFiles && !mispredicted) {
        use('files', articleFiles.indexKey);
        if (await articleFiles.save()) session.wrote = true;
      }
      if (index && !mispredicted) {
        use('groups', index.key);
        const stored = index.toStore(Boolean(run.pages));
        if (stored) session.store('groups', index.key, stored);
      }
      await pool?.close();
      if (parking) {
        // Read back once the workers are gone, and the run's folder removed: nothing of it outlives the run.
        try {
          if (pages && !mispredicted) await loadKept(pages);
        } finally {
          parking.remove();
        }
      }
      // Entries of older contents and versions go when this run has stored new ones: those of the groups
      // that left the index by name, or, without an index to compare with, all that this run did not use.
      const gone = index?.replaced();
      const replaced = gone && new Map([['check', gone], ...(run.pages ? [['pages', gone.map((check) => pagesKey(keys!, check))] as const] : [])]);
      await session.close(!mispredicted, replaced);
    },
  };
}

function unreadable(path: string, message: string): VFile {
  const file = createFile(path, '');
  addMessage(file, { rule: 'frontmatter-invalid', message, start: { line: 1, column: 1 } });
  return file;
}
