import { z } from 'zod';
import { rangeRefSchema } from '../detect/formModel';

/**
 * A blank official form as data: what a host needs to lay it out on a new sheet (values,
 * merges, widths, number formats, borders, drop-down lists, formulas). Built by the template
 * builders in this folder; applied by every host gateway the same way.
 */
export const TEMPLATE_KINDS = ['national-project', 'hubei-project', 'department'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const templateCellSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  value: z.union([z.string(), z.number()]).nullable(),
  formula: z.string().optional(),
  numberFormat: z.string().optional(),
  bold: z.boolean().optional(),
  /** Horizontal alignment; labels are centred, narratives left-aligned. */
  align: z.enum(['left', 'center', 'right']).optional(),
});
export type TemplateCell = z.infer<typeof templateCellSchema>;

export const templateSpecSchema = z.object({
  kind: z.enum(TEMPLATE_KINDS),
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
});
export type TemplateSpec = z.infer<typeof templateSpecSchema>;
