import { checkSheet, gridFromValues } from '../../../src/core';
import { detectForms } from '../../../src/core/detect/detectForm';
import { CellGrid, CellValue } from '../../../src/core/grid/cellGrid';
import { single } from '../../support/issues';

/**
 * A budget block with a 到位数 column (实际到位资金: the money that arrived) beside the budget and
 * the spending. 实际 in its label does not make it an indicator header's actual column.
 */
function form(received: [CellValue, CellValue, CellValue]) {
  return gridFromValues('Sheet1', [
    ['项目名称', '农村道路养护', null, null, null, null, null],
    ['项目资金(万元)', '年初预算数', '实际到位资金', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 100, received[0], 100, 10, '100%', 10],
    ['其中：当年财政拨款', 80, received[1], 80, null, null, null],
    ['其他资金', 20, received[2], 20, null, null, null],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '养护里程', '≥100公里', '100公里', 90, 90],
    ['总分', null, null, null, null, 100, 100],
  ]);
}

describe('a 到位数 column in the budget block', () => {
  it('is read as the money received, and the block is found', () => {
    const [f] = detectForms(new CellGrid(form([100, 80, 20])));
    expect(f.budget?.columns.received).toBe(2);
    expect(f.budget?.columns.executed).toBe(3);
  });

  it('is summed over the 其中 rows: 80 + 10 is not 100', () => {
    const subtotal = single(checkSheet(form([100, 80, 10]))).issues.filter((i) => i.rule === 'subtotal-mismatch');
    expect(subtotal.map((i) => i.cell)).toEqual(['C3']);
  });

  it('near miss: 其中 rows that add up raise nothing', () => {
    const r = single(checkSheet(form([100, 80, 20])));
    expect(r.issues.filter((i) => i.rule === 'subtotal-mismatch')).toEqual([]);
    expect(r.budget?.executed).toBe(100);
  });

  it('is reported with the budget (received) in the report', () => {
    expect(single(checkSheet(form([95, 80, 15]))).budget).toMatchObject({ original: 100, received: 95, executed: 100 });
  });

  it('near miss: a block without a 到位数 column reports no received amount', () => {
    const without = gridFromValues('Sheet1', [
      ['项目名称', '农村道路养护', null, null, null, null],
      ['项目资金(万元)', '年初预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 100, 100, 10, '100%', 10],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '养护里程', '≥100公里', '100公里', 90, 90],
    ]);
    expect(single(checkSheet(without)).budget).not.toHaveProperty('received');
  });
});
