/**
 * `check --format github`: one GitHub Actions workflow command per finding,
 * which the runner turns into an annotation on the file and line. The
 * command has exactly the properties SPEC §6.1 names, in its order
 * (`file`, `line`, `col`, `title`), so that scripts reading the lines can
 * rely on the shape.
 */
import type { CheckResult, Diagnostic } from '../types.js';

export function formatGithub(result: CheckResult): string {
  return result.diagnostics.map((d) => `${workflowCommand(d)}\n`).join('');
}

export function workflowCommand(d: Diagnostic): string {
  const properties = [
    ['file', d.file],
    ['line', String(d.line)],
    ['col', String(d.column)],
    ['title', d.rule],
  ]
    .map(([name, value]) => `${name}=${escapeProperty(value!)}`)
    .join(',');
  return `::${d.severity} ${properties}::${escapeData(d.message)}`;
}

/** The runner reads `%`, CR and LF in a command's message as escapes. */
export function escapeData(value: string): string {
  return value
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    // other control characters (terminal escape sequences) and bidi overrides are shown, not obeyed, in the log
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** In a property value, `:` and `,` end the value, so they are escaped too. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
