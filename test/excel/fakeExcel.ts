/**
 * A small, behavioural fake of the Excel object model subset OfficeGateway uses: worksheets,
 * ranges (values, numberFormat, formulas, valueTypes, fills, bold, alignment), getRanges,
 * merged areas, notes, row inserts, format copies, data validation, freeze panes.
 *
 * Like Office.js it only queues: every load, property set and method call becomes an operation
 * that runs, in order, at `context.sync()`; loaded properties can be read after the sync only;
 * the first failing operation rejects the sync with an error carrying an Office `code` and drops
 * the rest of the batch (operations before it stay applied, as in Excel). Syncs are counted.
 *
 * Not modelled: calculation (a formula's value is null unless set with `setFormulaResult`), styles
 * other than those listed, conditional formats, comments.
 */
import { VisibleSheetState, isDefaultFontColor, normalizeColor } from '../../src/app/gatewayRules';
import { RangeRef, columnIndex, parseA1, rangeToA1, toA1 } from '../../src/core/grid/address';

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export type FakeValue = string | number | boolean | null;

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  fill: FakeFill;
  /** Font colour '#RRGGBB'; absent = automatic. */
  fontColor?: string;
  bold?: boolean;
  align?: string;
}

export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None' };

/** An error like OfficeExtension.Error: a code and a (localised, never shown) message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = `本地化的错误消息 (${code})`,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

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
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** Parses "B4", "B4:C9", "Sheet1!B4", "5:7" (rows), "B:C" (columns). */
export function parseAddress(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const clean = bare.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL };
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(clean);
  if (cols) return { top: 0, bottom: MAX_ROW, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  const [a, b] = clean.split(':');
  let p: { row: number; col: number };
  let q: { row: number; col: number };
  try {
    p = parseA1(a);
    q = b ? parseA1(b) : p;
  } catch {
    throw new FakeOfficeError('InvalidArgument');
  }
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function rectA1(r: RangeRef): string {
  if (r.left === 0 && r.right === MAX_COL) return `${r.top + 1}:${r.bottom + 1}`;
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function contains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

function cellsOf(r: RangeRef): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

function normColour(c: string): string {
  const named: Record<string, string> = { yellow: '#FFFF00', red: '#FF0000', white: '#FFFFFF' };
  return named[c.toLowerCase()] ?? c.toUpperCase();
}

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  merges: RangeRef[] = [];
  notes = new Map<string, string>();
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  validations: { range: RangeRef; source: string }[] = [];
  borders: { range: RangeRef; edge: string; style: string }[] = [];
  wrapped: RangeRef[] = [];
  protected = false;
  selection: string | null = null;
  /** Excel.SheetVisibility: 'Visible', 'Hidden' or 'VeryHidden'. */
  visibility = 'Visible';

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  ensure(row: number, col: number): FakeCell {
    let c = this.cells.get(key(row, col));
    if (!c) this.cells.set(key(row, col), (c = { value: null, numberFormat: 'General', fill: { ...NO_FILL } }));
    return c;
  }

  /** Excel's parse of typed input: prefix apostrophe, formulas, numbers, booleans, text format. */
  assign(row: number, col: number, input: unknown): void {
    const c = this.ensure(row, col);
    delete c.formula;
    if (input === null || input === undefined || input === '') {
      c.value = null;
      return;
    }
    if (typeof input === 'number' || typeof input === 'boolean') {
      c.value = input;
      return;
    }
    const text = String(input);
    if (c.numberFormat === '@') {
      c.value = text;
      return;
    }
    if (text.startsWith("'")) {
      c.value = text.slice(1);
      return;
    }
    if (/^[=+\-@]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) {
      c.formula = text.startsWith('=') ? text : `=${text}`;
      c.value = null;
      return;
    }
    if (/^[+-]?\d+(\.\d+)?%$/.test(text)) {
      c.value = Number(text.slice(0, -1)) / 100;
      return;
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) {
      c.value = Number(text);
      return;
    }
    if (/^(true|false)$/i.test(text)) {
      c.value = text.toLowerCase() === 'true';
      return;
    }
    c.value = text;
  }

  usedRect(): RangeRef {
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      if (c.value === null && !c.formula) continue;
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      if (row > bottom) bottom = row;
      if (col > right) right = col;
    }
    if (bottom < 0) return { top: 0, left: 0, bottom: 0, right: 0 };
    let top = bottom;
    let left = right;
    for (const [k, c] of this.cells) {
      if (c.value === null && !c.formula) continue;
      top = Math.min(top, Math.floor(k / 16384));
      left = Math.min(left, k % 16384);
    }
    return { top, left, bottom, right };
  }

  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }
}

