import { CellRef, RangeRef, parseA1, parseRangeA1, rangeToA1, toA1 } from '../core/grid/address';
import { Cell, CellValue, GridData } from '../core/grid/cellGrid';
import { SettingsInput, settingsSchema } from '../core/report/settingsSchema';
import { TemplateSpec, templateSpecSchema } from '../core/template/templateSpec';
import type { AcceptedFinding } from './acceptedFindings';
import { ApplyOutcome, ApplyRequest, GatewayError, HostCapabilities, HostGateway, InsertRowsRequest, SheetSnapshot } from './hostGateway';
import { MARK_STYLES, VisibleSheetState, isDefaultFontColor, normalizeColor, sameCellValue, uniqueSheetName } from './gatewayRules';

/**
 * An in-memory workbook and a HostGateway over it: the browser preview runs the add-in on it,
 * and the tests use it as the reference implementation of the gateway contract
 * (test/gateway/gatewayContract.ts), which the Office.js gateway shares.
 */

/** One cell: what the engine reads (value, formula, number format, error) plus its looks. */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
  /** Number format; absent means General. */
  format?: string;
  error?: string;
  /** Fill colour '#RRGGBB'; absent means no fill. */
  fill?: string;
  /** Font colour '#RRGGBB'; absent means automatic. */
  fontColor?: string;
  note?: string;
  /** A drop-down list (data validation). */
  validation?: readonly string[];
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Thin borders all round. */
  border?: boolean;
}

/** The formatting a new row copies from its model row. */
type RowFormat = Pick<MemoryCell, 'format' | 'fill' | 'fontColor' | 'validation' | 'bold' | 'align' | 'border'>;

const KEY_COLS = 16384;
const key = (row: number, col: number): number => row * KEY_COLS + col;

/** Looks set on a sheet before a test or a preview session (a person's own fills and notes). */
export interface MemorySheetSetup {
  fills?: Record<string, string>;
  fontColors?: Record<string, string>;
  notes?: Record<string, string>;
  protected?: boolean;
}

export class MemorySheet {
  /** Row-major cells; missing = empty. */
  rows: (MemoryCell | undefined)[][] = [];
  merges: RangeRef[] = [];
  /** Column widths in characters (absent = default). */
  columnWidths: number[] = [];
  protected = false;
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

  private put(row: number, col: number, cell: MemoryCell | undefined): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = cell;
    if (cell) {
      this.rowCount = Math.max(this.rowCount, row + 1);
      this.colCount = Math.max(this.colCount, col + 1);
    }
  }

  /** Whether (row, col) lies in the sheet's used range. */
  contains(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.rowCount && col < this.colCount;
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** Applies fills, font colours and notes by A1 address. */
  applySetup(setup: MemorySheetSetup): void {
    for (const [a1, color] of Object.entries(setup.fills ?? {})) this.at(a1).fill = normalizeColor(color) ?? undefined;
    for (const [a1, color] of Object.entries(setup.fontColors ?? {})) this.at(a1).fontColor = normalizeColor(color) ?? undefined;
    for (const [a1, text] of Object.entries(setup.notes ?? {})) this.at(a1).note = text;
    if (setup.protected !== undefined) this.protected = setup.protected;
  }

  private at(a1: string): MemoryCell {
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
   * Inserts rows (InsertRowsRequest semantics, see hostGateway.ts). `formatOf` gives the model
   * row's formatting as the person set it (a gateway passes the looks under its marks).
   */
  insertRows(req: Omit<InsertRowsRequest, 'sheetId'>, formatOf: (row: number, col: number) => RowFormat = (r, c) => rowFormat(this.cell(r, c))): void {
    const { beforeRow, count, fromCol, toCol } = req;
    const extendDown = req.extendDown ?? [];
    const model: RowFormat[] = [];
    for (let c = fromCol; c <= toCol; c++) model.push(formatOf(req.copyFormatsFrom, c));
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

function rowFormat(c: MemoryCell | undefined): RowFormat {
  if (!c) return {};
  return { format: c.format, fill: c.fill, fontColor: c.fontColor, validation: c.validation, bold: c.bold, align: c.align, border: c.border };
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
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c) return;
      const a1 = toA1(r, col);
      if (c.value !== null && c.value !== '') state.values[a1] = c.value;
      if (c.formula) state.formulas[a1] = c.formula;
      if (c.format && c.format !== 'General') state.formats[a1] = c.format;
      const fill = normalizeColor(c.fill);
      if (fill) state.fills[a1] = fill;
      if (!isDefaultFontColor(c.fontColor)) state.fontColors[a1] = normalizeColor(c.fontColor)!;
      if (c.note) state.notes[a1] = c.note;
    }),
  );
  return state;
}

