import { FormKind } from '../report/settingsSchema';

/** The indicator taxonomy of forms.md: first levels and their second levels. */

export type Level1Id = 'cost' | 'output' | 'benefit' | 'satisfaction' | 'input' | 'process' | 'dept-output' | 'effect';

const PROJECT_LEVEL1: Record<string, Level1Id> = {
  成本指标: 'cost',
  产出指标: 'output',
  效益指标: 'benefit',
  满意度指标: 'satisfaction',
};

/**
 * A department form's stages: 投入 / 过程 / 产出 / 效果 (forms.md), or 决策 / 过程 / 产出 / 效益 (the
 * evaluation framework of 财预〔2020〕10号, which some departments fill in): 决策 is the first stage,
 * as 投入 is, and a bare 效益 the last. On a project form they stay unknown first levels.
 */
const DEPARTMENT_LEVEL1: Record<string, Level1Id> = {
  投入: 'input',
  决策: 'input',
  过程: 'process',
  产出: 'dept-output',
  效果: 'effect',
  效益: 'effect',
};

/** Second levels by first level, both templates merged (2020 template and 2021 guidance). */
const LEVEL2: Record<Level1Id, readonly string[]> = {
  cost: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  output: ['数量指标', '质量指标', '时效指标', '成本指标'],
  benefit: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  satisfaction: ['服务对象满意度指标', '满意度指标'],
  input: ['预算编制', '目标设定', '预算配置', '资金投入', '预算编制质量', '绩效目标设定', '投入管理', '项目立项', '绩效目标', '部门决策', '决策管理'],
  process: ['预算执行', '预算管理', '资产管理', '资金管理', '业务管理', '财务管理', '过程管理', '组织实施'],
  'dept-output': ['职责履行', '重点工作', '产出数量', '产出质量', '产出时效', '产出成本', '履职产出'],
  effect: ['履职效益', '社会效益', '经济效益', '生态效益', '可持续影响', '满意度', '服务对象满意度', '社会公众满意度', '项目效益'],
};

/** Older provincial tables' second-level aliases: accepted with a note. */
const LEVEL2_ALIASES: Record<string, string> = { 进度指标: '时效指标' };

/**
 * Second levels named in other words that say which one they are (accepted with a note): a
 * satisfaction of any group (群众满意度, 受益对象满意度, 社会公众满意度) is 服务对象满意度指标; the
 * department framework's 产出数量 / 产出质量 / 产出时效 / 产出成本 are 数量 / 质量 / 时效 / 成本指标;
 * 时效性 is 时效; 可持续发展 and 可持续性 are 可持续影响指标.
 */
function aliasByWording(key: string): string | undefined {
  if (/^.{1,12}满意度$/.test(key) && key !== '满意度') return '服务对象满意度指标';
  const output = /^产出(数量|质量|时效|成本)$/.exec(key);
  if (output) return `${output[1]}指标`;
  if (key === '时效性') return '时效指标';
  if (/^可持续(?:发展|性|发展影响)$/.test(key)) return '可持续影响指标';
  return undefined;
}

/**
 * A level word's own ending: 产出指标, 产出目标, 产出类指标 and 产出 are one level; the template's trailing 等
 * (服务对象满意度指标等, printed to say "and the like") is no part of the name either.
 */
function withoutSuffix(s: string): string {
  return s.replace(/等$/, '').replace(/类?(?:指标|目标)$/, '');
}

/** A level's numbering as a form prints it: 一、 1. 1、 (一) (1) ①. */
const NUMBERING = /^(?:\d{1,2}[.、)]|[一二三四五六七八九十]+[、.]|\(\d{1,2}\)|\([一二三四五六七八九十]+\)|[\u2460-\u2473])(?=.)/;

/** A normalized level label without the numbering before it (一、产出指标 → 产出指标). */
function withoutNumbering(label: string): string {
  return label.replace(NUMBERING, '');
}

/**
 * The points a level label states, in brackets or not: 产出指标(50分), 产出指标40分, 数量指标15分, and
 * with one bracket lost (效益指标30分), 效益指标(30分).
 */
const LEVEL_POINTS = /\(?(\d+(?:\.\d+)?)分\)?$/;
/**
 * The span of points a template allows a level, (0-20)分, (40-50分), 40～50分: no weight of its
 * own (the clerk chooses within it), but no part of the level's name either.
 */
const LEVEL_POINT_RANGE = /\(?\d+(?:\.\d+)?分?[-~～—–至]\d+(?:\.\d+)?(?:\)分|分\)?)$/;

/** A normalized level label without the points it states. */
export function withoutPoints(label: string): string {
  return label.replace(LEVEL_POINT_RANGE, '').replace(LEVEL_POINTS, '');
}

/** The points a normalized level label states, or null. */
export function levelPoints(label: string | null): number | null {
  if (!label || LEVEL_POINT_RANGE.test(label)) return null;
  const m = LEVEL_POINTS.exec(label);
  return m ? Number(m[1]) : null;
}

/** Removes a trailing weight like (50分) or 40分 and a trailing 指标 / 目标, for comparisons. */
export function levelKey(label: string): string {
  return withoutSuffix(withoutPoints(withoutNumbering(label).replace(/\([^()]*\)$/, (g) => (/\d分\)$/.test(g) ? g : ''))));
}

