/**
 * The per-article work, done alike in a worker thread or in the main
 * thread. A groups job takes groups of files, each the files that share a
 * translation key — a pair, an article alone, or duplicates — parses each
 * file once, runs the pair and article rules on each group as the check
 * stage would for the whole site, and for a build renders their pages from
 * the same trees. A bodies job renders article bodies with absolute URLs
 * (the feeds' content). Everything a job returns can be posted between
 * threads and stored in the cache: no trees, no files, no functions.
 */
import { collectDiagnostics, runRules } from '../check/run.js';
import { ignoredRanges, type IgnoredRange } from '../check/suppress.js';
import type { PairpressMessage } from '../diagnostics.js';
import { readArticle, readBody, readHead, type LoadedFile } from '../load/article.js';
import { createPublication, type PublicationOptions } from '../publish/publication.js';
import type { RenderContext } from '../render/context.js';
import { createTranslator, type Translate } from '../render/i18n.js';
import { markdownToHtml, plainSummary } from '../render/markdown.js';
import { articlePage, articlePagePath } from '../render/page.js';
import type { Article, Diagnostic, GlossaryEntry, LocaleFile, Pairing, RuleId, Settings, Site } from '../types.js';
import { pairGroup } from './groups.js';
import type { GroupProse } from './relevance.js';
import { openCache, type Cache } from './cache.js';
import { listingHash } from './listing.js';
import type { StoredGroup } from './stored.js';

/** What every job of a run shares; sent once to each worker. */
export interface JobContext {
  settings: Settings;
  glossary: GlossaryEntry[];
  locales: LocaleFile[];
  /** the build's publication options; article pages are rendered only when set */
  publication?: PublicationOptions;
}

export interface SourceFile {
  /** root-relative, with `/` */
  path: string;
  bytes: Uint8Array;
}

export interface GroupJob {
  /** the translation key every file is expected to have */
  key: string;
  files: SourceFile[];
  /** render the published articles' pages too */
  pages: boolean;
  /** store the results in the cache, under these keys (the prose goes there only) */
  store?: { dir: string; check: string; glossary: string };
  /**
   * keep the rendered pages in the cache of this folder, under this key,
   * instead of returning them: the main thread does not hold thousands of
   * pages while the workers run (a build without the cache keeps them in a
   * folder of its own, for the run only)
   */
  keep?: { dir: string; pages: string };
}

export interface BodiesJob {
  kind: 'bodies';
  /** each file with the URL its relative links resolve against */
  files: Array<SourceFile & { base: string }>;
}

/** Groups run together, stage by stage (see `runGroups`). */
export interface GroupsJob {
  kind: 'groups';
  groups: GroupJob[];
}

export type Job = GroupsJob | BodiesJob;

/** An `Article` without what cannot travel (source, tree, file), plus what is worked out from its tree. */
export interface ArticleRecord extends Omit<Article, 'source' | 'tree' | 'file'> {
  /** the dek as plain text (`plainSummary`) */
  summary: string;
  /** the ignore-next ranges of its body */
  ignored: IgnoredRange[];
  /** what the site's own pages show of it (listing.ts) */
  listing: string;
}

/** A message as it stands on a file: what `addMessage` takes, with line and column resolved. */
export interface MessageRecord {
  rule: RuleId;
  message: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
  key?: string;
  related?: { file: string; line: number; column: number };
  startOffset?: number;
}

/** A file that did not load, with its messages. */
export interface BrokenRecord {
  path: string;
  source: string;
  messages: MessageRecord[];
}

export interface GroupResult {
  kind: 'group';
  /** the files that loaded, in the order given */
  articles: ArticleRecord[];
  /** the files that did not, in the order given */
  broken: BrokenRecord[];
  /** findings of the pair and article rules, severities and suppressions applied */
  diagnostics: Diagnostic[];
  /** the prose of each loaded article, for deciding later which glossary entries concern the group */
  prose: GroupProse[];
  /** a file's translation key is not the expected one: the results must not be used */
  mispredicted: boolean;
  /** the published articles' pages, by output path (when asked for, and not stored in the cache: then the build reads them from there) */
  pages?: Array<{ path: string; html: Uint8Array }>;
}

export interface BodiesResult {
  kind: 'bodies';
  bodies: Array<{ path: string; base: string; html: string }>;
}

export interface GroupsResult {
  kind: 'groups';
  /** in the order of the job's groups */
  results: GroupResult[];
}

export type JobResult = GroupsResult | BodiesResult;

export type JobRunner = (job: Job) => JobResult;

export function createJobRunner(context: JobContext): JobRunner {
  let translate: Translate | undefined;
  const t: Translate = (lang, key, options) => (translate ??= createTranslator(context.locales).t)(lang, key, options);
  const siteOf = (articles: Article[]): Site => ({
    root: '',
    settings: context.settings,
    articles,
    glossary: context.glossary,
    locales: context.locales,
    files: [],
    brokenStems: new Set(),
  });
  // One cache per folder for all jobs: its secret is read, and its folders made, once per thread.
  const caches = new Map<string, Cache>();
  const cacheOf = (dir: string) => caches.get(dir) ?? caches.set(dir, openCache(dir)).get(dir)!;
  return (job) =>
    job.kind === 'groups' ? { kind: 'groups', results: runGroups(job.groups, context, siteOf, t, cacheOf) } : runBodies(job, context.settings);
}

