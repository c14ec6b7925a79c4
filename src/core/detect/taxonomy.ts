import { FormKind } from '../report/settingsSchema';

/** The indicator taxonomy of forms.md: first levels and their second levels. */

export type Level1Id = 'cost' | 'output' | 'benefit' | 'satisfaction' | 'input' | 'process' | 'dept-output' | 'effect';

const PROJECT_LEVEL1: Record<string, Level1Id> = {
  成本指标: 'cost',
  产出指标: 'output',
  效益指标: 'benefit',
  满意度指标: 'satisfaction',
};

const DEPARTMENT_LEVEL1: Record<string, Level1Id> = {
  投入: 'input',
  过程: 'process',
  产出: 'dept-output',
  效果: 'effect',
};

/** Second levels by first level, both templates merged (2020 template and 2021 guidance). */
const LEVEL2: Record<Level1Id, readonly string[]> = {
  cost: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  output: ['数量指标', '质量指标', '时效指标', '成本指标'],
  benefit: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  satisfaction: ['服务对象满意度指标', '满意度指标'],
  input: ['预算编制', '目标设定', '预算配置', '资金投入', '预算编制质量', '绩效目标设定', '投入管理'],
  process: ['预算执行', '预算管理', '资产管理', '资金管理', '业务管理', '财务管理', '过程管理'],
  'dept-output': ['职责履行', '重点工作', '产出数量', '产出质量', '产出时效', '产出成本', '履职产出'],
  effect: ['履职效益', '社会效益', '经济效益', '生态效益', '可持续影响', '满意度', '服务对象满意度', '社会公众满意度'],
};

/** Older provincial tables' second-level aliases: accepted with a note. */
const LEVEL2_ALIASES: Record<string, string> = { 进度指标: '时效指标' };

/** A level word's own ending: 产出指标, 产出目标 and 产出 are one level. */
function withoutSuffix(s: string): string {
  return s.replace(/(?:指标|目标)$/, '');
}

/** The points a level label states, in brackets or not: 产出指标(50分), 产出指标40分, 数量指标15分. */
const LEVEL_POINTS = /(?:\((\d+(?:\.\d+)?)分\)|(\d+(?:\.\d+)?)分)$/;

/** A normalized level label without the points it states. */
export function withoutPoints(label: string): string {
  return label.replace(LEVEL_POINTS, '');
}

/** The points a normalized level label states, or null. */
export function levelPoints(label: string | null): number | null {
  if (!label) return null;
  const m = LEVEL_POINTS.exec(label);
  return m ? Number(m[1] ?? m[2]) : null;
}

/** Removes a trailing weight like (50分) or 40分 and a trailing 指标 / 目标, for comparisons. */
export function levelKey(label: string): string {
  return withoutSuffix(withoutPoints(label.replace(/\([^()]*\)$/, (g) => (/\d分\)$/.test(g) ? g : ''))));
}

/** The first level of a normalized label, or null when it is not one the kind knows. */
export function classifyLevel1(label: string, kind: FormKind): Level1Id | null {
  const key = levelKey(label);
  // A department form's bare 产出 is the department framework's (投入 / 过程 / 产出 / 效果), not the
  // project 产出指标: look it up first, on the label as written (产出指标 stays the project level).
  if (kind === 'department') {
    const bare = withoutPoints(label.replace(/\([^()]*\)$/, (g) => (/\d分\)$/.test(g) ? g : '')));
    for (const [name, id] of Object.entries(DEPARTMENT_LEVEL1)) if (name === bare) return id;
  }
  for (const [name, id] of Object.entries(PROJECT_LEVEL1)) if (withoutSuffix(name) === key) return id;
  if (kind === 'department') {
    for (const [name, id] of Object.entries(DEPARTMENT_LEVEL1)) if (name === key) return id;
  }
  return null;
}

export type Level2Fit = 'ok' | 'alias' | 'mismatch';

/** Whether a normalized second-level label belongs to its first level under either taxonomy. */
export function fitLevel2(level1: Level1Id, label: string): { fit: Level2Fit; canonical: string | null } {
  const key = levelKey(label);
  const alias = LEVEL2_ALIASES[key] ?? LEVEL2_ALIASES[key + '指标'];
  if (alias && LEVEL2[level1].includes(alias)) return { fit: 'alias', canonical: alias };
  for (const name of LEVEL2[level1]) if (withoutSuffix(name) === key) return { fit: 'ok', canonical: name };
  return { fit: 'mismatch', canonical: null };
}

export function isCostLevel(level1: Level1Id | null, level2Label: string | null): boolean {
  if (level1 === 'cost') return true;
  return !!level2Label && /成本/.test(level2Label);
}

export function isSatisfactionLevel(level1: Level1Id | null, level2Label: string | null): boolean {
  return level1 === 'satisfaction' || (!!level2Label && /满意度/.test(level2Label));
}

/** The level-1 groups a national split weighs: 成本 counts with 产出. */
export type SplitGroup = 'output' | 'benefit' | 'satisfaction';
export function splitGroup(level1: Level1Id | null): SplitGroup | null {
  if (level1 === 'cost' || level1 === 'output') return 'output';
  if (level1 === 'benefit') return 'benefit';
  if (level1 === 'satisfaction') return 'satisfaction';
  return null;
}

export const KNOWN_LEVEL1_LABELS = {
  project: Object.keys(PROJECT_LEVEL1),
  department: [...Object.keys(PROJECT_LEVEL1), ...Object.keys(DEPARTMENT_LEVEL1)],
};
