import { z } from 'zod';
import { rangeRefSchema } from '../detect/formModel';
import { SHEET_LAYOUT_KINDS } from './templateKinds';

/**
 * A blank official form as data: what a host needs to lay it out on a new sheet (values,
 * merges, widths, number formats, borders, drop-down lists, formulas). Built by the template
 * builders in this folder; applied by every host gateway the same way.
 */
export { SHEET_LAYOUT_KINDS, TEMPLATE_KINDS } from './templateKinds';
export type { SheetLayoutKind, TemplateKind } from './templateKinds';

export const templateCellSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  /** The value; with a formula, the value the formula shows (hosts that cannot compute it show this). */
  value: z.union([z.string(), z.number()]).nullable(),
  formula: z.string().optional(),
  numberFormat: z.string().optional(),
  bold: z.boolean().optional(),
  /** Horizontal alignment; labels are centred, narratives left-aligned. */
  align: z.enum(['left', 'center', 'right']).optional(),
});
export type TemplateCell = z.infer<typeof templateCellSchema>;

export const templateSpecSchema = z.object({
  /** A blank form (TEMPLATE_KINDS), or the pane's 检查结果 export. */
  kind: z.enum(SHEET_LAYOUT_KINDS),
  /** The sheet name to use (a host adds a suffix when it exists). */
  sheetName: z.string().min(1).max(31),
  rowCount: z.number().int().positive(),
  colCount: z.number().int().positive(),
  cells: z.array(templateCellSchema),
  merges: z.array(rangeRefSchema),
  /** Column widths in characters. */
  columnWidths: z.array(z.number().positive()),
  /** The range that gets thin borders (the table). */
  bordered: rangeRefSchema,
  /** Drop-down lists (data validation) by range. */
  lists: z.array(z.object({ range: rangeRefSchema, values: z.array(z.string()).min(1) })),
  /** Rows kept in view when scrolling (a header), where the host can freeze panes. */
  freezeRows: z.number().int().nonnegative().optional(),
});
export type TemplateSpec = z.infer<typeof templateSpecSchema>;
