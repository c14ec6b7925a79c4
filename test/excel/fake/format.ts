/**
 * `range.format` and `range.conditionalFormats` of the fake. Formatting honours sheet protection
 * as Excel does (Excel.WorksheetProtectionOptions.allowFormatCells: "allowing formatting of
 * cells"; a value may still be typed into an unlocked cell, FormatProtection.locked).
 * Conditional formats: fake/conditionalFormats.ts.
 */
import type { RangeRef } from '../../../src/core/grid/address';
import { FakeOfficeError, cellsOf, normColour } from './address';
import { FakeContext, Loadable } from './context';
import { FakeCell, FakeSheet, NO_FILL } from './sheet';

export type Targets = () => { sheet: FakeSheet; rects: RangeRef[] };

/** Throws AccessDenied when the sheet's protection forbids formatting. */
export function formattable(sheet: FakeSheet): void {
  if (sheet.protection.protected && !sheet.protection.allowFormatCells) throw new FakeOfficeError('AccessDenied');
}

/** `range.format` / `rangeAreas.format` over one or more rectangles. */
export class FormatProxy {
  constructor(
    readonly ctx: FakeContext,
    readonly targets: Targets,
    /** The format of an *OrNullObject range: loads on a null range load nothing instead of failing. */
    readonly nullable = false,
  ) {}

  each(fn: (sheet: FakeSheet, cell: FakeCell) => void, data?: unknown): void {
    this.ctx.queue(
      () => {
        const { sheet, rects } = this.targets();
        formattable(sheet);
        for (const r of rects) for (const { row, col } of cellsOf(r)) fn(sheet, sheet.ensure(row, col));
      },
      true,
      data,
    );
  }

  readonly fill: FillProxy = new FillProxy(this);
  readonly font: FontProxy = new FontProxy(this);
  readonly protection: ProtectionProxy = new ProtectionProxy(this);

  set horizontalAlignment(a: string) {
    this.each((_s, cell) => (cell.align = a), a);
  }
  set verticalAlignment(a: string) {
    this.ctx.queue(() => undefined, true, a);
  }
  set wrapText(w: boolean) {
    this.ctx.queue(
      () => {
        const { sheet, rects } = this.targets();
        if (w) sheet.wrapped.push(...rects);
      },
      true,
      w,
    );
  }
  set columnWidth(points: number) {
    this.ctx.queue(
      () => {
        const { sheet, rects } = this.targets();
        for (const r of rects) for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, points);
      },
      true,
      points,
    );
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
    this.owner.each((_s, cell) => (cell.fill = { color: normColour(c), pattern: 'Solid' }), c);
  }
  clear(): void {
    this.owner.each((_s, cell) => (cell.fill = { ...NO_FILL }));
  }
  load(_p: string): this {
    this.owner.ctx.queue(() => {
      const { sheet, rects } = this.owner.targets();
      const r = rects[0];
      this.loadedColor = (sheet.cell(r.top, r.left)?.fill ?? NO_FILL).color;
      this.owner.ctx.answered(this.loadedColor);
    }, false);
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
    this.owner.each((_s, cell) => (cell.fontColor = normColour(c)), c);
  }
  load(_p: string): this {
    this.owner.ctx.queue(() => {
      const { sheet, rects } = this.owner.targets();
      this.loadedColor = sheet.cell(rects[0].top, rects[0].left)?.fontColor ?? '#000000';
      this.owner.ctx.answered(this.loadedColor);
    }, false);
    return this;
  }
  set bold(b: boolean) {
    this.owner.each((_s, cell) => (cell.bold = b), b);
  }
}

/** `format.protection`: `locked` is true/false when uniform over the range, null when mixed (FormatProtection.locked). */
class ProtectionProxy extends Loadable {
  constructor(private readonly owner: FormatProxy) {
    super();
  }
  load(_p?: string): this {
    this.owner.ctx.queue(() => {
      let at;
      try {
        at = this.owner.targets();
      } catch (e) {
        if (!this.owner.nullable) throw e;
        this.isNullObject = true;
        return;
      }
      const { sheet, rects } = at;
      const states = new Set<boolean>();
      for (const r of rects) for (const { row, col } of cellsOf(r)) states.add(sheet.cell(row, col)?.locked ?? true);
      const locked = states.size === 1 ? [...states][0] : null;
      this.loaded.set('locked', locked);
      this.owner.ctx.answered(locked);
    }, false);
    return this;
  }
  get locked(): boolean {
    return this.get('locked');
  }
  set locked(on: boolean) {
    // Locking cells is itself refused on a protected sheet.
    this.owner.ctx.queue(
      () => {
        const { sheet, rects } = this.owner.targets();
        if (sheet.protection.protected) throw new FakeOfficeError('AccessDenied');
        for (const r of rects) for (const { row, col } of cellsOf(r)) sheet.ensure(row, col).locked = on;
      },
      true,
      on,
    );
  }
}

class BorderProxy {
  weight = 'Thin';
  constructor(
    private readonly owner: FormatProxy,
    private readonly edge: string,
  ) {}
  set style(style: string) {
    this.owner.ctx.queue(
      () => {
        const { sheet, rects } = this.owner.targets();
        formattable(sheet);
        for (const r of rects) sheet.borders.push({ range: r, edge: this.edge, style });
      },
      true,
      style,
    );
  }
}
