import { CellRef, rangeContains, toA1 } from '../grid/address';
import { CellGrid } from '../grid/cellGrid';
import { FormModel } from '../detect/formModel';
import { Highlight, Write } from '../report/reportSchema';
import { Settings } from '../report/settingsSchema';
import { RawIssue } from './checkContext';

/** A result the engine would write, before the safety rules of rules.md ("Writing back") apply. */
export interface PlannedWrite {
  at: CellRef;
  value: number | string;
  numberFormat: string | null;
  what: Write['what'];
  /** The cell holds a stated value that this write replaces. */
  overwrites: boolean;
}

/**
 * The writes a host may apply: only into the form's own result cells (the checks propose only
 * those), never outside the detected form, never over a formula, and over a stated value only
 * when the person allowed it.
 */
export function finalizeWrites(grid: CellGrid, form: FormModel, planned: PlannedWrite[], settings: Settings): Write[] {
  const out: Write[] = [];
  const seen = new Set<string>();
  for (const w of planned) {
    const address = toA1(w.at.row, w.at.col);
    if (seen.has(address)) continue;
    // A result beyond a double (sums or ratios of numbers near Excel's limits) is never written.
    if (typeof w.value === 'number' && !Number.isFinite(w.value)) continue;
    if (!rangeContains(form.range, w.at.row, w.at.col)) continue;
    if (grid.hasFormula(w.at.row, w.at.col)) continue;
    const anchor = grid.anchor(w.at.row, w.at.col);
    if (anchor.row !== w.at.row || anchor.col !== w.at.col) continue;
    if (w.overwrites && !settings.overwriteStated) continue;
    const previous = grid.value(w.at.row, w.at.col);
    seen.add(address);
    out.push({ cell: address, value: w.value, numberFormat: w.numberFormat, what: w.what, previous, overwrites: w.overwrites });
  }
  return out;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The cells to mark: every cell with an error or a warning, coloured by its most severe finding,
 * carrying all of its findings' messages. Infos are not marked (most are filled in by the add-in).
 */
export function planHighlights(form: FormModel, issues: RawIssue[]): Highlight[] {
  const byCell = new Map<string, { severity: Highlight['severity']; texts: string[] }>();
  for (const i of issues) {
    if (!i.at || !i.cell || i.severity === 'info') continue;
    if (!rangeContains(form.range, i.at.row, i.at.col)) continue;
    const h = byCell.get(i.cell);
    if (!h) byCell.set(i.cell, { severity: i.severity, texts: [i.message] });
    else {
      if (RANK[i.severity] < RANK[h.severity]) h.severity = i.severity;
      h.texts.push(i.message);
    }
  }
  return [...byCell.entries()].map(([cell, h]) => ({ cell, severity: h.severity, text: h.texts.join('\n') }));
}
