/** `pairpress check`: runs the consistency rules and reports like ESLint. */
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ALL_RULES } from '../../check/rules/index.js';
import type { EngineOptions } from '../../engine/index.js';
import { loadAndCheck, reviewPage } from '../../pipeline.js';
import { formatReport, type ReportFormat } from '../../report/index.js';
import { UserError } from '../../errors.js';
import { isFolder, makeFolders } from '../../publish/folders.js';
import type { CheckResult } from '../../types.js';
import type { CliIO } from '../io.js';
import { createProgress } from '../progress.js';

export interface CheckOptions {
  root: string;
  /** `html` is the review page, which needs the sources as well as the findings */
  format: ReportFormat | 'html';
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  /** worker threads and cache (default: neither) */
  engine?: EngineOptions;
}

export async function checkCommand(options: CheckOptions, io: CliIO): Promise<number> {
  const progress = options.quiet ? undefined : createProgress(io, { interactive: io.isTTY, columns: process.stderr.columns });
  const checked = await loadAndCheck(options.root, {}, progress?.hooks, options.engine);
  progress?.clear();
  const shown = options.quiet ? onlyErrors(checked.result) : checked.result;
  const text =
    options.format === 'html'
      ? reviewPage({ ...checked, result: shown })
      : formatReport(options.format, shown, { color: io.isTTY && !options.output, rules: ALL_RULES });
  if (options.output) await writeReport(resolve(io.cwd, options.output), text);
  else io.stdout(text.endsWith('\n') || text === '' ? text : `${text}\n`);
  progress?.summary();
  if (checked.result.articles === 0 && !(await isFolder(join(options.root, 'articles')))) {
    // Most likely a wrong --root: say so, or a CI job would pass on nothing.
    io.stderr(`pairpress: there is no articles/ folder in ${options.root}; nothing was checked (is --root right?)\n`);
  }
  // As ESLint: --quiet changes what is shown, not the outcome; warnings still count against --max-warnings.
  return exitCode(checked.result, options.maxWarnings, io);
}

/** The report file, its folder made as needed; a place that cannot be written is the user's to fix (exit 2). */
async function writeReport(path: string, text: string): Promise<void> {
  try {
    await makeFolders(dirname(path));
    await writeFile(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`cannot write the report to "${path}" (${reason}); choose another --output file`);
  }
}

export function onlyErrors(result: CheckResult): CheckResult {
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
}

/** ESLint's: 1 for any error or more warnings than allowed, else 0; a negative maximum is no limit. */
export function exitCode(result: CheckResult, maxWarnings: number | undefined, io: CliIO): number {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`pairpress found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}
