import { checkWorkbook, gridFromValues } from '../../src/core';
import { check } from '../support/issues';
import { nationalForm, withIndicator } from '../support/nationalForm';

/** Highlights: the most severe finding colours a cell; infos are not marked. */
describe('highlights', () => {
  it('marks an error cell as error, carrying its message', () => {
    const f = nationalForm({ budget: [150, 150, 148, 10, '98.80%', 9.87] });
    const r = check(f.grid);
    const message = r.issues.find((i) => i.rule === 'execution-rate-mismatch')!.message;
    expect(r.highlights).toEqual([{ cell: f.at.rate, severity: 'error', text: message }]);
  });

  it('marks a warning cell as warning', () => {
    const f = nationalForm({ department: null });
    expect(check(f.grid).highlights).toEqual([{ cell: 'B4', severity: 'warning', text: expect.stringContaining('主管部门') }]);
  });

  it('marks a cell with a warning and an error as error, with both messages', () => {
    // A deviation cell of only 0 for an unmet indicator: target-not-met-unexplained (error) and deviation-text-junk (warning).
    const f = nationalForm({ indicators: withIndicator(6, { actual: '89%', score: 9.89, deviation: 0 }), totalScore: 99.76 });
    const r = check(f.grid);
    const at = f.at.indicator(6, 'deviation');
    const onCell = r.issues.filter((i) => i.cell === at);
    expect(onCell.map((i) => i.severity).sort()).toEqual(['error', 'warning']);
    const h = r.highlights.filter((x) => x.cell === at);
    expect(h).toHaveLength(1);
    expect(h[0].severity).toBe('error');
    for (const i of onCell) expect(h[0].text).toContain(i.message);
  });

  it('does not mark infos', () => {
    const f = nationalForm({ budget: [150, 150, 148, 10, null, null], totalScore: null });
    const r = check(f.grid);
    expect(r.issues.length).toBeGreaterThanOrEqual(3);
    expect(r.issues.every((i) => i.severity === 'info')).toBe(true);
    expect(r.highlights).toEqual([]);
  });

  it('marks each cell once, and only cells with an error or a warning', () => {
    const f = nationalForm({ budget: [150, 150, 151, 20, '98.80%', 9.85], projectName: null, totalScore: 90 });
    const r = check(f.grid);
    const cells = r.highlights.map((h) => h.cell);
    expect(new Set(cells).size).toBe(cells.length);
    const serious = new Set(r.issues.filter((i) => i.severity !== 'info' && i.cell).map((i) => i.cell));
    expect(new Set(cells)).toEqual(serious);
  });

  it('marks nothing on a sheet without a form', () => {
    const [r] = checkWorkbook([gridFromValues('x', [['备注']])]);
    expect(r.highlights).toEqual([]);
  });
});
