import { gridFromValues } from '../../../src/core';
import { detectForms } from '../../../src/core/detect/detectForm';
import { bareNumber, pointsOf } from '../../../src/core/detect/sheetLabels';
import { CellGrid, CellValue } from '../../../src/core/grid/cellGrid';

/**
 * Points standing bare beside a block (预算数： | 2.38 | 执行数： | 2.38 | | 20) or in a header row
 * (…完成情况 | 一级指标 | … | 50) are read whether the cell holds a number or, pasted from a web page,
 * the same number as text.
 */
function budgetForm(points: CellValue, headerPoints: CellValue): CellGrid {
  return new CellGrid(
    gridFromValues('Sheet1', [
      ['专项名称', '道路养护资金', null, null, null, null],
      ['预算执行情况', '预算数:', 2.38, '执行数:', 2.38, points],
      ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值', headerPoints],
      [null, '产出指标', '数量指标', '养护里程', '≥100公里', '100公里', 50],
    ]),
  );
}

describe('bare points', () => {
  it.each([[20, 20], ['20', 20], ['２０', 20], ['20分', 20], [' 7.5 ', 7.5]] as const)('%p is %p points', (v, n) => {
    expect(bareNumber(v)).toBe(n);
  });

  it.each(['20万元', '约20', '第20', '', '20%', '-5'])('near miss: %p is no bare number', (v) => {
    expect(bareNumber(v)).toBeNull();
  });

  it('reads a budget block’s points typed as text', () => {
    const [form] = detectForms(budgetForm('20', 50));
    expect(form.budget?.points).toBe(20);
  });

  it('reads a header row’s points typed as text', () => {
    const [form] = detectForms(budgetForm(20, '50'));
    expect(form.blocks[0].points).toBe(50);
  });

  it('near miss: a text that is not a number past the budget block gives no points', () => {
    const [form] = detectForms(budgetForm('已完成', 50));
    expect(form.budget?.points).toBeNull();
  });
});

describe('points in a label that lost a bracket', () => {
  it.each([
    ['年度绩效目标98分)', 98],
    ['预算执行情况(万元)20分)', 20],
    ['年度绩效目标(80分', 80],
    ['年度绩效目标(80分)', 80],
    ['得分(20分*执行率)', 20],
  ])('%s states %p points', (label, points) => {
    expect(pointsOf(label)).toBe(points);
  });

  it.each(['执行数B)', '年度绩效目标', '总分', '预算执行情况(万元)'])('near miss: %s states no points', (label) => {
    expect(pointsOf(label)).toBeNull();
  });
});
