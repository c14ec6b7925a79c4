import { checkSheet } from '../../src/core';
import { departmentForm } from '../support/departmentForm';
import { jingmenGrid } from '../support/fixtures';
import { hubeiScoredForm, HUBEI_BLOCK_1, HUBEI_BLOCK_2, withHubeiIndicator } from '../support/hubeiScoredForm';
import { check, expectNoIssue, single } from '../support/issues';
import { nationalForm, withIndicator } from '../support/nationalForm';
import { sichuanForm } from '../support/sichuanForm';

/** rules.md "Computations". */
describe('computations', () => {
  describe('execution rate', () => {
    it('uses the adjusted budget when the form has one', () => {
      const r = check(nationalForm({ budget: [500, 600, 480, 10, '80%', 8], subRows: [] }).grid);
      expect(r.budget).toMatchObject({ original: 500, adjusted: 600, executed: 480, rate: 0.8, score: 8 });
    });

    it('uses the original budget only when there is no adjusted column (department), where it can exceed 100%', () => {
      const r = check(departmentForm({ adjustedColumn: false, budget: [500, null, 520, 10, 10], subRows: [] }).grid);
      expect(r.budget).toMatchObject({ adjusted: null, original: 500, executed: 520, rate: 1.04, score: 10 });
    });

    it('is exact: 0.1 + 0.2 executed of 0.3 is exactly 100%, not over budget', () => {
      const f = nationalForm({
        budget: [0.3, 0.3, 0.1 + 0.2, 10, null, null],
        subRows: [['其中：当年财政拨款', 0.1, 0.1, 0.1], ['上年结转资金', 0.2, 0.2, 0.2]],
        totalScore: null,
      });
      const r = check(f.grid);
      expect(r.budget).toMatchObject({ executed: 0.3, rate: 1, score: 10 });
      expectNoIssue(r, 'over-budget');
      expect(r.writes).toContainEqual(expect.objectContaining({ cell: f.at.rate, value: 1 }));
      expect(r.total?.score).toBe(100);
    });

    it('is exact: 125.25 of 150 is 83.5%, scoring 8.35', () => {
      const r = check(nationalForm({ budget: [150, 150, 125.25, 10, '83.5%', 8.35], subRows: [], totalScore: 98.35 }).grid);
      expect(r.budget).toMatchObject({ rate: 0.835, score: 8.35 });
      expectNoIssue(r, 'execution-score-mismatch');
      expectNoIssue(r, 'total-mismatch');
    });

    it('rounds only for display: 2 of 3 shows as 66.67%', () => {
      const r = check(nationalForm({ budget: [3, 3, 2, 10, null, null], subRows: [], totalScore: null }).grid);
      expect(r.issues.find((i) => i.rule === 'execution-rate-empty')?.message).toContain('66.67%');
      expect(r.budget?.score).toBe(6.67);
    });
  });

  describe('attainment', () => {
    const ind = (patch: Parameters<typeof withIndicator>[1], settings = {}) =>
      check(nationalForm({ indicators: withIndicator(1, { deviation: '原因说明', ...patch }) }).grid, settings).indicators[1];

    it('≥: B ÷ A when not met', () => {
      expect(ind({ target: '≥95%', actual: '76%' })).toMatchObject({ met: false, attainment: 0.8, score: 12 });
    });

    it('≤ under ratio (default): A ÷ B', () => {
      expect(ind({ name: '返工率', target: '≤2%', actual: '2.5%' })).toMatchObject({ met: false, attainment: 0.8, score: 12 });
    });

    it('≤ under linear: 1 − (B − A) ÷ A', () => {
      expect(ind({ name: '返工率', target: '≤2%', actual: '2.5%' }, { lowerIsBetter: 'linear' })).toMatchObject({ attainment: 0.75, score: 11.25 });
    });

    it('≤ under linear is floored at 0', () => {
      expect(ind({ name: '返工率', target: '≤2%', actual: '5%' }, { lowerIsBetter: 'linear' })).toMatchObject({ met: false, score: 0 });
    });

    it('A = 0: ≥ 0 is met by any B ≥ 0; ≤ 0 is met only by B ≤ 0, else attainment 0', () => {
      expect(ind({ name: '新增投诉数', target: '≥0件', actual: '0件' })).toMatchObject({ met: true, score: 15 });
      expect(ind({ name: '安全事故数', target: '≤0起', actual: '0起' })).toMatchObject({ met: true, score: 15 });
      expect(ind({ name: '安全事故数', target: '≤0起', actual: '1起' })).toMatchObject({ met: false, score: 0 });
    });

    it('the indicator score has two decimals: 15 × 90/95 = 14.21', () => {
      expect(ind({ target: '≥95%', actual: '90%' })).toMatchObject({ score: 14.21 });
    });
  });

  describe('qualitative score ranges: national 80 / 60, hubei 80 / 50', () => {
    const qual = (actual: string, settings = {}) =>
      check(nationalForm({ indicators: withIndicator(5, { actual, score: null, deviation: '管护制度尚在完善' }), totalScore: null }).grid, settings).indicators[5];

    it('met: the full weight is written', () => {
      expect(qual('达成年度指标')).toMatchObject({ met: true, score: 15, scoreRange: null });
    });

    it('partly met: [60%, 80%) of 15 under national, [50%, 80%) under hubei', () => {
      expect(qual('部分达成')).toMatchObject({ met: false, score: null, scoreRange: [9, 12] });
      expect(qual('部分达成', { policy: 'hubei' })).toMatchObject({ scoreRange: [7.5, 12] });
    });

    it('not met: [0, 60%) of 15 under national, [0, 50%) under hubei', () => {
      expect(qual('未达成')).toMatchObject({ scoreRange: [0, 9] });
      expect(qual('未达成', { policy: 'hubei' })).toMatchObject({ scoreRange: [0, 7.5] });
    });

    it('the hubei-scored form uses the hubei bands by default', () => {
      const h = hubeiScoredForm({ blocks: [HUBEI_BLOCK_1, withHubeiIndicator(HUBEI_BLOCK_2, 1, { actual: '部分达成', score: null })], totalScore: null });
      expect(check(h.grid).indicators[5]).toMatchObject({ weight: 20, scoreRange: [10, 16] });
    });
  });

  describe('total and grade', () => {
    // Qualitative 工程长效运行 not met, scored s by the person (in [0, 9)); everything else full marks: 85 + s.
    const total = (s: number, patch: Parameters<typeof nationalForm>[0] = {}) =>
      check(
        nationalForm({
          budget: [150, 150, 150, 10, '100%', 10],
          subRows: [],
          ...patch,
          indicators: withIndicator(5, { actual: '未达成', score: s, deviation: '管护经费未落实' }, patch.indicators),
          totalScore: null,
        }).grid,
      ).total;

    it('execution score + indicator scores', () => {
      expect(total(5)).toMatchObject({ weight: 100, score: 90, grade: '优' });
    });

    it('grades are half-open: 89.99 is 良', () => {
      expect(total(4.99)).toMatchObject({ score: 89.99, grade: '良' });
    });

    it('80 is 良, 79.99 is 中', () => {
      const lower = withIndicator(4, { actual: '2万人', deviation: '部分村组管网未通水' }); // 受益人口 15 × 2/3 = 10
      expect(total(0, { indicators: lower })).toMatchObject({ score: 80, grade: '良' });
      expect(total(0, { indicators: lower, budget: [100, 100, 99.9, 10, '99.9%', 9.99] })).toMatchObject({ score: 79.99, grade: '中' });
    });
  });

  describe('policies follow the form kind, and the person can override them', () => {
    it('national 10, hubei 20, sichuan 10 points of execution', () => {
      expect(check(nationalForm().grid)).toMatchObject({ form: { policy: 'national' }, budget: { weight: 10 } });
      expect(check(jingmenGrid())).toMatchObject({ form: { policy: 'hubei' }, budget: { weight: 20 } });
      expect(check(sichuanForm().grid)).toMatchObject({ form: { policy: 'sichuan' }, budget: { weight: 10 } });
      expect(check(departmentForm().grid)).toMatchObject({ form: { kind: 'department', policy: 'national' } });
    });

    it('an override changes the policy, not the form kind', () => {
      expect(single(checkSheet(jingmenGrid(), { policy: 'national' })).form).toMatchObject({ kind: 'hubei-project', policy: 'national' });
      expect(single(checkSheet(jingmenGrid(), { policy: 'national' })).budget?.weight).toBe(10);
    });
  });
});
