import { rangeToA1 } from '../../src/core/grid/address';
import type { GridData } from '../../src/core/grid/cellGrid';
import type { HarnessSetup } from '../gateway/gatewayContract';
import { FakeExcel, FakeSheetInit, FakeValue } from './fakeExcel';

/** A fake workbook whose only sheet holds the grid (values, formulas with their results, formats, merges) and the setup. */
export function fakeFromGrid(grid: GridData, setup: HarnessSetup = {}): FakeExcel {
  const values: FakeValue[][] = grid.cells.map((row) => (row ?? []).map((c) => (c ? c.value : null)));
  const init: FakeSheetInit = { values, formulas: {}, numberFormats: {}, merges: grid.merges.map(rangeToA1) };
  grid.cells.forEach((row, r) =>
    (row ?? []).forEach((c, col) => {
      if (!c) return;
      const a1 = rangeToA1({ top: r, left: col, bottom: r, right: col });
      if (c.formula) init.formulas![a1] = c.formula;
      if (c.format && c.format !== 'General') init.numberFormats![a1] = c.format;
    }),
  );
  init.fills = setup.fills;
  init.fontColors = setup.fontColors;
  init.notes = setup.notes;
  init.protected = setup.protected;
  return new FakeExcel({ [grid.name]: init });
}

