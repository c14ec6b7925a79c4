import { parseRangeA1, toA1 } from '../../src/core/grid/address';
import { Cell, CellValue, GridData } from '../../src/core/grid/cellGrid';

/**
 * A small national-project form (9 columns, 16 rows) for the gateway contract:
 *
 *   H6   =IFERROR(F6/E6,"") showing 0.9 as 0.00%    (a formula: never written)
 *   I6   execution 得分 empty                        (the engine writes 9)
 *   H11  得分 30 of 分值 25 … stated                  (a value a test overwrites)
 *   F12  维修桥梁 4座 against ≥5座, I12 deviation empty (an error the engine marks)
 *   H12  得分 empty, H16 总分 empty                   (the engine writes 12 and 96)
 *   H11:H15 formatted 0.00
 *
 * Indicator rows 11–15 (1-based); 绩效指标 A10:A15; 产出指标 B11:B13; 数量指标 C11:C12; 总分 row 16.
 */
export function smallNationalGrid(): GridData {
  const rows: CellValue[][] = [
    ['项目支出绩效自评表', null, null, null, null, null, null, null, null],
    ['（2024年度）', null, null, null, null, null, null, null, null],
    ['项目名称', '示例县农村公路建设项目', null, null, null, null, null, null, null],
    ['主管部门', '示例县交通运输局', null, null, '实施单位', '示例县公路事业发展中心', null, null, null],
    ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', null, 100, 100, 90, 10, 0.9, null],
    [null, '其中：当年财政拨款', null, 100, 100, 90, '—', null, '—'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况', null, null, null],
    [null, '新建和维修农村公路，改善群众出行条件。', null, null, null, '完成了新建和维修任务，群众出行条件明显改善。', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, '产出指标', '数量指标', '新建农村公路', '≥10公里', '10公里', 25, 25, null],
    [null, null, null, '维修桥梁', '≥5座', '4座', 15, null, null],
    [null, null, '质量指标', '工程验收合格率', '≥95%', '98%', 10, 10, null],
    [null, '效益指标', '社会效益指标', '群众出行时间', '明显缩短', '达成年度指标', 30, 30, null],
    [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10, null],
    ['总分', null, null, null, null, null, 100, null, null],
  ];
  const merges = [
    'A1:I1',
    'A2:I2',
    'B3:I3',
    'B4:D4',
    'F4:I4',
    'A5:A7',
    'B5:C5',
    'B6:C6',
    'B7:C7',
    'A8:A9',
    'B8:E8',
    'F8:I8',
    'B9:E9',
    'F9:I9',
    'A10:A15',
    'B11:B13',
    'C11:C12',
    'A16:F16',
  ].map(parseRangeA1);
  const cells: (Cell | null)[][] = rows.map((row) => row.map((v) => (v === null ? null : { value: v })));
  cells[5][7] = { value: 0.9, formula: '=IFERROR(F6/E6,"")', format: '0.00%' };
  for (let r = 10; r <= 14; r++) cells[r][7] = { ...(cells[r][7] ?? { value: null }), format: '0.00' };
  return { name: '项目支出绩效自评表', cells, merges };
}

/** The values of a grid by A1 address (non-empty only), for host-neutral comparisons. */
export function valuesByAddress(grid: GridData): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  grid.cells.forEach((row, r) =>
    (row ?? []).forEach((c, col) => {
      if (c && c.value !== null && c.value !== '') out[toA1(r, col)] = c.value;
    }),
  );
  return out;
}
