/**
 * `Excel.Range` and `Excel.RangeAreas` of the fake: loads, value/format assignment (values are
 * parsed like typed input, fake/input.ts; a locked cell of a protected sheet refuses a value with
 * AccessDenied, an unlocked one accepts it), merged areas (getMergedAreasOrNullObject "will fail"
 * above 512 areas: Range.getMergedAreasOrNullObject in @types/office-js), cell properties, insert,
 * copy of formats, data validation, selection.
 */
import type { RangeRef } from '../../../src/core/grid/address';
import { FakeOfficeError, MAX_COL, MAX_ROW, cellCount, cellsOf, contains, intersect, normColour, parseAddress, quoteSheet, rectA1 } from './address';
import { FakeContext, Loadable } from './context';
import { ConditionalFormatCollectionProxy } from './conditionalFormats';
import { FormatProxy, formattable } from './format';
import { FakeCell, FakeFill, FakeSheet, NO_FILL } from './sheet';

export type Resolve = () => { sheet: FakeSheet; rect: RangeRef } | null;

/** Gets over this many cells return null instead of values (performance.md: five-million-cell limit). */
const GET_CELL_LIMIT = 5_000_000;

function valuesWritable(sheet: FakeSheet, rect: RangeRef): void {
  if (!sheet.protection.protected) return;
  for (const { row, col } of cellsOf(rect)) if (sheet.cell(row, col)?.locked ?? true) throw new FakeOfficeError('AccessDenied');
}

