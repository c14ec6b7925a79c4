import { CellValue, gridFromValues } from '../../../src/core';
import { check } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/** The kind from the form's own header fields and title, whatever words its columns use (issue 8). */
describe('the form kind from what the form says about itself', () => {
  const indicators = (actual: string): CellValue[][] => [
    ['一级指标', '二级指标', '三级指标', '年度指标值', actual, '分值', '得分'],
    ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 90, 90],
  ];

  it('a department table filled in on the project template (title 部门整体支出…) is a department form', () => {
    const f = nationalForm();
    const cells = f.grid.cells.map((r) => r.map((c) => (c ? { ...c } : c)));
    cells[0][0] = { value: '2023年度部门整体支出绩效自评表' };
    expect(check({ ...f.grid, cells }).form?.kind).toBe('department');
  });

  it('a project form using department wording in its columns (全年实际值) stays a project form', () => {
    const r = check(gridFromValues('S', [['项目名称', '某项目', null, null, null, null, null], ...indicators('全年实际值(B)')]));
    expect(r.form?.kind).toBe('national-project');
  });

  it('a form naming its department (部门（单位）名称) and no project is a department form', () => {
    const r = check(gridFromValues('S', [['部门（单位）名称', '某局', null, null, null, null, null], ...indicators('实际完成值')]));
    expect(r.form?.kind).toBe('department');
  });

  it('near miss: a fragment naming nothing, with department wording, is read by its columns', () => {
    expect(check(gridFromValues('S', indicators('全年实际值(B)'))).form?.kind).toBe('department');
    expect(check(gridFromValues('S', indicators('实际完成值'))).form?.kind).toBe('national-project');
  });

  it('a scored block with 年初指标值 and 得分 but no 分值 is the Hubei scored layout', () => {
    const r = check(
      gridFromValues('S', [
        ['项目名称', '某项目', null, null, null, null],
        ['一级指标', '二级指标', '指标名称(三级指标)', '年初指标值', '年终完成值', '自评分'],
        ['产出指标40分', '数量指标40分', '采购设备', '10台套', '10台套', 40],
      ]),
    );
    expect(r.form?.kind).toBe('hubei-scored');
  });

  describe('a block of 90 points (年度绩效目标(90分))', () => {
    const block = (header: CellValue[], row: CellValue[]): CellValue[][] => [
      ['项目名称', '某项目', null, null, null, null, null, null],
      ['年度绩效目标(90分)', ...header],
      [null, ...row],
    ];

    it('is the Sichuan layout with a comparator and a unit column beside it', () => {
      const r = check(gridFromValues('S', block(['一级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '分值'], ['产出指标', '培训人次', '≥', 500, '人次', 520, 90]), ['A2:A3']));
      expect(r.form?.kind).toBe('sichuan-project');
    });

    it('near miss: without a comparator column it is the national layout (the points alone are no province’s)', () => {
      const r = check(gridFromValues('S', block(['一级指标', '三级指标', '指标值', '完成值', '分值', '得分', null], ['产出指标', '培训人次', '≥500人次', '520人次', 90, 90, null]), ['A2:A3']));
      expect(r.form?.kind).toBe('national-project');
    });
  });

  it('a column saying how a target was calculated (三级指标测算依据) is no 取值依据: the form stays national', () => {
    const r = check(
      gridFromValues('S', [
        ['项目名称', '某项目', null, null, null, null],
        ['一级指标', '二级指标', '三级指标', '绩效指标值', '实际完成值', '三级指标测算依据'],
        ['产出指标', '数量指标', '支持项目数量', '≥5个', '5个', '按批复文件'],
      ]),
    );
    expect(r.form?.kind).toBe('national-project');
  });
});
