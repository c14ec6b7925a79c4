import type { Issue } from '../core/report/reportSchema';
import { buildFindings, step } from './findingsModel';
import { sampleReport } from './testing/sampleReport';

const placeholder = (cell: string, row: number): Issue => ({ rule: 'placeholder-text', severity: 'warning', cell, message: `模板提示文字未删除：${cell}`, indicator: null, row });

describe('buildFindings', () => {
  const model = buildFindings(sampleReport().issues);

  test('orders severities errors, warnings, notes and counts each', () => {
    expect(model.sections.map((s) => [s.severity, s.count])).toEqual([
      ['error', 2],
      ['warning', 3],
      ['info', 1],
    ]);
  });

  test('walks every finding in sheet order, top to bottom then left to right, whatever its severity', () => {
    expect(model.ordered.map((f) => f.issue.cell)).toEqual(['B3', 'I6', 'E13', 'E13', 'F16', 'H16']);
    expect(model.ordered.map((f) => f.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('groups a rule found several times into one entry, in sheet order', () => {
    const m = buildFindings([placeholder('C9', 9), placeholder('B4', 4), { ...placeholder('D5', 5), rule: 'field-empty' }, placeholder('A7', 7)]);
    expect(m.sections).toHaveLength(1);
    expect(m.sections[0].groups.map((g) => [g.rule, g.findings.map((f) => f.issue.cell)])).toEqual([
      ['placeholder-text', ['B4', 'A7', 'C9']],
      ['field-empty', ['D5']],
    ]);
  });

  test('gives each finding an id that survives a re-check and a change of language', () => {
    const zh = buildFindings([placeholder('B4', 4), placeholder('B4', 4)]);
    const en = buildFindings([
      { ...placeholder('B4', 4), message: 'Template prompt left in: B4' },
      { ...placeholder('B4', 4), message: 'Template prompt left in: B4' },
    ]);
    expect(en.ordered.map((f) => f.id)).toEqual(zh.ordered.map((f) => f.id));
    expect(new Set(zh.ordered.map((f) => f.id)).size).toBe(2);
  });

  test('puts findings without a cell after those with one, by row', () => {
    const m = buildFindings([{ ...placeholder('B4', 4), cell: null, row: null }, placeholder('Z99', 99)]);
    expect(m.ordered.map((f) => f.issue.cell)).toEqual(['Z99', null]);
  });

  test('leaves out severities without findings', () => {
    expect(buildFindings([]).sections).toEqual([]);
  });
});

describe('step', () => {
  const model = buildFindings(sampleReport().issues);

  test('starts at the first finding, then moves by one, and stops at either end', () => {
    const first = step(model, null, 1)!;
    expect(first.issue.cell).toBe('B3');
    expect(step(model, first.id, -1)!.id).toBe(first.id);
    const last = model.ordered.at(-1)!;
    expect(step(model, last.id, 1)!.id).toBe(last.id);
    expect(step(model, model.ordered[2].id, 1)!.issue.cell).toBe('E13');
    expect(step(model, model.ordered[2].id, -1)!.issue.cell).toBe('I6');
  });

  test('has nothing to step to in an empty list', () => {
    expect(step(buildFindings([]), null, 1)).toBeNull();
  });
});
