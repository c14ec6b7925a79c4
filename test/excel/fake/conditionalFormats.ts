/**
 * `range.conditionalFormats` of the fake (learn.microsoft.com/office/dev/add-ins/excel/
 * excel-add-ins-conditional-formatting): a Custom rule applies its format where its formula is
 * true; "a lower priority value means higher priority" and the first format, by priority, that sets
 * a property is the one shown over the cell's own format, which the conditional format never
 * changes (FakeExcel.visibleState). The fake evaluates every rule formula as true. A collection
 * loads the rules that intersect its range; `customOrNullObject` is a null object for other types.
 * Excel's UI offers no conditional formatting on a protected sheet; the fake refuses adding or
 * deleting one there (AccessDenied) — not documented for Office.js, so the add-in never tries (it
 * skips a protected sheet's marks).
 */
import { FakeOfficeError, intersect, normColour, quoteSheet, rectA1 } from './address';
import { FakeClientResult, FakeContext, Loadable } from './context';
import type { Targets } from './format';
import { FakeConditionalFormat, FakeSheet } from './sheet';


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
