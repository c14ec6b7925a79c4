import { classifyLevel1, fitLevel2, levelPoints } from '../../../src/core/detect/taxonomy';

/** Level names in every wording (issue 8). */
describe('first and second levels in every wording', () => {
  it.each([
    ['产出指标', 'output'],
    ['产出目标', 'output'],
    ['产出', 'output'],
    ['产出指标(50分)', 'output'],
    ['产出指标40分', 'output'],
    ['效益目标', 'benefit'],
    ['满意度目标', 'satisfaction'],
    ['成本指标', 'cost'],
  ])('%s is a project first level (%s)', (label, id) => {
    expect(classifyLevel1(label, 'national-project')).toBe(id);
  });

  it.each([
    ['投入', 'input'],
    ['过程', 'process'],
    ['产出', 'dept-output'],
    ['效果(30分)', 'effect'],
  ])('%s is a department first level (%s) on a department form', (label, id) => {
    expect(classifyLevel1(label, 'department')).toBe(id);
  });

  it.each(['效果指标', '项目决策(10分)', '预算执行率', '出标产指'])('near miss: %s is no project first level', (label) => {
    expect(classifyLevel1(label, 'national-project')).toBeNull();
  });

  it.each([
    ['数量目标', 'ok'],
    ['数量指标15分', 'ok'],
    ['进度指标', 'alias'],
    ['经济成本指标', 'mismatch'],
  ])('%s under 产出 fits as %s', (label, fit) => {
    expect(fitLevel2('output', label).fit).toBe(fit);
  });

  it('reads the points a level label states, in brackets or not', () => {
    expect([levelPoints('产出指标(50分)'), levelPoints('数量指标15分'), levelPoints('产出指标')]).toEqual([50, 15, null]);
  });
});
