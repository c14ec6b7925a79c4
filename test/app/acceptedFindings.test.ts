import { applyAccepted, AcceptedFinding, findingKey, rowLabels } from '../../src/app/acceptedFindings';
import { parseAcceptedList } from '../../src/app/acceptedSchema';
import { checkSheet, GridData, SheetReport } from '../../src/core';
import { jingmenGrid } from '../support/fixtures';

function report(): { grid: GridData; report: SheetReport } {
  const grid = jingmenGrid();
  return { grid, report: checkSheet(grid)[0] };
}

function accept(r: SheetReport, grid: GridData, rule: string, reason = '已知'): AcceptedFinding {
  const issue = r.issues.find((i) => i.rule === rule)!;
  return { ...findingKey(r.sheet, issue, grid), reason, message: issue.message, at: '2025-03-01T00:00:00.000Z' };
}

/** Shifts every row of a grid down by `n` blank rows (a person inserted rows above the form). */
function shiftDown(grid: GridData, n: number): GridData {
  return {
    ...grid,
    cells: [...Array.from({ length: n }, () => []), ...grid.cells],
    merges: grid.merges.map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n })),
  };
}

describe('accepted findings', () => {
  it('key an indicator finding by the indicator’s name and column, not its row', () => {
    const { grid, report: r } = report();
    const issue = r.issues.find((i) => i.rule === 'target-not-met-unexplained')!;
    expect(findingKey(r.sheet, issue, grid)).toEqual({ sheet: r.sheet, rule: 'target-not-met-unexplained', subject: '坐席人员服务满意率', column: 'F' });
  });

  it('key a finding about the table by the labels of its row', () => {
    const { grid, report: r } = report();
    const issue = r.issues.find((i) => i.rule === 'field-empty')!;
    const key = findingKey(r.sheet, issue, grid);
    expect(key.subject).toBe(rowLabels(grid, issue.row!));
    expect(key.subject).toContain('单位名称');
    expect(key.column).toBe('A');
  });

  it('take an accepted finding out of the issues, the counts and the marks', () => {
    const { grid, report: r } = report();
    const { report: after, accepted } = applyAccepted(r, grid, [accept(r, grid, 'target-not-met-unexplained')]);
    expect(accepted.map((a) => a.issue.rule)).toEqual(['target-not-met-unexplained']);
    expect(after.issues.map((i) => i.rule)).not.toContain('target-not-met-unexplained');
    expect(after.summary.warnings).toBe(r.summary.warnings - 1);
    expect(after.highlights.map((h) => h.cell)).toEqual(r.highlights.map((h) => h.cell).filter((c) => c !== 'F16'));
  });

  it('still match after rows were inserted above the form (a re-check of the moved table)', () => {
    const { grid, report: r } = report();
    const entry = accept(r, grid, 'target-not-met-unexplained');
    const moved = shiftDown(grid, 3);
    const { accepted } = applyAccepted(checkSheet(moved)[0], moved, [entry]);
    expect(accepted).toHaveLength(1);
    expect(accepted[0].issue.cell).toBe('F19');
  });

  it('near miss: an acceptance for another sheet or another rule does not apply', () => {
    const { grid, report: r } = report();
    const entry = accept(r, grid, 'target-not-met-unexplained');
    expect(applyAccepted(r, grid, [{ ...entry, sheet: '其他' }]).accepted).toEqual([]);
    expect(applyAccepted(r, grid, [{ ...entry, rule: 'over-achieved' }]).accepted).toEqual([]);
    expect(applyAccepted(r, grid, [{ ...entry, subject: '市民来电办理满意率' }]).report).toBe(r);
  });

  it('keep a mark while another open finding is on the same cell, coloured by it', () => {
    const r: SheetReport = {
      ...report().report,
      issues: [
        { rule: 'score-mismatch', severity: 'error', cell: 'H9', message: 'A', indicator: 'x', row: 9 },
        { rule: 'score-deducted-though-met', severity: 'warning', cell: 'H9', message: 'B', indicator: 'x', row: 9 },
      ],
      highlights: [{ cell: 'H9', severity: 'error', text: 'A\nB' }],
    };
    const grid = jingmenGrid();
    const entry = { ...findingKey(r.sheet, r.issues[0], grid), reason: 'r', message: 'A', at: '' };
    expect(applyAccepted(r, grid, [entry]).report.highlights).toEqual([{ cell: 'H9', severity: 'warning', text: 'B' }]);
  });

  it('read a stored list leniently: a damaged entry is dropped, the others kept', () => {
    const { grid, report: r } = report();
    const good = accept(r, grid, 'field-empty');
    expect(parseAcceptedList([good, { rule: 'no-such-rule' }, 42])).toEqual([good]);
    expect(parseAcceptedList('not a list')).toEqual([]);
    expect(parseAcceptedList(null)).toEqual([]);
  });
});
