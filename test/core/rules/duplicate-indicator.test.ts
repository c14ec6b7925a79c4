import { check, expectNoIssue, theIssue } from '../../support/issues';
import { DEFAULT_INDICATORS as D, nationalForm } from '../../support/nationalForm';

/** rules.md `duplicate-indicator` (warning): the same indicator name twice in one group. */
describe('duplicate-indicator', () => {
  it('fires on the second occurrence, naming the indicator and the group', () => {
    const f = nationalForm({ indicators: [D[0], { ...D[0], weight: 5, score: 5 }, { ...D[1], weight: 10, score: 10 }, ...D.slice(2)] });
    const i = theIssue(check(f.grid), 'duplicate-indicator', f.at.indicator(1, 'name'));
    expect(i).toMatchObject({ severity: 'warning', indicator: '新建供水管网长度' });
    expect(i.message).toContain('新建供水管网长度');
    expect(i.message).toContain('数量指标');
  });

  it('fires when the names differ only by white space', () => {
    const f = nationalForm({ indicators: [D[0], { ...D[0], name: '新建供水 管网长度', weight: 5, score: 5 }, { ...D[1], weight: 10, score: 10 }, ...D.slice(2)] });
    expect(theIssue(check(f.grid), 'duplicate-indicator').severity).toBe('warning');
  });

  it('near miss: the same name in two different groups', () => {
    const f = nationalForm({ indicators: [D[0], { ...D[1], name: D[0].name, target: '≥120公里', actual: '125公里' }, ...D.slice(2)] });
    expectNoIssue(check(f.grid), 'duplicate-indicator');
  });
});
