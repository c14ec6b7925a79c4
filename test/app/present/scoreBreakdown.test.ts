import { scoreBreakdown } from '../../../src/app/present/scoreBreakdown';
import type { IndicatorReport, SheetReport } from '../../../src/core/report/reportSchema';
import { checkSheet } from '../../../src/core';
import { sampleReport } from '../../../src/taskpane/testing/sampleReport';
import { jingmenGrid } from '../../support/fixtures';

const zh = { locale: 'zh-CN' as const, lowerIsBetter: 'ratio' as const };

function withIndicator(over: Partial<IndicatorReport>, report: Partial<SheetReport> = {}): SheetReport {
  const base = sampleReport().indicators[1];
  return sampleReport({ indicators: [{ ...base, ...over }], ...report });
}

describe('score breakdown', () => {
  it('explains an unmet ≥ target as weight × actual ÷ target', () => {
    const [, row] = scoreBreakdown(withIndicator({ weight: 20, score: 19.6, attainment: 0.98, actual: { text: '98%', value: 98, unit: '%', band: null } }), zh).rows;
    expect(row).toMatchObject({ name: '坐席人员服务满意率', weight: '20', score: '19.6', attainment: '98%', how: '20 × 98% ÷ 100% = 19.6', status: 'not-met' });
  });

  it('explains an unmet ≤ target by the policy chosen (ratio or linear)', () => {
    const cost = { target: { text: '≤400万元', op: '<=' as const, value: 400, unit: '万元', qualitative: false }, actual: { text: '500万元', value: 500, unit: '万元', band: null } };
    const ratio = scoreBreakdown(withIndicator({ ...cost, weight: 10, score: 8, attainment: 0.8 }), zh).rows[1];
    expect(ratio.how).toBe('10 × 400 ÷ 500 = 8（越小越好，按比值法）');
    const linear = scoreBreakdown(withIndicator({ ...cost, weight: 10, score: 7.5, attainment: 0.75 }), { ...zh, lowerIsBetter: 'linear' }).rows[1];
    expect(linear.how).toBe('10 × (1 − (500 − 400) ÷ 400) = 7.5（越小越好，线性扣减）');
  });

  it('falls back to weight × attainment when the form’s numbers do not give the engine’s score', () => {
    const row = scoreBreakdown(withIndicator({ weight: 20, score: 15, attainment: 0.75 }), zh).rows[1];
    expect(row.how).toBe('20 × 完成率 75% = 15');
  });

  it('a met target gets full marks; a stated score that differs is shown', () => {
    const row = scoreBreakdown(withIndicator({ met: true, attainment: 1, weight: 10, score: 10, statedScore: 9 }), zh).rows[1];
    expect(row).toMatchObject({ how: '已完成，得满分 10', score: '10', stated: '9', status: 'met' });
  });

  it('a qualitative indicator partly met shows its range and its band', () => {
    const q = {
      target: { text: '效果明显', op: null, value: null, unit: null, qualitative: true },
      actual: { text: '部分达成', value: null, unit: null, band: 'partly' as const },
      met: false,
      weight: 20,
      score: null,
      statedScore: null,
      scoreRange: [12, 16] as [number, number],
    };
    const row = scoreBreakdown(withIndicator(q), zh).rows[1];
    expect(row).toMatchObject({ score: '12–16', status: 'partly' });
    expect(row.how).toBe('定性指标“部分达成”：得分范围 12–16（分值的 60%–80%），请在范围内评分');
    const hubei = scoreBreakdown(withIndicator(q, { form: { kind: 'hubei-project', policy: 'hubei', range: 'A1:I30' } }), zh).rows[1];
    expect(hubei.how).toContain('分值的 50%–80%');
  });

  it('explains the execution score, capped at 100%', () => {
    const [exec] = scoreBreakdown(sampleReport(), zh).rows;
    expect(exec).toMatchObject({ name: '预算执行率', attainment: '83.50%', score: '8.35', stated: '9', how: '10 × 执行率 83.50% = 8.35' });
    const over = sampleReport();
    over.budget = { ...over.budget!, rate: 1.05, score: 10, statedScore: null };
    expect(scoreBreakdown(over, zh).rows[0].how).toBe('10 × 100% = 10（执行率 105.00% 按 100% 计）');
  });

  it('writes the total as execution plus indicators', () => {
    expect(scoreBreakdown(sampleReport(), zh).totalHow).toBe('8.35 + 79.9 = 88.25');
  });

  it('on the worked example (no 得分 column) gives every indicator a score and how', () => {
    const b = scoreBreakdown(checkSheet(jingmenGrid())[0], zh);
    expect(b.rows.length).toBeGreaterThan(5);
    for (const r of b.rows) expect(r.how.length).toBeGreaterThan(3);
    // The form states no weights: the shortfall shows its attainment, the total is a range.
    expect(b.rows.find((r) => r.name === '坐席人员服务满意率')!.how).toBe('完成率 99%；表中未列分值，总分按其完成情况给出范围');
    expect(b.rows.find((r) => r.name === '市民来电办理满意率')!.status).toBe('met');
    expect(b.totalHow).toBe('20 + 79.2–80 = 99.2–100（表中未列各指标分值，总分为一个范围）');
  });

  it('speaks English', () => {
    const row = scoreBreakdown(withIndicator({ met: true, attainment: 1, weight: 10, score: 10 }), { ...zh, locale: 'en-US' }).rows[1];
    expect(row.how).toBe('Met: full marks, 10');
  });
});
