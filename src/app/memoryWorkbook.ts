import { RangeRef, parseA1, rangeToA1, toA1 } from '../core/grid/address';
import { Cell, CellValue, GridData } from '../core/grid/cellGrid';
import type { Severity } from '../core/report/ruleIds';
import { TemplateSpec } from '../core/template/templateSpec';
import { CommandReport, GatewayError, InsertRowsRequest } from './hostGateway';
import { MARK_STYLES, VisibleSheetState, isDefaultFontColor, normalizeColor } from './gatewayRules';

/**
 * An in-memory workbook: what the browser preview shows and the memory gateway
 * (memoryGateway.ts) changes. It models what matters to the add-in the way Excel does: the
 * add-in's marks sit OVER a cell's own looks (as conditional formats the add-in owns do in
 * Excel) and move with the cell; rows and columns the person inserts or deletes move values,
 * looks, notes and marks (memoryEdits.ts); a protected sheet refuses locked cells.
 */

/** One cell: what the engine reads (value, formula, number format, error) plus its looks. */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
  /** Number format; absent means General. */
  format?: string;
  error?: string;
  /** The cell's own fill colour '#RRGGBB' (the person's); absent means no fill. */
  fill?: string;
  /** The cell's own font colour '#RRGGBB'; absent means automatic. */
  fontColor?: string;
  note?: string;
  /** A drop-down list (data validation). */
  validation?: readonly string[];
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Thin borders all round. */
  border?: boolean;
  /** Unlocked for editing on a protected sheet (Format Cells → Protection). Absent: locked, as in Excel. */
  unlocked?: boolean;
  /** The add-in's mark over the cell's own looks (shown instead of them; never changes them). */
  mark?: Severity;
  /** The add-in wrote this cell: the id of its write record (moves with the cell, as a name does in Excel). */
  anchor?: number;
}

/** The formatting a new row copies from its model row (the cell's own looks, never the add-in's mark). */
export type RowFormat = Pick<MemoryCell, 'format' | 'fill' | 'fontColor' | 'validation' | 'bold' | 'align' | 'border' | 'unlocked'>;

/** Looks set on a sheet before a test or a preview session (a person's own fills and notes). */
export interface MemorySheetSetup {
  fills?: Record<string, string>;
  fontColors?: Record<string, string>;
  notes?: Record<string, string>;
  protected?: boolean;
  /** With `protected`: cells the person left unlocked (input cells of a distributed form). */
  unlocked?: string[];
  /** With `protected`: formatting cells is allowed (Excel's "Format cells" protection option). */
  allowFormatCells?: boolean;
}

export type SheetVisibility = 'visible' | 'hidden' | 'very-hidden';

export class MemorySheet {
  /** Row-major cells; missing = empty. */
  rows: (MemoryCell | undefined)[][] = [];
  merges: RangeRef[] = [];
  /** Column widths in characters (absent = default). */
  columnWidths: number[] = [];
  protected = false;
  /** On a protected sheet: formatting unlocked cells is allowed. */
  allowFormatCells = false;
  visibility: SheetVisibility = 'visible';
  /** The used range's extent (from A1). */
  rowCount = 0;
  colCount = 0;

  constructor(public name: string) {}

  /** A sheet holding a grid's values, formulas, formats and merges. */
  static fromGrid(grid: GridData, name: string = grid.name): MemorySheet {
    const s = new MemorySheet(name);
    grid.cells.forEach((row, r) =>
      (row ?? []).forEach((c, col) => {
        if (!c) return;
        const cell: MemoryCell = { value: c.value };
        if (c.formula) cell.formula = c.formula;
        if (c.format && c.format !== 'General') cell.format = c.format;
        if (c.error) cell.error = c.error;
        s.put(r, col, cell);
      }),
    );
    s.merges = grid.merges.map((m) => ({ ...m }));
    s.rowCount = Math.max(grid.cells.length, ...grid.merges.map((m) => m.bottom + 1), 0);
    s.colCount = Math.max(0, ...grid.cells.map((row) => (row ? row.length : 0)), ...grid.merges.map((m) => m.right + 1));
    return s;
  }

