/**
 * A behavioural fake of the Excel object model subset the add-in uses (test/excel/fake/*), and of
 * what the person does in Excel between two clicks (FakeExcel.person). Each behaviour is modelled
 * after the Office.js reference or Microsoft's documentation, cited in the module that models it:
 * - fake/context.ts: batches, sync, first failing operation, cell-edit mode, 5 MB payload limits
 *   of Excel on the web, the undo stack and mergeUndoGroup;
 * - fake/input.ts: how assigned text is parsed (formulas, numbers, dates, errors …);
 * - fake/sheet.ts: cells, notes, merges, conditional formats and names moving with inserted or
 *   deleted rows and columns;
 * - fake/format.ts: formats, protection (locked cells, allowFormatCells), conditional formats;
 * - fake/range.ts: ranges, merged areas (fail above 512), cell properties, insert, copy;
 * - fake/workbook.ts: notes (ApiNotFound at sync without ExcelApi 1.18), names, custom XML parts.
 *
 * Not modelled: calculation (a formula's value is null unless set with `setFormulaResult`), styles
 * other than those listed, comments, real rule evaluation of conditional formats (all apply).
 */
import { VisibleSheetState, isDefaultFontColor, normalizeColor } from '../../src/app/gatewayRules';
import { parseA1, rangeToA1, toA1 } from '../../src/core/grid/address';
import { normColour, parseAddress, unkey } from './fake/address';
import { FakeContext, Op, WEB_PAYLOAD_LIMIT } from './fake/context';
import { FakePerson } from './fake/person';
import { FakeCell, FakeFill, FakeSheet, FakeValue, NO_FILL } from './fake/sheet';
import { WorkbookProxy } from './fake/worksheet';

export { FakeOfficeError, MAX_COL, MAX_ROW, parseAddress } from './fake/address';
export { NO_FILL, FakeSheet } from './fake/sheet';
export type { FakeCell, FakeFill, FakeValue, FakeConditionalFormat, FakeName } from './fake/sheet';
export { RangeProxy } from './fake/range';
export { FakePerson } from './fake/person';
export { WorksheetProxy } from './fake/worksheet';

