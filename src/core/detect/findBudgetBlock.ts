import { normalizeLabel } from '../text/normalizeLabel';
import { BudgetBlock, BudgetColumns, BudgetRow } from './formModel';
import { BUDGET_BLOCK_PREFIXES, BUDGET_SUB_ROW_LABELS, BUDGET_TOTAL_ROW_LABELS, ColumnConcept } from './labelTable';
import { MAX_FORM_COLUMNS } from './findIndicatorBlocks';
import { pointsOf, SheetLabels } from './sheetLabels';

const BUDGET_CONCEPTS: ReadonlySet<ColumnConcept> = new Set(['original', 'adjusted', 'executed', 'rate', 'weight', 'score', 'reason']);

const TOTAL_LABELS = new Set(BUDGET_TOTAL_ROW_LABELS.map((l) => normalizeLabel(l)));
const SUB_LABELS = new Set(BUDGET_SUB_ROW_LABELS.map((l) => normalizeLabel(l)));

function budgetRowKind(label: string): 'total' | 'sub' | null {
  const l = label.replace(/[:]$/, '');
  if (TOTAL_LABELS.has(l)) return 'total';
  if (SUB_LABELS.has(l) || l.startsWith('其中')) return 'sub';
  return null;
}

/** Reads a row as the budget block's column header: an executed column and a budget column. */
export function readBudgetHeader(labels: SheetLabels, row: number): (BudgetColumns & { rateInPercent: boolean; scoreLabel: string }) | null {
  const grid = labels.grid;
  const right = Math.min(grid.colCount, MAX_FORM_COLUMNS) - 1;
  // A header needs an executed column (全年执行数, 执行数(B) …): a cheap test rules most rows out.
  if (!labels.rowMayHold(row, 'executed', right)) return null;
  const found: Partial<Record<ColumnConcept, number>> = {};
  let rateInPercent = false;
  let scoreLabel = '';
  let nameLike = false;
  for (let c = 0; c <= right; c++) {
    if (!labels.isAnchor(row, c)) continue;
    const k = labels.concept(row, c);
    if (k === 'name' || k === 'target' || k === 'actual') nameLike = true;
    if (!k || !BUDGET_CONCEPTS.has(k) || found[k] !== undefined) continue;
    found[k] = c;
    if (k === 'rate' && labels.label(row, c).includes('(%)')) rateInPercent = true;
    if (k === 'score') scoreLabel = labels.label(row, c);
  }
  if (nameLike || found.executed === undefined || (found.original === undefined && found.adjusted === undefined)) return null;
  const first = Math.min(...Object.values(found).filter((v): v is number => v !== undefined));
  return {
    label: first > 0 ? first - 1 : null,
    original: found.original ?? null,
    adjusted: found.adjusted ?? null,
    executed: found.executed,
    weight: found.weight ?? null,
    rate: found.rate ?? null,
    score: found.score ?? null,
    reason: found.reason ?? null,
    rateInPercent,
    scoreLabel,
  };
}

/** Finds the budget-execution block (the first one on the sheet). */
export function findBudgetBlock(labels: SheetLabels, budgetHeaderRows: number[]): BudgetBlock | null {
  const grid = labels.grid;
  for (const headerRow of budgetHeaderRows) {
    const h = readBudgetHeader(labels, headerRow);
    if (!h) continue;
    const dataCols = [h.original, h.adjusted, h.executed].filter((c): c is number => c !== null);
    const firstData = Math.min(...dataCols);
    // The block's label: in the header row left of the columns, or in the row above.
    let label: BudgetBlock['label'] = null;
    let points: number | null = pointsOf(h.scoreLabel);
    const labelSearch: [number, number][] = [
      [headerRow, firstData],
      [headerRow - 1, Math.min(grid.colCount, MAX_FORM_COLUMNS)],
    ];
    for (const [r, until] of labelSearch) {
      for (let c = 0; r >= 0 && c < until && !label; c++) {
        const anchor = grid.anchor(r, c);
        const l = labels.label(anchor.row, anchor.col);
        if (BUDGET_BLOCK_PREFIXES.some((p) => l.startsWith(normalizeLabel(p)))) {
          label = anchor;
          points = pointsOf(l) ?? points;
        }
      }
    }
    const rows: BudgetRow[] = [];
    const maxRows = 8;
    for (let r = headerRow + 1; r < grid.rowCount && r <= headerRow + maxRows; r++) {
      let rowLabel = '';
      for (let c = firstData - 1; c >= 0; c--) {
        const a = grid.anchor(r, c);
        if (a.row !== r) continue; // the block label merged down the left
        const l = labels.label(a.row, a.col);
        if (l) {
          rowLabel = l;
          break;
        }
      }
      const kind = rowLabel ? budgetRowKind(rowLabel) : null;
      const hasData = dataCols.some((c) => grid.anchor(r, c).row === r && grid.labelText(r, c).trim() !== '');
      if (kind) {
        rows.push({ row: r, label: rowLabel, kind: rows.some((x) => x.kind === 'total') ? 'sub' : kind });
      } else if (!rowLabel && hasData && rows.length === 0) {
        rows.push({ row: r, label: '', kind: 'total' });
      } else {
        break;
      }
    }
    if (rows.length > 0 && !rows.some((x) => x.kind === 'total')) rows[0] = { ...rows[0], kind: 'total' };
    const columns: BudgetColumns = {
      label: h.label,
      original: h.original,
      adjusted: h.adjusted,
      executed: h.executed,
      weight: h.weight,
      rate: h.rate,
      score: h.score,
      reason: h.reason,
    };
    return { label, headerRow, columns, rows, points, rateInPercent: h.rateInPercent };
  }
  return null;
}
