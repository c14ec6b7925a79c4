import { TemplateCell, TemplateSpec, templateSpecSchema } from './templateSpec';

/** A value to put into a template's cell. */
export interface CellFill {
  row: number;
  col: number;
  value: string | number | null;
  /** A number format for the value (a stated rate shown as a percent); the template's own otherwise. */
  numberFormat?: string;
}

/**
 * The template with values filled in: a form as a person would have filled it (the examples, the
 * benchmark, the tests' form builders), laid out by the template itself. A value replaces the
 * cell's formula (a stated rate typed over the template's =IFERROR(…)); a null value leaves the
 * cell as the template has it.
 */
export function fillSpec(spec: TemplateSpec, fills: readonly CellFill[]): TemplateSpec {
  const cells = new Map<string, TemplateCell>(spec.cells.map((c) => [`${c.row},${c.col}`, c]));
  for (const f of fills) {
    if (f.value === null || f.value === undefined) continue;
    const key = `${f.row},${f.col}`;
    const prev = cells.get(key);
    const next: TemplateCell = { ...(prev ?? { row: f.row, col: f.col }), row: f.row, col: f.col, value: f.value };
    delete next.formula;
    if (f.numberFormat) next.numberFormat = f.numberFormat;
    cells.set(key, next);
  }
  const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return templateSpecSchema.parse({ ...spec, cells: sorted });
}
