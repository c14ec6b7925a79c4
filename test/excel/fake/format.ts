/**
 * `range.format` and `range.conditionalFormats` of the fake. Formatting honours sheet protection
 * as Excel does (Excel.WorksheetProtectionOptions.allowFormatCells: "allowing formatting of
 * cells"; a value may still be typed into an unlocked cell, FormatProtection.locked).
 *
 * Conditional formats (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting):
 * a Custom rule applies its format where its formula is true; "a lower priority value means
 * higher priority" and the first format, by priority, that sets a property is the one shown over
 * the cell's own format, which the conditional format never changes. The fake evaluates every
 * rule formula as true. Excel's UI offers no conditional formatting on a protected sheet; the
 * fake refuses adding or deleting one there (AccessDenied) — not documented for Office.js, so the
 * add-in never tries (it skips a protected sheet's marks).
 */
import type { RangeRef } from '../../../src/core/grid/address';
import { FakeOfficeError, cellsOf, intersect, normColour, quoteSheet, rectA1 } from './address';
import { FakeClientResult, FakeContext, Loadable } from './context';
import { FakeCell, FakeConditionalFormat, FakeSheet, NO_FILL } from './sheet';

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

// ------------------------------------------------------------------------ conditional formats

let nextUid = 1;

function changeable(sheet: FakeSheet): void {
  if (sheet.protection.protected) throw new FakeOfficeError('AccessDenied');
}

/** `range.conditionalFormats`: the conditional formats that intersect the range (ConditionalFormatCollection). */
export class ConditionalFormatCollectionProxy extends Loadable {
  private itemList: ConditionalFormatProxy[] | null = null;

  constructor(
    readonly ctx: FakeContext,
    readonly targets: Targets,
  ) {
    super();
  }

  private intersecting(): { sheet: FakeSheet; list: FakeConditionalFormat[] } {
    const { sheet, rects } = this.targets();
    return { sheet, list: sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => rects.some((x) => intersect(r, x)))) };
  }

  add(type: string): ConditionalFormatProxy {
    const uid = nextUid++;
    this.ctx.queue(
      () => {
        const { sheet, rects } = this.targets();
        changeable(sheet);
        sheet.conditionalFormats.unshift({ uid, type, ranges: rects.map((r) => ({ ...r })) });
      },
      true,
      type,
    );
    return new ConditionalFormatProxy(this.ctx, this.targets, uid);
  }

  /** Loads items with the requested properties: 'items/type', 'items/customOrNullObject/rule/formula' (or the option object). */
  load(props: string | Record<string, unknown>): this {
    const wanted = typeof props === 'string' ? props.split(',').map((p) => p.trim()) : flattenOptions(props);
    this.ctx.queue(() => {
      const { list } = this.intersecting();
      this.itemList = list.map((cf) => {
        const p = new ConditionalFormatProxy(this.ctx, this.targets, cf.uid);
        p.fill(cf, wanted);
        return p;
      });
    }, false);
    return this;
  }

  get items(): ConditionalFormatProxy[] {
    if (!this.itemList) throw new Error('PropertyNotLoaded: items');
    return this.itemList;
  }

  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.ctx.queue(() => r.set(this.intersecting().list.length), false);
    return r;
  }
}

function flattenOptions(o: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    const path = prefix ? `${prefix}/${k}` : k;
    if (v && typeof v === 'object') out.push(...flattenOptions(v as Record<string, unknown>, path));
    else if (v) out.push(path);
  }
  return out.map((p) => (p.startsWith('items/') || p === 'items' ? p : `items/${p}`));
}

/** One conditional format, found again by identity when it runs (its priority may have moved). */
export class ConditionalFormatProxy extends Loadable {
  readonly custom: { rule: CustomRule; format: { fill: { color: string }; font: { color: string } } };
  readonly customOrNullObject: { isNullObject: boolean; rule: CustomRule };

  constructor(
    readonly ctx: FakeContext,
    readonly targets: Targets,
    readonly uid: number,
  ) {
    super();
    const find = (): { sheet: FakeSheet; cf: FakeConditionalFormat } => {
      const { sheet } = this.targets();
      const cf = sheet.conditionalFormats.find((x) => x.uid === uid);
      if (!cf) throw new FakeOfficeError('ItemNotFound');
      return { sheet, cf };
    };
    const rule = new CustomRule(ctx, find);
    const set = (what: 'fill' | 'fontColor') => (c: string) =>
      ctx.queue(
        () => {
          const { sheet, cf } = find();
          changeable(sheet);
          cf[what] = normColour(c);
        },
        true,
        c,
      );
    const fillSet = set('fill');
    const fontSet = set('fontColor');
    this.custom = {
      rule,
      format: {
        fill: {
          set color(c: string) {
            fillSet(c);
          },
        } as { color: string },
        font: {
          set color(c: string) {
            fontSet(c);
          },
        } as { color: string },
      },
    };
    this.customOrNullObject = { isNullObject: false, rule };
    this.find = find;
  }

  private readonly find: () => { sheet: FakeSheet; cf: FakeConditionalFormat };

  /** Fills loaded properties from the model (collection loads). */
  fill(cf: FakeConditionalFormat, wanted: string[]): void {
    if (wanted.includes('items/type') || wanted.includes('items')) this.loaded.set('type', cf.type);
    if (wanted.some((w) => /customOrNullObject\/rule\/formula|custom\/rule\/formula/.test(w))) {
      this.customOrNullObject.isNullObject = cf.type !== 'Custom';
      this.custom.rule.setLoaded('formula', cf.type === 'Custom' ? (cf.formula ?? '') : undefined);
    }
    this.ctx.answered({ type: cf.type, formula: cf.formula });
  }

  get type(): string {
    return this.get('type');
  }

  set priority(p: number) {
    this.ctx.queue(
      () => {
        const { sheet, cf } = this.find();
        changeable(sheet);
        const list = sheet.conditionalFormats.filter((x) => x !== cf);
        list.splice(Math.max(0, Math.min(p, list.length)), 0, cf);
        sheet.conditionalFormats = list;
      },
      true,
      p,
    );
  }

  set stopIfTrue(_on: boolean) {
    this.ctx.queue(() => undefined, true, _on);
  }

  delete(): void {
    this.ctx.queue(() => {
      const { sheet, cf } = this.find();
      changeable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    }, true);
  }

  /** The ranges it applies to, as a RangeAreas with `address` (ExcelApi 1.9). */
  getRanges(): { load(p: string): void; readonly address: string } {
    const holder = new Loadable();
    const ctx = this.ctx;
    const find = this.find;
    return {
      load(_p: string) {
        ctx.queue(() => {
          const { sheet, cf } = find();
          const address = cf.ranges.map((r) => `${quoteSheet(sheet.name)}!${rectA1(r)}`).join(',');
          holder.setLoaded('address', address);
          ctx.answered(address);
        }, false);
      },
      get address(): string {
        return (holder as unknown as { get(p: string): string }).get('address');
      },
    };
  }
}

class CustomRule extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    private readonly find: () => { sheet: FakeSheet; cf: FakeConditionalFormat },
  ) {
    super();
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(f: string) {
    this.ctx.queue(
      () => {
        const { sheet, cf } = this.find();
        changeable(sheet);
        cf.formula = f;
      },
      true,
      f,
    );
  }
  load(_p?: string): this {
    this.ctx.queue(() => {
      const { cf } = this.find();
      this.loaded.set('formula', cf.formula ?? '');
      this.ctx.answered(cf.formula);
    }, false);
    return this;
  }
}
