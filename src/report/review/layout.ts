/**
 * Where everything goes on the review page: each pair cut into rows (front
 * matter, then aligned Markdown blocks), and each finding placed on its
 * lines, on the related place it names, or — where it names none — on the
 * aligned block of the other version, so that every finding shows in both.
 */
import type { Diagnostic, Lang } from '../../types.js';
import { alignBlocks } from './align.js';
import { wordEnd, type Finding, type Span } from './marks.js';
import type { ReviewFile, ReviewPair, ReviewSources, ReviewVersion } from './sources.js';

/** 1-based inclusive line range of a version's source. */
export interface Segment {
  from: number;
  to: number;
}

export type Side = Lang;

export interface PairLayout {
  pair: ReviewPair;
  rows: Record<Side, Segment | undefined>[];
  /** findings whose own place is in the row */
  notes: Finding[][];
  /** findings without a related place, to show on the other side of their row */
  counterparts: Record<Side, Finding[]>[];
}

export interface FileLayout {
  file: ReviewFile;
  notes: Finding[];
}

export interface PageLayout {
  pairs: PairLayout[];
  files: FileLayout[];
  /** findings on files the page has no source for */
  unplaced: Finding[];
  /** path → line → spans */
  spans: Map<string, Map<number, Span[]>>;
  /** source lines of every article and file, by path */
  lines: Map<string, string[]>;
}

interface VersionPlace {
  layout: PairLayout;
  side: Side;
  rowOfLine: number[];
}

export function layoutPage(findings: readonly Finding[], sources: ReviewSources): PageLayout {
  const page: PageLayout = { pairs: [], files: [], unplaced: [], spans: new Map(), lines: new Map() };
  const versions = new Map<string, VersionPlace>();
  for (const pair of sources.pairs) {
    const { layout, rowOfLine } = layoutPair(pair);
    page.pairs.push(layout);
    for (const side of ['ko', 'en'] as const) {
      const version = pair[side];
      if (!version) continue;
      versions.set(version.path, { layout, side, rowOfLine: rowOfLine[side] });
      page.lines.set(version.path, version.source.split('\n'));
    }
  }
  const files = new Map<string, FileLayout>();
  for (const file of sources.files) {
    files.set(file.path, { file, notes: [] });
    page.lines.set(file.path, file.source.split('\n'));
  }

  // A related place is a point; where a finding starts there (the other half of a mismatch), mark as much as it does.
  const endAt = new Map<string, number>();
  for (const { diagnostic: d } of findings) {
    if (d.endLine === d.line && d.endColumn > d.column) endAt.set(`${d.file}:${d.line}:${d.column}`, d.endColumn - 1);
  }

  for (const finding of findings) {
    const d = finding.diagnostic;
    const version = versions.get(d.file);
    const file = files.get(d.file);
    if (version) {
      const line = clampLine(d.line, page.lines.get(d.file)!);
      const row = version.rowOfLine[line] ?? version.layout.rows.length - 1;
      version.layout.notes[row]!.push(finding);
      addSpans(page, finding, d);
      const other: Side = version.side === 'ko' ? 'en' : 'ko';
      const relatedHere = d.related && (versions.has(d.related.file) || files.has(d.related.file));
      if (!relatedHere && version.layout.pair[other]) version.layout.counterparts[row]![other].push(finding);
    } else if (file) {
      file.notes.push(finding);
      addSpans(page, finding, d);
    } else {
      page.unplaced.push(finding);
    }
    if (d.related && (versions.has(d.related.file) || files.has(d.related.file))) {
      const lines = page.lines.get(d.related.file)!;
      const line = clampLine(d.related.line, lines);
      const text = lines[line - 1] ?? '';
      const start = d.related.column - 1;
      // Else, at a line start it names the line (a front-matter field); elsewhere the word there.
      const end = endAt.get(`${d.related.file}:${line}:${d.related.column}`) ?? (start === 0 ? text.length : wordEnd(text, start));
      pushSpan(page, d.related.file, line, { start, end, finding, role: 'related' });
    }
  }
  page.files = [...files.values()].filter((f) => f.notes.length > 0);
  return page;
}

function layoutPair(pair: ReviewPair): { layout: PairLayout; rowOfLine: Record<Side, number[]> } {
  const segments = { ko: segmentsOf(pair.ko), en: segmentsOf(pair.en) };
  // Row 0 holds both front matters; the blocks follow, aligned by kind.
  const aligned = alignBlocks(
    pair.ko?.blocks.map((b) => b.kind) ?? [],
    pair.en?.blocks.map((b) => b.kind) ?? [],
  );
  const rows: PairLayout['rows'] = [{ ko: segments.ko[0], en: segments.en[0] }];
  for (const [k, e] of aligned) {
    rows.push({ ko: k === undefined ? undefined : segments.ko[k + 1], en: e === undefined ? undefined : segments.en[e + 1] });
  }
  const rowOfLine: Record<Side, number[]> = { ko: [], en: [] };
  rows.forEach((row, index) => {
    for (const side of ['ko', 'en'] as const) {
      const segment = row[side];
      if (segment) for (let line = segment.from; line <= segment.to; line++) rowOfLine[side][line] = index;
    }
  });
  const layout: PairLayout = {
    pair,
    rows,
    notes: rows.map(() => []),
    counterparts: rows.map(() => ({ ko: [], en: [] })),
  };
  return { layout, rowOfLine };
}

/** The front matter (and the blank lines after it), then one segment per top-level block. */
function segmentsOf(version: ReviewVersion | undefined): Segment[] {
  if (!version) return [];
  const last = version.source.split('\n').length;
  const starts = version.blocks.map((b) => b.line);
  const segments: Segment[] = [{ from: 1, to: (starts[0] ?? last + 1) - 1 }];
  starts.forEach((from, i) => segments.push({ from, to: (starts[i + 1] ?? last + 1) - 1 }));
  return segments;
}

/** The spans of a finding's own place, one per line it covers. */
function addSpans(page: PageLayout, finding: Finding, d: Diagnostic): void {
  const lines = page.lines.get(d.file)!;
  const first = clampLine(d.line, lines);
  const last = Math.max(first, clampLine(d.endLine, lines));
  for (let line = first; line <= last; line++) {
    const text = lines[line - 1] ?? '';
    const start = line === first ? d.column - 1 : 0;
    let end = line === d.endLine ? d.endColumn - 1 : text.length;
    if (line > first && end <= 0) continue;
    if (first === last && end <= start) end = wordEnd(text, start);
    pushSpan(page, d.file, line, { start, end, finding, role: 'at' });
  }
}

function pushSpan(page: PageLayout, path: string, line: number, span: Span): void {
  let byLine = page.spans.get(path);
  if (!byLine) page.spans.set(path, (byLine = new Map()));
  const list = byLine.get(line);
  if (list) list.push(span);
  else byLine.set(line, [span]);
}

function clampLine(line: number, lines: readonly string[]): number {
  return Math.max(1, Math.min(line, lines.length));
}
