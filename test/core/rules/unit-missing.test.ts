import { check, expectNoIssue, theIssue } from '../../support/issues';
import { nationalForm, withIndicator } from '../../support/nationalForm';
import { sichuanForm } from '../../support/sichuanForm';

/** rules.md `unit-missing` (warning): a numeric target with no unit anywhere. */
describe('unit-missing', () => {
  it('fires on ≥120 with no unit, naming the indicator and the target', () => {
    const f = nationalForm({ indicators: withIndicator(0, { target: '≥120', actual: '125' }) });
    const i = theIssue(check(f.grid), 'unit-missing', f.at.indicator(0, 'target'));
    expect(i).toMatchObject({ severity: 'warning', indicator: '新建供水管网长度' });
    expect(i.message).toContain('≥120');
  });

  it('fires on an Excel number as the target', () => {
    const f = nationalForm({ indicators: withIndicator(0, { target: 120, actual: 125 }) });
    expect(theIssue(check(f.grid), 'unit-missing', f.at.indicator(0, 'target')).indicator).toBe('新建供水管网长度');
  });

  it('near miss: the unit attached to the target (≥120公里)', () => {
    expectNoIssue(check(nationalForm().grid), 'unit-missing');
  });

  it('near miss: a bare number target under a 度量单位 column (sichuan)', () => {
    expectNoIssue(check(sichuanForm().grid), 'unit-missing');
  });

  it('near miss: a qualitative target needs no unit', () => {
    const f = nationalForm({ indicators: withIndicator(0, { target: '按期完成', actual: '已完成' }) });
    expectNoIssue(check(f.grid), 'unit-missing');
  });
});