  /** A sheet laid out from a template: values, formulas, formats, merges, widths, borders, lists. */
  static fromTemplate(spec: TemplateSpec, name: string, options: { dataValidation?: boolean } = {}): MemorySheet {
    const s = new MemorySheet(name);
    s.rowCount = spec.rowCount;
    s.colCount = spec.colCount;
    for (const c of spec.cells) {
      const cell = s.ensure(c.row, c.col);
      // A formula's value is what it shows (the preview does not compute formulas; a template's are blank).
      cell.value = c.value;
      if (c.formula) cell.formula = c.formula;
      if (c.numberFormat) cell.format = c.numberFormat;
      if (c.bold) cell.bold = true;
      if (c.align) cell.align = c.align;
    }
    const b = spec.bordered;
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) s.ensure(r, c).border = true;
    if (options.dataValidation !== false) {
      for (const list of spec.lists) {
        const g = list.range;
        for (let r = g.top; r <= g.bottom; r++) for (let c = g.left; c <= g.right; c++) s.ensure(r, c).validation = [...list.values];
      }
    }
    s.merges = spec.merges.map((m) => ({ ...m }));
    s.columnWidths = [...spec.columnWidths];
    return s;
  }

  cell(row: number, col: number): MemoryCell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell, created empty when missing (grows the extent). */
  ensure(row: number, col: number): MemoryCell {
    let c = this.cell(row, col);
    if (!c) {
      c = { value: null };
      this.put(row, col, c);
    }
    return c;
  }

  put(row: number, col: number, cell: MemoryCell | undefined): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = cell;
    if (cell) {
      this.rowCount = Math.max(this.rowCount, row + 1);
      this.colCount = Math.max(this.colCount, col + 1);
    }
  }

  /** Every cell object with its position (row-major). */
  *entries(): Generator<{ row: number; col: number; cell: MemoryCell }> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (cell) yield { row: r, col: c, cell };
      }
    }
  }

  /** Whether (row, col) lies in the sheet's used range. */
  contains(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.rowCount && col < this.colCount;
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** Whether a write to the cell would be refused by the sheet's protection (the cell is locked). */
  isLocked(row: number, col: number): boolean {
    return this.protected && !this.cell(row, col)?.unlocked;
  }

  /** Applies fills, font colours, notes and protection by A1 address. */
  applySetup(setup: MemorySheetSetup): void {
    for (const [a1, color] of Object.entries(setup.fills ?? {})) this.at(a1).fill = normalizeColor(color) ?? undefined;
    for (const [a1, color] of Object.entries(setup.fontColors ?? {})) this.at(a1).fontColor = normalizeColor(color) ?? undefined;
    for (const [a1, text] of Object.entries(setup.notes ?? {})) this.at(a1).note = text;
    for (const a1 of setup.unlocked ?? []) this.at(a1).unlocked = true;
    if (setup.protected !== undefined) this.protected = setup.protected;
    if (setup.allowFormatCells !== undefined) this.allowFormatCells = setup.allowFormatCells;
  }

  at(a1: string): MemoryCell {
    const { row, col } = parseA1(a1);
    return this.ensure(row, col);
  }

  /** What a host's read returns (rectangular, from A1): values, formulas, number formats, errors, merges. */
  toGridData(): GridData {
    const cells: (Cell | null)[][] = [];
    for (let r = 0; r < this.rowCount; r++) {
      const row: (Cell | null)[] = [];
      const src = this.rows[r] ?? [];
      for (let c = 0; c < this.colCount; c++) {
        const m = src[c];
        if (!m || (m.value === null && !m.formula && !m.format && !m.error)) {
          row.push(null);
          continue;
        }
        const cell: Cell = { value: m.value };
        if (m.formula) cell.formula = m.formula;
        if (m.format) cell.format = m.format;
        if (m.error) cell.error = m.error;
        row.push(cell);
      }
      cells.push(row);
    }
    return { name: this.name, cells, merges: this.merges.map((m) => ({ ...m })) };
  }

  /**
   * The add-in's 插入指标行 (InsertRowsRequest semantics, see hostGateway.ts). The new rows copy the
   * model row's own formatting, never the add-in's marks (those sit over the cells, apart).
   */
  insertRows(req: Omit<InsertRowsRequest, 'sheetId'>): void {
    const { beforeRow, count, fromCol, toCol } = req;
    const extendDown = req.extendDown ?? [];
    const model: RowFormat[] = [];
    for (let c = fromCol; c <= toCol; c++) model.push(rowFormat(this.cell(req.copyFormatsFrom, c)));
    const modelMerges = this.merges.filter(
      (m) => m.top === req.copyFormatsFrom && m.bottom === req.copyFormatsFrom && m.left >= fromCol && m.right <= toCol,
    );

    // Shift the cells of the form's columns down.
    const oldRowCount = this.rowCount;
    for (let r = oldRowCount - 1; r >= beforeRow; r--) {
      for (let c = fromCol; c <= toCol; c++) {
        const moving = this.rows[r]?.[c];
        if (moving || this.rows[r + count]?.[c]) this.put(r + count, c, moving);
        if (this.rows[r]) this.rows[r][c] = undefined;
      }
    }
    for (let k = 0; k < count; k++) {
      for (let c = fromCol; c <= toCol; c++) {
        const f = model[c - fromCol];
        const cell: MemoryCell = { value: null, ...definedOnly(f) };
        this.put(beforeRow + k, c, Object.keys(cell).length > 1 ? cell : undefined);
      }
    }
    this.rowCount = beforeRow < oldRowCount ? oldRowCount + count : Math.max(oldRowCount, beforeRow + count);

    // Merges: below move down, spanning grow.
    const inCols = (m: RangeRef) => m.left >= fromCol && m.right <= toCol;
    for (const m of this.merges) {
      if (!inCols(m)) continue;
      if (m.top >= beforeRow) {
        m.top += count;
        m.bottom += count;
      } else if (m.bottom >= beforeRow) m.bottom += count;
    }
    // extendDown: the area holding (beforeRow − 1, col) grows when it ends there.
    const extended: RangeRef[] = [];
    const above = beforeRow - 1;
    if (above >= 0) {
      for (const c of extendDown) {
        const m = this.mergeAt(above, c);
        if (m) {
          if (m.bottom === above) {
            m.bottom += count;
            extended.push(m);
          } else if (m.bottom >= beforeRow + count - 1 && m.top <= above) extended.push(m);
        } else {
          const created = { top: above, left: c, bottom: above + count, right: c };
          this.merges.push(created);
          extended.push(created);
        }
      }
    }
    // The model row's own horizontal merges repeat on the new rows (unless an extended area is there).
    for (const m of modelMerges) {
      if (extended.some((e) => e.left <= m.right && m.left <= e.right)) continue;
      for (let k = 0; k < count; k++) this.merges.push({ top: beforeRow + k, bottom: beforeRow + k, left: m.left, right: m.right });
    }
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o) as [keyof T, T[keyof T]][]) if (v !== undefined) out[k] = v;
  return out;
}