/** A group of articles loaded: what its stages share. */
interface LoadedGroup {
  job: GroupJob;
  articles: Article[];
  broken: BrokenRecord[];
  site: Site;
  pairing: Pairing;
}

/**
 * Runs the groups stage by stage — every file read, then every group
 * checked, then rendered, then stored — rather than group by group: each
 * stage's code then stays warm in the processor's caches, which made a
 * worker's share of a large site about a tenth faster.
 */
function runGroups(
  jobs: GroupJob[],
  context: JobContext,
  siteOf: (articles: Article[]) => Site,
  t: Translate,
  cacheOf: (dir: string) => Cache,
): GroupResult[] {
  const groups = loadGroups(jobs, context.settings, siteOf);
  const results = groups.map(checkGroup);
  if (context.publication) {
    const publication = context.publication;
    groups.forEach((group, i) => {
      if (group.job.pages) results[i]!.pages = renderGroup(group, publication, context.settings, t);
    });
  }
  groups.forEach((group, i) => storeGroup(group.job, results[i]!, cacheOf));
  return results;
}

function loadGroups(jobs: GroupJob[], settings: Settings, siteOf: (articles: Article[]) => Site): LoadedGroup[] {
  const heads = jobs.map((job) => job.files.map(({ path, bytes }) => readHead(path, bytes, settings)));
  return jobs.map((job, i) => {
    const articles: Article[] = [];
    const broken: BrokenRecord[] = [];
    heads[i]!.forEach((head, k) => {
      const { article, file }: LoadedFile = 'front' in head ? readBody(head, settings) : head;
      if (article) articles.push(article);
      else broken.push({ path: job.files[k]!.path, source: String(file.value ?? ''), messages: (file.messages as PairpressMessage[]).map(messageRecord) });
    });
    return { job, articles, broken, site: siteOf(articles), pairing: pairGroup(job.key, articles) };
  });
}

function checkGroup({ job, articles, broken, site, pairing }: LoadedGroup): GroupResult {
  const rules = runRules(site, pairing, (rule) => rule.scope !== 'site');
  return {
    kind: 'group',
    articles: articles.map(articleRecord),
    broken,
    diagnostics: collectDiagnostics(site),
    prose: articles.map((a) => ({ lang: a.lang, text: rules.prose(a).map((block) => block.text).join('\n') })),
    mispredicted: articles.some((a) => a.key !== job.key),
  };
}

function renderGroup({ site, pairing }: LoadedGroup, options: PublicationOptions, settings: Settings, t: Translate): GroupResult['pages'] {
  const pub = createPublication(site, pairing, options);
  const render: RenderContext = { pub, settings, t, standalone: false };
  // UTF-8 bytes: half the memory of a string holding Hangul, and handed over to the main thread without a copy.
  const utf8 = new TextEncoder();
  return pub.articles.map((article) => ({ path: articlePagePath(article), html: utf8.encode(articlePage(render, article)) }));
}

function storeGroup(job: GroupJob, result: GroupResult, cacheOf: (dir: string) => Cache): void {
  if (result.mispredicted) return;
  if (job.store) {
    const { pages: _pages, prose, ...rest } = result;
    const stored: StoredGroup = { glossary: job.store.glossary, result: rest, prose };
    cacheOf(job.store.dir).setSync('check', job.store.check, stored);
    // The prose is for a later run's glossary check; the caller has no use for it.
    result.prose = [];
  }
  // Kept pages are read back after the workers stop; pages that could not be kept go back with the result.
  if (result.pages && job.keep && cacheOf(job.keep.dir).setSync('pages', job.keep.pages, result.pages)) delete result.pages;
}

function runBodies(job: BodiesJob, settings: Settings): BodiesResult {
  const bodies: BodiesResult['bodies'] = [];
  for (const { path, bytes, base } of job.files) {
    const { article } = readArticle(path, bytes, settings);
    if (article) bodies.push({ path, base, html: markdownToHtml(article, { absoluteBase: base }) });
  }
  return { kind: 'bodies', bodies };
}

function articleRecord(article: Article): ArticleRecord {
  const { source: _source, tree: _tree, file: _file, ...rest } = article;
  const summary = plainSummary(article);
  return { ...rest, summary, ignored: ignoredRanges(article.tree), listing: listingHash(article, summary) };
}

function messageRecord(message: PairpressMessage): MessageRecord {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  const start = place?.start ?? { line: message.line ?? 1, column: message.column ?? 1 };
  const end = place?.end ?? start;
  return {
    rule: message.ruleId,
    message: message.reason,
    start: { line: start.line, column: start.column },
    end: { line: end.line, column: end.column },
    ...(message.key !== undefined && { key: message.key }),
    ...(message.related && { related: message.related }),
    ...(message.startOffset !== undefined && { startOffset: message.startOffset }),
  };
}
