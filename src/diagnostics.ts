/**
 * Diagnostics are vfile messages with pairpress's fields on them. Loading,
 * pairing and the rules all report through `addMessage`; the engine turns
 * messages into `Diagnostic` data for the reporters.
 */
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import type { Diagnostic, RuleId, Severity } from './types.js';

export interface Point {
  line: number;
  column: number;
}

export interface MessageInput {
  rule: RuleId;
  message: string;
  start: Point;
  end?: Point;
  key?: string;
  related?: { file: string; line: number; column: number };
}

export interface PairpressMessage extends VFileMessage {
  ruleId: RuleId;
  key?: string;
  related?: { file: string; line: number; column: number };
  /** source offsets, where known: used for ignore-next comments */
  startOffset?: number;
}

export function createFile(path: string, value: string): VFile {
  return new VFile({ path, value });
}

export function addMessage(file: VFile, input: MessageInput, startOffset?: number): PairpressMessage {
  const message = file.message(input.message, {
    ruleId: input.rule,
    source: 'pairpress',
    place: { start: input.start, end: input.end ?? input.start },
  }) as PairpressMessage;
  if (input.key !== undefined) message.key = input.key;
  if (input.related) message.related = input.related;
  if (startOffset !== undefined) message.startOffset = startOffset;
  return message;
}

const locators = new WeakMap<VFile, ReturnType<typeof location>>();

/** 1-based line and column of a source offset (clamped into the file). */
export function pointAt(file: VFile, offset: number): Point {
  let locator = locators.get(file);
  if (!locator) {
    locator = location(file);
    locators.set(file, locator);
  }
  const length = String(file.value ?? '').length;
  const point = locator.toPoint(Math.max(0, Math.min(offset, length)));
  return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
}

export function toDiagnostic(file: VFile, message: PairpressMessage, severity: Severity): Diagnostic {
  const start = message.place && 'start' in message.place ? message.place.start : undefined;
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  const line = start?.line ?? message.line ?? 1;
  const column = start?.column ?? message.column ?? 1;
  return {
    rule: message.ruleId,
    severity,
    file: file.path,
    line,
    column,
    endLine: end?.line ?? line,
    endColumn: end?.column ?? column,
    message: message.reason,
    ...(message.key !== undefined && { key: message.key }),
    ...(message.related && { related: message.related }),
  };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule) || compare(a.message, b.message)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