/** What a mark replaced on a cell: its looks before the first mark. */
interface MarkRecord {
  row: number;
  col: number;
  fill: string | undefined;
  fontColor: string | undefined;
  note: string | undefined;
}

/** What a write replaced on a cell, and what it wrote. */
interface WriteRecord {
  row: number;
  col: number;
  value: CellValue;
  format: string | undefined;
  formula: string | undefined;
  error: string | undefined;
  written: CellValue;
}

type Records<T> = Map<MemorySheet, Map<number, T>>;

export interface MemoryGatewayOptions {
  /** Put findings' text on cells as notes (default true). */
  notes?: boolean;
  /** Drop-down lists on template cells (default true). */
  dataValidation?: boolean;
  /** The host's name for the pane (default "Preview"). */
  host?: string;
}

/**
 * HostGateway over a MemoryWorkbook. Counts its round trips (`stats`): each call a real host
 * would make with one `context.sync()` counts once.
 */
export class MemoryGateway implements HostGateway {
  readonly stats = { reads: 0, writes: 0 };
  private readonly marks: Records<MarkRecord> = new Map();
  private readonly writes: Records<WriteRecord> = new Map();
  private readonly caps: HostCapabilities;

  constructor(
    readonly workbook: MemoryWorkbook,
    private readonly options: MemoryGatewayOptions = {},
  ) {
    this.caps = { notes: options.notes ?? true, dataValidation: options.dataValidation ?? true, host: options.host ?? 'Preview' };
  }

  /** The current selection (sheet and address), for the preview and tests. */
  get selection(): { sheet: string; address: string } | null {
    return this.workbook.selection;
  }

  resetStats(): void {
    this.stats.reads = 0;
    this.stats.writes = 0;
  }

  async capabilities(): Promise<HostCapabilities> {
    return { ...this.caps };
  }

  async readActiveSheet(): Promise<SheetSnapshot> {
    const sheet = this.workbook.activeSheet;
    this.stats.reads++;
    return { grid: sheet.toGridData(), sheetId: sheet.name };
  }

  async apply(request: ApplyRequest): Promise<ApplyOutcome> {
    const sheet = this.sheetById(request.sheetId);
    if (sheet.protected) throw new GatewayError('protected', sheet.name);
    const writes = request.writes.map((w) => ({ w, at: cellAddress(w.cell) }));
    const highlights = request.highlights.map((h) => ({ h, at: cellAddress(h.cell) }));
    // Refuse the whole request, changing nothing, when the sheet no longer fits it.
    for (const { at, a1 } of [...writes.map((x) => ({ at: x.at, a1: x.w.cell })), ...highlights.map((x) => ({ at: x.at, a1: x.h.cell }))]) {
      if (!sheet.contains(at.row, at.col)) throw new GatewayError('sheet-changed', `${a1} is outside the sheet`);
    }
    for (const { w, at } of writes) {
      if (sheet.cell(at.row, at.col)?.formula) throw new GatewayError('sheet-changed', `${w.cell} now holds a formula`);
      const m = sheet.mergeAt(at.row, at.col);
      if (m && (m.top !== at.row || m.left !== at.col)) throw new GatewayError('sheet-changed', `${w.cell} is inside a merged area`);
    }
    if (writes.length === 0 && highlights.length === 0) return { written: 0, marked: 0, skipped: [] };
    this.stats.writes++;

    const outcome: ApplyOutcome = { written: 0, marked: 0, skipped: [] };
    const writeRecords = recordsOf(this.writes, sheet);
    for (const { w, at } of writes) {
      const cell = sheet.ensure(at.row, at.col);
      const rec = writeRecords.get(key(at.row, at.col));
      // The value the engine saw: the original under our own earlier write of the same cell.
      const seen = rec && sameCellValue(cell.value, rec.written) ? rec.value : cell.value;
      if (!sameCellValue(seen, w.previous)) {
        outcome.skipped.push(w.cell);
        continue;
      }
      if (!rec) {
        writeRecords.set(key(at.row, at.col), {
          row: at.row,
          col: at.col,
          value: cell.value,
          format: cell.format,
          formula: cell.formula,
          error: cell.error,
          written: w.value,
        });
      } else rec.written = w.value;
      cell.value = w.value;
      delete cell.error;
      if (w.numberFormat) cell.format = w.numberFormat;
      outcome.written++;
    }

    const markRecords = recordsOf(this.marks, sheet);
    const withNotes = request.notes && this.caps.notes;
    for (const { h, at } of highlights) {
      const cell = sheet.ensure(at.row, at.col);
      if (!markRecords.has(key(at.row, at.col))) {
        markRecords.set(key(at.row, at.col), { row: at.row, col: at.col, fill: cell.fill, fontColor: cell.fontColor, note: cell.note });
      }
      const style = MARK_STYLES[h.severity];
      cell.fill = style.fill;
      cell.fontColor = style.fontColor;
      if (withNotes) cell.note = h.text;
      outcome.marked++;
    }
    return outcome;
  }

