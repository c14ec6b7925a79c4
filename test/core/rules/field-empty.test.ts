import { departmentForm } from '../../support/departmentForm';
import { jingmenGrid, withCell } from '../../support/fixtures';
import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm } from '../../support/nationalForm';
import { CellValue, gridFromValues } from '../../../src/core';

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

  describe('项目基本情况 in numbered parts (1.项目年度目标完成情况 … 2.项目实施内容及过程概述 …)', () => {
    const rows: CellValue[][] = [
      ['项目名称', '某项目', null, null, null, null, null],
      ['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', null, '年度目标完成情况', null, null],
      [null, null, '完成设备采购', null, '已完成采购', null, null],
      [null, '2.项目实施内容及过程概述', null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '采购设备数', '≥13台', '13台', 100, 100],
    ];
    const merges = ['A2:A4', 'B2:B3', 'C2:D2', 'E2:G2', 'C3:D3', 'E3:G3', 'C4:G4'];

    it('fires on an empty part, naming it', () => {
      const i = theIssue(check(gridFromValues('S', rows, merges)), 'field-empty', 'C4');
      expect(i).toMatchObject({ severity: 'error' });
      expect(i.message).toContain('项目实施内容及过程概述');
    });

    it('near miss: the part filled in', () => {
      const filled = rows.map((r, k) => (k === 3 ? [null, '2.项目实施内容及过程概述', '购买13台电脑并完成支付', null, null, null, null] : r));
      expectNoIssue(check(gridFromValues('S', filled, merges)), 'field-empty');
    });

    it('near miss: the goal pair filled in, past an empty column inserted between the parts and their texts', () => {
      const wide = rows.map((r) => [r[0], r[1], null, ...r.slice(2)]);
      const shifted = merges.map((m) => m.replace(/[C-G](?=\d)/g, (c) => String.fromCharCode(c.charCodeAt(0) + 1)));
      const r = check(gridFromValues('S', wide, shifted));
      expect(issuesOf(r, 'field-empty').map((i) => i.message)).toEqual([expect.stringContaining('项目实施内容及过程概述')]);
      // Said at the empty part's own (merged) slot, not at the inserted column before it.
      expect(issuesOf(r, 'field-empty')[0].cell).toBe('D4');
    });

    it('fires on the empty part past an empty column inserted between the field and its parts', () => {
      const wide = rows.map((r) => [r[0], null, ...r.slice(1)]);
      const shifted = merges.map((m) => m.replace(/[A-G](?=\d)/g, (c) => (c === 'A' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1))));
      expect(theIssue(check(gridFromValues('S', wide, shifted)), 'field-empty', 'D4').message).toContain('项目实施内容及过程概述');
    });
  });
});
