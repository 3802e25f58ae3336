/** `check --format json`: exactly the document of SPEC §6.1. */
import type { CheckResult, Diagnostic } from '../types.js';
import { countSeverities } from './summary.js';

export interface JsonReport {
  version: 1;
  summary: { articles: number; pairs: number; errors: number; warnings: number };
  diagnostics: Diagnostic[];
}

export function toJsonReport(result: CheckResult): JsonReport {
  const { errors, warnings } = countSeverities(result);
  return {
    version: 1,
    summary: { articles: result.articles, pairs: result.pairs, errors, warnings },
    diagnostics: result.diagnostics.map(jsonDiagnostic),
  };
}

export function formatJson(result: CheckResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}

/** The §6.1 fields in the §6.1 order; `key` and `related` only when present. */
function jsonDiagnostic(d: Diagnostic): Diagnostic {
  return {
    rule: d.rule,
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    message: d.message,
    ...(d.key !== undefined && { key: d.key }),
    ...(d.related && { related: { file: d.related.file, line: d.related.line, column: d.related.column } }),
  };
}