export function readProp(ctx: FakeContext, sheet: FakeSheet, rect: RangeRef, prop: string): unknown {
  const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] => {
    if (cellCount(rect) > GET_CELL_LIMIT) return null as unknown as unknown[][];
    const out: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(f(sheet.cell(r, c)));
      out.push(line);
    }
    return out;
  };
  let v: unknown;
  switch (prop) {
    case 'address':
      v = `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
      break;
    case 'rowIndex':
      v = rect.top;
      break;
    case 'columnIndex':
      v = rect.left;
      break;
    case 'rowCount':
      v = rect.bottom - rect.top + 1;
      break;
    case 'columnCount':
      v = rect.right - rect.left + 1;
      break;
    case 'values':
      v = grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value));
      break;
    case 'numberFormat':
      v = grid((c) => c?.numberFormat ?? 'General');
      break;
    case 'formulas':
      v = grid((c) => c?.formula ?? (c?.value === null || c?.value === undefined ? '' : c.value));
      break;
    case 'valueTypes':
      v = grid((c) => {
        const x = c?.value;
        if (c?.error) return 'Error';
        if (x === null || x === undefined) return 'Empty';
        if (typeof x === 'number') return 'Double';
        if (typeof x === 'boolean') return 'Boolean';
        return 'String';
      });
      break;
    default:
      throw new Error(`fake range: property ${prop} not modelled`);
  }
  ctx.answered(v);
  return v;
}

export class RangeProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    private readonly resolver: Resolve,
    /** An *OrNullObject range: isNullObject after the sync instead of failing. */
    private readonly orNull = false,
  ) {
    super();
    ctx.object();
  }

  resolve(): { sheet: FakeSheet; rect: RangeRef } {
    const r = this.resolver();
    if (!r) throw new FakeOfficeError('ItemNotFound');
    return r;
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
      const at = this.resolver();
      if (!at) {
        if (!this.orNull) throw new FakeOfficeError('ItemNotFound');
        this.isNullObject = true;
        return;
      }
      for (const p of list) this.loaded.set(p, readProp(this.ctx, at.sheet, at.rect, p));
    }, false);
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
    this.setGrid('values', v, valuesWritable, (sheet, row, col, x) => sheet.assign(row, col, x));
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.setGrid('numberFormat', v, (sheet) => formattable(sheet), (sheet, row, col, x) => (sheet.ensure(row, col).numberFormat = String(x)));
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.setGrid('formulas', v, valuesWritable, (sheet, row, col, x) => {
      if (typeof x === 'string' && x.startsWith('=')) {
        const c = sheet.ensure(row, col);
        c.formula = x;
        c.value = null;
        delete c.error;
      } else sheet.assign(row, col, x);
    });
  }
  get valueTypes(): unknown[][] {
    return this.get('valueTypes');
  }

  private setGrid(kind: string, v: unknown[][], check: (sheet: FakeSheet, rect: RangeRef) => void, set: (sheet: FakeSheet, row: number, col: number, x: unknown) => void): void {
    const copy = v.map((r) => [...r]);
    this.ctx.queue(
      () => {
        const { sheet, rect } = this.resolve();
        const rows = rect.bottom - rect.top + 1;
        const cols = rect.right - rect.left + 1;
        if (copy.length !== rows || copy.some((r) => r.length !== cols)) throw new FakeOfficeError('InvalidArgument');
        check(sheet, rect);
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) set(sheet, rect.top + r, rect.left + c, copy[r][c]);
      },
      true,
      copy,
      kind,
    );
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

  getEntireRow(): RangeProxy {
    return this.derive((_s, r) => ({ top: r.top, bottom: r.bottom, left: 0, right: MAX_COL }));
  }

  getMergedAreasOrNullObject(): MergedAreasProxy {
    this.ctx.fake.mergeCalls++;
    const proxy = new MergedAreasProxy(this.ctx);
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      const found = sheet.merges.filter((m) => contains(rect, m.top, m.left));
      if (found.length > 512) throw new FakeOfficeError(this.ctx.fake.mergeLimitCode);
      proxy.isNullObject = found.length === 0;
      proxy.areas.items = found.map((m) => ({ address: `${quoteSheet(sheet.name)}!${rectA1(m)}` }));
      this.ctx.answered(proxy.areas.items);
    }, false);
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
      this.ctx.answered(out);
    }, false);
    return result;
  }

  setCellProperties(props: { format?: { fill?: Partial<FakeFill>; font?: { color?: string } } }[][]): void {
    this.ctx.queue(
      () => {
        const { sheet, rect } = this.resolve();
        formattable(sheet);
        props.forEach((line, r) =>
          line.forEach((p, c) => {
            const fill = p.format?.fill;
            const cell = sheet.ensure(rect.top + r, rect.left + c);
            if (fill) cell.fill = { ...cell.fill, ...fill, color: fill.color ? normColour(fill.color) : cell.fill.color };
            const font = p.format?.font;
            if (font?.color) cell.fontColor = normColour(font.color);
          }),
        );
      },
      true,
      props,
    );
  }

  readonly format = new FormatProxy(
    this.ctx,
    () => {
      const { sheet, rect } = this.resolve();
      return { sheet, rects: [rect] };
    },
    this.orNull,
  );

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      return { sheet, rects: [rect] };
    });
  }

  readonly dataValidation = {
    ctx: this.ctx,
    owner: this,
    set rule(rule: { list?: { source: string } }) {
      const owner = this.owner;
      this.ctx.queue(
        () => {
          const { sheet, rect } = owner.resolve();
          formattable(sheet);
          if (rule.list) sheet.validations.push({ range: rect, source: String(rule.list.source) });
        },
        true,
        rule,
      );
    },
  };

  merge(_across?: boolean): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      formattable(sheet);
      const inside = (m: RangeRef): boolean => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right;
      const touching = sheet.merges.filter((m) => intersect(m, rect));
      if (touching.some((m) => !inside(m))) throw new FakeOfficeError('MergedRangeConflict');
      sheet.merges = sheet.merges.filter((m) => !touching.includes(m));
      sheet.merges.push(rect);
    }, true);
  }

  select(): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      if (this.ctx.fake.active !== sheet) throw new FakeOfficeError('InvalidSelection');
      sheet.selection = rectA1(rect);
    }, false);
  }

  /** "Insert cells, shift down" over the range's columns (entire rows: every column). */
  insert(shift: string): RangeProxy {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      if (sheet.protection.protected && !sheet.protection.allowInsertRows) throw new FakeOfficeError('AccessDenied');
      if (shift !== 'Down') throw new FakeOfficeError('NotImplemented');
      const n = rect.bottom - rect.top + 1;
      // A merged area that would have to move or grow but crosses the shifted columns' edges.
      for (const m of sheet.merges) {
        const crosses = (m.left < rect.left && m.right >= rect.left) || (m.right > rect.right && m.left <= rect.right);
        if (crosses && m.bottom >= rect.top) throw new FakeOfficeError('InsertDeleteConflict');
      }
      if (rect.left === 0 && rect.right === MAX_COL) sheet.moveCells('rows', rect.top, n);
      else sheet.shiftColumnsDown(rect.top, n, rect.left, rect.right);
    }, true);
    return this;
  }

  /**
   * Copies the source's formats (number formats, fills, fonts, merges — and, as Paste Formats does,
   * its conditional formats) over this range, tiling the source.
   */
  copyFrom(source: RangeProxy | string, copyType?: string): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.resolve();
      formattable(sheet);
      const src = typeof source === 'string' ? parseAddress(source) : source.resolve().rect;
      if (copyType !== 'Formats') throw new FakeOfficeError('NotImplemented');
      // Copying part of a merged area, or onto part of one, conflicts.
      for (const m of sheet.merges) {
        for (const r of [src, rect]) {
          const x = intersect(m, r);
          if (x && (x.top !== m.top || x.bottom !== m.bottom || x.left !== m.left || x.right !== m.right)) throw new FakeOfficeError('MergedRangeConflict');
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
        to.locked = from?.locked ?? true;
      }
      const srcMerges = sheet.merges.filter((m) => intersect(m, src));
      for (let top = rect.top; top <= rect.bottom; top += h) {
        for (let left = rect.left; left <= rect.right; left += w) {
          for (const m of srcMerges) sheet.merges.push({ top: m.top - src.top + top, bottom: m.bottom - src.top + top, left: m.left - src.left + left, right: m.right - src.left + left });
          for (const cf of sheet.conditionalFormats) {
            const parts = cf.ranges.map((r) => intersect(r, src)).filter((r): r is RangeRef => !!r);
            for (const p of parts) cf.ranges.push({ top: p.top - src.top + top, bottom: p.bottom - src.top + top, left: p.left - src.left + left, right: p.right - src.left + left });
          }
        }
      }
    }, true);
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

/** `worksheet.getRanges('A1,B3:B9')` (ExcelApi 1.9). */
export class RangeAreasProxy extends Loadable {
  readonly format: FormatProxy;
  constructor(
    readonly ctx: FakeContext,
    readonly targets: () => { sheet: FakeSheet; rects: RangeRef[] },
  ) {
    super();
    ctx.object();
    this.format = new FormatProxy(ctx, targets);
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, this.targets);
  }
  load(_p: string): this {
    this.ctx.queue(() => {
      const { sheet, rects } = this.targets();
      this.loaded.set('address', rects.map((r) => `${quoteSheet(sheet.name)}!${rectA1(r)}`).join(','));
    }, false);
    return this;
  }
  get address(): string {
    return this.get('address');
  }
}
