import { checkWorkbook, GridData } from '../../src/core';
import { jingmenGrid, withCell } from '../support/fixtures';
import { check, theIssue } from '../support/issues';
import { nationalForm, withIndicator } from '../support/nationalForm';

/** Messages in English with settings `{ locale: 'en-US' }`. */
describe('English messages', () => {
  const en = { locale: 'en-US' } as const;
  const HAN = /[\u3400-\u9fff]/;

  /** Chinese terms an English message may quote: the taxonomy and the band words of rules.md. */
  const TERMS = ['成本指标', '产出指标', '效益指标', '满意度指标', '数量指标', '质量指标', '时效指标', '达成年度指标', '部分达成', '未达成'];

  /** A message's own words: with every text taken from the sheet, and the quoted terms, removed, no Chinese is left. */
  const ownWords = (grid: GridData, message: string): string => {
    const texts = grid.cells
      .flat()
      .map((c) => (c && typeof c.value === 'string' ? c.value.trim() : ''))
      .filter((t) => t !== '')
      .concat(TERMS)
      .sort((a, b) => b.length - a.length);
    let m = message;
    for (const t of texts) m = m.split(t).join('');
    return m;
  };

  it('explains an unmet target in English with the indicator and the numbers', () => {
    const f = nationalForm({ indicators: withIndicator(6, { actual: '89%', score: 9.89 }), totalScore: 99.76 });
    const i = theIssue(check(f.grid, en), 'target-not-met-unexplained');
    expect(i.severity).toBe('error');
    expect(i.message).toContain('受益群众满意度');
    expect(i.message).toContain('89%');
    expect(i.message).toContain('≥90%');
    expect(ownWords(f.grid, i.message)).not.toMatch(HAN);
  });

  it('names header fields in English', () => {
    const f = nationalForm({ projectName: null, department: null });
    const r = check(f.grid, en);
    expect(r.issues.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringContaining('Project name'), expect.stringContaining('Department')]));
  });

  it('gives the same findings (rule, severity, cell) as Chinese, with no Chinese words of its own', () => {
    const f = nationalForm({
      projectName: null,
      goalActual: '125',
      budget: [150, 150, 151, 20, '98.80%', 9.85],
      subRows: [['其中：当年财政拨款', 150, 150, 150]],
      indicators: withIndicator(
        6,
        { name: '群众回访率', actual: '89%', score: 11, deviation: 0 },
        withIndicator(5, { actual: '良好' }, withIndicator(2, { level2: '进度指标', target: '≥100%' }, withIndicator(0, { target: '约120公里' }))),
      ),
      totalScore: null,
    });
    const zh = check(f.grid);
    const enReport = check(f.grid, en);
    const key = (r: typeof zh) => r.issues.map((i) => `${i.rule}|${i.severity}|${i.cell}`).sort();
    expect(key(enReport)).toEqual(key(zh));
    expect(enReport.issues.length).toBeGreaterThanOrEqual(12);
    for (const i of enReport.issues) expect({ rule: i.rule, words: ownWords(f.grid, i.message) }).toEqual({ rule: i.rule, words: expect.not.stringMatching(HAN) });
  });

  it('the worked example in English', () => {
    const [r] = checkWorkbook([withCell(jingmenGrid(), 'B5', 400)], en);
    for (const i of r.issues) expect(ownWords(jingmenGrid(), i.message)).not.toMatch(HAN);
    expect(theIssue(r, 'project-budget-mismatch').message).toMatch(/400.*421/);
  });
});
