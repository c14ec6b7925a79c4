import type { Issue, SheetReport } from '../../core/report/reportSchema';

const issue = (i: Partial<Issue> & Pick<Issue, 'rule' | 'severity' | 'message'>): Issue => ({
  cell: null,
  indicator: null,
  row: null,
  ...i,
});

/**
 * A known report, as the engine would give it, for the pane's tests (the engine has its own):
 * 2 errors, 3 warnings, 1 note over two indicators and the table itself.
 */
export function sampleReport(over: Partial<SheetReport> = {}): SheetReport {
  return {
    sheet: '项目自评表',
    form: { kind: 'national-project', policy: 'national', range: 'A1:I30' },
    project: { name: '12345热线运行经费', department: '市政府办公室', unit: null },
    budget: {
      original: 150,
      adjusted: 150,
      executed: 125.25,
      rate: 0.835,
      statedRate: 0.835,
      weight: 10,
      score: 8.35,
      statedScore: 9,
      cells: { rate: 'H6', score: 'I6' },
    },
    indicators: [
      {
        row: 13,
        level1: '产出指标',
        level2: '数量指标',
        name: '来电接通量',
        unit: '万件',
        target: { text: '≥48万件', op: '>=', value: 48, unit: '万件', qualitative: false },
        actual: { text: '48.9万件', value: 48.9, unit: '万件', band: null },
        met: true,
        attainment: 1,
        weight: 20,
        score: 20,
        statedScore: 20,
        scoreRange: null,
        cells: { target: 'E13', actual: 'F13', score: 'H13' },
      },
      {
        row: 16,
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '坐席人员服务满意率',
        unit: '%',
        target: { text: '100%', op: '>=', value: 100, unit: '%', qualitative: false },
        actual: { text: '99%', value: 99, unit: '%', band: null },
        met: false,
        attainment: 0.99,
        weight: 10,
        score: 9.9,
        statedScore: null,
        scoreRange: null,
        cells: { target: 'E16', actual: 'F16', score: 'H16' },
      },
    ],
    total: { weight: 100, score: 88.25, statedScore: null, grade: '良', cell: 'H30' },
    issues: [
      issue({ rule: 'field-empty', severity: 'warning', cell: 'B3', message: '“实施单位”未填写', row: 3 }),
      issue({ rule: 'execution-score-mismatch', severity: 'error', cell: 'I6', message: '预算执行得分 9 与计算值 8.35 不符', row: 6 }),
      issue({ rule: 'degenerate-target', severity: 'info', cell: 'E13', message: '来电接通量：指标值只有恰好达到才算完成', indicator: '来电接通量', row: 13 }),
      issue({ rule: 'unit-missing', severity: 'warning', cell: 'E13', message: '来电接通量：目标值没有计量单位', indicator: '来电接通量', row: 13 }),
      issue({
        rule: 'target-not-met-unexplained',
        severity: 'error',
        cell: 'F16',
        message: '坐席人员服务满意率：实际完成值 99% 未达到年初目标值 100%，请说明偏差原因',
        indicator: '坐席人员服务满意率',
        row: 16,
      }),
      issue({ rule: 'score-empty', severity: 'warning', cell: 'H16', message: '坐席人员服务满意率：得分未填写', indicator: '坐席人员服务满意率', row: 16 }),
    ],
    summary: { errors: 2, warnings: 3, infos: 1 },
    writes: [
      { cell: 'H16', value: 9.9, numberFormat: null, what: 'score', previous: null, overwrites: false },
      { cell: 'H30', value: 88.25, numberFormat: null, what: 'total', previous: null, overwrites: false },
    ],
    highlights: [
      { cell: 'B3', severity: 'warning', text: '“实施单位”未填写' },
      { cell: 'I6', severity: 'error', text: '预算执行得分 9 与计算值 8.35 不符' },
      { cell: 'E13', severity: 'warning', text: '…' },
      { cell: 'F16', severity: 'error', text: '…' },
      { cell: 'H16', severity: 'warning', text: '…' },
    ],
    ...over,
  };
}
