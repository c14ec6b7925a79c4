import { z } from 'zod';
import { FORM_KINDS } from '../report/settingsSchema';

/**
 * A detected form: where each block and column of the sheet is. Coordinates are 0-based.
 * Built by `detectForm`, read by the checks. It is a plain-data schema so that a host can cache
 * or log it.
 */

export const cellRefSchema = z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() });
export const rangeRefSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});

const col = z.number().int().nonnegative().nullable();

export const headerFieldSchema = z.object({
  key: z.enum(['projectName', 'department', 'implementer', 'unit', 'fillDate', 'projectBudget', 'basicInfo', 'goalPlanned', 'goalActual']),
  label: cellRefSchema,
  /** Where the value is; the label cell itself when the value follows the label's colon. */
  value: cellRefSchema,
  text: z.string(),
});
export type HeaderField = z.infer<typeof headerFieldSchema>;
export type HeaderFieldKey = HeaderField['key'];

export const budgetColumnsSchema = z.object({
  label: col,
  original: col,
  adjusted: col,
  /** 到位数: the money that arrived (summed in 其中 rows as the budget is). */
  received: col,
  executed: col,
  weight: col,
  rate: col,
  score: col,
  reason: col,
});
export type BudgetColumns = z.infer<typeof budgetColumnsSchema>;

export const budgetRowSchema = z.object({
  row: z.number().int().nonnegative(),
  label: z.string(),
  /**
   * total: the scored row (年度资金总额, 合计); sub: a breakdown row (其中…, ①中央财政资金);
   * group: a subtotal of the breakdown rows under it (财政资金小计 over ① ② ③).
   */
  kind: z.enum(['total', 'sub', 'group']),
});
export type BudgetRow = z.infer<typeof budgetRowSchema>;

export const budgetBlockSchema = z.object({
  label: cellRefSchema.nullable(),
  headerRow: z.number().int().nonnegative(),
  columns: budgetColumnsSchema,
  rows: z.array(budgetRowSchema),
  /** Points from the block's label, e.g. 预算执行情况（10分） or 得分(20分*执行率). */
  points: z.number().nullable(),
  /** The rate column's header says its numbers are percents (执行率(%)). */
  rateInPercent: z.boolean(),
});
export type BudgetBlock = z.infer<typeof budgetBlockSchema>;

export const indicatorColumnsSchema = z.object({
  level1: col,
  level2: col,
  name: z.number().int().nonnegative(),
  comparator: col,
  target: col,
  unit: col,
  actual: col,
  weight: col,
  score: col,
  deviation: col,
  evidence: col,
  /** A second measure per row (标准值 → 评价指标值 beside 目标值 → 目标完成值): see secondMeasure.ts. */
  target2: col.optional(),
  actual2: col.optional(),
});
export type IndicatorColumns = z.infer<typeof indicatorColumnsSchema>;

export const indicatorRowSchema = z.object({
  row: z.number().int().nonnegative(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  /**
   * The rows where the level labels were typed: the row itself, the top of a label merged down, or
   * the row above whose label an unmerged empty cell carries on (a form typed without merges).
   */
  level1Row: z.number().int().nonnegative().optional(),
  level2Row: z.number().int().nonnegative().optional(),
  /** The indicator row is a template line (指标1：, ……) with nothing filled in. */
  placeholder: z.boolean(),
  /** Only the level columns are filled: a group left without indicators. */
  groupOnly: z.boolean(),
  /** A heading over numbered indicators whose scores add up to its own (一、… over 1、 2、 3、). */
  subtotal: z.boolean(),
  /** A part of the indicator above (its 分值 covers it): the target and actual only, no 分值 or 得分. */
  breakdown: z.boolean().optional(),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

export const indicatorBlockSchema = z.object({
  label: cellRefSchema.nullable(),
  headerRow: z.number().int().nonnegative(),
  headerRows: z.number().int().min(1).max(2),
  columns: indicatorColumnsSchema,
  rows: z.array(indicatorRowSchema),
  /** The block's points from its label, e.g. 年度绩效目标1（40分）, 绩效指标（90分）. */
  points: z.number().nullable(),
  lastRow: z.number().int().nonnegative(),
});
export type IndicatorBlock = z.infer<typeof indicatorBlockSchema>;

export const totalRowSchema = z.object({
  row: z.number().int().nonnegative(),
  label: cellRefSchema,
  weight: cellRefSchema.nullable(),
  score: cellRefSchema.nullable(),
});
export type TotalRow = z.infer<typeof totalRowSchema>;

export const footerSchema = z.object({
  kind: z.enum(['reason', 'improvement']),
  label: cellRefSchema,
  /** The cells holding the footer's text (right of or below the label). */
  cells: z.array(cellRefSchema),
  text: z.string(),
});
export type Footer = z.infer<typeof footerSchema>;

export const formModelSchema = z.object({
  kind: z.enum(FORM_KINDS),
  range: rangeRefSchema,
  /** The form's title (…绩效自评表), when it has one. */
  title: z.string().nullable(),
  header: z.array(headerFieldSchema),
  budget: budgetBlockSchema.nullable(),
  /** Empty for a form cut off before its indicator block. */
  blocks: z.array(indicatorBlockSchema),
  total: totalRowSchema.nullable(),
  footers: z.array(footerSchema),
});
export type FormModel = z.infer<typeof formModelSchema>;