/** The first level of a normalized label as written (or a known wording of it), or null. */
function exactLevel1(label: string, kind: FormKind): Level1Id | null {
  const key = levelKey(label);
  // A department form's bare 产出 is the department framework's (投入 / 过程 / 产出 / 效果), not the
  // project 产出指标: look it up first, on the label as written (产出指标 stays the project level).
  if (kind === 'department') {
    const bare = withoutPoints(withoutNumbering(label).replace(/\([^()]*\)$/, (g) => (/\d分\)$/.test(g) ? g : '')));
    for (const [name, id] of Object.entries(DEPARTMENT_LEVEL1)) if (name === bare) return id;
  }
  for (const [name, id] of Object.entries(PROJECT_LEVEL1)) if (withoutSuffix(name) === key) return id;
  if (kind === 'department') {
    for (const [name, id] of Object.entries(DEPARTMENT_LEVEL1)) if (name === key) return id;
  }
  return null;
}

/** The shortest label read as a short form or cut of a level name (one character says too little). */
const MIN_SHORT_FORM = 2;

/**
 * The one name of `names` that `key` is a short form or cut of: a proper prefix of the name
 * (满意 of 满意度指标, 产出指 of 产出指标, 可持续 of 可持续影响指标), at least two characters
 * long. Null when no name or more than one name starts with it.
 */
function uniquePrefixOf(key: string, names: readonly string[]): string | null {
  if (key.length < MIN_SHORT_FORM) return null;
  const hits = names.filter((name) => name.length > key.length && name.startsWith(key));
  return hits.length === 1 ? hits[0] : null;
}

/**
 * A first level worded as whose satisfaction it is (服务对象满意度指标, 社会公众或服务对象满意度指标,
 * and cut: …满意度指): the satisfaction level under its second level's name, read as 满意度指标.
 */
const GROUP_SATISFACTION = /^[^满]{1,12}满意度(?:指标?|目标)?$/;

/** How a first-level label reads: the level, and the name it was taken for when it is a short form. */
export interface Level1Reading {
  id: Level1Id;
  /** The level's name when the label is a short form or cut of it (满意 → 满意度指标), else null. */
  shortFor: string | null;
}

/**
 * Reads a normalized first-level label: a known wording of a level (产出指标, 产出目标, 产出,
 * 产出指标(50分)), or a clear short form or cut of exactly one level's name (满意 → 满意度指标,
 * 满意度指 → 满意度指标). A label that could be two levels, or is none, reads as null.
 */
export function readLevel1(label: string, kind: FormKind): Level1Reading | null {
  const id = exactLevel1(label, kind);
  if (id) return { id, shortFor: null };
  const names = kind === 'department' ? KNOWN_LEVEL1_LABELS.department : KNOWN_LEVEL1_LABELS.project;
  const key = withoutPoints(withoutNumbering(label).replace(/\([^()]*\)$/, (g) => (/\d分\)$/.test(g) ? g : '')));
  // 满意 and 满意指标 alike: the label's own 指标 / 目标 ending is no part of the short form.
  const name = uniquePrefixOf(key, names) ?? uniquePrefixOf(withoutSuffix(key), names) ?? (GROUP_SATISFACTION.test(key) ? '满意度指标' : null);
  if (!name) return null;
  return { id: PROJECT_LEVEL1[name] ?? DEPARTMENT_LEVEL1[name], shortFor: name };
}

const PROJECT_LEVEL_KEYS = new Set([
  ...Object.keys(PROJECT_LEVEL1),
  ...(['cost', 'output', 'benefit', 'satisfaction'] as const).flatMap((id) => LEVEL2[id]),
].map(withoutSuffix));

/**
 * Whether a normalized label is a level's name used as a heading (1.数量目标, 一、产出指标(50分),
 * (二)效益指标): a numbering, a project level's name ending in 指标 or 目标, and its points at most.
 */
export function isLevelHeading(label: string): boolean {
  const m = /^(?:\d{1,2}[.、]|[一二三四五六七八九十]+、|\(\d{1,2}\)|\([一二三四五六七八九十]+\))?(.+?(?:指标|目标))(?:\(?\d+(?:\.\d+)?分\)?)?$/.exec(label);
  return !!m && PROJECT_LEVEL_KEYS.has(withoutSuffix(m[1]));
}

/** The first level of a normalized label (a known wording or a clear short form), or null. */
export function classifyLevel1(label: string, kind: FormKind): Level1Id | null {
  return readLevel1(label, kind)?.id ?? null;
}

export type Level2Fit = 'ok' | 'alias' | 'mismatch';

/** Whether a normalized second-level label belongs to its first level under either taxonomy. */
/** A stage also takes the project level's second levels it stands for (产出 → 数量指标, 效益 → 社会效益指标, 满意度指标). */
const STAGE_ALSO: Partial<Record<Level1Id, readonly Level1Id[]>> = { 'dept-output': ['output'], effect: ['benefit', 'satisfaction'] };

function level2Names(level1: Level1Id): readonly string[] {
  const also = STAGE_ALSO[level1];
  return also ? [...LEVEL2[level1], ...also.flatMap((id) => LEVEL2[id])] : LEVEL2[level1];
}

export function fitLevel2(level1: Level1Id, label: string): { fit: Level2Fit; canonical: string | null } {
  const key = levelKey(label);
  const names = level2Names(level1);
  const alias = LEVEL2_ALIASES[key] ?? LEVEL2_ALIASES[key + '指标'];
  if (alias && names.includes(alias)) return { fit: 'alias', canonical: alias };
  for (const name of names) if (withoutSuffix(name) === key) return { fit: 'ok', canonical: name };
  // A short form or cut of one of the level's own second levels (可持续 → 可持续影响指标).
  const short = uniquePrefixOf(key, names);
  if (short) return { fit: 'ok', canonical: short };
  const worded = aliasByWording(key);
  if (worded && names.includes(worded)) return { fit: 'alias', canonical: worded };
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
