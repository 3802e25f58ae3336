/**
 * The review page's inline stylesheet and its one small script (the rule
 * filter). Both are inline so the page is one file that needs no network.
 */

export const REVIEW_CSS = `
:root { color-scheme: light dark; --text: #1d1f21; --muted: #5a5f66; --rule: #d9dce0; --surface: #f5f6f8; --bg: #fff;
  --error: #ffd6d6; --error-line: #c62828; --warning: #fff1b8; --warning-line: #a66b00; --related: #1565c0;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "D2Coding", "Noto Sans Mono CJK KR", monospace; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6e8eb; --muted: #a3a9b1; --rule: #3a3f45; --surface: #1f2328; --bg: #131518;
    --error: #5c1f1f; --error-line: #ff8a80; --warning: #4d3d00; --warning-line: #ffd54f; --related: #8cb8ff; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem; background: var(--bg); color: var(--text); font: 15px/1.5 var(--sans); }
:lang(ko) { word-break: keep-all; overflow-wrap: break-word; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 0; overflow-wrap: anywhere; }
a { color: var(--related); }
.summary { color: var(--muted); margin: 0 0 1rem; }
.controls { position: sticky; top: 0; z-index: 2; background: var(--bg); padding: .5rem 0; border-bottom: 1px solid var(--rule); }
.controls select { font: inherit; }
table.pairs { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; }
table.pairs th, table.pairs td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
table.pairs td.count { text-align: right; font-variant-numeric: tabular-nums; }
table.pairs td.has-errors { color: var(--error-line); font-weight: 600; }
table.pairs td.has-warnings { color: var(--warning-line); font-weight: 600; }
section.pair, section.files { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 2rem; }
section.pair > header, section.files > header { padding: .5rem .75rem; background: var(--surface); border-bottom: 1px solid var(--rule); }
.paths { margin: .25rem 0 0; color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.row { display: grid; grid-template-columns: 1fr 1fr; }
.rows.single .row { grid-template-columns: 1fr; }
.cell { min-width: 0; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
.cell + .cell { border-left: 1px solid var(--rule); }
.cell.gap { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--surface) 6px 12px); }
.cell.gap .absent { color: var(--muted); font-style: italic; font-size: .85rem; }
.line { display: flex; gap: .5rem; font-family: var(--mono); font-size: .85rem; }
.ln { flex: none; min-width: 2.5em; text-align: right; color: var(--muted); user-select: none; }
.tx { font-family: var(--sans); font-size: .95rem; white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
.notes { grid-column: 1 / -1; list-style: none; margin: 0; padding: .25rem .5rem .5rem; border-bottom: 1px solid var(--rule); background: var(--surface); }
.note { font-size: .85rem; padding: .1rem 0; }
.note .sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; }
.note.error .sev { color: var(--error-line); }
.note.warning .sev { color: var(--warning-line); }
.note code { font-family: var(--mono); color: var(--muted); }
mark.finding { color: inherit; border-radius: 2px; }
mark.at.error { background: var(--error); box-shadow: inset 0 -2px var(--error-line); }
mark.at.warning { background: var(--warning); box-shadow: inset 0 -2px var(--warning-line); }
mark.related { background: transparent; outline: 2px solid var(--related); outline-offset: 1px; }
mark.counterpart { background: transparent; text-decoration: underline dashed var(--related); text-underline-offset: 3px; }
mark.point::before { content: "\\25C6"; color: var(--error-line); font-size: .8em; }
mark.point.warning::before { color: var(--warning-line); }
mark.point.related::before, mark.point.counterpart::before { color: var(--related); }
mark.filtered-out { background: transparent !important; box-shadow: none !important; outline: none !important; text-decoration: none !important; }
mark.filtered-out.point::before { content: none; }
.note.filtered-out, .notes.filtered-out, .rows.filtered-out, section.filtered-out, tr.filtered-out { display: none; }
:target { scroll-margin-top: 4rem; }
.table-wrap { overflow-x: auto; }
@media (max-width: 48rem) {
  .row { grid-template-columns: 1fr; }
  .cell + .cell { border-left: none; }
  .row.heading { display: none; }
  .cell[data-label]::before { content: attr(data-label); display: block; color: var(--muted); font-size: .75rem; font-weight: 600; }
}
`;

/**
 * The rule filter: every element that carries findings has `data-rule`
 * (one rule) or `data-rules` (all its rules); choosing a rule greys out
 * other marks and hides notes, pairs and list rows without that rule. The
 * choice is kept in the address (`#rule=<id>`) so a filtered view can be
 * shared.
 */
export const REVIEW_SCRIPT = `
(function () {
  var select = document.getElementById('rule-filter');
  if (!select) return;
  function apply() {
    var rule = select.value;
    document.querySelectorAll('[data-rule]').forEach(function (el) {
      el.classList.toggle('filtered-out', rule !== '' && el.getAttribute('data-rule') !== rule);
    });
    document.querySelectorAll('[data-rules]').forEach(function (el) {
      var rules = el.getAttribute('data-rules').split(' ');
      el.classList.toggle('filtered-out', rule !== '' && rules.indexOf(rule) === -1);
    });
    var hash = rule ? '#rule=' + rule : '';
    if (location.hash !== hash && (rule || /^#rule=/.test(location.hash))) {
      history.replaceState(null, '', hash || location.pathname + location.search);
    }
  }
  select.addEventListener('change', apply);
  var wanted = /^#rule=([a-z-]+)$/.exec(location.hash);
  if (wanted && select.querySelector('option[value="' + wanted[1] + '"]')) select.value = wanted[1];
  apply();
})();
`;
