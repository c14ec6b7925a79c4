import { displayCell, quoteText } from '../../src/core/check/displayValue';
import { check, theIssue } from '../support/issues';
import { nationalForm, withIndicator } from '../support/nationalForm';
import { withCell } from '../support/fixtures';

/** Findings quote values as the cell displays them (issue 8, "Read the file as the person sees it"). */
describe('values quoted as the cell shows them', () => {
  it.each([
    [{ value: 0.835, format: '0.0%' }, '83.5%'],
    [{ value: 1, format: '0%' }, '100%'],
    [{ value: 0.1 + 0.2 }, '0.3'],
    [{ value: 1234.5, format: '#,##0.00' }, '1,234.50'],
    [{ value: 45657, format: 'yyyy"年"m"月"d"日"' }, '2024年12月31日'],
    [{ value: '2024-12-31', format: 'yyyy"年"m"月"' }, '2024年12月'],
    [{ value: '≥95%' }, '≥95%'],
  ])('%j shows as %s', (cell, shown) => {
    expect(displayCell(cell)).toBe(shown);
  });

  it('quotes a percent-formatted actual as a percent in target-not-met-unexplained', () => {
    const f = nationalForm({ indicators: withIndicator(1, { actual: null, score: null }) });
    const g = withCell(f.grid, f.at.indicator(1, 'actual'), 0.835, { format: '0.0%' });
    const i = theIssue(check(g), 'target-not-met-unexplained');
    expect(i.message).toContain('83.5%');
    expect(i.message).not.toContain('0.835');
  });

  it('reads a deadline typed as a date as a date, not as the number 45657', () => {
    const f = nationalForm({ indicators: withIndicator(2, { target: null, actual: '已完成' }) });
    const g = withCell(f.grid, f.at.indicator(2, 'target'), 45657, { format: 'yyyy"年"m"月"d"日"' });
    const r = check(g);
    expect(r.indicators[2].target).toMatchObject({ qualitative: true, value: null });
  });
});

describe('long texts cut at the end of a phrase', () => {
  it('ends a cut text with … at a phrase end', () => {
    const text = '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由';
    const q = quoteText(text);
    expect(q.endsWith('…')).toBe(true);
    expect(text.startsWith(q.slice(0, -1))).toBe(true);
    expect([',', ';', '，'].some((p) => text.charAt(q.length - 1) === p || text.charAt(q.length) === p)).toBe(true);
  });

  it('near miss: a short text is quoted whole', () => {
    expect(quoteText('对照年度目标,说明相关任务目标的完成情况')).toBe('对照年度目标,说明相关任务目标的完成情况');
  });
});
