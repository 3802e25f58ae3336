/**
 * Reporters: a `CheckResult` in, the text of one report out. They are pure
 * (no I/O, no clock) and keep the engine's order of diagnostics (file, line,
 * column, rule); `--quiet` and `--max-warnings` are the CLI's business.
 */
import type { CheckResult } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { ReportOptions } from './options.js';

export type { ReportOptions, RuleInfo } from './options.js';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'github';

export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'github'];

export function formatReport(format: ReportFormat, result: CheckResult, options: ReportOptions): string {
  switch (format) {
    case 'text':
      return formatText(result, options);
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, options);
    case 'github':
      return formatGithub(result);
  }
}
