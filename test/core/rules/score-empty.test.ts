import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';

/** rules.md `score-empty` (info): 得分 empty, the add-in fills it where it can. */
describe('score-empty', () => {
  it('fires on an empty 得分 with the computed score, and plans the write', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '90%', score: null, deviation: '个别标段返工' }) });
    const r = check(f.grid);
    const at = f.at.indicator(1, 'score');
    const i = theIssue(r, 'score-empty', at);
    expect(i).toMatchObject({ severity: 'info', indicator: '工程验收合格率' });
    expect(i.message).toContain('14.21');
    expect(r.writes).toContainEqual({ cell: at, value: 14.21, numberFormat: null, what: 'score', previous: null, overwrites: false });
  });

  it('fires on an empty execution 得分 too', () => {
    const f = nationalForm({ budget: [150, 150, 148, 10, '98.67%', null] });
    const r = check(f.grid);
    expect(theIssue(r, 'score-empty', f.at.score).message).toContain('9.87');
    expect(r.writes).toContainEqual({ cell: f.at.score, value: 9.87, numberFormat: null, what: 'execution-score', previous: null, overwrites: false });
  });

  it('fires on a qualitative indicator partly met, but with no value to write (the person chooses)', () => {
    const f = nationalForm({ indicators: withIndicator(5, { actual: '基本完成', score: null, deviation: '管护制度尚在完善' }) });
    const r = check(f.grid);
    const at = f.at.indicator(5, 'score');
    expect(theIssue(r, 'score-empty', at).severity).toBe('info');
    expect(r.writes.some((w) => w.cell === at)).toBe(false);
    expect(r.indicators[5].scoreRange).toEqual([9, 12]);
  });

  it('near miss: a stated 得分', () => {
    expectNoIssue(check(nationalForm().grid), 'score-empty');
  });

  it('fires on an empty 得分 of a row the engine cannot score (its actual is empty too), with no value to fill', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: null, score: null }) });
    const i = theIssue(check(f.grid), 'score-empty', f.at.indicator(1, 'score'));
    expect(i.message).toContain('在允许范围内评分');
  });
});
