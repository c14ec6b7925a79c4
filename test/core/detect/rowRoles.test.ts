import { endOf } from '../../../src/core/detect/rowRoles';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { check } from '../../support/issues';
import { stackGrids } from '../../support/stackGrids';
import { gridFromValues } from '../../../src/core';

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
    ['总分', 'total'],
    ['合计', 'total'],
    ['评价结论', 'section'],
    ['部门预算项目支出绩效自评表(2023年度)', 'section'],
    ['项目名称', 'section'],
  ])('%s → %s', (label, end) => {
    expect(endOf(label)).toBe(end);
  });

  it.each(['电话回访率', '说明书发放数量', '填报及时率', '存在问题整改率'])('near miss: an indicator named %s in the name column', (name) => {
    expect(endOf(name, true)).toBeNull();
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
});
