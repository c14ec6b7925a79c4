import { presentForms } from '../../../src/app/present/presentForms';
import { sampleReport } from '../../../src/taskpane/testing/sampleReport';

const zh = { locale: 'zh-CN' as const, lowerIsBetter: 'ratio' as const };
const budget = sampleReport().budget!;

describe('presentForms: the funds line', () => {
  it('gives the budget the rate uses, the amount received and the amount spent, as numbers are shown', () => {
    const [f] = presentForms([sampleReport({ budget: { ...budget, original: 160, adjusted: 150, received: 140.5 } })], zh);
    expect(f.funds).toEqual({ budget: '150', received: '140.5', executed: '125.25' });
  });

  it('falls back to 年初预算数 where the form has no 全年预算数', () => {
    const [f] = presentForms([sampleReport({ budget: { ...budget, original: 160, adjusted: null } })], zh);
    expect(f.funds?.budget).toBe('160');
  });

  it('leaves 到位数 out where the form has no column for it', () => {
    const [f] = presentForms([sampleReport()], zh);
    expect(f.funds).toEqual({ budget: '150', received: null, executed: '125.25' });
  });

  it('near miss: no funds line for a form without a funds block, or one whose amounts are all empty', () => {
    expect(presentForms([sampleReport({ budget: null })], zh)[0].funds).toBeNull();
    const empty = { ...budget, original: null, adjusted: null, executed: null, received: null };
    expect(presentForms([sampleReport({ budget: empty })], zh)[0].funds).toBeNull();
  });
});
