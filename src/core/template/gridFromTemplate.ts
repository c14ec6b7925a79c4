import { Cell, GridData } from '../grid/cellGrid';
import { TemplateSpec } from './templateSpec';

/**
 * The grid a host would read back right after laying out the template: values, number formats,
 * formulas (their cached values empty: nothing has been calculated yet) and merges.
 * Cells that only carry a number format are kept (a host reads their format too).
 */
export function gridFromTemplate(spec: TemplateSpec, name: string = spec.sheetName): GridData {
  const cells: (Cell | null)[][] = [];
  for (let r = 0; r < spec.rowCount; r++) cells.push(new Array<Cell | null>(spec.colCount).fill(null));
  for (const c of spec.cells) {
    if (c.row >= spec.rowCount || c.col >= spec.colCount) continue;
    if (c.value === null && !c.formula && !c.numberFormat) continue;
    const cell: Cell = { value: c.formula ? null : c.value };
    if (c.formula) cell.formula = c.formula;
    if (c.numberFormat) cell.format = c.numberFormat;
    cells[c.row][c.col] = cell;
  }
  return { name, cells, merges: spec.merges.map((m) => ({ ...m })) };
}
