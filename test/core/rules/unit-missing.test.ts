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

  it('near miss: the unit written with the actual (≥120 beside 125公里) is a unit in the row', () => {
    const f = nationalForm({ indicators: withIndicator(0, { target: '≥120', actual: '125公里' }) });
    expectNoIssue(check(f.grid), 'unit-missing');
  });

  it('near miss: the unit in the name’s closing brackets (新建供水管网长度(公里), 服务外包在岸(万美元))', () => {
    expectNoIssue(check(nationalForm({ indicators: withIndicator(0, { name: '新建供水管网长度(公里)', target: '≥120', actual: '125' }) }).grid), 'unit-missing');
    expectNoIssue(check(nationalForm({ indicators: withIndicator(0, { name: '服务外包在岸(万美元)', target: '≥120', actual: '125' }) }).grid), 'unit-missing');
  });

  it('still fires when the name’s brackets hold no unit (新建供水管网长度(一期))', () => {
    const f = nationalForm({ indicators: withIndicator(0, { name: '新建供水管网长度(一期)', target: '≥120', actual: '125' }) });
    expect(theIssue(check(f.grid), 'unit-missing', f.at.indicator(0, 'target')).severity).toBe('warning');
  });

  it('near miss: a qualitative target needs no unit', () => {
    const f = nationalForm({ indicators: withIndicator(0, { target: '按期完成', actual: '已完成' }) });
    expectNoIssue(check(f.grid), 'unit-missing');
  });
});
