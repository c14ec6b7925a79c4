import { HUBEI_BLOCK_1, HUBEI_BLOCK_2, hubeiScoredForm } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm, withSichuanIndicator } from '../../support/sichuanForm';
import { rowsUntil } from '../../support/stackGrids';

/** rules.md `weights-total` (error): the weights (execution + indicators) do not add up to 100. */
describe('weights-total', () => {
  it('fires on a national form adding up to 105, at the 总分 分值 cell, naming the sum', () => {
    const f = nationalForm({ indicators: withIndicator(0, { weight: 20, score: 20 }), totalScore: 104.87 });
    const i = theIssue(check(f.grid), 'weights-total', f.at.totalWeight);
    expect(i.severity).toBe('error');
    expect(i.message).toContain('105');
  });

  it('counts the execution weight: 20 + 90 = 110', () => {
    const f = nationalForm({ budget: [150, 150, 148, 20, '98.67%', 19.73], totalScore: 109.73 });
    expect(theIssue(check(f.grid), 'weights-total').message).toContain('110');
  });

  it('fires on a sichuan form adding up to 99', () => {
    const s = sichuanForm({ indicators: withSichuanIndicator(3, { weight: 4, score: 4 }), totalScore: 98.5 });
    expect(theIssue(check(s.grid), 'weights-total').message).toContain('99');
  });

  it('fires on a hubei-scored form whose blocks are worth 40 + 30 (with 20 for execution: 90)', () => {
    const block2 = { ...HUBEI_BLOCK_2, points: 30, indicators: HUBEI_BLOCK_2.indicators.map((i) => ({ ...i, score: 15 })) };
    const h = hubeiScoredForm({ blocks: [HUBEI_BLOCK_1, block2], totalScore: 90 });
    expect(theIssue(check(h.grid), 'weights-total').message).toContain('90');
  });

  it('fires on the block whose full marks on met indicators exceed its own points (40 under 30分)', () => {
    const h = hubeiScoredForm({ blocks: [HUBEI_BLOCK_1, { ...HUBEI_BLOCK_2, points: 30 }], totalScore: 100 });
    const i = theIssue(check(h.grid), 'weights-total', h.at.blockLabel(1));
    expect(i.message).toContain('40');
    expect(i.message).toContain('30');
  });

  it('fires on first-level points that do not add up to their block’s (60 + 40 under 80分)', () => {
    const b = {
      points: 80,
      indicators: [
        { level1: '产出指标(60分)', level2: '数量指标', name: '改造小区数量', target: '≥20个', actual: '21个', score: 60 },
        { level1: '效益指标(40分)', level2: '社会效益指标', name: '惠及居民户数', target: '≥3000户', actual: '3200户', score: 40 },
      ],
    };
    const h = hubeiScoredForm({ blocks: [b], totalScore: 120 });
    expect(theIssue(check(h.grid), 'weights-total', h.at.blockLabel(0)).message).toContain('80');
  });

  it('near miss: weights moved between indicators of one level still add up to 100', () => {
    const f = nationalForm({ indicators: withIndicator(1, { weight: 10, score: 10 }, withIndicator(0, { weight: 20, score: 20 })) });
    expectNoIssue(check(f.grid), 'weights-total');
  });

  it('near miss: the clean forms', () => {
    expectNoIssue(check(nationalForm().grid), 'weights-total');
    expectNoIssue(check(sichuanForm().grid), 'weights-total');
    expectNoIssue(check(hubeiScoredForm().grid), 'weights-total');
  });

  describe('on a form cut off before its total row', () => {
    const cut = (weight: number) => {
      const f = nationalForm({ indicators: withIndicator(0, { weight, score: weight }) });
      const totalRow = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '总分'));
      return rowsUntil(f.grid, totalRow);
    };

    it('fires when the weights that are there already exceed 100 (the rows cut off can only add)', () => {
      const i = theIssue(check(cut(30)), 'weights-total');
      expect(i.message).toContain('115');
    });

    it('near miss: weights below 100 on a cut form are not judged', () => {
      expectNoIssue(check(cut(5)), 'weights-total');
    });
  });
});
