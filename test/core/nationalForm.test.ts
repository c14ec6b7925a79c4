import { checkSheet, sheetReportSchema } from '../../src/core';
import { nationalForm, withIndicator } from '../support/nationalForm';
import { single } from '../support/issues';

describe('the national test form as built', () => {
  const f = nationalForm();
  const report = single(checkSheet(f.grid));

  it('is a national-project form under the national policy', () => {
    expect(report.form).toMatchObject({ kind: 'national-project', policy: 'national' });
  });

  it('passes its own schema', () => {
    expect(() => sheetReportSchema.parse(report)).not.toThrow();
  });

  it('has no finding of error or warning severity', () => {
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('computes the execution rate and score exactly', () => {
    expect(report.budget).toMatchObject({ original: 150, adjusted: 150, executed: 148, weight: 10, score: 9.87 });
    expect(report.budget?.rate).toBeCloseTo(148 / 150, 6);
  });

  it('reads seven indicators and the total', () => {
    expect(report.indicators).toHaveLength(7);
    expect(report.total).toMatchObject({ weight: 100, score: 99.87, statedScore: 99.87, grade: '优', cell: f.at.totalScore });
  });
});

describe('percent rows', () => {
  it('reads a bare 0.98 typed into a percent row as 98%', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: 0.98 }) });
    const ind = single(checkSheet(f.grid)).indicators[1];
    expect(ind).toMatchObject({ met: true, actual: { value: 98 } });
  });

  it('keeps 0.5 against a target of 1% as 0.5%', () => {
    const f = nationalForm({ indicators: withIndicator(1, { target: '≤1%', actual: 0.5, name: '工程返工率' }) });
    const ind = single(checkSheet(f.grid)).indicators[1];
    expect(ind).toMatchObject({ met: true, actual: { value: 0.5 } });
  });
});
