import { flattenFindings, groupFindings } from './findingsModel';
import { sampleReport } from './testing/sampleReport';

describe('groupFindings', () => {
  const groups = groupFindings(sampleReport().issues);

  test('orders severities errors, warnings, notes and counts each', () => {
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 2],
      ['warning', 3],
      ['info', 1],
    ]);
  });

  test('groups by indicator in report order, the table’s own findings in one null group', () => {
    expect(groups[1].groups.map((g) => [g.indicator, g.row])).toEqual([
      [null, null],
      ['来电接通量', 13],
      ['坐席人员服务满意率', 16],
    ]);
  });

  test('numbers the findings in display order, which is the walk order', () => {
    const indices = groups.flatMap((s) => s.groups.flatMap((g) => g.findings.map((f) => f.index)));
    expect(indices).toEqual([0, 1, 2, 3, 4, 5]);
    expect(flattenFindings(groups).map((i) => i.cell)).toEqual(['I6', 'F16', 'B3', 'E13', 'H16', 'E13']);
  });

  test('keeps two indicators of the same name on different rows apart', () => {
    const base = { rule: 'duplicate-indicator' as const, severity: 'warning' as const, message: '重复', indicator: '满意度' };
    const g = groupFindings([
      { ...base, cell: 'C10', row: 10 },
      { ...base, cell: 'C12', row: 12 },
    ]);
    expect(g[0].groups.map((x) => x.row)).toEqual([10, 12]);
  });

  test('leaves out severities without findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
