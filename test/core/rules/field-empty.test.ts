import { departmentForm } from '../../support/departmentForm';
import { jingmenGrid, withCell } from '../../support/fixtures';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';

/**
 * rules.md `field-empty`: 项目名称 and the 年度总体目标 / 项目基本情况 narratives are errors;
 * 主管部门, 实施单位, 单位名称, 填报日期, 项目总预算 are warnings.
 */
describe('field-empty', () => {
  describe('errors', () => {
    it('项目名称 empty', () => {
      const f = nationalForm({ projectName: null });
      const i = theIssue(check(f.grid), 'field-empty', f.at.projectName);
      expect(i.severity).toBe('error');
      expect(i.message).toContain('项目名称');
    });

    it('项目名称 of white space only', () => {
      const f = nationalForm({ projectName: '  \n ' });
      expect(theIssue(check(f.grid), 'field-empty', f.at.projectName).severity).toBe('error');
    });

    it('年度总体目标: 预期目标 empty (below the budget block, as in the national template)', () => {
      const f = nationalForm({ goalPlanned: null });
      const i = theIssue(check(f.grid), 'field-empty', f.at.goalPlanned);
      expect(i.severity).toBe('error');
      expect(i.message).toContain('预期目标');
    });

    it('年度总体目标: 实际完成情况 empty', () => {
      const f = nationalForm({ goalActual: null });
      const i = theIssue(check(f.grid), 'field-empty', f.at.goalActual);
      expect(i.severity).toBe('error');
      expect(i.message).toContain('实际完成情况');
    });

    it('年度总体目标 of a department form (年初设定目标) empty', () => {
      const f = departmentForm({ goalPlanned: null });
      expect(theIssue(check(f.grid), 'field-empty', f.at.goalPlanned).severity).toBe('error');
    });

    it('项目基本情况 empty (hubei-project)', () => {
      const i = theIssue(check(withCell(jingmenGrid(), 'B9', null)), 'field-empty', 'B9');
      expect(i.severity).toBe('error');
      expect(i.message).toContain('项目基本情况');
    });
  });

  describe('warnings', () => {
    it('主管部门 empty', () => {
      const f = nationalForm({ department: null });
      const i = theIssue(check(f.grid), 'field-empty', 'B4');
      expect(i.severity).toBe('warning');
      expect(i.message).toContain('主管部门');
    });

    it('实施单位 empty', () => {
      const f = nationalForm({ implementer: null });
      const i = theIssue(check(f.grid), 'field-empty', 'F4');
      expect(i.severity).toBe('warning');
      expect(i.message).toContain('实施单位');
    });

    it('单位名称 empty (the worked example: 单位名称(盖章): with nothing after the colon)', () => {
      const i = theIssue(check(jingmenGrid()), 'field-empty', 'A2');
      expect(i.severity).toBe('warning');
      expect(i.message).toContain('单位名称');
    });

    it('填报日期 empty', () => {
      const i = theIssue(check(withCell(jingmenGrid(), 'E2', '填报日期:')), 'field-empty', 'E2');
      expect(i.severity).toBe('warning');
      expect(i.message).toContain('填报日期');
    });

    it('项目总预算 empty', () => {
      const i = theIssue(check(withCell(jingmenGrid(), 'B5', null)), 'field-empty', 'B5');
      expect(i.severity).toBe('warning');
      expect(i.message).toContain('项目总预算');
    });
  });

  describe('near misses', () => {
    it('a filled national header raises nothing', () => {
      expectNoIssue(check(nationalForm().grid), 'field-empty');
    });

    it('单位名称 filled after its colon', () => {
      expectNoIssue(check(withCell(jingmenGrid(), 'A2', '单位名称(盖章):荆门市12345热线服务中心')), 'field-empty');
    });

    it('a narrative of one character is not empty', () => {
      expectNoIssue(check(nationalForm({ goalActual: '无' }).grid), 'field-empty');
    });
  });
});
