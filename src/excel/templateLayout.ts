/**
 * 插入空白模板 on a new sheet: values (text protected, cellInput.ts), number formats, formulas,
 * merges, column widths, borders, bold labels, alignment, 一级/二级 drop-down lists and frozen
 * header rows — each as one 2-D assignment or one call per list of cells (ExcelApi 1.9).
 */
import { RangeRef } from '../core/grid/address';
import type { TemplateSpec } from '../core/template/templateSpec';
import { toExcelInput } from './cellInput';
import { groupBy } from './rangeLists';
import { chunkAddressList, compressCells } from './rangeLists';

/** Column width in characters → points (Excel: pixels = chars × 7 + 5 at the default font; 0.75 pt per pixel). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function rangeAt(ws: Excel.Worksheet, r: RangeRef): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** Applies `set` to the cells' formats, one call per address list. */
export function queueGrouped(ws: Excel.Worksheet, cells: readonly { row: number; col: number }[], set: (format: Excel.RangeFormat) => void): void {
  if (cells.length === 0) return;
  for (const list of chunkAddressList(compressCells(cells))) set(ws.getRanges(list).format);
}

export function queueTemplateLayout(ws: Excel.Worksheet, spec: TemplateSpec): void {
  const rows = spec.rowCount;
  const cols = spec.colCount;
  const block = rangeAt(ws, { top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  const values: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(''));
  const formulas: { row: number; col: number; formula: string }[] = [];
  for (const c of spec.cells) {
    if (c.row >= rows || c.col >= cols) continue;
    if (c.numberFormat) formats[c.row][c.col] = c.numberFormat;
    if (c.formula) formulas.push({ row: c.row, col: c.col, formula: c.formula.startsWith('=') ? c.formula : `=${c.formula}` });
    else values[c.row][c.col] = toExcelInput(c.value, c.numberFormat);
  }
  // Formats first, so that values land in their formats; one 2-D assignment each for the block.
  block.numberFormat = formats;
  block.values = values;
  for (const fx of formulas) rangeAt(ws, { top: fx.row, left: fx.col, bottom: fx.row, right: fx.col }).formulas = [[fx.formula]];
  for (const m of spec.merges) rangeAt(ws, m).merge(false);
  spec.columnWidths.forEach((chars, col) => {
    if (col < cols) rangeAt(ws, { top: 0, left: col, bottom: 0, right: col }).getEntireColumn().format.columnWidth = charsToPoints(chars);
  });

  const table = rangeAt(ws, spec.bordered);
  table.format.wrapText = true;
  table.format.verticalAlignment = 'Center';
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (spec.bordered.bottom > spec.bordered.top) edges.push('InsideHorizontal');
  if (spec.bordered.right > spec.bordered.left) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = table.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }

  const styled = spec.cells.filter((c) => c.row < rows && c.col < cols);
  queueGrouped(
    ws,
    styled.filter((c) => c.bold),
    (format) => (format.font.bold = true),
  );
  for (const [align, cells] of groupBy(
    styled.filter((c) => c.align),
    (c) => c.align!,
  )) {
    const value = align === 'left' ? 'Left' : align === 'right' ? 'Right' : 'Center';
    queueGrouped(ws, cells, (format) => (format.horizontalAlignment = value));
  }
  for (const list of spec.lists) rangeAt(ws, list.range).dataValidation.rule = { list: { inCellDropDown: true, source: list.values.join(',') } };
  const freezeRows = (spec as { freezeRows?: number }).freezeRows;
  if (typeof freezeRows === 'number' && freezeRows > 0) ws.freezePanes.freezeRows(freezeRows);
}