  async clearMarks(): Promise<number> {
    const count = total(this.marks);
    if (count === 0) return 0;
    for (const sheet of this.marks.keys()) if (sheet.protected) throw new GatewayError('protected', sheet.name);
    this.stats.writes++;
    for (const [sheet, recs] of this.marks) {
      for (const rec of recs.values()) {
        const cell = sheet.ensure(rec.row, rec.col);
        setOptional(cell, 'fill', rec.fill);
        setOptional(cell, 'fontColor', rec.fontColor);
        setOptional(cell, 'note', rec.note);
      }
    }
    this.marks.clear();
    return count;
  }

  async undoWrites(): Promise<number> {
    const count = total(this.writes);
    if (count === 0) return 0;
    for (const sheet of this.writes.keys()) if (sheet.protected) throw new GatewayError('protected', sheet.name);
    this.stats.writes++;
    for (const [sheet, recs] of this.writes) {
      for (const rec of recs.values()) {
        const cell = sheet.ensure(rec.row, rec.col);
        cell.value = rec.value;
        setOptional(cell, 'format', rec.format);
        setOptional(cell, 'formula', rec.formula);
        setOptional(cell, 'error', rec.error);
      }
    }
    this.writes.clear();
    return count;
  }

  pending(): { marks: number; writes: number } {
    return { marks: total(this.marks), writes: total(this.writes) };
  }

  async insertTemplate(spec: TemplateSpec): Promise<string> {
    const parsed = templateSpecSchema.safeParse(spec);
    if (!parsed.success) throw new GatewayError('invalid-argument', 'not a template');
    const name = uniqueSheetName(parsed.data.sheetName, this.workbook.sheets.map((s) => s.name));
    this.stats.writes++;
    this.workbook.addSheet(MemorySheet.fromTemplate(parsed.data, name, { dataValidation: this.caps.dataValidation }), true);
    this.workbook.selection = { sheet: name, address: 'A1' };
    return name;
  }

