/**
 * The whole pipeline as functions the commands (and tests, and the preview
 * server) call: load → pair → check, then render → write.
 */
import { runChecks } from './check/run.js';
import { createEngine, type EngineOptions, type EngineRun, type EngineStats, type PreparedBuild } from './engine/index.js';
import { hashBytes, hashParts, hashValue } from './engine/fingerprint.js';
import { renderedAloneHolds } from './engine/groups.js';
import { keptOutput, readOutputRecord, rememberOutput, unchangedOutput } from './engine/output.js';
import { loadSite } from './load/index.js';
import { pairArticles } from './pair.js';
import { createPublication, type PublicationOptions } from './publish/publication.js';
import type { WriteSummary } from './publish/write.js';
import { formatReviewHtml, reviewSources } from './report/review-html.js';
import type { SettingsInput } from './settings.js';
import type { CheckResult, OutputFile, Pairing, Publication, Site } from './types.js';

export interface Checked {
  site: Site;
  pairing: Pairing;
  result: CheckResult;
  /** article pages the engine rendered with the check, for the build that follows */
  prepared?: PreparedBuild;
  /** how the engine went, when it ran */
  engine?: EngineStats;
}

export type Stage = 'load' | 'check' | 'render' | 'write';

/** Progress reports for long runs (the CLI draws them; nothing here prints). */
export interface PipelineHooks {
  /** an article file was read: `done` of `total` (first called with 0) */
  onProgress?: (done: number, total: number) => void;
  /** a stage finished, after `ms` milliseconds */
  onStage?: (stage: Stage, ms: number) => void;
}

/**
 * Loads, pairs and checks the site. With `engine`, the articles go through
 * the engine (worker threads, the cache; see src/engine), which gives the
 * same results faster; without, everything runs here, uncached.
 */
export async function loadAndCheck(root: string, overrides: SettingsInput = {}, hooks: PipelineHooks = {}, engine?: EngineRun): Promise<Checked> {
  const run = engine && createEngine(root, engine);
  try {
    let started = performance.now();
    const site = await loadSite(root, overrides, {
      ...(hooks.onProgress && { onProgress: hooks.onProgress }),
      ...(run && { readArticles: run.readArticles, remember: run.remember }),
    });
    hooks.onStage?.('load', performance.now() - started);
    started = performance.now();
    const pairing = pairArticles(site);
    const result = run ? await run.check(site, pairing) : runChecks(site, pairing);
    hooks.onStage?.('check', performance.now() - started);
    const prepared = run?.prepared();
    return { site, pairing, result, ...(prepared && { prepared }), ...(run && { engine: run.stats() }) };
  } finally {
    await run?.close();
  }
}

export function errorCount(result: CheckResult): number {
  return result.diagnostics.filter((d) => d.severity === 'error').length;
}

export interface BuildOptions extends PublicationOptions {
  out: string;
  force?: boolean;
  /** also write the review page of the check to `_review/index.html` */
  review?: boolean;
  hooks?: PipelineHooks;
  /** run the articles through the engine (worker threads, the cache) */
  engine?: EngineOptions;
}

/** Where `build --review` puts the review page, below the output folder. */
export const REVIEW_PATH = '_review/index.html';

export type BuildOutcome =
  | { ok: true; checked: Checked; publication: Publication; files: OutputFile[]; summary: WriteSummary }
  | { ok: false; checked: Checked };

/** Checks, then writes the site unless it has errors (or `force`). */
export async function buildSite(root: string, options: BuildOptions, overrides: SettingsInput = {}): Promise<BuildOutcome> {
  const engine = options.engine && { ...options.engine, pages: publicationOptions(options), out: options.out };
  const checked = await loadAndCheck(root, overrides, options.hooks, engine);
  if (errorCount(checked.result) > 0 && !options.force) return { ok: false, checked };
  return { ok: true, checked, ...(await writeSite(checked, options)) };
}

/** Renders and writes a checked site, whatever its findings (the caller decides whether to). */
export async function writeSite(
  checked: Checked,
  options: BuildOptions,
): Promise<{ publication: Publication; files: OutputFile[]; summary: WriteSummary }> {
  let started = performance.now();
  const publication = createPublication(checked.site, checked.pairing, options);
  const prepared = checked.prepared;
  // Pages rendered for other options (drafts, base URL) are not these pages.
  const usable = prepared && samePublication(prepared.options, publicationOptions(options)) ? prepared : undefined;
  const inputs = usable && hashParts([usable.inputs, options.review ? hashValue(checked.result) : '']);
  const extra: OutputFile[] = options.review ? [{ path: REVIEW_PATH, content: reviewPage(checked) }] : [];
  if (usable?.cache && inputs) {
    const record = await readOutputRecord(usable.cache, options.out, usable.runKey);
    const same = await unchangedOutput(options.out, record, inputs);
    if (same) return { publication, files: same, summary: { written: 0, unchanged: same.length, linked: new Set(same.map((f) => f.path)) } };
    const { writeIncrementally } = await import('./engine/site-write.js');
    const written = await writeIncrementally({ out: options.out, inputs, publication, prepared: { ...usable, cache: usable.cache }, record, extra });
    if (written) {
      options.hooks?.onStage?.('write', performance.now() - started);
      return { publication, ...written };
    }
  }
  await usable?.load();
  const { renderSite } = await import('./site-files.js');
  const holds = usable && renderedAloneHolds(publication, options);
  const pageArticle = new Map(publication.articles.map((a) => [`${a.lang}/${a.slug}/index.html`, a]));
  const prerendered = (path: string) => (holds && pageArticle.has(path) && holds(pageArticle.get(path)!) ? usable!.pages.get(path) : undefined);
  const files = [...renderSite(publication, { prerendered }), ...extra];
  options.hooks?.onStage?.('render', performance.now() - started);
  started = performance.now();
  const { writeOutput } = await import('./publish/write.js');
  const summary = await writeOutput(options.out, files, usable?.cache ? keptOutput(usable.cache, options.out, usable.spareListing) : {});
  if (usable?.cache && inputs) await rememberOutput(usable.cache, options.out, usable.runKey, inputs, files.map((f) => ({ path: f.path, hash: hashBytes(f.content) })));
  options.hooks?.onStage?.('write', performance.now() - started);
  return { publication, files, summary };
}

/** What of the build options the pages depend on. */
function publicationOptions(options: PublicationOptions): PublicationOptions {
  return {
    ...(options.drafts !== undefined && { drafts: options.drafts }),
    ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
    ...(options.sourceDateEpoch !== undefined && { sourceDateEpoch: options.sourceDateEpoch }),
  };
}

function samePublication(a: PublicationOptions, b: PublicationOptions): boolean {
  return Boolean(a.drafts) === Boolean(b.drafts) && a.baseUrl === b.baseUrl && a.sourceDateEpoch === b.sourceDateEpoch;
}

/** The self-contained review page of a check (`check --format html`, `build --review`). */
export function reviewPage(checked: Checked): string {
  return formatReviewHtml(checked.result, reviewSources(checked.site, checked.pairing));
}

/** SOURCE_DATE_EPOCH from the environment, when it is a whole number of seconds. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
