import { check, issuesOf } from '../support/issues';
import { nationalForm, withIndicator } from '../support/nationalForm';

/**
 * A target and an actual without units, one written with a bare 万 (≤62.73 beside 62.73万 on a
 * sheet in 万元; ≥50000 beside 5.2万): the reading that puts the two within a tenth to ten times of
 * each other is the one meant; where the form does not settle it, no finding rests on either.
 */
describe('a bare 万 on one side of a unitless target and actual', () => {
  const row = (target: string, actual: string, score = 15) =>
    check(nationalForm({ indicators: withIndicator(0, { name: '办案费用', target, actual, weight: 15, score }) }).grid);

  it('reads 62.73万 beside ≤62.73 as the same amount: met, no score or deviation finding', () => {
    const r = row('≤62.73', '62.73万');
    expect(r.indicators[0]).toMatchObject({ met: true });
    expect(issuesOf(r, 'score-mismatch')).toEqual([]);
    expect(issuesOf(r, 'target-not-met-unexplained')).toEqual([]);
  });

  it('still says the target has no unit', () => {
    expect(issuesOf(row('≤62.73', '62.73万'), 'unit-missing')).toHaveLength(1);
  });

  it('near miss: 5.2万 beside ≥50000 is 52 000, met (the scaled reading fits)', () => {
    expect(row('≥50000', '5.2万').indicators[0]).toMatchObject({ met: true });
  });

  it('near miss: 4万 beside ≥50000 is 40 000, not met, and its full score is wrong', () => {
    const r = row('≥50000', '4万');
    expect(r.indicators[0]).toMatchObject({ met: false });
    expect(issuesOf(r, 'score-mismatch')).toHaveLength(1);
  });

  it('leaves a row unscored when neither reading fits and they disagree (≥300 beside 3万)', () => {
    const r = row('≥300', '3万', 0);
    expect(r.indicators[0].met).toBeNull();
    expect(issuesOf(r, 'score-mismatch')).toEqual([]);
  });
});
