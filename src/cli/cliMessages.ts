/**
 * Every user-facing string of the command line, per locale. `enUS` is typed by `CliMessages`
 * (the shape of `zhCN`), so the compiler reports a key missing from either.
 */
import type { FormKind, Locale, PolicyId, Severity } from '../core';
import type { SkippedSheet } from '../core/report/reportSchema';
import type { ReadErrorCode } from './readWorkbook';

const zhCN = {
  help: (examplesDir: string): string =>
    [
      '绩效自评助手 — 检查绩效自评表（.xlsx）',
      '',
      '用法：npm run check -- [选项] [文件…]',
      '',
      `不给文件时检查自带的示例（${examplesDir}/*.xlsx）。每个文件的每个工作表都会检查。`,
      '',
      '选项：',
      '  --json             在标准输出打印 JSON 报告（仅此内容）',
      '  --fill OUT         把计算结果与标注写入副本：只有一个输入文件时 OUT 是输出文件；',
      '                     多个输入文件时 OUT 必须是目录（不存在则创建），每个副本与其输入同名。',
      '                     输入文件从不修改；OUT 与任一输入相同时拒绝执行。',
      '  --overwrite        与 --fill 同用：改写与计算结果不符的已填数值（默认只填空白单元格）',
      '  --include-hidden   同时检查隐藏的工作表（默认跳过，并列出跳过了哪些）',
      '  --policy 政策      national | hubei | sichuan（默认随表格类型）',
      '  --lang 语言        zh（默认）| en',
      '  -h, --help         显示本帮助',
      '',
      '退出码：0 未发现错误；1 至少一个错误级问题；2 有文件无法读取（缺失、非工作簿、损坏、加密）或参数有误。',
    ].join('\n'),
  usage: {
    unknownOption: (opt: string): string => `未知选项：${opt}（用 --help 查看用法）`,
    missingValue: (opt: string): string => `选项 ${opt} 需要一个值`,
    badPolicy: (v: string): string => `未知政策：${v}（可选 national、hubei、sichuan）`,
    badLang: (v: string): string => `未知语言：${v}（可选 zh、en）`,
    overwriteWithoutFill: '--overwrite 只能与 --fill 同用',
    noExamples: (dir: string): string => `没有给出文件，且示例目录中没有 .xlsx：${dir}`,
  },
  readError: {
    'not-found': '文件不存在',
    unreadable: '无法读取文件',
    empty: '文件为空（0 字节）',
    'not-xlsx': '不是 .xlsx 工作簿',
    encrypted: '文件已加密或是旧版 .xls；请另存为不设密码的 .xlsx',
    corrupt: '文件已损坏或不完整',
    'too-large': '文件过大，拒绝读取',
  } satisfies Record<ReadErrorCode, string>,
  fill: {
    sameAsInput: (out: string): string => `输出 ${out} 与输入文件相同；输入文件从不修改，请换一个输出路径`,
    needDirectory: (out: string): string => `有多个输入文件时 --fill 的目标必须是目录：${out} 是一个文件`,
    written: (out: string, writes: number, highlights: number): string =>
      `已写出 ${out}（写入 ${writes} 个单元格，标注 ${highlights} 个单元格）`,
    failed: (out: string, reason: string): string => `无法写出 ${out}：${reason}`,
  },
  progress: (i: number, n: number, file: string): string => `[${i}/${n}] ${file}`,
  internalError: (reason: string): string => `内部错误：${reason}`,
  formKind: {
    'national-project': '项目支出绩效自评表（财政部）',
    'hubei-project': '项目绩效自评表（湖北）',
    'hubei-scored': '项目绩效自评表（湖北，计分）',
    'sichuan-project': '项目支出绩效自评表（四川）',
    department: '部门整体支出绩效自评表',
  } satisfies Record<FormKind, string>,
  policy: { national: '财政部', hubei: '湖北', sichuan: '四川' } satisfies Record<PolicyId, string>,
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  summary: {
    file: (file: string): string => `文件 ${file}`,
    fileError: (file: string, reason: string): string => `文件 ${file}：${reason}`,
    sheet: (sheet: string): string => `  工作表「${sheet}」`,
    sheetNoForm: (sheet: string): string => `  工作表「${sheet}」：未找到绩效自评表`,
    form: (kind: string, policy: string, range: string): string => `表格：${kind}，评分口径：${policy}，范围 ${range}`,
    project: (name: string): string => `项目：${name}`,
    execution: (rate: string, stated: string, score: string): string => `预算执行率：${rate}（表中填写 ${stated}），执行得分 ${score}`,
    total: (score: string, weight: string, stated: string, grade: string): string =>
      `总分：${score} / ${weight}（表中填写 ${stated}），等级 ${grade}`,
    noIndicators: '（没有读到绩效指标）',
    tableHeader: ['指标', '年度指标值', '实际完成值', '完成率', '得分', '问题'] as [string, string, string, string, string, string],
    issuesHeader: '问题：',
    noIssues: '未发现问题',
    counts: (e: number, w: number, i: number): string => `错误 ${e}，警告 ${w}，提示 ${i}`,
    overall: (files: number, sheets: number, e: number, w: number, i: number): string =>
      `合计：${files} 个文件，${sheets} 张自评表；错误 ${e}，警告 ${w}，提示 ${i}`,
    none: '—',
    truncated: (rows: number, cols: number): string => `注意：工作表过大，只读取了前 ${rows} 行、${cols} 列`,
    skippedSheet: (sheet: string, reason: SkippedSheet['reason']): string =>
      `  工作表「${sheet}」：${reason === 'hidden' ? '隐藏' : '深度隐藏'}，未检查（--include-hidden 可一并检查）`,
  },
};

