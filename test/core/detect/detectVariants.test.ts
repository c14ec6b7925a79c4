import { CellGrid, CellValue, checkSheet, GridData, gridFromValues } from '../../../src/core';
import { detectForm } from '../../../src/core/detect/detectForm';
import { jingmenGrid } from '../../support/fixtures';
import { nationalForm } from '../../support/nationalForm';
import { single } from '../../support/issues';

/** Rewrites every string of a grid (labels and values alike). */
function mapStrings(grid: GridData, f: (s: string) => string): GridData {
  return { ...grid, cells: grid.cells.map((r) => r.map((c) => (c && typeof c.value === 'string' ? { ...c, value: f(c.value) } : c))) };
}

// A hand-made Simplified → Traditional table for the worked example's labels and band words.
const S2T: Record<string, string> = {
  绩: '績', 标: '標', 级: '級', 预: '預', 数: '數', 执: '執', 实: '實', 际: '際', 单: '單', 满: '滿',
  项: '項', 总: '總', 类: '類', 产: '產', 质: '質', 效: '效', 经: '經', 济: '濟', 会: '會', 务: '務',
  对: '對', 据: '據', 问: '問', 题: '題', 与: '與', 进: '進', 况: '況', 称: '稱', 盖: '蓋', 报: '報',
  态: '態', 门: '門', 额: '額', 资: '資', 财: '財', 拨: '撥', 结: '結', 转: '轉', 计: '計', 权: '權',
};
const toTraditional = (s: string) => [...s].map((ch) => S2T[ch] ?? ch).join('');

describe('form detection tolerates how published copies differ', () => {
  it('reads a Traditional-character copy of the worked example', () => {
    const report = single(checkSheet(mapStrings(jingmenGrid(), toTraditional)));
    expect(report.form?.kind).toBe('hubei-project');
    expect(report.indicators).toHaveLength(6);
    expect(report.budget?.rate).toBe(1);
  });

  it('finds the same issues in the Traditional copy as in the original', () => {
    const rules = (g: GridData) => single(checkSheet(g)).issues.map((i) => `${i.rule}@${i.cell}`).sort();
    expect(rules(mapStrings(jingmenGrid(), toTraditional))).toEqual(rules(jingmenGrid()));
  });

  it('reads a Traditional copy whose labels carry romanisation inserted by a mirror site', () => {
    const pinyin: Record<string, string> = { 標: '標(biāo)', 項: '項(xiàng)', 實: '實(shí)', 績: '績（jì）', 際: '際(jì)', 級: '級(jí)', 值: '值(zhí)', 預: '預(yù)' };
    const annotated = (s: string) => [...toTraditional(s)].map((ch) => pinyin[ch] ?? ch).join('');
    const report = single(checkSheet(mapStrings(jingmenGrid(), annotated)));
    expect(report.form?.kind).toBe('hubei-project');
    expect(report.indicators).toHaveLength(6);
  });

  it('reads labels broken by spaces and line breaks (绩 效 指 标, 年度\\n指标值)', () => {
    const f = nationalForm();
    const spaced = mapStrings(f.grid, (s) =>
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '全年执行数'].includes(s) ? s.split('').join(s === '年度指标值' ? '\n' : ' ') : s,
    );
    const report = single(checkSheet(spaced));
    expect(report.form?.kind).toBe('national-project');
    expect(report.indicators).toHaveLength(7);
    expect(report.budget?.executed).toBe(148);
  });

  it('reads full-width punctuation and trailing colons in labels', () => {
    const f = nationalForm();
    const wide = mapStrings(f.grid, (s) => (s === '项目名称' ? '项目名称：' : s === '项目资金（万元）' ? '项目资金(万元)' : s));
    const report = single(checkSheet(wide));
    expect(report.project?.name).toBe('2024年农村饮水安全巩固提升工程');
  });

  it('reads a form shifted right and down (extra leading columns and blank rows)', () => {
    const f = nationalForm();
    const shifted: GridData = {
      ...f.grid,
      cells: [[], [], ...f.grid.cells.map((r) => [null, null, ...r])],
      merges: f.grid.merges.map((m) => ({ top: m.top + 2, bottom: m.bottom + 2, left: m.left + 2, right: m.right + 2 })),
    };
    const report = single(checkSheet(shifted));
    expect(report.form?.range).toMatch(/^C5:K\d+$/); // from 项目名称 (the title rows are not part of the form)
    expect(report.indicators).toHaveLength(7);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('skips blank rows inside the indicator block', () => {
    const f = nationalForm();
    const first = f.grid.cells.findIndex((r) => r?.some((c) => c?.value === '新建供水管网长度'));
    const cells = [...f.grid.cells.slice(0, first + 1), [], [], ...f.grid.cells.slice(first + 1)];
    const merges = f.grid.merges.map((m) => ({
      ...m,
      top: m.top > first ? m.top + 2 : m.top,
      bottom: m.bottom > first ? m.bottom + 2 : m.bottom,
    }));
    const report = single(checkSheet({ ...f.grid, cells, merges }));
    expect(report.indicators.map((i) => i.name)).toContain('受益群众满意度');
    expect(report.indicators).toHaveLength(7);
  });

  it('fills an unmerged, left-blank 一级 cell down from the row above', () => {
    const f = nationalForm();
    const report = single(checkSheet({ ...f.grid, merges: f.grid.merges.filter((m) => !(m.left === 1 && m.top > 12)) }));
    expect(report.indicators[1].level1).toBe('产出指标');
  });

  it('returns no form for a sheet without an indicator header, whatever else it holds', () => {
    const grid = gridFromValues('Notes', [
      ['项目名称', '某项目'],
      ['年度指标值', '实际完成值'],
      ['备注', '无'],
    ]);
    expect(detectForm(new CellGrid(grid))).toBeNull();
  });
});

describe('two-row headers: 年度指标值 split into 指标性质 | 指标值 | 度量单位', () => {
  const rows: CellValue[][] = [
    ['项目名称', '某项目', null, null, null, null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, null, null, '指标性质', '指标值', '度量单位', null, null, null, null],
    ['产出指标', '数量指标', '培训人次', '≥', 500, '人次', 520, 50, 50, null],
    ['效益指标', '社会效益指标', '就业率', '≥', 80, '%', 70, 30, 26.25, '受市场影响'],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥', 90, '%', 95, 10, 10, null],
  ];
  const merges = ['D2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'G2:G3', 'H2:H3', 'I2:I3', 'J2:J3'];
  const report = single(checkSheet(gridFromValues('S', rows, merges)));

  it('maps the comparator, value and unit sub-columns', () => {
    expect(report.indicators[0]).toMatchObject({ name: '培训人次', unit: '人次', target: { op: '>=', value: 500 }, actual: { value: 520 } });
  });

  it('scores against the split target', () => {
    expect(report.indicators[1]).toMatchObject({ name: '就业率', met: false, attainment: 0.875, score: 26.25 });
  });

  it('detects the form as a national project form', () => {
    expect(report.form?.kind).toBe('national-project');
  });
});
