/** `pairpress build`: checks, then writes pages, feeds and sitemap. */
import { relative, resolve } from 'node:path';
import { ALL_RULES } from '../../check/rules/index.js';
import type { EngineOptions } from '../../engine/index.js';
import { buildSite, errorCount, REVIEW_PATH, sourceDateEpoch } from '../../pipeline.js';
import { assertOutputFolder } from '../../publish/out-guard.js';
import { formatReport } from '../../report/index.js';
import type { CliIO } from '../io.js';
import { createProgress } from '../progress.js';

export interface BuildCommandOptions {
  root: string;
  out?: string;
  baseUrl?: string;
  drafts?: boolean;
  force?: boolean;
  /** also write the review page to `_review/index.html` in the output */
  review?: boolean;
  /** worker threads and cache (default: neither) */
  engine?: EngineOptions;
}

export async function buildCommand(options: BuildCommandOptions, io: CliIO): Promise<number> {
  const out = resolve(options.root, options.out ?? 'output');
  await assertOutputFolder(options.root, out);
  const epoch = sourceDateEpoch(io.env);
  const progress = createProgress(io, { interactive: io.isTTY, columns: process.stderr.columns });
  const outcome = await buildSite(
    options.root,
    {
      out,
      ...(options.drafts !== undefined && { drafts: options.drafts }),
      ...(options.force !== undefined && { force: options.force }),
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      ...(epoch !== undefined && { sourceDateEpoch: epoch }),
      ...(options.review && { review: true }),
      hooks: progress.hooks,
      ...(options.engine && { engine: options.engine }),
    },
    options.baseUrl ? { baseUrl: options.baseUrl } : {},
  );
  progress.clear();
  const { result } = outcome.checked;
  if (result.diagnostics.length) {
    io.stderr(formatReport('text', result, { color: io.isTTY, rules: ALL_RULES }));
  }
  if (!outcome.ok) {
    io.stderr(`\nNothing was written: the site has ${errorCount(result)} error(s). Fix them, or pass --force to publish anyway.\n`);
    if (options.review) io.stderr('For the review page without a build, run "npx pairpress check --format html --output review.html".\n');
    progress.summary();
    return 1;
  }
  const shown = relative(io.cwd, out) || '.';
  const pages = outcome.files.filter((f) => f.path.endsWith('.html') && f.path !== REVIEW_PATH).length;
  io.stdout(
    `Built ${outcome.publication.articles.length} articles (${pages} pages, ${outcome.summary.written} files written, ${outcome.summary.unchanged} unchanged) into ${shown}/\n` +
      `Open ${shown}/index.html, or run "npx pairpress dev" to preview it.\n` +
      (options.review ? `Review page: ${shown}/${REVIEW_PATH}\n` : ''),
  );
  progress.summary();
  return 0;
}
