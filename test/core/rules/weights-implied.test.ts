import { hubeiScoredForm, HubeiScoredIndicator } from '../../support/hubeiScoredForm';
import { check, expectNoIssue, issuesOf, theIssue } from '../../support/issues';

/**
 * `weights-implied` (info, a decision of issue 8): a block with stated points and no 分值 column
 * whose scores do not fit full marks on met indicators, but are whole weights times an uncapped
 * actual ÷ target adding up to the points, is scored with those weights — and says so.
 */
describe('weights-implied', () => {
  const rows = (b: number, c: number): HubeiScoredIndicator[] => [
    { level1: '产出指标', level2: '数量指标', name: '培训班次', target: '≥20期', actual: '8期', score: 12 },
    { level1: '效益指标', level2: '社会效益指标', name: '受益农户', target: '≥100户', actual: '150户', score: b },
    { level1: '效益指标', level2: '社会效益指标', name: '合作社增收率', target: '≥90%', actual: '99%', score: c },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '农户满意人数', target: '≥50人', actual: '40人', score: 8 },
  ];
  const form = (b: number, c: number) => hubeiScoredForm({ blocks: [{ points: 80, indicators: rows(b, c) }], totalScore: null });

  it('fires on the block label when the scores are weights 30/20/20/10 times an uncapped B ÷ A', () => {
    const f = form(30, 22);
    const r = check(f.grid);
    const i = theIssue(r, 'weights-implied', f.at.blockLabel(0));
    expect(i.severity).toBe('info');
    expect(i.message).toContain('30、20、20、10');
    expect(i.message).toContain('80');
    expect(r.indicators.map((x) => x.weight)).toEqual([30, 20, 20, 10]);
  });

  it('so that the scores above those weights are scored over the cap', () => {
    const f = form(30, 22);
    expect(issuesOf(check(f.grid), 'score-exceeds-weight').map((i) => i.cell)).toEqual([f.at.indicator(0, 1, 'score'), f.at.indicator(0, 2, 'score')]);
  });

  it('near miss: capped scores fit full marks on the met indicators, and nothing is inferred', () => {
    const r = check(form(20, 20).grid);
    expectNoIssue(r, 'weights-implied');
    expectNoIssue(r, 'score-exceeds-weight');
  });

  it('near miss: scores that are no whole weight times B ÷ A imply nothing', () => {
    const r = check(form(29.3, 22).grid);
    expectNoIssue(r, 'weights-implied');
    expectNoIssue(r, 'score-exceeds-weight');
  });
});
