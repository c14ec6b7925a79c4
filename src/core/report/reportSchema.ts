import { z } from 'zod';
import { RULE_IDS, SEVERITIES } from './ruleIds';
import { FORM_KINDS, POLICY_IDS } from './settingsSchema';

/** The check report: the contract of report.md. Field names are public; fields may be added. */

const a1 = z.string().regex(/^[A-Z]{1,3}\d{1,7}$/);
const a1Range = z.string().regex(/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/);
const num = z.number().finite();

export const opSchema = z.enum(['>=', '<=', '=', '>', '<']);
export const bandSchema = z.enum(['met', 'partly', 'not-met']);

export const issueSchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  cell: a1.nullable(),
  message: z.string().min(1),
  /** The indicator's name when the issue is about one indicator row. */
  indicator: z.string().nullable(),
  /** The indicator's sheet row (1-based), for grouping in the task pane. */
  row: z.number().int().positive().nullable().optional(),
});
export type Issue = z.infer<typeof issueSchema>;

export const budgetReportSchema = z.object({
  original: num.nullable(),
  adjusted: num.nullable(),
  /** The amount received (到位数) where the form has a column for it; absent otherwise. */
  received: num.nullable().optional(),
  executed: num.nullable(),
  rate: num.nullable(),
  statedRate: num.nullable(),
  weight: num.nullable(),
  score: num.nullable(),
  statedScore: num.nullable(),
  cells: z.object({ rate: a1.nullable(), score: a1.nullable() }),
});
export type BudgetReport = z.infer<typeof budgetReportSchema>;

export const targetReportSchema = z.object({
  text: z.string(),
  op: opSchema.nullable(),
  value: num.nullable(),
  unit: z.string().nullable(),
  qualitative: z.boolean(),
});

export const actualReportSchema = z.object({
  text: z.string(),
  value: num.nullable(),
  unit: z.string().nullable(),
  band: bandSchema.nullable(),
});

export const indicatorReportSchema = z.object({
  row: z.number().int().positive(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  name: z.string(),
  unit: z.string().nullable(),
  target: targetReportSchema,
  actual: actualReportSchema,
  met: z.boolean().nullable(),
  attainment: num.nullable(),
  weight: num.nullable(),
  score: num.nullable(),
  statedScore: num.nullable(),
  scoreRange: z.tuple([num, num]).nullable(),
  cells: z.object({ target: a1.nullable(), actual: a1.nullable(), score: a1.nullable() }),
});
export type IndicatorReport = z.infer<typeof indicatorReportSchema>;

export const totalReportSchema = z.object({
  weight: num.nullable(),
  score: num.nullable(),
  statedScore: num.nullable(),
  grade: z.enum(['优', '良', '中', '差']).nullable(),
  /**
   * Where the split of some points is not stated (no 分值 column, several indicators sharing a
   * block's points) the total is known only as [low, high]; `score` is then null and `grade` is
   * given when both ends have the same grade. Null when the total is known or unbounded.
   */
  range: z.tuple([num, num]).nullable().optional(),
  cell: a1.nullable(),
});

/** A value the add-in writes into a result cell of the form. */
export const writeSchema = z.object({
  cell: a1,
  value: z.union([num, z.string()]),
  /** Excel number format to give the cell (e.g. `0.00%`), null to keep the cell's own. */
  numberFormat: z.string().nullable(),
  what: z.enum(['rate', 'execution-score', 'score', 'total', 'grade']),
  /** What the cell held before (null when empty). */
  previous: z.union([num, z.string(), z.boolean()]).nullable(),
  /** True when the cell held a different value that this write replaces. */
  overwrites: z.boolean(),
});
export type Write = z.infer<typeof writeSchema>;

/** A cell to mark: the most severe finding on it decides the colour. */
export const highlightSchema = z.object({
  cell: a1,
  severity: z.enum(SEVERITIES),
  /** Every finding's message on this cell, for a note or tooltip. */
  text: z.string(),
});
export type Highlight = z.infer<typeof highlightSchema>;

export const summarySchema = z.object({
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  infos: z.number().int().nonnegative(),
});

export const sheetReportSchema = z.object({
  sheet: z.string(),
  form: z
    .object({
      kind: z.enum(FORM_KINDS),
      policy: z.enum(POLICY_IDS),
      range: a1Range,
      /** False for a form cut off before its indicators or its total row (no total or grade then). */
      complete: z.boolean().optional(),
    })
    .nullable(),
  project: z
    .object({ name: z.string().nullable(), department: z.string().nullable(), unit: z.string().nullable() })
    .nullable(),
  budget: budgetReportSchema.nullable(),
  indicators: z.array(indicatorReportSchema),
  total: totalReportSchema.nullable(),
  issues: z.array(issueSchema),
  summary: summarySchema,
  /** The results to write back, ready for any host to apply. */
  writes: z.array(writeSchema),
  /** The cells to highlight. */
  highlights: z.array(highlightSchema),
});
export type SheetReport = z.infer<typeof sheetReportSchema>;

/** A sheet the check left out: Excel does not show it (hidden, or very hidden by a macro). */
export const skippedSheetSchema = z.object({
  sheet: z.string(),
  reason: z.enum(['hidden', 'very-hidden']),
});
export type SkippedSheet = z.infer<typeof skippedSheetSchema>;

export const fileReportSchema = z.object({
  file: z.string(),
  error: z.string().nullable(),
  sheets: z.array(sheetReportSchema),
  /** Sheets not checked (hidden ones, unless the setting `includeHidden` is on). */
  skippedSheets: z.array(skippedSheetSchema).optional(),
  /** Set when the file was converted to .xlsx before the check (the original's extension, e.g. `.xls`). */
  convertedFrom: z.string().optional(),
});
export type FileReport = z.infer<typeof fileReportSchema>;

export const reportSchema = z.object({
  version: z.literal(1),
  files: z.array(fileReportSchema),
  summary: z.object({
    files: z.number().int().nonnegative(),
    sheets: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    infos: z.number().int().nonnegative(),
    /** Files that could not be read (their `error` is set); the command line always gives it. */
    unreadable: z.number().int().nonnegative().optional(),
  }),
});
export type Report = z.infer<typeof reportSchema>;
