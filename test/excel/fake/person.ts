import { parseA1 } from '../../../src/core/grid/address';
import type { FakeExcel } from '../fakeExcel';
import { normColour, parseAddress } from './address';
import { FakeSheet, FakeValue, NO_FILL } from './sheet';

/** What the person does in Excel between two clicks of the add-in (never through Office.js). */
export class FakePerson {
  constructor(private readonly fake: FakeExcel) {}
  private at(sheet: string, a1: string): { s: FakeSheet; row: number; col: number } {
    const { row, col } = parseA1(a1);
    return { s: this.fake.sheet(sheet), row, col };
  }
  /** Types into a cell (Excel parses it: fake/input.ts); its own formats stay. */
  type(sheet: string, a1: string, input: FakeValue): void {
    const { s, row, col } = this.at(sheet, a1);
    s.assign(row, col, input);
  }
  fill(sheet: string, a1: string, color: string | null): void {
    const { s, row, col } = this.at(sheet, a1);
    s.ensure(row, col).fill = color ? { color: normColour(color), pattern: 'Solid' } : { ...NO_FILL };
  }
  fontColor(sheet: string, a1: string, color: string): void {
    const { s, row, col } = this.at(sheet, a1);
    s.ensure(row, col).fontColor = normColour(color);
  }
  note(sheet: string, a1: string, text: string | null): void {
    const s = this.fake.sheet(sheet);
    if (text === null) s.notes.delete(a1);
    else s.notes.set(a1, text);
  }
  /** Home → Insert → Insert Sheet Rows before the 0-based row `at`. */
  insertRows(sheet: string, at: number, count = 1): void {
    this.fake.sheet(sheet).moveCells('rows', at, count);
  }
  deleteRows(sheet: string, at: number, count = 1): void {
    this.fake.sheet(sheet).moveCells('rows', at, -count);
  }
  insertColumns(sheet: string, at: number, count = 1): void {
    this.fake.sheet(sheet).moveCells('cols', at, count);
  }
  deleteColumns(sheet: string, at: number, count = 1): void {
    this.fake.sheet(sheet).moveCells('cols', at, -count);
  }
  /** Review → Protect Sheet, leaving `unlocked` cells editable. */
  protect(sheet: string, options: { unlocked?: string[]; allowFormatCells?: boolean; allowInsertRows?: boolean } = {}): void {
    const s = this.fake.sheet(sheet);
    for (const a1 of options.unlocked ?? []) {
      const { row, col } = parseA1(a1);
      s.ensure(row, col).locked = false;
    }
    s.protection = { protected: true, allowFormatCells: !!options.allowFormatCells, allowInsertRows: !!options.allowInsertRows, allowDeleteRows: false };
  }
  unprotect(sheet: string): void {
    this.fake.sheet(sheet).protection.protected = false;
  }
  /** Adds a conditional format of the person's own (Home → Conditional Formatting). */
  addConditionalFormat(sheet: string, address: string, fill: string): void {
    this.fake.sheet(sheet).conditionalFormats.push({ uid: 100000 + this.fake.sheet(sheet).conditionalFormats.length, type: 'Custom', formula: '=A1>0', fill: normColour(fill), ranges: [parseAddress(address)] });
  }
  renameSheet(sheet: string, name: string): void {
    this.fake.sheet(sheet).name = name;
  }
}

