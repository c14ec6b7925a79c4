/**
 * Notes, names and the add-in's settings of the fake.
 *
 * - Notes (ExcelApi 1.18, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes): on an
 *   Excel without them the proxies are still created and the batch fails at `context.sync()` with
 *   ApiNotFound (how Office.js reports a member the host does not implement), so a notes call in
 *   a batch takes the whole batch down. A note belongs to its cell and moves with it. Changing
 *   notes on a protected sheet is refused (AccessDenied; Excel's "Edit objects" protection option
 *   — assumed, not documented for Office.js).
 * - Names (Worksheet.names, ExcelApi 1.4): NamedItemCollection.add with a name that exists fails
 *   with ItemAlreadyExists; a name must not look like a cell reference; `visible` hides it from
 *   the Name Manager; NamedItem.getRangeOrNullObject is a null object once its cells are gone.
 */
import type { RangeRef } from '../../../src/core/grid/address';
import { FakeOfficeError, parseAddress, rectA1, toA1 } from './address';
import { FakeContext, Loadable } from './context';
import { RangeAreasProxy, RangeProxy } from './range';
import { FakeSheet } from './sheet';

// ------------------------------------------------------------------------------------ notes

class NoteProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    readonly locate: () => { sheet: FakeSheet; address: string } | null,
    private readonly orNull: boolean,
  ) {
    super();
    ctx.object();
  }
  private notesOn(): void {
    if (!this.ctx.fake.features.notes) throw new FakeOfficeError('ApiNotFound');
  }
  load(_p?: string): this {
    this.ctx.queue(() => {
      this.notesOn();
      const at = this.locate();
      const exists = !!at && at.sheet.notes.has(at.address);
      if (!exists && !this.orNull) throw new FakeOfficeError('ItemNotFound');
      this.isNullObject = !exists;
      if (exists) {
        this.loaded.set('content', at!.sheet.notes.get(at!.address));
        this.ctx.answered(at!.sheet.notes.get(at!.address));
      }
    }, false);
    return this;
  }
  get content(): string {
    return this.get('content');
  }
  set content(text: string) {
    this.ctx.queue(
      () => {
        this.notesOn();
        const at = this.locate();
        if (!at || !at.sheet.notes.has(at.address)) throw new FakeOfficeError('ItemNotFound');
        if (at.sheet.protection.protected) throw new FakeOfficeError('AccessDenied');
        at.sheet.notes.set(at.address, text);
      },
      true,
      text,
    );
  }
  delete(): void {
    this.ctx.queue(() => {
      this.notesOn();
      const at = this.locate();
      if (!at || !at.sheet.notes.has(at.address)) throw new FakeOfficeError('ItemNotFound');
      if (at.sheet.protection.protected) throw new FakeOfficeError('AccessDenied');
      at.sheet.notes.delete(at.address);
    }, true);
  }
  /** The note's cell (where it is when the batch runs). */
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const at = this.locate();
      return at ? { sheet: at.sheet, rect: parseAddress(at.address) } : null;
    });
  }
}

export class NoteCollectionProxy {
  private itemList: NoteProxy[] | null = null;
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
    this.ctx.fake.noteAdds++;
    const target = (): { sheet: FakeSheet; rect: RangeRef } =>
      typeof cell === 'string' ? { sheet: this.sheet ? this.sheet() : this.ctx.fake.active, rect: parseAddress(cell) } : cell.resolve();
    this.ctx.queue(
      () => {
        if (!this.ctx.fake.features.notes) throw new FakeOfficeError('ApiNotFound');
        const { sheet, rect } = target();
        if (sheet.protection.protected) throw new FakeOfficeError('AccessDenied');
        if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeOfficeError('InvalidCellAddress');
        const a = toA1(rect.top, rect.left);
        if (sheet.notes.has(a)) throw new FakeOfficeError('ItemAlreadyExists');
        sheet.notes.set(a, content);
      },
      true,
      content,
    );
    return new NoteProxy(
      this.ctx,
      () => {
        const { sheet, rect } = target();
        return { sheet, address: toA1(rect.top, rect.left) };
      },
      false,
    );
  }

  getItem(address: string): NoteProxy {
    return new NoteProxy(this.ctx, this.locate(address), false);
  }

  getItemOrNullObject(address: string): NoteProxy {
    return new NoteProxy(this.ctx, this.locate(address), true);
  }

  /** Loads the notes (a bare `items` load is refused on the web, #6198: load 'items/content'). */
  load(props: string): this {
    if (!/content/.test(props)) throw new Error('fake: load notes items with their content (a bare items load fails on Excel on the web)');
    this.ctx.queue(() => {
      if (!this.ctx.fake.features.notes) throw new FakeOfficeError('ApiNotFound');
      const sheets = this.sheet ? [this.sheet()] : this.ctx.fake.sheets;
      this.itemList = [];
      for (const s of sheets) {
        for (const [address, content] of s.notes) {
          const p = new NoteProxy(this.ctx, () => (s.notes.has(address) ? { sheet: s, address } : null), false);
          p.setLoaded('content', content);
          this.ctx.answered(content);
          this.itemList.push(p);
        }
      }
    }, false);
    return this;
  }

  get items(): NoteProxy[] {
    if (!this.itemList) throw new Error('PropertyNotLoaded: items');
    return this.itemList;
  }
}

