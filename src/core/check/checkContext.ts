import { CellRef, toA1 } from '../grid/address';
import { CellGrid } from '../grid/cellGrid';
import { FormModel } from '../detect/formModel';
import { FIELD_NAMES, FieldName, issueMessage, IssueParams } from '../i18n/issueMessages';
import { RuleId, Severity } from '../report/ruleIds';
import { Issue } from '../report/reportSchema';
import { Settings } from '../report/settingsSchema';
import { ScorePolicy } from '../compute/scorePolicy';
import { SheetLabels } from '../detect/sheetLabels';

/** An issue before it is rendered: its cell is kept as coordinates for sorting and marking. */
export interface RawIssue extends Issue {
  at: CellRef | null;
}

/** Collects the findings of one sheet, rendering each message in the report's language. */
export class IssueSink {
  readonly issues: RawIssue[] = [];
  private readonly seen = new Set<string>();
  /** `rule|A1` of every issue, for {@link hasAt} without a scan of all issues. */
  private readonly ruleCells = new Set<string>();

  constructor(private readonly settings: Settings) {}

  add<K extends RuleId>(
    rule: K,
    severity: Severity,
    at: CellRef | null,
    params: IssueParams[K],
    indicator: { name: string; row: number } | null = null,
  ): void {
    const message = issueMessage(this.settings.locale, rule, params);
    const key = `${rule}|${at ? toA1(at.row, at.col) : ''}|${message}`;
    if (this.seen.has(key)) return; // one finding per rule, cell and text
    this.seen.add(key);
    const cell = at ? toA1(at.row, at.col) : null;
    this.ruleCells.add(`${rule}|${cell}`);
    this.issues.push({
      rule,
      severity,
      cell,
      message,
      indicator: indicator?.name ?? null,
      row: indicator ? indicator.row + 1 : at ? at.row + 1 : null,
      at,
    });
  }

  has(rule: RuleId): boolean {
    return this.issues.some((i) => i.rule === rule);
  }

  /** Whether an issue of `rule` was found at the cell (A1). */
  hasAt(rule: RuleId, cell: string): boolean {
    return this.ruleCells.has(`${rule}|${cell}`);
  }
}

/** Everything a check needs about the sheet being checked. */
export interface CheckContext {
  grid: CellGrid;
  /** The normalized labels detection read, shared so that checks do not normalise a cell again. */
  labels: SheetLabels;
  form: FormModel;
  policy: ScorePolicy;
  settings: Settings;
  sink: IssueSink;
}

export function fieldName(ctx: { settings: Settings }, key: FieldName): string {
  return FIELD_NAMES[ctx.settings.locale][key];
}

/** The anchor cell of (row, col): where a merged area's value and formatting live. */
export function anchorOf(grid: CellGrid, row: number, col: number | null): CellRef | null {
  if (col === null) return null;
  return grid.anchor(row, col);
}
