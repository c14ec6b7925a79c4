import { RangeRef } from '../grid/address';
import { TemplateCell, TemplateKind, TemplateSpec, templateSpecSchema } from './templateSpec';

type Value = string | number | null;
type CellOptions = Omit<Partial<TemplateCell>, 'row' | 'col' | 'value'>;

/** A small helper for laying out a TemplateSpec row by row (0-based coordinates). */
export class SpecBuilder {
  private readonly cells = new Map<string, TemplateCell>();
  private readonly merges: RangeRef[] = [];
  private readonly lists: TemplateSpec['lists'] = [];

  constructor(readonly colCount: number) {}

  /** Sets a cell (merging options into what is there). */
  set(row: number, col: number, value: Value, options: CellOptions = {}): this {
    if (col >= this.colCount) throw new Error(`column ${col} outside the template's ${this.colCount} columns`);
    const key = `${row},${col}`;
    const prev = this.cells.get(key);
    this.cells.set(key, { ...prev, ...options, row, col, value });
    return this;
  }

  /** Gives a cell a number format (keeping its value). */
  format(row: number, col: number, numberFormat: string): this {
    const prev = this.cells.get(`${row},${col}`);
    return this.set(row, col, prev?.value ?? null, { ...prev, numberFormat });
  }

  /** Merges an area (when it spans more than one cell) and puts the value in its top-left cell. */
  merge(top: number, left: number, bottom: number, right: number, value: Value = null, options: CellOptions = {}): this {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this.set(top, left, value, options);
  }

  list(range: RangeRef, values: string[]): this {
    this.lists.push({ range, values });
    return this;
  }

  build(args: { kind: TemplateKind; sheetName: string; rowCount: number; columnWidths: number[]; bordered: RangeRef }): TemplateSpec {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return templateSpecSchema.parse({
      kind: args.kind,
      sheetName: args.sheetName,
      rowCount: args.rowCount,
      colCount: this.colCount,
      cells,
      merges: [...this.merges],
      columnWidths: args.columnWidths,
      bordered: args.bordered,
      lists: this.lists,
    });
  }
}