type Op = () => void;

/** One Excel.run: the queue, and the proxies hand out. */
export class FakeContext {
  readonly ops: Op[] = [];
  readonly workbook: WorkbookProxy;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.fake.calcSuspensions++;
    },
  };

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  async sync(): Promise<void> {
    this.fake.syncs++;
    // A sheet added in an earlier sync can be activated now (the web quirk lasts one batch).
    this.fake.addedThisSync.clear();
    const ops = this.ops.splice(0, this.ops.length);
    if (this.fake.failNextSync) {
      const code = this.fake.failNextSync;
      this.fake.failNextSync = undefined;
      throw new FakeOfficeError(code);
    }
    if (this.fake.cellEditMode && !this.fake.delayForCellEdit) throw new FakeOfficeError('InvalidOperationInCellEditMode');
    this.fake.opsRun += ops.length;
    for (const op of ops) op();
  }
}

function writable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied');
}

class Loadable {
  protected loaded = new Map<string, unknown>();
  isNullObject = false;

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} (call load() and sync() first)`);
    return this.loaded.get(prop) as T;
  }
}

export class RangeProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    readonly resolve: () => { sheet: FakeSheet; rect: RangeRef },
  ) {
    super();
  }

  private derive(fn: (s: FakeSheet, r: RangeRef) => RangeRef): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      return { sheet, rect: fn(sheet, rect) };
    });
  }

  private otherRect(other: RangeProxy | string): RangeRef {
    return typeof other === 'string' ? parseAddress(other) : other.resolve().rect;
  }

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      for (const p of list) this.loaded.set(p, readProp(sheet, rect, p));
    });
    return this;
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.setGrid(v, (sheet, row, col, x) => sheet.assign(row, col, x));
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.setGrid(v, (sheet, row, col, x) => (sheet.ensure(row, col).numberFormat = String(x)));
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.setGrid(v, (sheet, row, col, x) => {
      if (typeof x === 'string' && x.startsWith('=')) {
        const c = sheet.ensure(row, col);
        c.formula = x;
        c.value = null;
      } else sheet.assign(row, col, x);
    });
  }
  get valueTypes(): unknown[][] {
    return this.get('valueTypes');
  }

  private setGrid(v: unknown[][], set: (sheet: FakeSheet, row: number, col: number, x: unknown) => void): void {
    const copy = v.map((r) => [...r]);
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      writable(sheet);
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (copy.length !== rows || copy.some((r) => r.length !== cols)) throw new FakeOfficeError('InvalidArgument');
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) set(sheet, rect.top + r, rect.left + c, copy[r][c]);
    });
  }

  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this.derive((_s, r) => {
      const o = this.otherRect(other);
      return { top: Math.min(r.top, o.top), left: Math.min(r.left, o.left), bottom: Math.max(r.bottom, o.bottom), right: Math.max(r.right, o.right) };
    });
  }

  getIntersection(other: RangeProxy | string): RangeProxy {
    return this.derive((_s, r) => {
      const x = intersect(r, this.otherRect(other));
      if (!x) throw new FakeOfficeError('ItemNotFound');
      return x;
    });
  }

  getEntireColumn(): RangeProxy {
    return this.derive((_s, r) => ({ top: 0, bottom: MAX_ROW, left: r.left, right: r.right }));
  }

  getMergedAreasOrNullObject(): MergedAreasProxy {
    this.ctx.fake.mergeCalls++;
    const proxy = new MergedAreasProxy(this.ctx);
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      const found = sheet.merges.filter((m) => contains(rect, m.top, m.left));
      if (found.length > 512) throw new FakeOfficeError('GeneralException');
      proxy.isNullObject = found.length === 0;
      proxy.areas.items = found.map((m) => ({ address: `${quoteSheet(sheet.name)}!${rectA1(m)}` }));
    });
    return proxy;
  }

  getCellProperties(_options: unknown): { value: unknown[][] } {
    const result: { value: unknown[][] } = { value: undefined as unknown as unknown[][] };
    this.ctx.fake.cellPropertyCalls++;
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      const out: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cell(r, c);
          line.push({ format: { fill: { ...(cell?.fill ?? NO_FILL) }, font: { color: cell?.fontColor ?? '#000000' } } });
        }
        out.push(line);
      }
      result.value = out;
    });
    return result;
  }

  setCellProperties(props: { format?: { fill?: Partial<FakeFill>; font?: { color?: string } } }[][]): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      writable(sheet);
      props.forEach((line, r) =>
        line.forEach((p, c) => {
          const fill = p.format?.fill;
          const cell = sheet.ensure(rect.top + r, rect.left + c);
          if (fill) cell.fill = { ...cell.fill, ...fill, color: fill.color ? normColour(fill.color) : cell.fill.color };
          const font = p.format?.font;
          if (font?.color) cell.fontColor = normColour(font.color);
        }),
      );
    });
  }

  readonly format = new FormatProxy(this.ctx, () => {
    const { sheet, rect } = this.resolve();
    return { sheet, rects: [rect] };
  });

  readonly dataValidation = {
    ctx: this.ctx,
    owner: this,
    set rule(rule: { list?: { source: string } }) {
      const owner = this.owner;
      this.ctx.queue(() => {
        const { sheet, rect } = owner.resolve();
        writable(sheet);
        if (rule.list) sheet.validations.push({ range: rect, source: String(rule.list.source) });
      });
    },
  };

  merge(_across?: boolean): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      writable(sheet);
      const inside = (m: RangeRef): boolean => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right;
      const touching = sheet.merges.filter((m) => intersect(m, rect));
      if (touching.some((m) => !inside(m))) throw new FakeOfficeError('MergedRangeConflict');
      sheet.merges = sheet.merges.filter((m) => !touching.includes(m));
      sheet.merges.push(rect);
    });
  }

  select(): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      if (this.ctx.fake.active !== sheet) throw new FakeOfficeError('InvalidSelection');
      sheet.selection = rectA1(rect);
    });
  }

  /** "Insert cells, shift down" over the range's columns (entire rows: every column). */
  insert(shift: string): RangeProxy {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      writable(sheet);
      if (shift !== 'Down') throw new FakeOfficeError('NotImplemented');
      const n = rect.bottom - rect.top + 1;
      const inCols = (col: number): boolean => col >= rect.left && col <= rect.right;
      // A merged area that would have to move or grow but crosses the shifted columns' edges.
      for (const m of sheet.merges) {
        const crosses = (m.left < rect.left && m.right >= rect.left) || (m.right > rect.right && m.left <= rect.right);
        if (crosses && m.bottom >= rect.top) throw new FakeOfficeError('InsertDeleteConflict');
      }
      const moved = new Map<number, FakeCell>();
      for (const [k, c] of sheet.cells) {
        const row = Math.floor(k / 16384);
        const col = k % 16384;
        moved.set(row >= rect.top && inCols(col) ? key(row + n, col) : k, c);
      }
      sheet.cells.clear();
      for (const [k, c] of moved) sheet.cells.set(k, c);
      sheet.merges = sheet.merges.map((m) => {
        if (!inCols(m.left)) return m;
        if (m.top >= rect.top) return { ...m, top: m.top + n, bottom: m.bottom + n };
        if (m.bottom >= rect.top) return { ...m, bottom: m.bottom + n }; // inserted inside: the merge grows
        return m;
      });
      const notes = new Map<string, string>();
      for (const [a, t] of sheet.notes) {
        const p = parseA1(a);
        notes.set(p.row >= rect.top && inCols(p.col) ? toA1(p.row + n, p.col) : a, t);
      }
      sheet.notes = notes;
    });
    return this;
  }

  copyFrom(source: RangeProxy | string, copyType?: string): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      writable(sheet);
      const src = typeof source === 'string' ? parseAddress(source) : source.resolve().rect;
      if (copyType !== 'Formats') throw new FakeOfficeError('NotImplemented');
      // Copying part of a merged area, or onto part of one, conflicts.
      for (const m of sheet.merges) {
        const inSrc = intersect(m, src);
        if (inSrc && (inSrc.top !== m.top || inSrc.bottom !== m.bottom || inSrc.left !== m.left || inSrc.right !== m.right)) {
          throw new FakeOfficeError('MergedRangeConflict');
        }
        const inDst = intersect(m, rect);
        if (inDst && (inDst.top !== m.top || inDst.bottom !== m.bottom || inDst.left !== m.left || inDst.right !== m.right)) {
          throw new FakeOfficeError('MergedRangeConflict');
        }
      }
      const h = src.bottom - src.top + 1;
      const w = src.right - src.left + 1;
      for (const { row, col } of cellsOf(rect)) {
        const from = sheet.cell(src.top + ((row - rect.top) % h), src.left + ((col - rect.left) % w));
        const to = sheet.ensure(row, col);
        to.numberFormat = from?.numberFormat ?? 'General';
        to.fill = { ...(from?.fill ?? NO_FILL) };
        to.fontColor = from?.fontColor;
        to.bold = from?.bold;
        to.align = from?.align;
      }
      const srcMerges = sheet.merges.filter((m) => intersect(m, src));
      for (let top = rect.top; top <= rect.bottom; top += h) {
        for (let left = rect.left; left <= rect.right; left += w) {
          for (const m of srcMerges) {
            sheet.merges.push({ top: m.top - src.top + top, bottom: m.bottom - src.top + top, left: m.left - src.left + left, right: m.right - src.left + left });
          }
        }
      }
    });
  }
}

function readProp(sheet: FakeSheet, rect: RangeRef, prop: string): unknown {
  const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] => {
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) return null as unknown as unknown[][];
    const out: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(f(sheet.cell(r, c)));
      out.push(line);
    }
    return out;
  };
  switch (prop) {
    case 'address':
      return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
    case 'rowIndex':
      return rect.top;
    case 'columnIndex':
      return rect.left;
    case 'rowCount':
      return rect.bottom - rect.top + 1;
    case 'columnCount':
      return rect.right - rect.left + 1;
    case 'values':
      return grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value));
    case 'numberFormat':
      return grid((c) => c?.numberFormat ?? 'General');
    case 'formulas':
      return grid((c) => c?.formula ?? (c?.value === null || c?.value === undefined ? '' : c.value));
    case 'valueTypes':
      return grid((c) => {
        const v = c?.value;
        if (v === null || v === undefined) return 'Empty';
        if (typeof v === 'number') return 'Double';
        if (typeof v === 'boolean') return 'Boolean';
        return /^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/.test(v) && c?.formula ? 'Error' : 'String';
      });
    default:
      throw new Error(`fake range: property ${prop} not modelled`);
  }
}

export class MergedAreasProxy extends Loadable {
  readonly areas: { items: { address: string }[] } = { items: [] };
  constructor(readonly ctx: FakeContext) {
    super();
  }
  load(_props: string): this {
    return this;
  }
}

/** `range.format` / `rangeAreas.format` over one or more rectangles. */
class FormatProxy {
  constructor(
    readonly ctx: FakeContext,
    readonly targets: () => { sheet: FakeSheet; rects: RangeRef[] },
  ) {}

  each(fn: (sheet: FakeSheet, cell: FakeCell) => void): void {
    this.ctx.queue(() => {
      const { sheet, rects } = this.targets();
      writable(sheet);
      for (const r of rects) for (const { row, col } of cellsOf(r)) fn(sheet, sheet.ensure(row, col));
    });
  }

  readonly fill: FillProxy = new FillProxy(this);
  readonly font: FontProxy = new FontProxy(this);

  set horizontalAlignment(a: string) {
    this.each((_s, cell) => (cell.align = a));
  }
  set verticalAlignment(_a: string) {
    this.ctx.queue(() => undefined);
  }
  set wrapText(w: boolean) {
    this.ctx.queue(() => {
      const { sheet, rects } = this.targets();
      if (w) sheet.wrapped.push(...rects);
    });
  }
  set columnWidth(points: number) {
    this.ctx.queue(() => {
      const { sheet, rects } = this.targets();
      for (const r of rects) for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  readonly borders = {
    getItem: (edge: string): BorderProxy => new BorderProxy(this, edge),
  };
}

class FillProxy {
  private loadedColor: string | undefined;
  constructor(private readonly owner: FormatProxy) {}
  get color(): string {
    if (this.loadedColor === undefined) throw new Error('PropertyNotLoaded: format.fill.color');
    return this.loadedColor;
  }
  set color(c: string) {
    this.owner.each((_s, cell) => (cell.fill = { color: normColour(c), pattern: 'Solid' }));
  }
  clear(): void {
    this.owner.each((_s, cell) => (cell.fill = { ...NO_FILL }));
  }
  load(_p: string): this {
    this.owner.ctx.queue(() => {
      const { sheet, rects } = this.owner.targets();
      const r = rects[0];
      this.loadedColor = (sheet.cell(r.top, r.left)?.fill ?? NO_FILL).color;
    });
    return this;
  }
}

class FontProxy {
  private loadedColor: string | undefined;
  constructor(private readonly owner: FormatProxy) {}
  get color(): string {
    if (this.loadedColor === undefined) throw new Error('PropertyNotLoaded: format.font.color');
    return this.loadedColor;
  }
  set color(c: string) {
    this.owner.each((_s, cell) => (cell.fontColor = normColour(c)));
  }
  load(_p: string): this {
    this.owner.ctx.queue(() => {
      const { sheet, rects } = this.owner.targets();
      this.loadedColor = sheet.cell(rects[0].top, rects[0].left)?.fontColor ?? '#000000';
    });
    return this;
  }
  get bold(): boolean {
    throw new Error('fake: font.bold read not modelled');
  }
  set bold(b: boolean) {
    this.owner.each((_s, cell) => (cell.bold = b));
  }
}

class BorderProxy {
  weight = 'Thin';
  constructor(
    private readonly owner: FormatProxy,
    private readonly edge: string,
  ) {}
  get style(): string {
    return '';
  }
  set style(style: string) {
    this.owner.ctx.queue(() => {
      const { sheet, rects } = this.owner.targets();
      for (const r of rects) sheet.borders.push({ range: r, edge: this.edge, style });
    });
  }
}

export class RangeAreasProxy {
  readonly format: FormatProxy;
  constructor(
    readonly ctx: FakeContext,
    resolve: () => { sheet: FakeSheet; rects: RangeRef[] },
  ) {
    this.format = new FormatProxy(ctx, resolve);
  }
}

class NoteProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    readonly locate: () => { sheet: FakeSheet; address: string } | null,
    private readonly orNull: boolean,
  ) {
    super();
  }
  load(_p: string): this {
    this.ctx.queue(() => {
      const at = this.locate();
      const exists = !!at && at.sheet.notes.has(at.address);
      if (!exists && !this.orNull) throw new FakeOfficeError('ItemNotFound');
      this.isNullObject = !exists;
      if (exists) this.loaded.set('content', at!.sheet.notes.get(at!.address));
    });
    return this;
  }
  get content(): string {
    return this.get('content');
  }
  set content(text: string) {
    this.ctx.queue(() => {
      const at = this.locate();
      if (!at || !at.sheet.notes.has(at.address)) throw new FakeOfficeError('ItemNotFound');
      writable(at.sheet);
      at.sheet.notes.set(at.address, text);
    });
  }
  delete(): void {
    this.ctx.queue(() => {
      const at = this.locate();
      if (!at || !at.sheet.notes.has(at.address)) throw new FakeOfficeError('ItemNotFound');
      writable(at.sheet);
      at.sheet.notes.delete(at.address);
    });
  }
}

class NoteCollectionProxy {
  constructor(
    readonly ctx: FakeContext,
    readonly sheet: (() => FakeSheet) | null,
  ) {}

  private locate(address: string): () => { sheet: FakeSheet; address: string } | null {
    return () => {
      if (this.sheet) return { sheet: this.sheet(), address: rectA1(parseAddress(address)) };
      const bang = address.lastIndexOf('!');
      const name = address.slice(0, bang).replace(/^'|'$/g, '');
      const sheet = this.ctx.fake.sheets.find((s) => s.name === name);
      return sheet ? { sheet, address: rectA1(parseAddress(address)) } : null;
    };
  }

  add(cell: RangeProxy | string, content: string): NoteProxy {
    if (!this.ctx.fake.features.notes) throw new FakeOfficeError('ApiNotFound');
    this.ctx.fake.noteAdds++;
    const target = (): { sheet: FakeSheet; rect: RangeRef } =>
      typeof cell === 'string' ? { sheet: this.sheet ? this.sheet() : this.ctx.fake.active, rect: parseAddress(cell) } : cell.resolve();
    this.ctx.queue(() => {
      const { sheet, rect } = target();
      writable(sheet);
      if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeOfficeError('InvalidArgument');
      const a = toA1(rect.top, rect.left);
      if (sheet.notes.has(a)) throw new FakeOfficeError('ItemAlreadyExists');
      sheet.notes.set(a, content);
    });
    return new NoteProxy(this.ctx, () => {
      const { sheet, rect } = target();
      return { sheet, address: toA1(rect.top, rect.left) };
    }, false);
  }

  getItem(address: string): NoteProxy {
    return new NoteProxy(this.ctx, this.locate(address), false);
  }

  getItemOrNullObject(address: string): NoteProxy {
    return new NoteProxy(this.ctx, this.locate(address), true);
  }
}

export class WorksheetProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    readonly find: () => FakeSheet | null,
    private readonly orNull = false,
  ) {
    super();
  }

  sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw new FakeOfficeError('ItemNotFound');
    return s;
  }

  load(props: string): this {
    const list = props.split(',').map((p) => p.trim());
    this.ctx.queue(() => {
      const s = this.find();
      if (!s) {
        if (!this.orNull) throw new FakeOfficeError('ItemNotFound');
        this.isNullObject = true;
        return;
      }
      this.isNullObject = false;
      for (const p of list) {
        if (p === 'id') this.loaded.set('id', s.id);
        else if (p === 'name') this.loaded.set('name', s.name);
        else if (p === 'visibility') this.loaded.set('visibility', s.visibility);
        else throw new Error(`fake worksheet: property ${p} not modelled`);
      }
    });
    return this;
  }

  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }

  private range(rect: () => RangeRef): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), rect: rect() }));
  }

  getRange(address = 'A1'): RangeProxy {
    return this.range(() => parseAddress(address));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (!this.ctx.fake.features.rangeByIndexes) throw new FakeOfficeError('ApiNotFound');
    return this.range(() => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }

  getRanges(list: string): RangeAreasProxy {
    if (!this.ctx.fake.features.getRanges) throw new FakeOfficeError('ApiNotFound');
    this.ctx.fake.getRangesCalls.push(list);
    return new RangeAreasProxy(this.ctx, () => ({ sheet: this.sheet(), rects: list.split(',').map(parseAddress) }));
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return this.range(() => this.sheet().usedRect());
  }

  activate(): void {
    this.ctx.queue(() => {
      const s = this.sheet();
      if (this.ctx.fake.addedThisSync.has(s.id)) throw new FakeOfficeError('GeneralException', 'activate before the add was synced (Excel on the web)');
      this.ctx.fake.active = s;
    });
  }

  get notes(): NoteCollectionProxy {
    if (!this.ctx.fake.features.notes) throw new FakeOfficeError('ApiNotFound');
    return new NoteCollectionProxy(this.ctx, () => this.sheet());
  }

  get freezePanes(): { freezeRows(n: number): void } {
    return {
      freezeRows: (n: number): void => this.ctx.queue(() => void (this.sheet().frozenRows = n)),
    };
  }
}

class WorksheetCollectionProxy extends Loadable {
  private loadedItems: WorksheetProxy[] | null = null;

  constructor(readonly ctx: FakeContext) {
    super();
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.fake.active);
  }

  private byKey(k: string): FakeSheet | null {
    return this.ctx.fake.sheets.find((s) => s.id === k || s.name.toLowerCase() === k.toLowerCase()) ?? null;
  }

  getItem(k: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.byKey(k));
  }

  getItemOrNullObject(k: string): WorksheetProxy {
    if (!this.ctx.fake.features.orNullObject) throw new FakeOfficeError('ApiNotFound');
    return new WorksheetProxy(this.ctx, () => this.byKey(k), true);
  }

  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.queue(() => {
      if (this.byKey(name)) throw new FakeOfficeError('ItemAlreadyExists');
      created = this.ctx.fake.addSheet(name);
      if (this.ctx.fake.webActivateQuirk) this.ctx.fake.addedThisSync.add(created.id);
    });
    return new WorksheetProxy(this.ctx, () => created);
  }

  load(_props: string): this {
    this.ctx.queue(() => {
      this.loadedItems = this.ctx.fake.sheets.map((s) => {
        const p = new WorksheetProxy(this.ctx, () => s);
        (p as unknown as { loaded: Map<string, unknown> }).loaded.set('id', s.id);
        (p as unknown as { loaded: Map<string, unknown> }).loaded.set('name', s.name);
        (p as unknown as { loaded: Map<string, unknown> }).loaded.set('visibility', s.visibility);
        return p;
      });
    });
    return this;
  }

  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: items');
    return this.loadedItems;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
  }
  get notes(): NoteCollectionProxy {
    if (!this.ctx.fake.features.notes) throw new FakeOfficeError('ApiNotFound');
    return new NoteCollectionProxy(this.ctx, null);
  }
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
  syncs = 0;
  runs = 0;
  opsRun = 0;
  calcSuspensions = 0;
  mergeCalls = 0;
  cellPropertyCalls = 0;
  noteAdds = 0;
  getRangesCalls: string[] = [];
  failNextSync?: string;
  cellEditMode = false;
  delayForCellEdit = false;
  /** Model Excel on the web: a sheet added in a batch cannot be activated in the same batch. */
  webActivateQuirk = true;
  readonly addedThisSync = new Set<string>();
  features: FakeFeatures = { notes: true, getRanges: true, rangeByIndexes: true, orNullObject: true };
  private nextId = 1;

  constructor(init?: Record<string, FakeSheetInit>) {
    for (const [name, data] of Object.entries(init ?? { Sheet1: {} })) this.addSheet(name, data);
    this.active = this.sheets[0];
  }

  addSheet(name: string, init: FakeSheetInit = {}): FakeSheet {
    const sheet = new FakeSheet(`{FAKE-${String(this.nextId++).padStart(4, '0')}}`, name);
    (init.values ?? []).forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') sheet.ensure(r, c).value = v;
      }),
    );
    for (const [a, f] of Object.entries(init.formulas ?? {})) {
      const p = parseA1(a);
      sheet.ensure(p.row, p.col).formula = f;
    }
    for (const [a, nf] of Object.entries(init.numberFormats ?? {})) {
      const p = parseA1(a);
      sheet.ensure(p.row, p.col).numberFormat = nf;
    }
    for (const [a, color] of Object.entries(init.fontColors ?? {})) {
      const p = parseA1(a);
      sheet.ensure(p.row, p.col).fontColor = normColour(color);
    }
    for (const [a, fill] of Object.entries(init.fills ?? {})) {
      const p = parseA1(a);
      sheet.ensure(p.row, p.col).fill = typeof fill === 'string' ? { color: normColour(fill), pattern: 'Solid' } : { ...fill };
    }
    sheet.merges = (init.merges ?? []).map(parseAddress);
    for (const [a, t] of Object.entries(init.notes ?? {})) sheet.notes.set(a, t);
    sheet.protected = !!init.protected;
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

  /** What the person sees on a sheet (the active one by default), as the gateway contract compares it. */
  visibleState(sheetName?: string): VisibleSheetState {
    const sheet = sheetName === undefined ? this.active : this.sheet(sheetName);
    const state: VisibleSheetState = {
      sheet: sheet.name,
      values: {},
      formulas: {},
      formats: {},
      fills: {},
      fontColors: {},
      notes: Object.fromEntries(sheet.notes),
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left).map(rangeToA1),
      selection: sheet.selection,
    };
    const cells = [...sheet.cells].sort(([a], [b]) => a - b);
    for (const [k, c] of cells) {
      const a1 = toA1(Math.floor(k / 16384), k % 16384);
      if (c.value !== null && c.value !== '') state.values[a1] = c.value;
      if (c.formula) state.formulas[a1] = c.formula;
      if (c.numberFormat && c.numberFormat !== 'General') state.formats[a1] = c.numberFormat;
      if (c.fill.pattern !== 'None') {
        const fill = normalizeColor(c.fill.color);
        if (fill) state.fills[a1] = fill;
      }
      if (!isDefaultFontColor(c.fontColor)) state.fontColors[a1] = normalizeColor(c.fontColor)!;
    }
    return state;
  }

  deleteSheet(name: string): void {
    this.sheets = this.sheets.filter((s) => s.name !== name);
    if (this.active.name === name) this.active = this.sheets[0];
  }

  /** Excel.run replacement: a fresh context per batch, like Office.js. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const ctx = new FakeContext(this);
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      this.addedThisSync.clear();
    }
  };
}
