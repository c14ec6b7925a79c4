import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm, withSichuanIndicator } from '../../support/sichuanForm';
import { rowsUntil } from '../../support/stackGrids';

/**
 * rules.md `weights-split-unusual` (warning): first-level weights differ from the policy's split
 * (national: 产出 50 — 成本 counted with 产出 when it is its own block — 效益 30, 满意度 10).
 */
describe('weights-split-unusual', () => {
  // 新建供水管网长度 (产出) 15 → 10, 受益人口 (效益) 15 → 20: 产出 45, 效益 35.
  const shifted = () => nationalForm({ indicators: withIndicator(4, { weight: 20, score: 20 }, withIndicator(0, { weight: 10, score: 10 })) });

  it('fires on each first level off the split, at its 一级 cell, naming the level, its sum and the policy value', () => {
    const f = shifted();
    const r = check(f.grid);
    const output = theIssue(r, 'weights-split-unusual', f.at.indicator(0, 'level1'));
    expect(output.severity).toBe('warning');
    expect(output.message).toContain('产出指标');
    expect(output.message).toContain('45');
    expect(output.message).toContain('50');
    const benefit = theIssue(r, 'weights-split-unusual', f.at.indicator(4, 'level1'));
    expect(benefit.message).toContain('效益指标');
    expect(benefit.message).toContain('35');
    expect(benefit.message).toContain('30');
    expect(issuesOf(r, 'weights-split-unusual')).toHaveLength(2);
  });

  it('near miss: 成本指标 as its own first-level block counts with 产出', () => {
    const f = nationalForm({ indicators: withIndicator(3, { level1: '成本指标', level2: '经济成本指标' }) });
    expectNoIssue(check(f.grid), 'weights-split-unusual');
  });

  it('near miss: the sichuan policy sets no split', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(4, { weight: 40, score: 40 }, withSichuanIndicator(0, { weight: 10, score: 10 })) });
    expectNoIssue(check(s.grid), 'weights-split-unusual');
  });

  it('fires on the same sichuan form checked under the national policy', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(4, { weight: 40, score: 40 }, withSichuanIndicator(0, { weight: 10, score: 10 })) });
    expect(issuesOf(check(s.grid, { policy: 'national' }), 'weights-split-unusual')).toHaveLength(2);
  });

  describe('on a form cut off before its total row', () => {
    const cut = (f: ReturnType<typeof nationalForm>) => rowsUntil(f.grid, f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '总分')));

    it('fires on a first level already above its share (产出 55 of 50)', () => {
      const r = check(cut(nationalForm({ indicators: withIndicator(0, { weight: 20, score: 20 }) })));
      expect(issuesOf(r, 'weights-split-unusual').map((i) => i.message).join()).toContain('55');
    });

    it('near miss: a first level below its share on a cut form is not judged (产出 45 of 50)', () => {
      expectNoIssue(check(cut(nationalForm({ indicators: withIndicator(0, { weight: 10, score: 10 }) }))), 'weights-split-unusual');
    });
  });

  describe('from the points first-level labels state, where the 分值 column is not complete', () => {
    const withLabel = (label: string) =>
      nationalForm({ indicators: withIndicator(6, { level1: label }, withIndicator(0, { weight: null, score: 15 })) });

    it('fires on 满意度指标(20分) against the policy\'s 10', () => {
      const r = check(withLabel('满意度指标(20分)').grid);
      const found = issuesOf(r, 'weights-split-unusual');
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain('20');
    });

    it('near miss: 满意度指标(10分) is the policy\'s share', () => {
      expectNoIssue(check(withLabel('满意度指标(10分)').grid), 'weights-split-unusual');
    });
  });
});
