import { checkSheet, gridFromValues } from '../../../src/core';
import { jingmenGrid } from '../../support/fixtures';
import { single } from '../../support/issues';

describe('merges that Excel would not allow', () => {
  it('overlapping merges on a footer row end the walk instead of looping forever', () => {
    const g = jingmenGrid();
    // Row 20 holds the 原因分析 footer; overlap a merge across it and another down from it.
    const hostile = { ...g, merges: [...g.merges, { top: 19, left: 0, bottom: 19, right: 5 }, { top: 19, left: 4, bottom: 21, right: 4 }] };
    const report = single(checkSheet(hostile));
    expect(report.form?.kind).toBe('hubei-project');
  });

  it('a merge covering the whole header row still gives a report', () => {
    const grid = gridFromValues('S', [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '原因分析', '备注']], ['A1:G1', 'C1:E1']);
    expect(() => checkSheet(grid)).not.toThrow();
  });
});
