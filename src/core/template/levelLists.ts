import { TemplateKind } from './templateSpec';

/**
 * The drop-down values of the template's 一级指标 / 二级指标 cells (forms.md, "Indicator
 * taxonomy").
 *
 * Excel list validation cannot depend on another cell without named ranges (INDIRECT over one
 * named range per first level), which a TemplateSpec does not carry and which the person's own
 * workbook may not want. So a 二级 cell offers every second level of both templates (2020
 * template and 2021 central guidance), whatever its 一级 says; the checker's `level2-mismatch`
 * catches a wrong pairing. A list's comma-joined source must stay within Excel's 255 characters
 * (tested).
 */

/** The first levels of the project forms, in the order of the forms. */
export const PROJECT_LEVEL1 = ['成本指标', '产出指标', '效益指标', '满意度指标'] as const;

/** The common department framework's first levels (forms.md, `department`). */
export const DEPARTMENT_LEVEL1 = ['投入', '过程', '产出', '效果'] as const;

/** Second levels, 2020 template (成本指标 under 产出指标). */
export const LEVEL2_2020: Readonly<Record<string, readonly string[]>> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

/** Second levels, 2021 central guidance (成本指标 a first level of its own). */
export const LEVEL2_2021: Readonly<Record<string, readonly string[]>> = {
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  产出指标: ['数量指标', '质量指标', '时效指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

/**
 * Second levels of the department framework (投入 / 过程 / 产出 / 效果). forms.md does not list
 * them; these are the ones the checker accepts (src/core/detect/taxonomy.ts), minus those that
 * only repeat a project second level without its trailing 指标 (社会效益 = 社会效益指标). A test
 * keeps the two in step.
 */
export const DEPARTMENT_LEVEL2: readonly string[] = [
  '预算编制',
  '目标设定',
  '预算配置',
  '资金投入',
  '预算编制质量',
  '绩效目标设定',
  '投入管理',
  '预算执行',
  '预算管理',
  '资产管理',
  '资金管理',
  '业务管理',
  '财务管理',
  '过程管理',
  '职责履行',
  '重点工作',
  '产出数量',
  '产出质量',
  '产出时效',
  '产出成本',
  '履职产出',
  '履职效益',
  '满意度',
  '社会公众满意度',
];

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Every project second level of both templates, in form order (产出, 成本, 效益, 满意度). */
export const PROJECT_LEVEL2: readonly string[] = unique([
  ...LEVEL2_2020['产出指标'],
  ...LEVEL2_2021['成本指标'],
  ...LEVEL2_2020['效益指标'],
  ...LEVEL2_2020['满意度指标'],
]);

/** The 一级指标 drop-down of a template. */
export function level1List(kind: TemplateKind): string[] {
  return kind === 'department' ? [...PROJECT_LEVEL1, ...DEPARTMENT_LEVEL1] : [...PROJECT_LEVEL1];
}

/** The 二级指标 drop-down of a template. */
export function level2List(kind: TemplateKind): string[] {
  return kind === 'department' ? unique([...PROJECT_LEVEL2, ...DEPARTMENT_LEVEL2]) : [...PROJECT_LEVEL2];
}

/** Excel's limit on a list validation's comma-separated source. */
export const EXCEL_LIST_SOURCE_MAX = 255;
