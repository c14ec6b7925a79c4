import { CellValue, gridFromValues } from '../../../src/core';
import { check, issuesOf } from '../../support/issues';

const INDICATORS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 50, 50],
  ['效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 30, 30],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, 10],
];

/** Budget blocks laid out otherwise than in columns under a header (issue 8). */
describe('a budget block of label / value pairs', () => {
  // 预算执行情况 | 预算数： | 2.38 | 执行数： | 2.38 | | 20 (the block's points at the row's end)
  const rows: CellValue[][] = [
    ['项目名称', '某项目', null, null, null, null, null],
    ['预算执行情况', '预算数:', 2.38, '执行数:', 2.38, null, 20],
    [null, '其中:中央补助', '2.38 万元', '其中:中央补助', '2.38万元', null, null],
    ...INDICATORS,
  ];
  const report = check(gridFromValues('S', rows, ['A2:A3']));

  it('reads each amount beside its label', () => {
    expect(report.budget).toMatchObject({ original: 2.38, executed: 2.38, rate: 1 });
  });

  it('takes the bare number at the end of the row as the block’s points', () => {
    expect(report.budget?.weight).toBe(20);
    expect(issuesOf(report, 'execution-weight-unusual')).toHaveLength(1);
  });

  it('reads the 其中 row below as a sub-row, not as the scored row', () => {
    expect(issuesOf(report, 'budget-value-invalid')).toEqual([]);
    expect(issuesOf(report, 'subtotal-mismatch')).toEqual([]);
  });

  it('near miss: labels followed by other labels are a column header, not pairs', () => {
    const header = check(
      gridFromValues('S', [['项目名称', '某项目', null, null], ['项目资金', '年初预算数', '全年预算数', '全年执行数'], [null, 10, 10, 9.5], ...INDICATORS.map((r) => r.slice(0, 4))]),
    );
    expect(header.budget).toMatchObject({ original: 10, adjusted: 10, executed: 9.5 });
  });
});

describe('the rows of a budget block', () => {
  const block = (third: CellValue[]): CellValue[][] => [
    ['项目名称', '某项目', null, null],
    ['资金情况(万元)', '全年预算数(A)', '全年执行数(B)', '执行率'],
    ['年度资金总额:', 100, 100, '100%'],
    ['其中:中央财政资金', 40, 40, '100%'],
    third,
    ...INDICATORS.map((r) => r.slice(0, 4)),
  ];

  it('reads a 其中 row under a name the template does not list (地方资金) by its amounts', () => {
    expect(issuesOf(check(gridFromValues('S', block(['地方资金', 60, 60, '100%']))), 'subtotal-mismatch')).toEqual([]);
  });

  it('so that the 其中 rows are added up: 40 + 50 is not 100', () => {
    expect(issuesOf(check(gridFromValues('S', block(['地方资金', 50, 60, '100%']))), 'subtotal-mismatch')).toHaveLength(1);
  });

  it('near miss: a row of labels after the amounts is the next section, not a 其中 row', () => {
    const r = check(gridFromValues('S', block(['资金管理情况', '情况说明', '存在问题', null])));
    // Only 40 of 100 is in 其中 rows: the label row is not read as a 60.
    const found = issuesOf(r, 'subtotal-mismatch');
    expect(found).toHaveLength(2);
    expect(found.every((i) => i.message.includes('40'))).toBe(true);
  });

  it('reads the row right under the header as the scored row even when its amounts are not numbers', () => {
    const r = check(gridFromValues('S', [['项目名称', '某项目', null, null, null], ['项目资金', '年初预算数', '全年执行数', '执行率(%)', '得分'], [null, null, 'O', 76, 7.6], ...INDICATORS.map((x) => x.slice(0, 5))]));
    expect(issuesOf(r, 'budget-value-invalid').length).toBeGreaterThanOrEqual(1);
  });
});