export function rowFormat(c: MemoryCell | undefined): RowFormat {
  if (!c) return {};
  return { format: c.format, fill: c.fill, fontColor: c.fontColor, validation: c.validation, bold: c.bold, align: c.align, border: c.border, unlocked: c.unlocked };
}

/** What the person sees of a cell's colours: the add-in's mark over the cell's own looks. */
export function displayedLook(cell: MemoryCell | undefined): { fill: string | undefined; fontColor: string | undefined } {
  if (!cell) return { fill: undefined, fontColor: undefined };
  if (cell.mark) return { fill: MARK_STYLES[cell.mark].fill, fontColor: MARK_STYLES[cell.mark].fontColor };
  return { fill: cell.fill, fontColor: cell.fontColor };
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  private activeName: string | null = null;
  /** The selected cell or range (for the preview and tests). */
  selection: { sheet: string; address: string } | null = null;
  /** The add-in's settings stored in the document, as a JSON string. */
  settings: string | null = null;
  /** The accepted findings stored in the document, as a JSON string. */
  accepted: string | null = null;
  /** What the ribbon command left for the pane (the memory host has one "runtime", but keeps the contract). */
  commandReports: CommandReport[] = [];

  constructor(sheets: MemorySheet[] = []) {
    for (const s of sheets) this.addSheet(s);
  }

  /** A workbook of one sheet per grid; the first is active. */
  static fromGrids(...grids: GridData[]): MemoryWorkbook {
    return new MemoryWorkbook(grids.map((g) => MemorySheet.fromGrid(g)));
  }

  /** The sheet by name (case-insensitive, as in Excel). */
  sheet(name: string): MemorySheet | undefined {
    const n = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === n);
  }

  get activeSheet(): MemorySheet {
    const s = this.activeName === null ? undefined : this.sheet(this.activeName);
    if (!s) throw new GatewayError('not-found', 'the workbook has no sheet');
    return s;
  }

  addSheet(sheet: MemorySheet, activate = false): MemorySheet {
    if (this.sheet(sheet.name)) throw new GatewayError('already-exists', sheet.name);
    this.sheets.push(sheet);
    if (activate || this.activeName === null) this.activate(sheet.name);
    return sheet;
  }

  activate(name: string): void {
    const s = this.sheet(name);
    if (!s) throw new GatewayError('not-found', name);
    this.activeName = s.name;
  }

  /** Deletes a sheet (the person's action); the next sheet becomes active when it was. */
  deleteSheet(name: string): void {
    const s = this.sheet(name);
    if (!s) throw new GatewayError('not-found', name);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    if (this.activeName !== null && this.activeName.toLocaleLowerCase() === s.name.toLocaleLowerCase()) this.activeName = this.sheets[0]?.name ?? null;
  }
}

