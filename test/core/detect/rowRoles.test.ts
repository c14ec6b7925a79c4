import { endOf } from '../../../src/core/detect/rowRoles';
import { DEFAULT_INDICATORS, nationalForm, withIndicator } from '../../support/nationalForm';
import { check } from '../../support/issues';
import { stackGrids } from '../../support/stackGrids';
import { CellValue, checkSheet, gridFromValues } from '../../../src/core';

/** Rows that are no indicators (issue 8): footers, notes, signatures and dates end an indicator block. */
describe('rows that end an indicator block', () => {
  it.each([
    ['备注：1.预算执行率=执行数/预算数', 'note'],
    ['填表说明', 'note'],
    ['说明', 'note'],
    ['联系人', 'note'],
    ['联系电话:略', 'note'],
    ['填报人:某某', 'note'],
    ['项目负责人:查小兵', 'note'],
    ['2023年3月20日', 'note'],
    ['其他需要说明事项', 'section'],
    ['需说明的问题', 'note'],
    ['总分', 'total'],
    ['合计', 'total'],
    ['评价结论', 'section'],
    ['部门预算项目支出绩效自评表(2023年度)', 'section'],
    ['项目名称', 'section'],
    ['单位:万元', 'note'],
    ['金额单位:元', 'note'],
    ['单位(万元)', 'note'],
  ])('%s → %s', (label, end) => {
    expect(endOf(label)).toBe(end);
  });

  it.each(['电话回访率', '说明书发放数量', '填报及时率', '存在问题整改率', '需求响应及时率', '单位面积成本', '单位:平方米'])('near miss: an indicator named %s in the name column', (name) => {
    expect(endOf(name, true)).toBeNull();
  });

  it('the next form’s unit line (unit code and name | 单位：万元) is no level label of the form above', () => {
    const form = (name: string): CellValue[][] => [
      ['项目名称', name, null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'],
      ['产出指标', '数量指标', '维修面积', '≥400平方米', '420平方米'],
      ['效益指标', '可持续影响指标', '消除安全隐患', '持续影响', '达成年度指标'],
      ['满意度指标', '服务对象满意度指标', '干警满意度', '≥95%', '96%'],
    ];
    const rows = [...form('安全隐患维修'), ['207101某县人民法院', '单位：万元', null, null, null], ...form('办案业务费')];
    const reports = checkSheet(gridFromValues('S', rows));
    expect(reports).toHaveLength(2);
    expect(reports[0].indicators).toHaveLength(3);
    expect(reports.flatMap((r) => r.issues).filter((i) => i.rule === 'level1-unknown' || i.rule === 'empty-group')).toEqual([]);
  });

  it('a signature line under the total row is no indicator and no level label', () => {
    const f = nationalForm();
    const grid = stackGrids([f.grid, gridFromValues('x', [['填报人:', null, null, '联系电话:', null, null, null, null, null]])], 0);
    const r = check(grid);
    expect(r.indicators).toHaveLength(7);
    expect(r.issues.filter((i) => i.rule === 'level1-unknown')).toEqual([]);
  });

  it('near miss: an indicator named 电话回访满意率 is read as an indicator', () => {
    const f = nationalForm({ indicators: withIndicator(6, { name: '电话回访满意率' }) });
    expect(check(f.grid).indicators.map((i) => i.name)).toContain('电话回访满意率');
  });

  describe('template slots marked empty with a dash', () => {
    const dashRow = { level1: '产出指标', level2: '-', name: '-', target: null, actual: null, weight: null, score: null };

    it('a row holding only dashes is no indicator and raises nothing', () => {
      const f = nationalForm({ indicators: [...DEFAULT_INDICATORS.slice(0, 1), dashRow, ...DEFAULT_INDICATORS.slice(1)] });
      const r = check(f.grid);
      expect(r.indicators.map((i) => i.name)).not.toContain('-');
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });

    it('near miss: a row named - with a target and an actual is still read', () => {
      const f = nationalForm({ indicators: [...DEFAULT_INDICATORS.slice(0, 1), { ...dashRow, level2: '数量指标', target: '≥5个', actual: '6个', weight: 0, score: 0 }, ...DEFAULT_INDICATORS.slice(1)] });
      expect(check(f.grid).indicators.map((i) => i.name)).toContain('-');
    });
  });

  describe('a total label right of the name column', () => {
    const header: CellValue[] = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const body: CellValue[][] = [
      ['项目名称', '某项目', null, null, null, null, null],
      header,
      ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 60, 60],
      ['效益指标', '社会效益指标', '就业率', '≥80%', '85%', 30, 30],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, 9],
    ];

    it('makes the row the total row, beside a note on its left', () => {
      const r = check(gridFromValues('S', [...body, ['其他需要说明事项', '无', null, null, '总分', 100, 99]], ['B6:D6']));
      expect(r.indicators).toHaveLength(3);
      expect(r.total).toMatchObject({ statedScore: 99, cell: 'G6' });
      expect(r.issues.filter((i) => i.rule === 'form-incomplete')).toEqual([]);
    });

    it('finds a stated total that differs from the scores', () => {
      const r = check(gridFromValues('S', [...body, ['其他需要说明事项', '无', null, null, '总分', 100, 96]], ['B6:D6']));
      expect(r.issues.filter((i) => i.rule === 'total-mismatch').map((i) => i.cell)).toEqual(['G6']);
    });

    it('near miss: 合计 as a target or actual text inside an indicator row is no total label', () => {
      const r = check(gridFromValues('S', [...body.slice(0, 4), ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '合计95%', 10, 9]]));
      expect(r.indicators.map((i) => i.name)).toContain('学员满意度');
    });
  });

  it('a footer whose text is merged across the level and name columns ends the block, whatever its label', () => {
    const f = nationalForm();
    const total = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '总分'));
    const cells = f.grid.cells.slice(0, total).map((r) => r.map((c) => (c ? { ...c } : c)));
    const footerRow = cells.length;
    cells.push([{ value: '主要做法' }, { value: '加强项目管理，按时完成建设任务。' }, null, null, null, null, null, null, null]);
    const merges = [...f.grid.merges.filter((m) => m.bottom < total), { top: footerRow, left: 1, bottom: footerRow, right: 8 }];
    const r = check({ ...f.grid, cells, merges });
    expect(r.indicators).toHaveLength(7);
    expect(r.issues.filter((i) => i.rule === 'level1-unknown' || i.rule === 'indicator-field-empty')).toEqual([]);
  });

  it('near miss: a first level merged down its rows (not across) is a level label', () => {
    expect(check(nationalForm().grid).indicators[0].level1).toBe('产出指标');
  });
});
