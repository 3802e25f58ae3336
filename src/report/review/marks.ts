/**
 * One source line with its findings highlighted: the line is cut at every
 * span boundary and each piece is wrapped in one `<mark>` per finding that
 * covers it, so overlapping findings nest and every finding keeps marks of
 * its own. A finding that is only a point becomes an empty `<mark>` there.
 */
import type { ElementContent } from 'hast';
import type { Diagnostic } from '../../types.js';
import { h } from '../../render/hast.js';

/**
 * `at`: where the finding is; `related`: the place the finding names in the
 * other version; `counterpart`: the aligned block of the other version,
 * where the finding has no exact place there.
 */
export type MarkRole = 'at' | 'related' | 'counterpart';

export interface Finding {
  /** `f<index>`, unique in the page */
  id: string;
  diagnostic: Diagnostic;
}

export interface Span {
  /** code-unit indices in the line; `end` exclusive, equal to `start` for a point */
  start: number;
  end: number;
  finding: Finding;
  role: MarkRole;
}

const ROLE_PREFIX: Record<MarkRole, string> = {
  at: '',
  related: 'related place — ',
  counterpart: 'in the other version — ',
};

export function markTitle(finding: Finding, role: MarkRole): string {
  const d = finding.diagnostic;
  return `${ROLE_PREFIX[role]}${d.severity} ${d.rule}: ${d.message}`;
}

/**
 * The line's text as hast children. `anchors` collects finding ids already
 * given an element id, so each finding's first exact mark is its anchor.
 */
export function markLine(text: string, spans: readonly Span[], anchors: Set<string>): ElementContent[] {
  if (spans.length === 0) return text ? [{ type: 'text', value: text }] : [];
  const clipped = spans.map((s) => {
    const start = clamp(s.start, text.length);
    return { ...s, start, end: Math.max(start, clamp(s.end, text.length)) };
  });
  const cuts = new Set<number>([0, text.length]);
  for (const s of clipped) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: ElementContent[] = [];
  for (let k = 0; k < points.length; k++) {
    const at = points[k]!;
    for (const s of clipped) if (s.start === at && s.end === at) out.push(mark(s, [], anchors));
    const next = points[k + 1];
    if (next === undefined || next === at) continue;
    let piece: ElementContent[] = [{ type: 'text', value: text.slice(at, next) }];
    // Innermost last: later spans nest inside earlier ones.
    const covering = clipped.filter((s) => s.start <= at && s.end >= next && s.end > s.start);
    for (let c = covering.length - 1; c >= 0; c--) piece = [mark(covering[c]!, piece, anchors)];
    out.push(...piece);
  }
  return out;
}

function mark(span: Span, children: ElementContent[], anchors: Set<string>): ElementContent {
  const { finding, role } = span;
  const anchor = role === 'at' && !anchors.has(finding.id);
  if (anchor) anchors.add(finding.id);
  return h(
    'mark',
    {
      id: anchor ? finding.id : undefined,
      className: ['finding', finding.diagnostic.severity, role, children.length === 0 ? 'point' : ''].filter(Boolean),
      dataFinding: finding.id,
      dataRule: finding.diagnostic.rule,
      title: markTitle(finding, role),
    },
    children,
  );
}

function clamp(value: number, length: number): number {
  return Math.max(0, Math.min(value, length));
}

/**
 * The end of the word at `start` (a run of non-space characters), so that a
 * finding reported as a point still highlights what it points at.
 */
export function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return end;
}