// ------------------------------------------------------------------------------------ names

const NAME_RULE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

class NamedItemProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    readonly find: () => { sheet: FakeSheet; name: string },
  ) {
    super();
    ctx.object();
  }
  private item(): { sheet: FakeSheet; n: import('./sheet').FakeName } | null {
    const { sheet, name } = this.find();
    const n = sheet.definedName(name);
    return n ? { sheet, n } : null;
  }
  load(_p?: string): this {
    this.ctx.queue(() => {
      const it = this.item();
      this.isNullObject = !it;
      if (!it) return;
      this.loaded.set('name', it.n.name);
      this.loaded.set('visible', it.n.visible);
      this.loaded.set('formula', it.n.ref ? `=${it.sheet.name}!${rectA1(it.n.ref)}` : '=#REF!');
    }, false);
    return this;
  }
  get name(): string {
    return this.get('name');
  }
  set visible(on: boolean) {
    this.ctx.queue(
      () => {
        const it = this.item();
        if (!it) throw new FakeOfficeError('ItemNotFound');
        it.n.visible = on;
      },
      true,
      on,
    );
  }
  delete(): void {
    this.ctx.queue(() => {
      const it = this.item();
      if (!it) throw new FakeOfficeError('ItemNotFound');
      it.sheet.names = it.sheet.names.filter((x) => x !== it.n);
    }, true);
  }
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const it = this.item();
        return it && it.n.ref ? { sheet: it.sheet, rect: it.n.ref } : null;
      },
      true,
    );
  }
}

export class NamedItemCollectionProxy {
  constructor(
    readonly ctx: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {}

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this.ctx.queue(
      () => {
        const sheet = this.sheet();
        if (!NAME_RULE.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255) throw new FakeOfficeError('InvalidArgument');
        if (sheet.definedName(name)) throw new FakeOfficeError('ItemAlreadyExists');
        const ref = typeof reference === 'string' ? parseAddress(reference) : reference.resolve().rect;
        sheet.names.push({ name, ref, visible: true, comment });
      },
      true,
      { name, comment },
    );
    return new NamedItemProxy(this.ctx, () => ({ sheet: this.sheet(), name }));
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => ({ sheet: this.sheet(), name }));
  }

  /** The name; its operations fail with ItemNotFound at sync when there is none. */
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => ({ sheet: this.sheet(), name }));
  }
}

export { RangeAreasProxy };

// ------------------------------------------------------------------------------------ settings

/**
 * `workbook.settings` (Excel.SettingCollection, ExcelApi 1.4): the add-in's key/value pairs in
 * the workbook, one collection per workbook and add-in, read and written by every runtime of the
 * add-in through Excel.run (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings:
 * "Settings are unique to a single Excel file and add-in pairing"). `add` sets or replaces a key.
 */
export class SettingCollectionProxy {
  constructor(readonly ctx: FakeContext) {}

  add(key: string, value: unknown): void {
    const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.ctx.queue(
      () => {
        if (!key || key.length > 255) throw new FakeOfficeError('InvalidArgument');
        this.ctx.fake.settings.set(key, copy);
      },
      true,
      { key, value: copy },
    );
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
}

class SettingProxy extends Loadable {
  constructor(
    readonly ctx: FakeContext,
    readonly key: string,
  ) {
    super();
    ctx.object();
  }
  load(_p?: string): this {
    this.ctx.queue(() => {
      const has = this.ctx.fake.settings.has(this.key);
      this.isNullObject = !has;
      if (has) {
        const v = this.ctx.fake.settings.get(this.key);
        this.loaded.set('value', JSON.parse(JSON.stringify(v)));
        this.ctx.answered(v);
      }
    }, false);
    return this;
  }
  get value(): unknown {
    return this.get('value');
  }
  delete(): void {
    this.ctx.queue(() => void this.ctx.fake.settings.delete(this.key), true);
  }
}
