/**
 * Tables in raw HTML, made to fit HTML's table model (the Nu Html Checker
 * reports each slip as an error): parts in their order (caption, column
 * groups, head, bodies, foot), no row without cells, no cell spanning past
 * the end of its row group, and no column that only a spanning cell makes
 * (a lone `colspan="3"` row spans the columns that exist).
 */
import type { Element, ElementContent, Root } from 'hast';
import { forEachElement } from './walk.js';

const CELLS = new Set(['td', 'th']);

export function fitTables(tree: Root): void {
  forEachElement(tree, (element) => {
    if (element.tagName === 'table') fitTable(element);
  });
}

function fitTable(table: Element): void {
  const children = table.children;
  const of = (name: string) => children.filter((c): c is Element => c.type === 'element' && c.tagName === name);
  const heads = of('thead');
  const foots = of('tfoot');
  // One head and one foot; any more are rows of the body.
  for (const extra of [...heads.slice(1), ...foots.slice(1)]) extra.tagName = 'tbody';
  const groups = [heads[0], ...children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tbody'), foots[0]].filter(
    (g): g is Element => g !== undefined,
  );
  for (const group of groups) fitRowGroup(group);
  const ordered: ElementContent[] = [...of('caption').slice(0, 1), ...of('colgroup'), ...groups];
  table.children = ordered;
  fitColumns(groups);
}

/** Rows without cells go; a cell's rowspan ends with its row group. */
function fitRowGroup(group: Element): void {
  group.children = group.children.filter((row) => row.type !== 'element' || (row.tagName === 'tr' && row.children.some(isCell)));
  const rows = rowsOf(group);
  rows.forEach((row, index) => {
    for (const cell of row.children.filter(isCell)) {
      const span = Number(cell.properties.rowSpan ?? 1);
      const left = rows.length - index;
      if (span > left) {
        if (left === 1) delete cell.properties.rowSpan;
        else cell.properties.rowSpan = left;
      }
    }
  });
}

interface Placed {
  cell: Element;
  column: number;
  span: number;
}

/** Where each cell of the row groups sits (rowspans included), and how many columns each row covers. */
function layOut(groups: Element[]): { placed: Placed[]; rows: { row: Element; width: number }[] } {
  const placed: Placed[] = [];
  const rows: { row: Element; width: number }[] = [];
  for (const group of groups) {
    const taken = new Map<number, Set<number>>(); // row → columns covered by cells from rows above
    rowsOf(group).forEach((row, r) => {
      let column = 0;
      for (const cell of row.children.filter(isCell)) {
        while (taken.get(r)?.has(column)) column++;
        const span = Math.max(1, Number(cell.properties.colSpan ?? 1) || 1);
        const rowSpan = Math.max(1, Number(cell.properties.rowSpan ?? 1) || 1);
        for (let down = 1; down < rowSpan; down++) {
          const covered = taken.get(r + down) ?? new Set<number>();
          for (let c = column; c < column + span; c++) covered.add(c);
          taken.set(r + down, covered);
        }
        placed.push({ cell, column, span });
        column += span;
      }
      const above = [...(taken.get(r) ?? [])];
      rows.push({ row, width: Math.max(column, above.length > 0 ? Math.max(...above) + 1 : 0) });
    });
  }
  return { placed, rows };
}

/**
 * Keeps only the columns in which some cell begins, narrowing the colspans
 * that crossed the others, then gives short rows empty cells up to the
 * table's width.
 */
function fitColumns(groups: Element[]): void {
  const { placed } = layOut(groups);
  const starts = new Set(placed.map((p) => p.column));
  for (const { cell, column, span } of placed) {
    let kept = 0;
    for (let c = column; c < column + span; c++) if (starts.has(c)) kept++;
    if (kept !== span) {
      if (kept <= 1) delete cell.properties.colSpan;
      else cell.properties.colSpan = kept;
    }
  }
  const { rows } = layOut(groups);
  const width = Math.max(0, ...rows.map((r) => r.width));
  for (const { row, width: own } of rows) {
    const cellName = row.children.some((c) => c.type === 'element' && c.tagName === 'td') ? 'td' : 'th';
    for (let c = own; c < width; c++) row.children.push({ type: 'element', tagName: cellName, properties: {}, children: [] });
  }
}

function rowsOf(group: Element): Element[] {
  return group.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tr');
}

function isCell(node: ElementContent): node is Element {
  return node.type === 'element' && CELLS.has(node.tagName);
}
