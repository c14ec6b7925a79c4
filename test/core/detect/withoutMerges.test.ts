import { checkSheet, GridData, gridFromValues } from '../../../src/core';
import { nationalForm } from '../../support/nationalForm';
import { single } from '../../support/issues';

/**
 * A form typed without merges: labels that spanned several columns or rows in the template stand in
 * their first cell, the cells they covered are empty. The checker reads it as the merged form.
 */
const withoutMerges = (g: GridData): GridData => ({ ...g, merges: [] });
const findings = (g: GridData) => single(checkSheet(g)).issues.map((i) => `${i.rule}@${i.cell}`).sort();

describe('a form typed without merges', () => {
  it('gives the findings of the same form with its merges', () => {
    const f = nationalForm();
    expect(findings(withoutMerges(f.grid))).toEqual(findings(f.grid));
  });

  it('reads a header value past the empty cell a label spanned (项目名称 | | 某项目)', () => {
    const g = gridFromValues('Sheet1', [
      ['项目名称', null, '农村道路养护', null, '主管部门', null, '交通运输局'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '养护里程', '≥100公里', '100公里', 50, 50],
    ]);
    const report = single(checkSheet(g));
    expect(report.project?.name).toBe('农村道路养护');
    expect(report.issues.filter((i) => i.rule === 'field-empty' && i.cell === 'B1')).toEqual([]);
  });

  it('still calls a field empty when the next filled cell is another label (项目名称 | | 主管部门)', () => {
    const g = gridFromValues('Sheet1', [
      ['项目名称', null, '主管部门', '交通运输局'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '养护里程', '≥100公里', '100公里', 50, 50],
    ]);
    const report = single(checkSheet(g));
    expect(report.issues.filter((i) => i.rule === 'field-empty').map((i) => i.cell)).toContain('B1');
  });

  it('still calls a field empty when the next filled cell is a label the form does not know (项目名称 | | 金额单位：万元)', () => {
    const g = gridFromValues('Sheet1', [
      ['项目名称', null, '金额单位：万元', null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '养护里程', '≥100公里', '100公里', 50, 50],
    ]);
    const report = single(checkSheet(g));
    expect(report.project?.name ?? null).toBeNull();
    expect(report.issues.filter((i) => i.rule === 'field-empty').map((i) => i.cell)).toContain('B1');
  });

  it('says an unknown first level once, where it is typed, not on every row it carries on to', () => {
    const g = gridFromValues('Sheet1', [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['项目产出', '数量指标', '养护里程', '≥100公里', '100公里', 25, 25],
      [null, null, '养护路段', '≥10段', '10段', 25, 25],
      [null, '质量指标', '验收合格率', '100%', '100%', 25, 25],
    ]);
    const unknown = single(checkSheet(g)).issues.filter((i) => i.rule === 'level1-unknown');
    expect(unknown.map((i) => i.cell)).toEqual(['A2']);
  });

  it('reads a budget amount past the empty cell its label spanned (预算数 | | 6.84)', () => {
    const g = gridFromValues('Sheet1', [
      ['项目名称', '农村道路养护'],
      ['预算安排情况', null, null, '资金执行情况', null, null],
      ['预算数', null, 6.84, '执行数', null, 6.84],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '养护里程', '≥100公里', '100公里', 50, 50],
    ]);
    const report = single(checkSheet(g));
    expect(report.budget?.executed).toBe(6.84);
    expect(report.issues.filter((i) => i.rule === 'budget-value-invalid')).toEqual([]);
  });

  it('reads a level name alone in the name column as a heading, not an indicator left empty', () => {
    const g = gridFromValues('Sheet1', [
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '1.数量目标', null, null, null, null],
      [null, '养护里程', '≥100公里', '100公里', 50, 50],
    ]);
    const report = single(checkSheet(g));
    expect(report.indicators.map((i) => i.name)).toEqual(['养护里程']);
    expect(report.issues.filter((i) => i.rule === 'indicator-field-empty')).toEqual([]);
  });

  it('still reads a named indicator with its fields left empty as an indicator (near miss)', () => {
    const g = gridFromValues('Sheet1', [
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '养护路段数量', null, null, null, null],
      [null, '养护里程', '≥100公里', '100公里', 50, 50],
    ]);
    const report = single(checkSheet(g));
    expect(report.issues.filter((i) => i.rule === 'indicator-field-empty').length).toBeGreaterThan(0);
  });

  describe('a two-row header: a group label over the level columns, the other labels in the row above', () => {
    const rows = (above: (string | null)[]) =>
      gridFromValues('Sheet1', [
        ['项目名称', '某项目', null, null, null, null, null],
        above,
        ['一级指标', '二级指标', '三级指标', null, null, null, null],
        ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 50, 50],
        ['效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 40, 40],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, 10],
      ]);

    it('reads the labels of the row above over the columns the name row leaves empty', () => {
      const r = single(checkSheet(rows(['绩效指标', null, null, '年度指标值', '实际完成值', '分值', '得分'])));
      expect(r.form?.kind).toBe('national-project');
      expect(r.indicators.map((i) => [i.met, i.weight, i.statedScore])).toEqual([
        [true, 50, 50],
        [true, 40, 40],
        [true, 10, 10],
      ]);
      expect(r.issues.filter((i) => i.rule === 'form-not-found' || i.rule === 'column-missing')).toEqual([]);
    });

    it('near miss: one stray label above (a note) is no header part', () => {
      const r = checkSheet(rows([null, null, null, '实际完成值', null, null, null]));
      expect(r.every((x) => x.indicators.length === 0)).toBe(true);
    });
  });

  it('reads a second header row of labels only (评分 over 分值 | 得分) as part of the header, not as an indicator', () => {
    const g = gridFromValues('Sheet1', [
      ['项目名称', '某项目', null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '评分', null],
      [null, null, null, null, null, '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 50, 50],
      ['效益指标', '社会效益指标', '就业人数', '≥80人', '85人', 40, 40],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, 10],
    ]);
    const r = single(checkSheet(g));
    expect(r.indicators.map((i) => [i.weight, i.statedScore])).toEqual([
      [50, 50],
      [40, 40],
      [10, 10],
    ]);
    expect(r.issues.filter((i) => i.rule === 'indicator-field-empty')).toEqual([]);
  });

  describe('an empty column inserted into the form (as Excel inserts one: merges across it widen)', () => {
    const insertColumn = (g: GridData, at: number): GridData => ({
      ...g,
      cells: g.cells.map((row) => (row ? [...row.slice(0, at), null, ...row.slice(at)] : row)),
      merges: g.merges.map((m) => ({ ...m, left: m.left >= at ? m.left + 1 : m.left, right: m.right >= at ? m.right + 1 : m.right })),
    });

    it.each([1, 3, 5, 7])('gives the findings of the form as it was (column %i)', (at) => {
      const f = nationalForm();
      const sig = (g: GridData) => single(checkSheet(g)).issues.map((i) => `${i.rule}:${i.severity}`).sort();
      expect(sig(insertColumn(f.grid, at))).toEqual(sig(f.grid));
    });

    it('near miss: a header field whose value is truly empty is still said (项目名称 | | empty merged slot)', () => {
      const f = nationalForm({ projectName: null });
      expect(single(checkSheet(insertColumn(f.grid, 1))).issues.filter((i) => i.rule === 'field-empty' && i.severity === 'error')).toHaveLength(1);
    });
  });

  it('reads a numbered narrative past an empty column as the value (年度总体目标 | | 目标1：…), not as a label', () => {
    const g = gridFromValues(
      'Sheet1',
      [
        ['项目名称', null, '某项目', null, null, null, null],
        ['年度总体目标', null, '目标1：支持农村金融组织体系建设，扩大农村金融服务覆盖面；目标2：支持小微企业融资发展。', null, null, null, null],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 50, 50],
      ],
      ['C1:G1', 'C2:G2'],
    );
    expect(single(checkSheet(g)).issues.filter((i) => i.rule === 'field-empty')).toEqual([]);
  });
});
