/**
 * The kinds of sheet the add-in lays out, and the blank forms' titles, as plain constants (no zod):
 * the task pane's template menu is in its first bundle, before the engine is loaded.
 */
export const TEMPLATE_KINDS = ['national-project', 'hubei-project', 'department'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Every layout a host can put on a new sheet: the blank forms, and the pane's 检查结果 export. */
export const SHEET_LAYOUT_KINDS = [...TEMPLATE_KINDS, 'check-results'] as const;
export type SheetLayoutKind = (typeof SHEET_LAYOUT_KINDS)[number];

/** What the pane shows in its template menu. */
export const TEMPLATE_TITLES: Readonly<Record<TemplateKind, { 'zh-CN': string; 'en-US': string }>> = {
  'national-project': { 'zh-CN': '项目支出绩效自评表（财政部模板）', 'en-US': 'Project self-evaluation (national template)' },
  'hubei-project': { 'zh-CN': '项目绩效自评表（湖北样式）', 'en-US': 'Project self-evaluation (Hubei layout)' },
  department: { 'zh-CN': '部门整体支出绩效自评表', 'en-US': 'Whole-department self-evaluation' },
};
