/**
 * `check --format html`: one self-contained review page. Every pair side by
 * side, Korean left and English right, front matter and paragraphs
 * aligned; each finding highlighted at its place in both versions with its
 * message; a rule filter and a list of pairs with their counts at the top.
 * Pure: a check result and the sources in, a string out. All text goes
 * through hast text nodes, so nothing from an article can become markup.
 */
import type { Element } from 'hast';
import { documentRoot, h, serialize, type Child } from '../render/hast.js';
import { RULE_IDS, type CheckResult, type Diagnostic, type RuleId } from '../types.js';
import { REVIEW_CSS, REVIEW_SCRIPT } from './review/assets.js';
import { layoutPage, type FileLayout, type PageLayout, type PairLayout, type Segment, type Side } from './review/layout.js';
import { markLine, markTitle, type Finding, type Span } from './review/marks.js';
import type { ReviewPair, ReviewSources } from './review/sources.js';
import { countSeverities, plural } from './summary.js';

export { reviewSources, type ReviewSources, type ReviewPair, type ReviewVersion, type ReviewFile } from './review/sources.js';

const SIDES: readonly Side[] = ['ko', 'en'];
const SIDE_NAMES: Record<Side, string> = { ko: '한국어', en: 'English' };
/** Lines of context shown around a finding in a file that is not an article. */
const CONTEXT_LINES = 2;
/** Nothing leaves the page: no fetches, no external styles, scripts or images. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function formatReviewHtml(result: CheckResult, sources: ReviewSources): string {
  const findings: Finding[] = result.diagnostics.map((diagnostic, i) => ({ id: `f${i + 1}`, diagnostic }));
  const page = layoutPage(findings, sources);
  const anchors = new Set<string>();
  const { errors, warnings } = countSeverities(result);
  const head = h(
    'head',
    {},
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: POLICY }),
    h('title', {}, `Translation review — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`),
    h('style', {}, REVIEW_CSS),
  );
  const body = h(
    'body',
    {},
    h(
      'header',
      {},
      h('h1', {}, 'Translation review'),
      h(
        'p',
        { className: ['summary'] },
        `${plural(result.articles, 'article')}, ${plural(result.pairs, 'pair')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
      ),
    ),
    filterControls(result.diagnostics),
    pairList(page),
    h(
      'main',
      {},
      page.pairs.map((layout, i) => pairSection(layout, i, page, anchors)),
      page.files.length > 0 && filesSection(page.files, page, anchors),
      page.unplaced.length > 0 && unplacedSection(page.unplaced),
    ),
    h('script', {}, REVIEW_SCRIPT),
  );
  return serialize(documentRoot(h('html', { lang: 'en' }, head, body)));
}

function filterControls(diagnostics: readonly Diagnostic[]): Element {
  const counts = new Map<RuleId, number>();
  for (const d of diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return h(
    'div',
    { className: ['controls'] },
    h('label', { htmlFor: 'rule-filter' }, 'Show findings of '),
    h(
      'select',
      { id: 'rule-filter' },
      h('option', { value: '' }, `every rule (${diagnostics.length})`),
      RULE_IDS.filter((id) => counts.has(id)).map((id) => h('option', { value: id }, `${id} (${counts.get(id)})`)),
    ),
  );
}

function pairList(page: PageLayout): Element {
  const rows = page.pairs.map((layout, i) => {
    const found = layout.notes.flat();
    const { errors, warnings } = countSeverities({ articles: 0, pairs: 0, diagnostics: found.map((f) => f.diagnostic) });
    return h(
      'tr',
      { dataRules: rulesOf(found), dataPair: layout.pair.key },
      h('td', {}, h('a', { href: `#${pairId(i)}` }, layout.pair.key)),
      SIDES.map((side) => {
        const version = layout.pair[side];
        return h('td', { lang: side }, version ? version.title : h('em', { lang: 'en' }, 'no translation'));
      }),
      h('td', { className: ['count', 'errors', errors > 0 ? 'has-errors' : ''].filter(Boolean) }, String(errors)),
      h('td', { className: ['count', 'warnings', warnings > 0 ? 'has-warnings' : ''].filter(Boolean) }, String(warnings)),
    );
  });
  const table = h(
    'table',
    { className: ['pairs'] },
    h('caption', { className: ['summary'] }, 'Pairs and their findings'),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, 'Translation key'), SIDES.map((s) => h('th', { scope: 'col', lang: s }, SIDE_NAMES[s])), h('th', { scope: 'col' }, 'Errors'), h('th', { scope: 'col' }, 'Warnings')),
    ),
    h('tbody', {}, rows),
  );
  return h('div', { className: ['table-wrap'] }, table);
}

function pairSection(layout: PairLayout, index: number, page: PageLayout, anchors: Set<string>): Element {
  const { pair } = layout;
  return h(
    'section',
    { className: ['pair'], id: pairId(index), dataRules: rulesOf(layout.notes.flat()) },
    h(
      'header',
      {},
      h('h2', {}, pair.key),
      h('p', { className: ['paths'] }, SIDES.map((s) => pair[s]?.path).filter(Boolean).join(' · ')),
    ),
    h(
      'div',
      { className: ['rows'] },
      h('div', { className: ['row', 'heading'] }, SIDES.map((side) => h('div', { className: ['cell'], lang: side }, h('strong', {}, SIDE_NAMES[side])))),
      layout.rows.map((row, r) =>
        h(
          'div',
          { className: ['row'] },
          SIDES.map((side) => versionCell(pair, side, row[side], layout.counterparts[r]![side], page, anchors)),
          notesList(layout.notes[r]!),
        ),
      ),
    ),
  );
}

function versionCell(pair: ReviewPair, side: Side, segment: Segment | undefined, counterparts: Finding[], page: PageLayout, anchors: Set<string>): Element {
  const version = pair[side];
  if (!version || !segment) {
    const text = version ? 'no matching block' : 'no translation';
    return h(
      'div',
      { className: ['cell', 'gap'], lang: side, dataLabel: SIDE_NAMES[side] },
      counterparts.map((f) => markLine('', [{ start: 0, end: 0, finding: f, role: 'counterpart' }], anchors)),
      h('span', { className: ['absent'], lang: 'en' }, text),
    );
  }
  const spans = page.spans.get(version.path);
  const lines = page.lines.get(version.path)!;
  let to = segment.to;
  while (to > segment.from && (lines[to - 1] ?? '').trim() === '' && !spans?.has(to)) to--;
  const shown: Child[] = [];
  for (let line = segment.from; line <= to; line++) {
    const text = lines[line - 1] ?? '';
    const own = spans?.get(line) ?? [];
    const extra: Span[] = text.trim() ? counterparts.map((f) => ({ start: text.search(/\S/), end: text.length, finding: f, role: 'counterpart' })) : [];
    shown.push(sourceLine(line, text, [...own, ...extra], anchors));
  }
  return h('div', { className: ['cell'], lang: side, dataLabel: SIDE_NAMES[side] }, shown);
}

function sourceLine(line: number, text: string, spans: Span[], anchors: Set<string>): Element {
  return h('div', { className: ['line'] }, h('span', { className: ['ln'] }, String(line)), h('span', { className: ['tx'] }, markLine(text, spans, anchors)));
}

function notesList(found: Finding[]): Element | undefined {
  if (found.length === 0) return undefined;
  return h('ul', { className: ['notes'], lang: 'en', dataRules: rulesOf(found) }, found.map((f) => note(f, true)));
}

function note(finding: Finding, linked: boolean): Element {
  const d = finding.diagnostic;
  const place = `${d.file}:${d.line}:${d.column}`;
  return h(
    'li',
    { className: ['note', d.severity], dataRule: d.rule, dataFor: finding.id, title: markTitle(finding, 'at') },
    linked ? h('a', { href: `#${finding.id}` }, place) : place,
    ' ',
    h('span', { className: ['sev'] }, d.severity),
    ' ',
    d.message,
    ' ',
    h('code', {}, d.rule),
    d.related && h('span', { className: ['related-place'] }, ` (see ${d.related.file}:${d.related.line}:${d.related.column})`),
  );
}

/** Files that are not articles (glossary, locales, broken articles): the lines around each finding. */
function filesSection(files: FileLayout[], page: PageLayout, anchors: Set<string>): Element {
  return h(
    'section',
    { className: ['files'], id: 'files', dataRules: rulesOf(files.flatMap((f) => f.notes)) },
    h('header', {}, h('h2', {}, 'Other files')),
    files.map(({ file, notes }) => {
      const lines = page.lines.get(file.path)!;
      const spans = page.spans.get(file.path);
      const shown = new Set<number>();
      for (const line of spans?.keys() ?? []) {
        for (let l = line - CONTEXT_LINES; l <= line + CONTEXT_LINES; l++) if (l >= 1 && l <= lines.length) shown.add(l);
      }
      const rows: Child[] = [];
      let previous = 0;
      for (const line of [...shown].sort((a, b) => a - b)) {
        if (previous && line > previous + 1) rows.push(h('div', { className: ['line', 'skipped'] }, h('span', { className: ['ln'] }, '…')));
        rows.push(sourceLine(line, lines[line - 1] ?? '', spans?.get(line) ?? [], anchors));
        previous = line;
      }
      return h(
        'div',
        { className: ['rows', 'single'], dataRules: rulesOf(notes) },
        h('div', { className: ['row', 'heading'] }, h('div', { className: ['cell'] }, h('strong', {}, file.path))),
        h('div', { className: ['row'] }, h('div', { className: ['cell'] }, rows), notesList(notes)),
      );
    }),
  );
}

function unplacedSection(found: Finding[]): Element {
  return h(
    'section',
    { className: ['files'], id: 'unplaced', dataRules: rulesOf(found) },
    h('header', {}, h('h2', {}, 'Other findings')),
    h('ul', { className: ['notes'] }, found.map((f) => note(f, false))),
  );
}

function rulesOf(found: readonly Finding[]): string {
  return [...new Set(found.map((f) => f.diagnostic.rule))].sort().join(' ');
}

function pairId(index: number): string {
  return `pair-${index + 1}`;
}

