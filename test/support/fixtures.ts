import { readFileSync } from 'fs';
import { join } from 'path';
import { CellValue, GridData, gridFromValues } from '../../src/core';

interface GridJson {
  sheet: string;
  rows: CellValue[][];
  merges: string[];
}

/** The worked example (shared/reference), as committed under examples/source. */
export function jingmenGrid(): GridData {
  const json = JSON.parse(readFileSync(join(__dirname, '../../examples/source/jingmen-12345-2024.grid.json'), 'utf8')) as GridJson;
  return gridFromValues(json.sheet, json.rows, json.merges);
}

/** A deep copy of a grid's values, for mutating one cell in a test. */
export function withCell(grid: GridData, a1: string, value: CellValue, extra: { format?: string; formula?: string } = {}): GridData {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  const cells = grid.cells.map((r) => r.map((c) => (c ? { ...c } : c)));
  while (cells.length <= row) cells.push([]);
  while (cells[row].length <= col) cells[row].push(null);
  cells[row][col] = value === null ? null : { value, ...extra };
  return { ...grid, cells };
}
