/**
 * Worksheets and the workbook of the fake: ids, names, visibility, ranges (by address, by
 * indexes, lists of cells), the used range, activation (on the web a sheet added in a batch can
 * be activated only after a sync: office-js #930), notes, names, protection (Worksheet.protection,
 * ExcelApi 1.2: `protected` and `options`), freeze panes; the workbook's sheets, notes and settings.
 */
import type { RangeRef } from '../../../src/core/grid/address';
import { FakeOfficeError, MAX_COL, MAX_ROW, parseAddress } from './address';
import { FakeContext, Loadable } from './context';
import { RangeAreasProxy, RangeProxy } from './range';
import { FakeSheet } from './sheet';
import { NamedItemCollectionProxy, NoteCollectionProxy, SettingCollectionProxy } from './workbook';

export class WorksheetProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    readonly find: () => FakeSheet | null,
    private readonly orNull = false,
  ) {
    super();
    ctx.object();
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
    }, false);
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
    return new RangeProxy(this.ctx, () => {
      const s = this.find();
      return s ? { sheet: s, rect: rect() } : null;
    });
  }

  /** The range at `address`; without one, the whole sheet (Worksheet.getRange). */
  getRange(address?: string): RangeProxy {
    return this.range(() => (address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseAddress(address)));
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

  getUsedRange(_valuesOnly?: boolean): RangeProxy {
    return this.range(() => this.sheet().usedRect());
  }

  activate(): void {
    this.ctx.queue(() => {
      const s = this.sheet();
      if (this.ctx.fake.addedThisSync.has(s.id)) throw new FakeOfficeError('GeneralException', 'activate before the add was synced (Excel on the web)');
      this.ctx.fake.active = s;
    }, false);
  }

  /** Created even without ExcelApi 1.18; its operations fail at sync (fake/workbook.ts). */
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.ctx, () => this.sheet());
  }

  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.ctx, () => this.sheet());
  }

  /** Worksheet.protection (ExcelApi 1.2): `protected` and `options`. */
  get protection(): { load(p?: string): void; readonly protected: boolean; readonly options: { allowFormatCells: boolean; allowInsertRows: boolean } } {
    const holder = new Loadable();
    const ctx = this.ctx;
    const sheet = (): FakeSheet => this.sheet();
    const read = <T,>(p: string): T => (holder as unknown as { get(p: string): T }).get(p);
    return {
      load() {
        ctx.queue(() => {
          const p = sheet().protection;
          holder.setLoaded('protected', p.protected);
          holder.setLoaded('options', { allowFormatCells: p.allowFormatCells, allowInsertRows: p.allowInsertRows, allowDeleteRows: p.allowDeleteRows });
        }, false);
      },
      get protected() {
        return read<boolean>('protected');
      },
      get options() {
        return read<{ allowFormatCells: boolean; allowInsertRows: boolean }>('options');
      },
    };
  }

  get freezePanes(): { freezeRows(n: number): void } {
    return {
      freezeRows: (n: number): void => this.ctx.queue(() => void (this.sheet().frozenRows = n), true, n),
    };
  }
}

export class WorksheetCollectionProxy extends Loadable {
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
    this.ctx.queue(
      () => {
        if (this.byKey(name)) throw new FakeOfficeError('ItemAlreadyExists');
        created = this.ctx.fake.addSheet(name);
        if (this.ctx.fake.webActivateQuirk) this.ctx.fake.addedThisSync.add(created.id);
      },
      true,
      name,
    );
    return new WorksheetProxy(this.ctx, () => created);
  }

  load(_props: string): this {
    this.ctx.queue(() => {
      this.loadedItems = this.ctx.fake.sheets.map((s) => {
        const p = new WorksheetProxy(this.ctx, () => s);
        p.setLoaded('id', s.id);
        p.setLoaded('name', s.name);
        p.setLoaded('visibility', s.visibility);
        return p;
      });
    }, false);
    return this;
  }

  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: items');
    return this.loadedItems;
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
  }
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.ctx, null);
  }
}