/** A workbook holding one grid, with the person's own looks (fills, notes) and protection. */
export function memoryWorkbookFrom(grid: GridData, setup: MemorySheetSetup = {}): MemoryWorkbook {
  const wb = MemoryWorkbook.fromGrids(grid);
  wb.sheets[0].applySetup(setup);
  return wb;
}

/** A sheet's visible state (values, formulas, formats, fills, fonts, notes, merges, selection). */
export function visibleState(workbook: MemoryWorkbook, sheetName?: string): VisibleSheetState {
  const sheet = sheetName === undefined ? workbook.activeSheet : workbook.sheet(sheetName);
  if (!sheet) throw new GatewayError('not-found', sheetName);
  const state: VisibleSheetState = {
    sheet: sheet.name,
    values: {},
    formulas: {},
    formats: {},
    fills: {},
    fontColors: {},
    notes: {},
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left).map(rangeToA1),
    selection: workbook.selection && workbook.selection.sheet === sheet.name ? workbook.selection.address : null,
  };
  for (const { row, col, cell: c } of sheet.entries()) {
    const a1 = toA1(row, col);
    if (c.value !== null && c.value !== '') state.values[a1] = c.value;
    if (c.formula) state.formulas[a1] = c.formula;
    if (c.format && c.format !== 'General') state.formats[a1] = c.format;
    const look = displayedLook(c);
    const fill = normalizeColor(look.fill);
    if (fill) state.fills[a1] = fill;
    if (!isDefaultFontColor(look.fontColor)) state.fontColors[a1] = normalizeColor(look.fontColor)!;
    if (c.note) state.notes[a1] = c.note;
  }
  return state;
}
