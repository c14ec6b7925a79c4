/**
 * The bundled examples: their cells hold what scripts/lib/nationalExample.ts says they hold,
 * and the engine finds each planted mistake where examples/README.md says it will.
 */
import { join } from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { checkWorkbook } from '../../src/core';
import type { GridData } from '../../src/core/grid/cellGrid';
import { parseA1 } from '../../src/core/grid/address';
import { NATIONAL_EXAMPLE, PLANTED_MISTAKES } from '../../scripts/lib/nationalExample';

const FILE = join(__dirname, '..', '..', 'examples', 'national-example.xlsx');
let grid: GridData;
beforeAll(async () => {
  [grid] = (await readWorkbookFile(FILE)).sheets;
});

const at = (a1: string): unknown => {
  const { row, col } = parseA1(a1);
  return grid.cells[row]?.[col]?.value ?? null;
};

describe('examples/national-example.xlsx', () => {
  it('has the national layout: budget block, goals, indicator header, 12 indicators, 总分', () => {
    expect(grid.name).toBe(NATIONAL_EXAMPLE.sheetName);
    expect(at('A1')).toBe('项目支出绩效自评表');
    expect(at('A2')).toBe('（2024年度）');
    expect([at('A3'), at('A4'), at('E4')]).toEqual(['项目名称', '主管部门', '实施单位']);
    expect(at('A5')).toBe('项目资金（万元）');
    expect(['D5', 'E5', 'F5', 'G5', 'H5', 'I5'].map(at)).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(['B6', 'B7', 'B8', 'B9'].map(at)).toEqual(['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金']);
    expect(['G7', 'I7', 'G9', 'I9'].map(at)).toEqual(['—', '—', '—', '—']);
    expect([at('A10'), at('B10'), at('F10')]).toEqual(['年度总体目标', '预期目标', '实际完成情况']);
    expect(['A12', 'B12', 'C12', 'D12', 'E12', 'F12', 'G12', 'H12', 'I12'].map(at)).toEqual([
      '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
    ]);
    expect([at('A25'), at('G25'), at('H25')]).toEqual(['总分', 100, 98.5]);
    expect(grid.merges).toEqual(expect.arrayContaining([
      { top: 4, left: 0, bottom: 8, right: 0 }, // 项目资金（万元） over five rows
      { top: 11, left: 0, bottom: 23, right: 0 }, // 绩效指标
      { top: 12, left: 1, bottom: 18, right: 1 }, // 产出指标 B13:B19
    ]));
    expect(grid.cells[5][7]).toEqual({ value: 0.98, format: '0.00%' });
  });

  it('holds the planted values', () => {
    expect(at('F15')).toBe('96%');
    expect(at('I15')).toBeNull();
    expect(at('F17')).toBeNull();
    expect(at('F18')).toBe('36万元');
    expect(at('D22')).toBe('指标1：');
    expect([at('G24'), at('H24')]).toEqual([10, 12]);
  });

  describe('the engine finds each planted mistake', () => {
    for (const p of PLANTED_MISTAKES) {
      it(`${p.rule} at ${p.cell}`, () => {
        const [sheet] = checkWorkbook([grid]);
        expect(sheet.form?.kind).toBe('national-project');
        expect(sheet.issues.map((i) => `${i.rule}@${i.cell}`)).toContain(`${p.rule}@${p.cell}`);
      });
    }
  });
});