  async insertRows(request: InsertRowsRequest): Promise<void> {
    const sheet = this.sheetById(request.sheetId);
    if (sheet.protected) throw new GatewayError('protected', sheet.name);
    const { beforeRow, count, copyFormatsFrom, fromCol, toCol } = request;
    const extendDown = request.extendDown ?? [];
    const ints = [beforeRow, count, copyFormatsFrom, fromCol, toCol, ...extendDown];
    if (
      ints.some((n) => !Number.isInteger(n) || n < 0) ||
      count < 1 ||
      count > 10000 ||
      fromCol > toCol ||
      beforeRow > sheet.rowCount ||
      copyFormatsFrom >= Math.max(sheet.rowCount, 1) ||
      extendDown.some((c) => c < fromCol || c > toCol)
    ) {
      throw new GatewayError('invalid-argument', JSON.stringify({ beforeRow, count, copyFormatsFrom, fromCol, toCol, extendDown }));
    }
    // Excel cannot move or grow part of a merged area.
    const straddles = (m: RangeRef) => (m.left < fromCol && m.right >= fromCol) || (m.right > toCol && m.left <= toCol);
    const affected = sheet.merges.filter((m) => m.bottom >= beforeRow);
    const extendedAreas = beforeRow > 0 ? extendDown.map((c) => sheet.mergeAt(beforeRow - 1, c)).filter((m): m is RangeRef => !!m) : [];
    if ([...affected, ...extendedAreas].some(straddles)) throw new GatewayError('merge-conflict', 'a merged area crosses the form’s columns');

    this.stats.writes++;
    const marks = recordsOf(this.marks, sheet);
    sheet.insertRows(request, (r, c) => {
      const f = rowFormat(sheet.cell(r, c));
      const mark = marks.get(key(r, c));
      return mark ? { ...f, fill: mark.fill, fontColor: mark.fontColor } : f;
    });
    const shift = (rec: { row: number; col: number }) => {
      if (rec.row >= beforeRow && rec.col >= fromCol && rec.col <= toCol) rec.row += count;
    };
    shiftRecords(this.marks.get(sheet), shift);
    shiftRecords(this.writes.get(sheet), shift);
  }

  async selectCell(sheetId: string, address: string): Promise<void> {
    const sheet = this.sheetById(sheetId);
    let range: RangeRef;
    try {
      range = parseRangeA1(address);
    } catch {
      throw new GatewayError('invalid-argument', address);
    }
    this.stats.writes++;
    this.workbook.activate(sheet.name);
    this.workbook.selection = { sheet: sheet.name, address: rangeToA1(range) };
  }

  async loadSettings(): Promise<SettingsInput | null> {
    this.stats.reads++;
    const stored = this.workbook.settings;
    if (stored === null) return null;
    try {
      return settingsSchema.parse(JSON.parse(stored));
    } catch {
      throw new GatewayError('invalid-argument', 'the stored settings are not valid');
    }
  }

  async saveSettings(settings: SettingsInput): Promise<void> {
    const parsed = settingsSchema.safeParse(settings);
    if (!parsed.success) throw new GatewayError('invalid-argument', 'not valid settings');
    this.stats.writes++;
    this.workbook.settings = JSON.stringify(parsed.data);
  }

  /** Document settings, not an Excel round trip: not counted in `stats`. */
  async loadAccepted(): Promise<unknown> {
    const stored = this.workbook.accepted;
    if (stored === null) return null;
    try {
      return JSON.parse(stored) as unknown;
    } catch {
      throw new GatewayError('invalid-argument', 'the stored accepted findings are not valid JSON');
    }
  }

  async saveAccepted(accepted: readonly AcceptedFinding[]): Promise<void> {
    this.workbook.accepted = JSON.stringify(accepted);
  }

  private sheetById(sheetId: string): MemorySheet {
    const s = this.workbook.sheet(sheetId);
    if (!s) throw new GatewayError('not-found', sheetId);
    return s;
  }
}

function cellAddress(a1: string): CellRef {
  try {
    return parseA1(a1);
  } catch {
    throw new GatewayError('invalid-argument', a1);
  }
}

function recordsOf<T>(records: Records<T>, sheet: MemorySheet): Map<number, T> {
  let m = records.get(sheet);
  if (!m) {
    m = new Map();
    records.set(sheet, m);
  }
  return m;
}

/** Moves records (marks, writes) with their cells, re-keying them. */
function shiftRecords<T extends { row: number; col: number }>(recs: Map<number, T> | undefined, shift: (rec: T) => void): void {
  if (!recs) return;
  const all = [...recs.values()];
  recs.clear();
  for (const rec of all) {
    shift(rec);
    recs.set(key(rec.row, rec.col), rec);
  }
}

function total<T>(records: Records<T>): number {
  let n = 0;
  for (const m of records.values()) n += m.size;
  return n;
}

function setOptional<K extends keyof MemoryCell>(cell: MemoryCell, k: K, v: MemoryCell[K] | undefined): void {
  if (v === undefined) delete cell[k];
  else cell[k] = v;
}