export type CliMessages = typeof zhCN;

const enUS: CliMessages = {
  help: (examplesDir: string): string =>
    [
      'Performance self-evaluation assistant — checks 绩效自评表 workbooks (.xlsx)',
      '',
      'Usage: npm run check -- [options] [files…]',
      '',
      `With no file, checks the bundled examples (${examplesDir}/*.xlsx). Every sheet of every file is checked.`,
      '',
      'Options:',
      '  --json             print the JSON report on stdout, and nothing else',
      '  --fill OUT         write the results and highlights into a copy: with one input, OUT is the',
      '                     output file; with several, OUT must be a directory (created if missing)',
      '                     and each copy takes its input\'s file name. Inputs are never modified;',
      '                     an OUT that is one of the inputs is refused.',
      '  --overwrite        with --fill: replace stated values that differ from the computed ones',
      '                     (by default only empty result cells are filled)',
      '  --include-hidden   check hidden sheets too (by default they are skipped, and listed)',
      '  --policy POLICY    national | hubei | sichuan (default: follows the form kind)',
      '  --lang LANG        zh (default) | en',
      '  -h, --help         show this help',
      '',
      'Exit status: 0 no error found; 1 at least one error-severity issue; 2 a file could not be read',
      '(missing, not a workbook, corrupt, encrypted) or the arguments are wrong.',
    ].join('\n'),
  usage: {
    unknownOption: (opt) => `unknown option: ${opt} (see --help)`,
    missingValue: (opt) => `option ${opt} needs a value`,
    badPolicy: (v) => `unknown policy: ${v} (national, hubei or sichuan)`,
    badLang: (v) => `unknown language: ${v} (zh or en)`,
    overwriteWithoutFill: '--overwrite only works with --fill',
    noExamples: (dir) => `no file given and no .xlsx in the examples folder: ${dir}`,
  },
  readError: {
    'not-found': 'no such file',
    unreadable: 'cannot read the file',
    empty: 'empty file (0 bytes)',
    'not-xlsx': 'not an .xlsx workbook',
    encrypted: 'encrypted or legacy .xls; save as .xlsx without a password',
    corrupt: 'damaged or incomplete file',
    'too-large': 'file too large, refused',
  },
  fill: {
    sameAsInput: (out) => `output ${out} is one of the inputs; inputs are never modified, choose another output`,
    needDirectory: (out) => `with several inputs, --fill needs a directory: ${out} is a file`,
    written: (out, writes, highlights) => `wrote ${out} (${writes} cells written, ${highlights} cells marked)`,
    failed: (out, reason) => `cannot write ${out}: ${reason}`,
  },
  progress: (i, n, file) => `[${i}/${n}] ${file}`,
  internalError: (reason) => `internal error: ${reason}`,
  formKind: {
    'national-project': 'project self-evaluation (Ministry of Finance)',
    'hubei-project': 'project self-evaluation (Hubei)',
    'hubei-scored': 'project self-evaluation (Hubei, scored)',
    'sichuan-project': 'project self-evaluation (Sichuan)',
    department: 'department self-evaluation',
  },
  policy: { national: 'national', hubei: 'Hubei', sichuan: 'Sichuan' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  summary: {
    file: (file) => `File ${file}`,
    fileError: (file, reason) => `File ${file}: ${reason}`,
    sheet: (sheet) => `  Sheet "${sheet}"`,
    sheetNoForm: (sheet) => `  Sheet "${sheet}": no self-evaluation form found`,
    form: (kind, policy, range) => `Form: ${kind}, policy: ${policy}, range ${range}`,
    project: (name) => `Project: ${name}`,
    execution: (rate, stated, score) => `Execution rate: ${rate} (stated ${stated}), execution score ${score}`,
    total: (score, weight, stated, grade) => `Total: ${score} / ${weight} (stated ${stated}), grade ${grade}`,
    noIndicators: '(no indicators read)',
    tableHeader: ['Indicator', 'Target', 'Actual', 'Attainment', 'Score', 'Issues'],
    issuesHeader: 'Issues:',
    noIssues: 'no issues found',
    counts: (e, w, i) => `${e} errors, ${w} warnings, ${i} infos`,
    overall: (files, sheets, e, w, i) => `Total: ${files} files, ${sheets} forms; ${e} errors, ${w} warnings, ${i} infos`,
    none: '—',
    truncated: (rows, cols) => `Note: sheet too large, only the first ${rows} rows and ${cols} columns were read`,
    skippedSheet: (sheet, reason) =>
      `  Sheet "${sheet}": ${reason === 'hidden' ? 'hidden' : 'very hidden'}, not checked (--include-hidden checks it too)`,
  },
};

export const CLI_MESSAGES: Record<Locale, CliMessages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function cliMessages(locale: Locale = 'zh-CN'): CliMessages {
  return CLI_MESSAGES[locale];
}
