import { parseRangeA1, parseA1, rangeContains, SheetReport } from '../../src/core';
import { jingmenGrid, withCell } from '../support/fixtures';
import { hubeiScoredForm } from '../support/hubeiScoredForm';
import { check } from '../support/issues';
import { nationalForm, withIndicator } from '../support/nationalForm';
import { sichuanForm } from '../support/sichuanForm';

/** rules.md "Writing back": fill empty result cells; overwrite only when asked; never a formula; never outside the form. */
describe('write plan', () => {
  const inRange = (r: SheetReport) => {
    const range = parseRangeA1(r.form!.range);
    for (const w of r.writes) {
      const at = parseA1(w.cell);
      expect({ cell: w.cell, inside: rangeContains(range, at.row, at.col) }).toEqual({ cell: w.cell, inside: true });
    }
  };

  it('fills an empty indicator 得分 with the computed value', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: '90%', score: null, deviation: '个别标段返工' }), totalScore: null });
    const r = check(f.grid);
    expect(r.writes).toEqual(
      expect.arrayContaining([
        { cell: f.at.indicator(1, 'score'), value: 14.21, numberFormat: null, what: 'score', previous: null, overwrites: false },
        { cell: f.at.totalScore, value: 99.08, numberFormat: null, what: 'total', previous: null, overwrites: false },
      ]),
    );
  });

  it('fills every empty result cell of a national form, all inside form.range', () => {
    const f = nationalForm({
      budget: [150, 150, 148, 10, null, null],
      indicators: withIndicator(0, { score: null }, withIndicator(3, { score: null })),
      totalScore: null,
    });
    const r = check(f.grid);
    expect(r.writes.map((w) => [w.cell, w.what, w.value])).toEqual(
      expect.arrayContaining([
        [f.at.rate, 'rate', 0.9867],
        [f.at.score, 'execution-score', 9.87],
        [f.at.indicator(0, 'score'), 'score', 15],
        [f.at.indicator(3, 'score'), 'score', 10],
        [f.at.totalScore, 'total', 99.87],
      ]),
    );
    expect(r.writes).toHaveLength(5);
    expect(r.writes.every((w) => !w.overwrites && w.previous === null)).toBe(true);
    inRange(r);
  });

  it('writes nothing into a clean form', () => {
    expect(check(nationalForm().grid).writes).toEqual([]);
    expect(check(sichuanForm().grid).writes).toEqual([]);
    expect(check(hubeiScoredForm().grid).writes).toEqual([]);
  });

  describe('a wrong stated value', () => {
    const wrong = () => nationalForm({ indicators: withIndicator(1, { actual: '90%', score: 14.19, deviation: '个别标段返工' }), totalScore: 99.06 });

    it('is not overwritten by default', () => {
      const f = wrong();
      const r = check(f.grid);
      expect(r.issues.some((i) => i.rule === 'score-mismatch')).toBe(true);
      expect(r.writes.find((w) => w.cell === f.at.indicator(1, 'score'))).toBeUndefined();
    });

    it('is overwritten with overwriteStated, keeping the old value to restore', () => {
      const f = wrong();
      const r = check(f.grid, { overwriteStated: true });
      expect(r.writes).toContainEqual({ cell: f.at.indicator(1, 'score'), value: 14.21, numberFormat: null, what: 'score', previous: 14.19, overwrites: true });
    });

    it('covers the rate, the execution score and the total', () => {
      const f = nationalForm({ budget: [150, 150, 148, 10, '98.80%', 9.85], totalScore: 99.5 });
      expect(check(f.grid).writes).toEqual([]);
      const writes = check(f.grid, { overwriteStated: true }).writes;
      expect(writes).toEqual(
        expect.arrayContaining([
          { cell: f.at.rate, value: 0.9867, numberFormat: '0.00%', what: 'rate', previous: '98.80%', overwrites: true },
          { cell: f.at.score, value: 9.87, numberFormat: null, what: 'execution-score', previous: 9.85, overwrites: true },
          { cell: f.at.totalScore, value: 99.87, numberFormat: null, what: 'total', previous: 99.5, overwrites: true },
        ]),
      );
      expect(writes).toHaveLength(3);
    });

    it('within the tolerance is not a wrong value: nothing to overwrite', () => {
      const f = nationalForm({ budget: [150, 150, 148, 10, '98.70%', 9.86], totalScore: 99.86 });
      expect(check(f.grid, { overwriteStated: true }).writes).toEqual([]);
    });
  });

  describe('formulas', () => {
    it('a formula cell is never written, even when wrong and overwriting is allowed', () => {
      const f = nationalForm({ budget: [150, 150, 148, 10, '98.80%', 9.85], indicators: withIndicator(1, { actual: '90%', score: 14.19, deviation: '个别标段返工' }), totalScore: 99.5 });
      let g = withCell(f.grid, f.at.rate, 0.988, { format: '0.00%', formula: '=E6/D6+0.0013' });
      g = withCell(g, f.at.score, 9.85, { formula: '=F6*G6' });
      g = withCell(g, f.at.indicator(1, 'score'), 14.19, { formula: '=G14*0.946' });
      g = withCell(g, f.at.totalScore, 99.5, { formula: '=SUM(H13:H19)+H6' });
      const r = check(g, { overwriteStated: true });
      expect(r.issues.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(4);
      expect(r.writes).toEqual([]);
    });

    it('an empty formula cell is not filled either', () => {
      const f = nationalForm({ indicators: withIndicator(0, { score: null }), totalScore: null });
      let g = withCell(f.grid, f.at.indicator(0, 'score'), null);
      const cells = g.cells.map((row) => row.slice());
      const at = parseA1(f.at.indicator(0, 'score'));
      cells[at.row][at.col] = { value: null, formula: '=G13' };
      const tat = parseA1(f.at.totalScore);
      cells[tat.row][tat.col] = { value: null, formula: '=SUM(H13:H19)+H6' };
      g = { ...g, cells };
      expect(check(g).writes).toEqual([]);
    });
  });

  describe('only the cells the form has', () => {
    it('the hubei-project form gets its rate, never a score column it does not have', () => {
      const r = check(withCell(jingmenGrid(), 'F19', null));
      expect(r.writes).toEqual([{ cell: 'F19', value: 1, numberFormat: '0.00%', what: 'rate', previous: null, overwrites: false }]);
      expect(r.indicators.every((i) => i.cells.score === null)).toBe(true);
      inRange(r);
    });

    it('the hubei-scored form: rate, 得分(20分*执行率), indicator 得分 and 总分, all inside the form', () => {
      const h = hubeiScoredForm({ budget: [200, 190, null, null], totalScore: null });
      const r = check(h.grid);
      expect(r.writes.map((w) => [w.cell, w.value])).toEqual(
        expect.arrayContaining([
          [h.at.rate, 0.95],
          [h.at.score, 19],
          [h.at.totalScore, 99],
        ]),
      );
      inRange(r);
    });

    it('the sichuan form: every write inside form.range', () => {
      const s = sichuanForm({ budget: [100, 100, 95, null, 10, null, null], totalScore: null });
      const r = check(s.grid);
      expect(r.writes.map((w) => w.cell).sort()).toEqual([s.at.rate, s.at.score, s.at.totalScore].sort());
      inRange(r);
    });
  });
});
