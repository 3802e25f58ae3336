/**
 * The terminal report: one line per finding,
 * `file:line:col  severity  message  rule`, a blank line between files, and
 * a summary line. Colour only when asked (the CLI asks on a terminal).
 */
import type { CheckResult, Diagnostic } from '../types.js';
import type { ReportOptions } from './options.js';
import { countSeverities, plural } from './summary.js';

type Style = (text: string) => string;

interface Palette {
  error: Style;
  warning: Style;
  dim: Style;
  ok: Style;
}

const sgr = (open: number, close: number): Style => (text) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURS: Palette = { error: sgr(31, 39), warning: sgr(33, 39), dim: sgr(2, 22), ok: sgr(32, 39) };
const PLAIN: Palette = { error: (t) => t, warning: (t) => t, dim: (t) => t, ok: (t) => t };

export function formatText(result: CheckResult, options: Pick<ReportOptions, 'color'>): string {
  const paint = options.color ? COLOURS : PLAIN;
  const groups = groupByFile(result.diagnostics);
  const blocks = groups.map((group) => formatGroup(group, paint));
  blocks.push(summaryLine(result, paint));
  return `${blocks.join('\n\n')}\n`;
}

function formatGroup(group: Diagnostic[], paint: Palette): string {
  const places = group.map((d) => `${visible(d.file).replace(/[\n\t]/g, (c) => (c === '\n' ? '\\u000a' : '\\u0009'))}:${d.line}:${d.column}`);
  const placeWidth = Math.max(...places.map((p) => p.length));
  const severityWidth = Math.max(...group.map((d) => d.severity.length));
  return group
    .map((d, i) => {
      const place = places[i]!.padEnd(placeWidth);
      const severity = paint[d.severity](d.severity.padEnd(severityWidth));
      return `${place}  ${severity}  ${oneLine(d.message)}  ${paint.dim(d.rule)}`;
    })
    .join('\n');
}

/** The engine sorts by file first, so a file's findings are already together. */
function groupByFile(diagnostics: Diagnostic[]): Diagnostic[][] {
  const groups: Diagnostic[][] = [];
  for (const d of diagnostics) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.file === d.file) last.push(d);
    else groups.push([d]);
  }
  return groups;
}

function summaryLine(result: CheckResult, paint: Palette): string {
  const checked = `${plural(result.articles, 'article')}, ${plural(result.pairs, 'pair')}`;
  const { errors, warnings } = countSeverities(result);
  if (errors + warnings === 0) return paint.ok(`✔ no problems in ${checked}`);
  const line = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${checked}`;
  return errors > 0 ? paint.error(line) : paint.warning(line);
}

/** A finding is one line, whatever its message holds. */
function oneLine(message: string): string {
  return visible(message.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Control characters (escape sequences, carriage returns) and bidirectional
 * overrides shown as `\u001b`: text from an article or a file name must not
 * restyle, hide or forge lines of the report in a terminal or a CI log.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
