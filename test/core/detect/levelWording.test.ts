import { classifyLevel1, fitLevel2, levelPoints, readLevel1 } from '../../../src/core/detect/taxonomy';
import { DEPARTMENT_INDICATORS, departmentForm } from '../../support/departmentForm';
import { check, issuesOf } from '../../support/issues';

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
    ['一、产出指标', 'output'],
    ['1.产出指标(50分)', 'output'],
    ['(二)效益指标', 'benefit'],
    ['产出类指标', 'output'],
    ['效益类目标', 'benefit'],
  ])('%s is a project first level (%s)', (label, id) => {
    expect(classifyLevel1(label, 'national-project')).toBe(id);
  });

  it.each([
    ['投入', 'input'],
    ['过程', 'process'],
    ['产出', 'dept-output'],
    ['效果(30分)', 'effect'],
    ['一、投入', 'input'],
    ['决策', 'input'],
    ['决策(20分)', 'input'],
    ['效益', 'effect'],
  ])('%s is a department first level (%s) on a department form', (label, id) => {
    expect(classifyLevel1(label, 'department')).toBe(id);
  });

  it.each([
    ['满意', 'satisfaction', '满意度指标'],
    ['满意指标', 'satisfaction', '满意度指标'],
    ['产出指', 'output', '产出指标'],
    ['效益指(30分)', 'benefit', '效益指标'],
    ['社会公众或服务对象满意度指标', 'satisfaction', '满意度指标'],
    ['服务对象满意度', 'satisfaction', '满意度指标'],
    ['社会公众或服务对象满意度指', 'satisfaction', '满意度指标'],
  ])('the short form or cut %s reads as %s (%s)', (label, id, name) => {
    expect(readLevel1(label, 'national-project')).toEqual({ id, shortFor: name });
  });

  it.each(['一、', '1.', '项目产出', '二、数量指标', '满意度调查', '服务质量指标'])('near miss: %s names no first level', (label) => {
    expect(classifyLevel1(label, 'national-project')).toBeNull();
  });

  it('a numbered second level fits its first level (1.数量指标)', () => {
    expect(fitLevel2('output', '1.数量指标').fit).toBe('ok');
  });

  it.each([
    ['成本指标(0-20)分', 'cost'],
    ['产出指标(40-50)分', 'output'],
    ['效益指标(20-30分)', 'benefit'],
    ['满意度指标10～20分', 'satisfaction'],
  ])('%s, a span of points the template allows, reads as its level (%s)', (label, id) => {
    expect(readLevel1(label, 'national-project')).toEqual({ id, shortFor: null });
  });

  it.each(['产出指标(40-50)分', '效益指标(20-30分)'])('a span of points (%s) states no weight', (label) => {
    expect(levelPoints(label)).toBeNull();
  });

  it('near miss: points of its own (产出指标(50分)) are its weight', () => {
    expect(levelPoints('产出指标(50分)')).toBe(50);
  });

  it('a known wording is no short form', () => {
    expect(readLevel1('产出目标', 'national-project')).toEqual({ id: 'output', shortFor: null });
  });

  it('near miss: a label that could be two levels stays unknown', () => {
    // 产出 (department framework) and 产出指标 (project level) both start with 产: too short anyway;
    // on a department form 效 starts 效益指标 and 效果.
    expect(readLevel1('效', 'department')).toBeNull();
    expect(readLevel1('项目成本', 'national-project')).toBeNull();
  });

  it('the short form of a second level fits its own first level only', () => {
    expect(fitLevel2('benefit', '可持续')).toEqual({ fit: 'ok', canonical: '可持续影响指标' });
    expect(fitLevel2('output', '可持续').fit).toBe('mismatch');
  });

  it.each(['效果指标', '项目决策(10分)', '预算执行率', '出标产指', '决策', '投入'])('near miss: %s is no project first level', (label) => {
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

  it('the template\'s trailing 等 is no part of a level name', () => {
    expect(fitLevel2('satisfaction', '服务对象满意度指标等')).toEqual({ fit: 'ok', canonical: '服务对象满意度指标' });
    expect(classifyLevel1('满意度指标等', 'national-project')).toBe('satisfaction');
  });

  it('a satisfaction worded by a long group (社会公众或服务对象满意度指标) is 服务对象满意度指标, said as an alias', () => {
    expect(fitLevel2('satisfaction', '社会公众或服务对象满意度指标')).toEqual({ fit: 'alias', canonical: '服务对象满意度指标' });
  });

  it('near miss: 等 in the middle of a label is still read as written', () => {
    expect(fitLevel2('satisfaction', '等级评定').fit).toBe('mismatch');
  });

  it('reads the points a level label states, in brackets or not', () => {
    expect([levelPoints('产出指标(50分)'), levelPoints('数量指标15分'), levelPoints('产出指标')]).toEqual([50, 15, null]);
  });

  it('reads a level label whose points lost a bracket (效益指标30分))', () => {
    expect(levelPoints('效益指标30分)')).toBe(30);
    expect(classifyLevel1('效益指标30分)', 'national-project')).toBe('benefit');
  });

  describe('a department form laid out in stages', () => {
    const stages = (levels: string[]) =>
      check(departmentForm({ indicators: DEPARTMENT_INDICATORS.map((x, i) => ({ ...x, level1: levels[i] })) }).grid);

    it.each([
      [['决策', '过程', '产出', '效益']],
      [['决策指标', '过程指标', '产出指标', '效益指标']],
      [['投入指标', '过程指标', '产出指标', '效果指标']],
    ])('%j: no unknown level, no level absent, no second level out of place, no project split', (levels) => {
      const r = stages(levels);
      for (const rule of ['level1-unknown', 'level1-absent', 'level2-mismatch', 'weights-split-unusual'] as const) expect(issuesOf(r, rule)).toEqual([]);
    });

    it('near miss: a department form in the project levels (产出指标 / 效益指标) is read in them: a missing 满意度 is said', () => {
      const list = DEPARTMENT_INDICATORS.slice(0, 2).map((x, i) => ({ ...x, level1: ['产出指标', '效益指标'][i], level2: ['数量指标', '社会效益指标'][i] }));
      const r = check(departmentForm({ indicators: list }).grid);
      expect(issuesOf(r, 'level1-absent').map((i) => i.message)).toEqual([expect.stringContaining('满意度指标')]);
    });
  });
});
