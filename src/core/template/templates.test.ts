import { readFileSync } from 'fs';
import { join } from 'path';
import { RangeRef, parseRangeA1, rangeToA1, toA1 } from '../grid/address';
import { classifyLevel1, fitLevel2 } from '../detect/taxonomy';
import { normalizeLabel } from '../text/normalizeLabel';
import { EXCEL_LIST_SOURCE_MAX, LEVEL2_2020, LEVEL2_2021, PROJECT_LEVEL1, level1List, level2List } from './levelLists';
import { TEMPLATE_KINDS, TemplateKind, TemplateSpec, templateSpecSchema } from './templateSpec';
import {
  RATE_FORMAT,
  SCORE_FORMAT,
  TEMPLATE_TITLES,
  allTemplates,
  departmentTemplate,
  hubeiProjectTemplate,
  isTemplateKind,
  nationalProjectTemplate,
  templateFor,
} from './templates';

/** The value at an A1 address ('' when empty). */
function at(spec: TemplateSpec, a1: string): string | number | null {
  const { top, left } = parseRangeA1(a1);
  return spec.cells.find((c) => c.row === top && c.col === left)?.value ?? null;
}
function cellAt(spec: TemplateSpec, a1: string) {
  const { top, left } = parseRangeA1(a1);
  return spec.cells.find((c) => c.row === top && c.col === left);
}
function merges(spec: TemplateSpec): string[] {
  return spec.merges.map(rangeToA1);
}
/** The A1 address of the first cell holding exactly `text`. */
function find(spec: TemplateSpec, text: string): string {
  const c = spec.cells.find((x) => x.value === text);
  if (!c) throw new Error(`${text} not in the template`);
  return toA1(c.row, c.col);
}
function rowOf(a1: string): number {
  return parseRangeA1(a1).top;
}
function overlap(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

describe('template builders', () => {
  it('build one valid spec per TEMPLATE_KIND, through templateFor and allTemplates', () => {
    expect(TEMPLATE_KINDS.map((k) => templateFor(k).kind)).toEqual([...TEMPLATE_KINDS]);
    expect(allTemplates().map((t) => [t.kind, t.spec.sheetName])).toEqual([
      ['national-project', '项目支出绩效自评表'],
      ['hubei-project', '项目绩效自评表'],
      ['department', '部门整体支出绩效自评表'],
    ]);
    expect(templateFor('national-project')).toEqual(nationalProjectTemplate());
    expect(templateFor('hubei-project')).toEqual(hubeiProjectTemplate());
    expect(templateFor('department')).toEqual(departmentTemplate());
    for (const k of TEMPLATE_KINDS) expect(TEMPLATE_TITLES[k]['zh-CN']).toBeTruthy();
    expect(isTemplateKind('department')).toBe(true);
    expect(isTemplateKind('sichuan-project')).toBe(false);
    expect(() => templateFor('sichuan-project' as TemplateKind)).toThrow(RangeError);
  });

  it('are pure: the same spec every call', () => {
    for (const k of TEMPLATE_KINDS) expect(JSON.stringify(templateFor(k))).toBe(JSON.stringify(templateFor(k)));
  });

  describe.each(TEMPLATE_KINDS)('%s: a well-formed layout', (kind) => {
    const spec = templateFor(kind);
    it('passes templateSpecSchema', () => {
      expect(() => templateSpecSchema.parse(spec)).not.toThrow();
    });
    it('keeps cells, merges, borders and lists inside rowCount × colCount', () => {
      const inside = (r: RangeRef) => r.top >= 0 && r.left >= 0 && r.bottom < spec.rowCount && r.right < spec.colCount && r.top <= r.bottom && r.left <= r.right;
      for (const c of spec.cells) expect(c.row < spec.rowCount && c.col < spec.colCount).toBe(true);
      for (const m of spec.merges) expect(inside(m)).toBe(true);
      expect(inside(spec.bordered)).toBe(true);
      for (const l of spec.lists) expect(inside(l.range)).toBe(true);
      expect(spec.columnWidths).toHaveLength(spec.colCount);
    });
    it('has no overlapping merges and no value hidden inside a merge', () => {
      spec.merges.forEach((a, i) => spec.merges.slice(i + 1).forEach((b) => expect(overlap(a, b) ? [rangeToA1(a), rangeToA1(b)] : null).toBeNull()));
      for (const c of spec.cells) {
        const m = spec.merges.find((x) => c.row >= x.top && c.row <= x.bottom && c.col >= x.left && c.col <= x.right);
        if (m && (m.top !== c.row || m.left !== c.col)) expect({ cell: toA1(c.row, c.col), value: c.value }).toEqual({ cell: toA1(c.row, c.col), value: null });
      }
    });
    it('gives every 执行率 cell 0.00%, every 得分 cell 0.00, and the scored rate a formula', () => {
      const formulas = spec.cells.filter((c) => c.formula);
      expect(formulas).toHaveLength(1);
      expect(formulas[0].numberFormat).toBe(RATE_FORMAT);
      expect(formulas[0].formula).toMatch(/^=IFERROR\([A-I]\d+\/[A-I]\d+,""\)$/);
      const scoreFormats = spec.cells.filter((c) => c.numberFormat === SCORE_FORMAT);
      if (kind === 'hubei-project') expect(scoreFormats).toEqual([]);
      else expect(scoreFormats.length).toBeGreaterThan(10);
    });
    it('offers drop-downs for the 一级 and 二级 cells that Excel can hold (≤ 255 characters)', () => {
      expect(spec.lists).toHaveLength(2);
      expect(spec.lists[0].values).toEqual(level1List(kind));
      expect(spec.lists[1].values).toEqual(level2List(kind));
      for (const l of spec.lists) {
        expect(l.values.join(',').length).toBeLessThanOrEqual(EXCEL_LIST_SOURCE_MAX);
        expect(new Set(l.values).size).toBe(l.values.length);
        expect(l.values.every((v) => !v.includes(','))).toBe(true);
      }
    });
    it('offers only levels the checker accepts for the form kind', () => {
      const [l1, l2] = spec.lists;
      for (const v of l1.values) expect([v, classifyLevel1(normalizeLabel(v), kind)]).not.toEqual([v, null]);
      const firsts = l1.values.map((v) => classifyLevel1(normalizeLabel(v), kind)!);
      for (const v of l2.values) expect([v, firsts.some((id) => fitLevel2(id, normalizeLabel(v)).fit === 'ok')]).toEqual([v, true]);
    });
    it('takes a year and a number of rows per group', () => {
      const withYear = templateFor(kind, { year: 2024 });
      expect(withYear.cells.some((c) => typeof c.value === 'string' && c.value.includes('2024年度'))).toBe(true);
      const three = templateFor(kind, { rowsPerGroup: 3 });
      const one = templateFor(kind, { rowsPerGroup: 1 });
      const groups = level2Cells(one).length;
      expect(three.rowCount - one.rowCount).toBe(2 * groups);
      expect(() => templateFor(kind, { rowsPerGroup: 0 })).toThrow(RangeError);
      expect(() => templateFor(kind, { rowsPerGroup: 1.5 })).toThrow(RangeError);
    });
  });
});

/** The 二级 cells of a spec (the 二级 list's range), top-left values only. */
function level2Cells(spec: TemplateSpec): string[] {
  const r = spec.lists[1].range;
  return spec.cells.filter((c) => c.col === r.left && c.row >= r.top && c.row <= r.bottom && typeof c.value === 'string').map((c) => c.value as string);
}
function level1Cells(spec: TemplateSpec): string[] {
  const r = spec.lists[0].range;
  return spec.cells.filter((c) => c.col === r.left && c.row >= r.top && c.row <= r.bottom && typeof c.value === 'string').map((c) => c.value as string);
}

describe('nationalProjectTemplate (forms.md national-project)', () => {
  const spec = nationalProjectTemplate();

  it('has the title, the year line and the header rows', () => {
    expect(spec.colCount).toBe(9);
    expect(at(spec, 'A1')).toBe('项目支出绩效自评表');
    expect(at(spec, 'A2')).toMatch(/^（\s*年度）$/);
    expect(at(nationalProjectTemplate({ year: 2024 }), 'A2')).toBe('（2024年度）');
    expect(merges(spec)).toEqual(expect.arrayContaining(['A1:I1', 'A2:I2', 'B3:I3', 'B4:D4', 'F4:I4']));
    expect([at(spec, 'A3'), at(spec, 'A4'), at(spec, 'E4')]).toEqual(['项目名称', '主管部门', '实施单位']);
  });

  it('has the budget block: 项目资金（万元） over five rows, six columns, four rows', () => {
    expect(at(spec, 'A5')).toBe('项目资金（万元）');
    expect(merges(spec)).toContain('A5:A9');
    expect(['D5', 'E5', 'F5', 'G5', 'H5', 'I5'].map((a) => at(spec, a))).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(['B6', 'B7', 'B8', 'B9'].map((a) => at(spec, a))).toEqual(['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金']);
    expect(merges(spec)).toEqual(expect.arrayContaining(['B5:C5', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9']));
    expect(at(spec, 'G6')).toBe(10);
    for (const r of [7, 8, 9]) expect([at(spec, `G${r}`), at(spec, `I${r}`)]).toEqual(['—', '—']);
  });

  it('computes 执行率 = 全年执行数 ÷ 全年预算数 in the scored row', () => {
    expect(cellAt(spec, 'H6')).toMatchObject({ value: null, formula: '=IFERROR(F6/E6,"")', numberFormat: '0.00%' });
    for (const r of [7, 8, 9]) expect(cellAt(spec, `H${r}`)?.numberFormat).toBe('0.00%');
    expect(cellAt(spec, 'I6')?.numberFormat).toBe('0.00');
  });

  it('has 年度总体目标 with 预期目标 | 实际完成情况 and a narrative row below', () => {
    expect([at(spec, 'A10'), at(spec, 'B10'), at(spec, 'F10')]).toEqual(['年度总体目标', '预期目标', '实际完成情况']);
    expect(merges(spec)).toEqual(expect.arrayContaining(['A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11']));
  });

  it('has the indicator header, 绩效指标 merged down the left, the 2020 groups, and 总分 100', () => {
    expect(['B12', 'C12', 'D12', 'E12', 'F12', 'G12', 'H12', 'I12'].map((a) => at(spec, a))).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    expect(level1Cells(spec)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(level2Cells(spec)).toEqual([...LEVEL2_2020['产出指标'], ...LEVEL2_2020['效益指标'], ...LEVEL2_2020['满意度指标']]);
    const total = find(spec, '总分');
    expect(total).toBe('A31'); // 12 header + 9 groups × 2 rows
    expect(merges(spec)).toEqual(expect.arrayContaining(['A12:A30', 'A31:F31', 'B13:B20', 'B21:B28', 'B29:B30', 'C13:C14', 'C29:C30']));
    expect(at(spec, 'G31')).toBe(100);
    expect(cellAt(spec, 'H31')?.numberFormat).toBe('0.00');
    expect(spec.lists.map((l) => rangeToA1(l.range))).toEqual(['B13:B30', 'C13:C30']);
    expect(rangeToA1(spec.bordered)).toBe('A3:I31');
  });
});

describe('hubeiProjectTemplate (the worked example layout)', () => {
  const spec = hubeiProjectTemplate();
  const example = JSON.parse(readFileSync(join(__dirname, '../../../examples/source/jingmen-12345-2024.grid.json'), 'utf8')) as {
    rows: (string | number | null)[][];
    merges: string[];
  };
  const norm = (v: unknown) => (typeof v === 'string' ? normalizeLabel(v.replace(/☑/g, '□')) : v);

  it('has seven columns and the example header rows, with blank values', () => {
    expect(spec.colCount).toBe(7);
    // Labels of rows 2–11 of the example, same cells.
    for (let r = 1; r <= 10; r++) {
      const labels = example.rows[r].map((v, c) => [toA1(r, c), v] as const).filter(([, v]) => typeof v === 'string');
      for (const [a1, v] of labels) {
        const mine = at(spec, a1);
        if (r === 1) expect(norm(mine)).toBe(norm(String(v).replace(/[:：].*$/, '：')));
        else if (a1.startsWith('A') || r === 9 || r === 10) expect([a1, norm(mine)]).toEqual([a1, norm(v)]);
      }
    }
    // The checkbox rows carry the options, none ticked.
    for (const a1 of ['B6', 'B7', 'B8']) {
      expect(String(at(spec, a1))).toContain('□');
      expect(String(at(spec, a1))).not.toContain('☑');
    }
    for (const a1 of ['B4', 'B5', 'B9']) expect(at(spec, a1)).toBeNull();
    // The example's merges above the indicators.
    const top = example.merges.filter((m) => parseRangeA1(m).bottom <= 10);
    expect(merges(spec).filter((m) => parseRangeA1(m).bottom <= 10).sort()).toEqual([...top].sort());
  });

  it('uses the 2021 guidance groups, one blank row each by default', () => {
    expect(level1Cells(spec)).toEqual([...PROJECT_LEVEL1]);
    expect(level2Cells(spec)).toEqual(Object.values(LEVEL2_2021).flat());
    expect(spec.lists.map((l) => rangeToA1(l.range))).toEqual(['A12:A22', 'B12:B22']);
  });

  it('puts the budget block and the footers after the indicators, laid out as in the example', () => {
    const budget = rowOf(find(spec, '年度预算执行情况（万元）'));
    expect(budget).toBe(22);
    const offset = budget - 17; // the example's budget label row
    const shifted = example.merges
      .map(parseRangeA1)
      .filter((m) => m.top >= 17)
      .map((m) => rangeToA1({ ...m, top: m.top + offset, bottom: m.bottom + offset }));
    expect(merges(spec).filter((m) => parseRangeA1(m).top >= budget).sort()).toEqual(shifted.sort());
    for (let r = 17; r <= 20; r++) {
      example.rows[r].forEach((v, c) => {
        if (typeof v !== 'string' || r === 18 || (r >= 19 && c >= 2)) return;
        expect([toA1(r + offset, c), norm(at(spec, toA1(r + offset, c)))]).toEqual([toA1(r + offset, c), norm(v)]);
      });
    }
    expect(cellAt(spec, 'F24')).toMatchObject({ value: null, formula: '=IFERROR(D24/B24,"")', numberFormat: '0.00%' });
    expect(spec.rowCount).toBe(26);
  });

  it('has no 分值 / 得分 column', () => {
    expect(spec.cells.some((c) => c.value === '分值' || c.value === '得分')).toBe(false);
  });
});

describe('departmentTemplate (forms.md department)', () => {
  const spec = departmentTemplate();

  it('has the title, 部门（单位）名称, and the budget block', () => {
    expect(at(spec, 'A1')).toBe('部门整体支出绩效自评表');
    expect(at(spec, 'A3')).toBe('部门（单位）名称');
    expect(at(spec, 'A4')).toBe('部门（单位）总体资金（万元）');
    expect(merges(spec)).toEqual(expect.arrayContaining(['A4:A8', 'B4:C4', 'H4:I4', 'B3:I3']));
    expect(['B4', 'D4', 'E4', 'F4', 'G4', 'H4'].map((a) => at(spec, a))).toEqual([
      '资金来源',
      '年初预算数（A）',
      '全年执行数（B）',
      '分值（10分）',
      '执行率（B/A）',
      '得分',
    ]);
    expect(['B5', 'B6', 'B7', 'B8'].map((a) => at(spec, a))).toEqual(['年度资金总额：', '基本支出', '项目支出', '其他']);
    expect(at(spec, 'F5')).toBe(10);
    for (const r of [6, 7, 8]) expect([at(spec, `F${r}`), at(spec, `H${r}`)]).toEqual(['—', '—']);
  });

  it('measures the rate against 年初预算数 (there is no 全年预算数 column)', () => {
    expect(cellAt(spec, 'G5')).toMatchObject({ formula: '=IFERROR(E5/D5,"")', numberFormat: '0.00%' });
    expect(spec.cells.some((c) => c.value === '全年预算数')).toBe(false);
  });

  it('has the goals and the indicator block with 年度指标值（A） | 全年实际值（B）', () => {
    expect([at(spec, 'A9'), at(spec, 'B9'), at(spec, 'F9')]).toEqual(['年度总体目标', '年初设定目标', '年度总体目标完成情况']);
    expect(['A11', 'B11', 'C11', 'D11', 'E11', 'F11', 'G11', 'H11', 'I11'].map((a) => at(spec, a))).toEqual([
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值（A）',
      '全年实际值（B）',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    expect(find(spec, '总分')).toBe('A30');
    expect(at(spec, 'G30')).toBe(100);
  });

  it('offers the department framework in the drop-downs as well', () => {
    expect(spec.lists[0].values).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标', '投入', '过程', '产出', '效果']);
    expect(spec.lists[1].values).toEqual(expect.arrayContaining(['数量指标', '服务对象满意度指标', '预算执行', '履职效益']));
  });
});
