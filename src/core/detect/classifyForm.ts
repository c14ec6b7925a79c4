import { FormKind } from '../report/settingsSchema';
import { BudgetBlock, HeaderField } from './formModel';
import { BlockScan } from './findIndicatorBlocks';
import { SheetLabels } from './sheetLabels';

/**
 * Tells the five form kinds of forms.md apart. What the form says about itself decides first,
 * whatever words its columns use: a title or project name speaking of the whole department
 * (部门整体支出…) or a 部门（单位）名称 field without a project name make a department form; a
 * project name (项目名称, 专项名称 …) or a project title make a project form. The layout then tells
 * the project kinds apart, the most specific first; the national form is the default. A fragment
 * that names nothing (the tail of a form) is classified by its layout alone.
 */

const WHOLE_DEPARTMENT = /部门整体|整体支出|部门\(单位\)整体|单位整体/;
const DEPARTMENT_NAME = /^(?:部门(?:\(单位\))?名称|单位(?:\(部门\))?名称|预算单位名称)$/;

function fieldLabel(labels: SheetLabels, f: HeaderField): string {
  const l = labels.label(f.label.row, f.label.col);
  const i = l.indexOf(':');
  return i < 0 ? l : l.slice(0, i);
}

type Scope = 'department' | 'project' | null;

/** What the form's title and header fields say it is about. */
function scopeOf(labels: SheetLabels, header: HeaderField[], title: string | null, budget: BudgetBlock | null): Scope {
  const projectName = header.find((f) => f.key === 'projectName');
  if (title && WHOLE_DEPARTMENT.test(title)) return 'department';
  if (projectName && WHOLE_DEPARTMENT.test(projectName.text)) return 'department';
  if (projectName) return 'project';
  if (header.some((f) => f.key === 'department' && DEPARTMENT_NAME.test(fieldLabel(labels, f)))) return 'department';
  if (title && /项目/.test(title)) return 'project';
  const budgetLabel = budget?.label ? labels.label(budget.label.row, budget.label.col) : '';
  if (budgetLabel.startsWith('部门')) return 'department';
  return null;
}

function projectKind(labels: SheetLabels, scans: BlockScan[], budget: BudgetBlock | null): Exclude<FormKind, 'department'> {
  const first = scans[0];
  const cols = first?.block.columns;
  const hl = first?.headerLabels ?? {};
  const blockLabel = (s: BlockScan): string => (s.block.label ? labels.label(s.block.label.row, s.block.label.col) : '');

  const hubeiScored =
    scans.some((s) => /^年度绩效目标\d/.test(blockLabel(s))) ||
    scans.some((s) => /^年度绩效目标(?:\(|$)/.test(blockLabel(s)) && s.block.points !== null && s.block.columns.score !== null && s.block.columns.weight === null) ||
    (budget !== null && budget.points === 20 && budget.columns.score !== null) ||
    (cols !== undefined && cols.score !== null && cols.weight === null && /^年初(?:目标|指标)值/.test(hl.target ?? ''));
  if (hubeiScored) return 'hubei-scored';

  const sichuan =
    (cols !== undefined && cols.comparator !== null && cols.unit !== null && (hl.weight ?? '').startsWith('权重')) ||
    (budget !== null && budget.columns.reason !== null && budget.columns.weight !== null) ||
    (first?.block.points === 90 && cols?.comparator !== null);
  if (sichuan) return 'sichuan-project';

  if (cols !== undefined && cols.score === null && cols.weight === null && (cols.evidence !== null || (hl.target ?? '').startsWith('年初目标值'))) {
    return 'hubei-project';
  }
  return 'national-project';
}

export function classifyForm(labels: SheetLabels, scans: BlockScan[], budget: BudgetBlock | null, header: HeaderField[], title: string | null = null): FormKind {
  const scope = scopeOf(labels, header, title, budget);
  if (scope === 'department') return 'department';
  if (scope === 'project') return projectKind(labels, scans, budget);
  // A fragment naming nothing: department wording in its columns is the only hint left.
  const hl = scans[0]?.headerLabels ?? {};
  const kind = projectKind(labels, scans, budget);
  if (kind === 'national-project' && (hl.actual ?? '').startsWith('全年实际值')) return 'department';
  return kind;
}
