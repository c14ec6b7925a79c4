import { FormKind } from '../report/settingsSchema';
import { BudgetBlock, HeaderField } from './formModel';
import { BlockScan } from './findIndicatorBlocks';
import { SheetLabels } from './sheetLabels';

/**
 * Tells the five form kinds of forms.md apart from what was detected. The order matters: the
 * most specific layouts are recognised first, the national form is the default.
 */
export function classifyForm(labels: SheetLabels, scans: BlockScan[], budget: BudgetBlock | null, header: HeaderField[]): FormKind {
  const first = scans[0];
  const cols = first.block.columns;
  const hl = first.headerLabels;
  const budgetLabel = budget?.label ? labels.label(budget.label.row, budget.label.col) : '';

  const hubeiScored =
    scans.some((s) => s.block.label !== null && /^年度绩效目标\d/.test(labels.label(s.block.label.row, s.block.label.col))) ||
    (budget !== null && budget.points === 20 && budget.columns.score !== null) ||
    (cols.score !== null && cols.weight === null && (hl.target ?? '').startsWith('年初目标值'));
  if (hubeiScored) return 'hubei-scored';

  const sichuan =
    (cols.comparator !== null && cols.unit !== null && (hl.weight ?? '').startsWith('权重')) ||
    (budget !== null && budget.columns.reason !== null && budget.columns.weight !== null) ||
    first.block.points === 90;
  if (sichuan) return 'sichuan-project';

  const department =
    header.some((f) => f.key === 'department' && labels.label(f.label.row, f.label.col).startsWith('部门')) ||
    budgetLabel.startsWith('部门') ||
    (hl.actual ?? '').startsWith('全年实际值');
  if (department) return 'department';

  if (cols.score === null && cols.weight === null && (cols.evidence !== null || (hl.target ?? '').startsWith('年初目标值'))) {
    return 'hubei-project';
  }
  return 'national-project';
}