export interface FakeSheetInit {
  values?: FakeValue[][];
  /** A1 → formula (value from `values` at that cell, as Excel's computed result). */
  formulas?: Record<string, string>;
  numberFormats?: Record<string, string>;
  fills?: Record<string, string | FakeFill>;
  fontColors?: Record<string, string>;
  merges?: string[];
  notes?: Record<string, string>;
  protected?: boolean;
  /** With `protected`: cells left unlocked. */
  unlocked?: string[];
  allowFormatCells?: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeFeatures {
  notes: boolean;
  getRanges: boolean;
  rangeByIndexes: boolean;
  orNullObject: boolean;
}

/** The fake workbook. `run` is what OfficeGateway takes as its injected `Excel.run`. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  active!: FakeSheet;
  /** The workbook's add-in settings (Excel.SettingCollection), shared by every runtime. */
  settings = new Map<string, unknown>();
  syncs = 0;
  runs = 0;
  opsRun = 0;
  objectsCreated = 0;
  calcSuspensions = 0;
  mergeCalls = 0;
  cellPropertyCalls = 0;
  noteAdds = 0;
  undoSteps = 0;
  lastRequestBytes = 0;
  lastResponseBytes = 0;
  getRangesCalls: string[] = [];
  /** The options of every Excel.run (delayForCellEdit, mergeUndoGroup). */
  runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean }[] = [];
  failNextSync?: string;
  /** Fails the n-th operation run (1-based, counted over the fake's life) with a code, when it returns one. */
  failOp?: (n: number, op: Op) => string | undefined;
  /** The code getMergedAreasOrNullObject fails with above 512 areas (not documented: "will fail"). */
  mergeLimitCode = 'GeneralException';
  cellEditMode = false;
  /** Excel on the web's request/response limit in bytes, or null (desktop Excel: none modelled). */
  payloadLimit: number | null = null;
  /** Model Excel on the web: a sheet added in a batch cannot be activated in the same batch. */
  webActivateQuirk = true;
  readonly addedThisSync = new Set<string>();
  features: FakeFeatures = { notes: true, getRanges: true, rangeByIndexes: true, orNullObject: true };
  readonly person = new FakePerson(this);
  private nextId = 1;

  constructor(init?: Record<string, FakeSheetInit>) {
    for (const [name, data] of Object.entries(init ?? { Sheet1: {} })) this.addSheet(name, data);
    this.active = this.sheets[0];
  }

  /** Behaves like Excel on the web: the 5 MB payload limits apply. */
  web(): this {
    this.payloadLimit = WEB_PAYLOAD_LIMIT;
    return this;
  }

  addSheet(name: string, init: FakeSheetInit = {}): FakeSheet {
    const sheet = new FakeSheet(`{FAKE-${String(this.nextId++).padStart(4, '0')}}`, name);
    (init.values ?? []).forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') sheet.ensure(r, c).value = v;
      }),
    );
    const at = (a: string): FakeCell => {
      const p = parseA1(a);
      return sheet.ensure(p.row, p.col);
    };
    for (const [a, f] of Object.entries(init.formulas ?? {})) at(a).formula = f;
    for (const [a, nf] of Object.entries(init.numberFormats ?? {})) at(a).numberFormat = nf;
    for (const [a, color] of Object.entries(init.fontColors ?? {})) at(a).fontColor = normColour(color);
    for (const [a, fill] of Object.entries(init.fills ?? {})) at(a).fill = typeof fill === 'string' ? { color: normColour(fill), pattern: 'Solid' } : { ...fill };
    for (const a of init.unlocked ?? []) at(a).locked = false;
    for (const [, c] of sheet.cells) if (typeof c.value === 'string' && c.formula && /^#/.test(c.value)) c.error = c.value;
    sheet.merges = (init.merges ?? []).map(parseAddress);
    for (const [a, t] of Object.entries(init.notes ?? {})) sheet.notes.set(a, t);
    sheet.protection.protected = !!init.protected;
    sheet.protection.allowFormatCells = !!init.allowFormatCells;
    if (init.visibility) sheet.visibility = init.visibility;
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The cell at an A1 address of a sheet (undefined when never touched). */
  cell(sheetName: string, a1: string): FakeCell | undefined {
    const p = parseA1(a1);
    return this.sheet(sheetName).cell(p.row, p.col);
  }

  fill(sheetName: string, a1: string): FakeFill {
    return this.cell(sheetName, a1)?.fill ?? { ...NO_FILL };
  }

  note(sheetName: string, a1: string): string | undefined {
    return this.sheet(sheetName).notes.get(a1);
  }

  /** Sets a formula cell's computed value (the fake does not calculate). */
  setFormulaResult(sheetName: string, a1: string, value: FakeValue): void {
    const p = parseA1(a1);
    this.sheet(sheetName).ensure(p.row, p.col).value = value;
  }

  /**
   * What the person sees on a sheet (the active one by default), as the gateway contract compares
   * it: a conditional format's fill and font colour show over the cell's own.
   */
  visibleState(sheetName?: string): VisibleSheetState {
    const sheet = sheetName === undefined ? this.active : this.sheet(sheetName);
    const state: VisibleSheetState = {
      sheet: sheet.name,
      values: {},
      formulas: {},
      formats: {},
      fills: {},
      fontColors: {},
      notes: Object.fromEntries([...sheet.notes].sort(([a], [b]) => cmpA1(a, b))),
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left).map(rangeToA1),
      selection: sheet.selection,
    };
    const cells = [...sheet.cells].sort(([a], [b]) => a - b);
    const cfCells = new Set<number>();
    for (const cf of sheet.conditionalFormats) for (const r of cf.ranges) for (let row = r.top; row <= Math.min(r.bottom, 20000); row++) for (let col = r.left; col <= Math.min(r.right, 500); col++) cfCells.add(row * 16384 + col);
    const keys = new Set([...cells.map(([k]) => k), ...cfCells]);
    for (const k of [...keys].sort((a, b) => a - b)) {
      const { row, col } = unkey(k);
      const c = sheet.cells.get(k);
      const a1 = toA1(row, col);
      if (c && c.value !== null && c.value !== '') state.values[a1] = c.value;
      if (c?.formula) state.formulas[a1] = c.formula;
      if (c?.numberFormat && c.numberFormat !== 'General') state.formats[a1] = c.numberFormat;
      const cfFill = sheet.conditionalFormatAt(row, col, 'fill')?.fill;
      const own = c && c.fill.pattern !== 'None' ? normalizeColor(c.fill.color) : null;
      const fill = cfFill ? normalizeColor(cfFill) : own;
      if (fill) state.fills[a1] = fill;
      const font = sheet.conditionalFormatAt(row, col, 'fontColor')?.fontColor ?? c?.fontColor;
      if (!isDefaultFontColor(font)) state.fontColors[a1] = normalizeColor(font)!;
    }
    return state;
  }

  deleteSheet(name: string): void {
    this.sheets = this.sheets.filter((s) => s.name !== name);
    if (this.active.name === name) this.active = this.sheets[0];
  }

  /**
   * The workbook closed and opened again: Excel may give its sheets other ids (office-js-docs #297:
   * "constant within a single session but will change between sessions"; office-js #1390).
   */
  reopen(options: { newSheetIds?: boolean } = {}): void {
    if (options.newSheetIds) for (const s of this.sheets) s.id = `{FAKE-${String(this.nextId++).padStart(4, '0')}}`;
    this.cellEditMode = false;
  }

  /** Excel.run replacement: a fresh context per batch; `run(batch)` or `run(options, batch)`. */
  readonly run = async <T,>(
    a: ((context: Excel.RequestContext) => Promise<T>) | { delayForCellEdit?: boolean; mergeUndoGroup?: boolean },
    b?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof a === 'function' ? a : b!;
    const options = typeof a === 'function' ? {} : a;
    this.runs++;
    this.runOptions.push(options);
    const ctx = new FakeContext(this, options);
    ctx.workbook = new WorkbookProxy(ctx);
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      this.addedThisSync.clear();
    }
  };
}

function cmpA1(a: string, b: string): number {
  const p = parseA1(a);
  const q = parseA1(b);
  return p.row - q.row || p.col - q.col;
}
