/**
 * The whole pipeline as functions the commands (and tests, and the preview
 * server) call: load → pair → check, then render → write.
 */
import { runChecks } from './check/run.js';
import { loadSite } from './load/index.js';
import { pairArticles } from './pair.js';
import { renderFeeds } from './publish/feeds.js';
import { createPublication, type PublicationOptions } from './publish/publication.js';
import { renderSitemap } from './publish/sitemap.js';
import { writeOutput, type WriteSummary } from './publish/write.js';
import { renderPages } from './render/index.js';
import type { SettingsInput } from './settings.js';
import type { CheckResult, OutputFile, Pairing, Publication, Site } from './types.js';

export interface Checked {
  site: Site;
  pairing: Pairing;
  result: CheckResult;
}

export async function loadAndCheck(root: string, overrides: SettingsInput = {}): Promise<Checked> {
  const site = await loadSite(root, overrides);
  const pairing = pairArticles(site);
  return { site, pairing, result: runChecks(site, pairing) };
}

export function errorCount(result: CheckResult): number {
  return result.diagnostics.filter((d) => d.severity === 'error').length;
}

/** Every file of a build: pages, assets, feeds, sitemap. */
export function renderSite(publication: Publication): OutputFile[] {
  return [...renderPages(publication), ...renderFeeds(publication), ...renderSitemap(publication)];
}

export interface BuildOptions extends PublicationOptions {
  out: string;
  force?: boolean;
}

export type BuildOutcome =
  | { ok: true; checked: Checked; publication: Publication; files: OutputFile[]; summary: WriteSummary }
  | { ok: false; checked: Checked };

/** Checks, then writes the site unless it has errors (or `force`). */
export async function buildSite(root: string, options: BuildOptions, overrides: SettingsInput = {}): Promise<BuildOutcome> {
  const checked = await loadAndCheck(root, overrides);
  if (errorCount(checked.result) > 0 && !options.force) return { ok: false, checked };
  const publication = createPublication(checked.site, checked.pairing, options);
  const files = renderSite(publication);
  const summary = await writeOutput(options.out, files);
  return { ok: true, checked, publication, files, summary };
}

/** SOURCE_DATE_EPOCH from the environment, when it is a whole number of seconds. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
