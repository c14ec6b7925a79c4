import type { GatewayErrorCode, SkipReason } from '../app/hostGateway';
import type { Grade } from '../core/compute/grade';
import type { Severity } from '../core/report/ruleIds';
import type { FormKind, Locale, PolicyId } from '../core/report/settingsSchema';
import type { Widen } from './widen';

/**
 * Every string the task pane shows, in Chinese (the default) and English. The findings' own
 * messages come from the engine (src/core/i18n/issueMessages.ts) in the language passed in the
 * settings; this catalog covers the pane around them.
 *
 * `enUS` is typed against `zhCN`'s keys (`UiMessages`), so a key missing from either language, or
 * a message taking different arguments, fails to compile.
 */

/** What the pane is doing while a use case runs. */
export type Operation = 'load' | 'check' | 'workbook' | 'write' | 'clear' | 'undo' | 'template' | 'rows' | 'goto' | 'settings' | 'export' | 'accept';

export const zhCN = {
  appTitle: '绩效自评助手',
  loading: '正在加载…',

  // Toolbar
  toolbarLabel: '操作',
  check: '检查表格',
  writeResults: '写回结果',
  clearMarks: '清除标记',
  undoWrites: '撤销写回',
  insertTemplate: '插入空白模板',
  insertRows: '插入指标行',
  checkWorkbook: '检查全部工作表',
  exportMenu: '导出',
  settings: '设置',

  busy: {
    load: '正在读取设置…',
    check: '正在检查…',
    workbook: '正在检查全部工作表…',
    write: '正在写回结果…',
    clear: '正在清除标记…',
    undo: '正在撤销写回…',
    template: '正在插入模板…',
    rows: '正在插入指标行…',
    goto: '正在定位…',
    settings: '正在保存设置…',
    export: '正在导出…',
    accept: '正在保存…',
  } satisfies Record<Operation, string>,

  // Status after an operation
  checkedStatus: (marked: number) => (marked > 0 ? `检查完成，已在表中标记 ${marked} 个单元格` : '检查完成，表中没有需要标记的单元格'),
  sheetTruncated: (rows: number, cols: number) => `工作表过大：只检查了前 ${rows} 行、${cols} 列，其余部分未读取`,
  writtenStatus: (written: number, skipped: number) =>
    skipped > 0 ? `已写回 ${written} 个单元格；${skipped} 个单元格检查后已改动，未写入` : `已写回 ${written} 个单元格`,
  clearedStatus: (cells: number) => `已清除 ${cells} 个单元格的标记`,
  undoneStatus: (cells: number) => `已恢复 ${cells} 个单元格的原值`,
  templateInserted: (sheet: string) => `已插入空白模板工作表“${sheet}”`,
  rowsInserted: (count: number, afterRow: number) => `已在第 ${afterRow} 行后插入 ${count} 行，填写后请重新检查`,
  settingsSaved: '设置已保存',
  recheckedAfter: (what: string) => `${what}；已重新检查`,
  exported: (sheet: string) => `已导出到新工作表“${sheet}”，每条问题一行，单元格可点击跳转`,
  copied: '已复制到剪贴板，可直接粘贴',
  copyFallback: '无法直接写入剪贴板：请在下面的文本框中全选（Ctrl+A）后复制（Ctrl+C）',
  acceptedStatus: '已标为“已知，保留”，不再计数和标记',
  unacceptedStatus: '已取消保留，重新计数和标记',

  // Empty and no-form states
  emptyState: '打开填有绩效自评表的工作表，然后点击“检查表格”。',
  noFormTitle: '未找到绩效自评表',
  noFormHint: '请切换到填有绩效自评表的工作表，或用“插入空白模板”新建一张。',
  formsElsewhere: '本工作簿中以下工作表有绩效自评表：',
  noFormsInWorkbook: '本工作簿中其他可见工作表也没有绩效自评表。',

  // Errors
  errorTitle: '操作未完成',
  dismiss: '关闭',
  unexpectedError: '操作失败，请重试。如果问题持续出现，请关闭并重新打开加载项。',
  gatewayErrors: {
    protected: '工作表受保护，请先撤销保护（“审阅”→“撤销工作表保护”）后再试。',
    'cell-edit-mode': '请先退出单元格编辑（按 Enter 或 Esc）后再试。',
    'not-found': '找不到要操作的工作表或单元格，可能已被删除或重命名。请重新检查表格。',
    'already-exists': '已有同名的工作表，请重命名或删除后再试。',
    'invalid-argument': 'Excel 拒绝了这次操作。请重新检查表格后再试。',
    'merge-conflict': '操作与合并单元格冲突，请先调整合并区域后再试。',
    'too-large': '工作表的已用区域过大，无法一次读写。请删除表格外多余的行列后再试。',
    unsupported: '当前 Excel 版本不支持此功能，请使用 Office 2021、Office 2024 或 Microsoft 365。',
    'nothing-to-undo': '没有可以撤销的写回。',
    'sheet-changed': '检查之后工作表已改动，请重新检查后再写回。',
    unknown: 'Excel 报告了一个未知错误，请重试。',
  } satisfies Record<GatewayErrorCode, string>,

  // Summary
  summaryTitle: '检查结果',
  sheet: '工作表',
  project: '项目',
  formKind: '表格类型',
  policy: '评分口径',
  policyAuto: (policy: string | null) => (policy ? `自动（${policy}）` : '自动（跟随表格类型）'),
  executionRate: '预算执行率',
  funds: '资金',
  /** The scored funds row: what is not on the form is left out (到位数 on most forms). */
  fundsAmounts: (budget: string | null, received: string | null, executed: string | null) =>
    [budget === null ? null : `预算 ${budget}`, received === null ? null : `到位 ${received}`, executed === null ? null : `执行 ${executed}`].filter(Boolean).join(' · '),
  totalScore: '总分',
  grade: '等级',
  scoreOf: (score: string, weight: string) => `${score} / ${weight}`,
  notAvailable: '—',
  pendingWrites: (cells: number) => `可写回 ${cells} 个结果单元格`,
  noWrites: '没有需要写回的结果',
  formOfSheet: (n: number, range: string) => `第 ${n} 张表（${range}）`,
  formsOnSheet: (n: number) => `本工作表有 ${n} 张绩效自评表`,
  countsLabel: '问题数量',
  severityCount: (severity: string, count: number) => `${severity}：${count} 条`,

  formKinds: {
    'national-project': '项目支出绩效自评表（财政部）',
    'hubei-project': '项目支出绩效自评表（湖北）',
    'hubei-scored': '项目支出绩效自评表（湖北·计分）',
    'sichuan-project': '项目支出绩效自评表（四川）',
    department: '部门整体支出绩效自评表',
  } satisfies Record<FormKind, string>,
  policies: {
    national: '财政部',
    hubei: '湖北',
    sichuan: '四川',
  } satisfies Record<PolicyId, string>,
  severities: {
    error: '错误',
    warning: '警告',
    info: '提示',
  } satisfies Record<Severity, string>,
  grades: {
    优: '优',
    良: '良',
    中: '中',
    差: '差',
  } satisfies Record<Grade, string>,

  // Findings
  findingsTitle: '问题清单',
  noFindings: '没有发现问题。',
  sheetGroup: '表格',
  rowLabel: (row: number) => `第 ${row} 行`,
  previous: '上一条',
  next: '下一条',
  findingPosition: (index: number, total: number) => `第 ${index} 条，共 ${total} 条`,
  findingCount: (total: number) => `共 ${total} 条`,
  noCell: '整表',
  staleReport: '表格已改动，问题清单可能已过时，请重新检查。',
  groupCount: (n: number) => `${n} 处`,
  findingsListLabel: '问题清单：上下方向键浏览，右键展开，回车定位到单元格',
  shortcutsHint: 'Alt+↓ 下一条，Alt+↑ 上一条',
  currentFinding: '当前问题',
  why: '为什么？',
  whyTitle: '为什么重要',
  fixTitle: '如何改正',
  labelled: (label: string, text: string) => `${label}：${text}`,
  accept: '已知，保留',
  acceptReason: '保留原因（会保存在工作簿中）',
  acceptReasonPlaceholder: '例如：按主管部门要求保留',
  acceptConfirm: '确认保留',
  reasonRequired: '请写明保留的原因',
  acceptedTitle: (n: number) => `已接受的问题（${n}）`,
  acceptedReason: (reason: string) => `原因：${reason}`,
  unaccept: '取消保留',
  skippedTitle: (n: number) => `${n} 个单元格未改动：`,
  skippedCell: (sheet: string, cell: string | null, reason: string) => `${cell ? `“${sheet}”${cell}` : `“${sheet}”`}：${reason}`,
  skipReasons: {
    'value-changed': '检查后单元格已改动，未覆盖',
    'row-changed': '所在行在检查后有改动，请重新检查后再写回',
    formula: '单元格现在是公式，未改动',
    merged: '单元格现在在合并区域内，未改动',
    deleted: '所在行或列已删除',
    'sheet-missing': '工作表已不存在',
    protected: '工作表受保护，未改动',
    'note-edited': '批注已被修改，予以保留',
    'notes-unsupported': '此版本 Excel 无法删除批注，批注保留',
    failed: 'Excel 拒绝了这次修改',
  } satisfies Record<SkipReason, string>,
  discard: '放弃记录（不再尝试清除或撤销这些单元格）',
  discardedStatus: '已放弃记录；表中单元格未作改动',
  commandChecked: (sheet: string, errors: number, warnings: number, infos: number, marked: number) =>
    `功能区“检查表格”已检查“${sheet}”：错误 ${errors} 条，警告 ${warnings} 条，提示 ${infos} 条，标记 ${marked} 个单元格`,
  commandNoForm: (sheet: string) => `功能区“检查表格”：工作表“${sheet}”中没有绩效自评表`,
  commandFailed: (reason: string) => `功能区“检查表格”未完成：${reason}`,

  // Scores
  scoresTitle: '得分明细',
  scoresHint: '点击一行查看计算方法',
  scoreColumns: { name: '指标', group: '指标类别', target: '指标值', actual: '实际完成值', attainment: '完成率', weight: '分值', score: '得分', how: '计算方法' },
  scoreStatus: { met: '已完成', partly: '部分完成', 'not-met': '未完成', unscored: '未计分' },
  totalHow: (how: string) => `总分：${how}`,

  // Workbook
  workbookTitle: '全部工作表',
  workbookForms: (n: number) => (n === 1 ? '1 张自评表' : `${n} 张自评表`),
  workbookWithout: (names: string) => `没有自评表：${names}`,
  listSeparator: '、',
  countsSeparator: '，',
  goToSheetWithCounts: (sheet: string, counts: string) => `转到“${sheet}”并检查（${counts}）`,
  workbookSkipped: (names: string) => `未检查的隐藏工作表：${names}`,
  goToSheet: (sheet: string) => `转到“${sheet}”并检查`,
  activeSheetMark: '（当前）',

  // Export and print
  exportTitle: '导出检查结果',
  copyMessage: '复制问题清单（用于邮件、消息）',
  copyProblems: '复制为“问题和不足”',
  exportSheet: '导出到新工作表“检查结果”',
  printView: '打印视图',
  copyText: '要复制的文本',
  print: '打印',
  closePrint: '返回',
  printTitle: (sheet: string) => `“${sheet}”检查结果`,
  printedAt: (when: string) => `检查时间：${when}`,
  printFinding: (severity: string, cell: string | null, message: string) => `【${severity}】${cell ? `${cell} ` : ''}${message}`,
  printAccepted: (cell: string | null, message: string, reason: string) => `${cell ? `${cell} ` : ''}${message}（保留原因：${reason}）`,
  withStated: (how: string, stated: string) => `${how}（表中填写 ${stated}）`,

  // Settings
  settingsTitle: '设置',
  policyOverride: '评分口径',
  overAchievementThreshold: '超额完成提示阈值（%）',
  overAchievementHint: '实际完成值达到目标值的这一比例时，提示目标可能定得偏低。',
  lowExecutionThreshold: '低执行率阈值（%）',
  lowExecutionHint: '预算执行率低于这一比例时，要求说明原因。',
  overwriteStated: '写回时覆盖表中已填的不同数值',
  overwriteStatedHint: '关闭时只填写空白的结果单元格；覆盖的原值可用“撤销写回”恢复。',
  lowerIsBetter: '“越小越好”指标未达标时的计分',
  lowerIsBetterRatio: '比值法：目标值 ÷ 实际值',
  lowerIsBetterLinear: '线性扣减：1 −（实际值 − 目标值）÷ 目标值',
  numberOutOfRange: (min: number, max: number) => `请输入 ${min} 到 ${max} 之间的数`,
  closeSettings: '完成',

  // Insert indicator rows
  insertRowsTitle: '插入指标行',
  insertAfter: '插入到此指标行之后',
  rowCount: '行数',
  insert: '插入',
  cancel: '取消',
  indicatorOption: (row: number, name: string) => `第 ${row} 行：${name}`,

  // Outside Excel
  outsideOfficeTitle: '请在 Excel 中打开',
  outsideOfficeBody: '绩效自评助手是 Excel 加载项。请在 Excel（Office 2021、Office 2024 或 Microsoft 365）的“开始”选项卡中打开它。',
} as const;

export type UiMessages = Widen<typeof zhCN>;

export const enUS: UiMessages = {
  appTitle: 'Self-Evaluation Assistant',
  loading: 'Loading…',

  toolbarLabel: 'Actions',
  check: 'Check sheet',
  writeResults: 'Write results',
  clearMarks: 'Clear marks',
  undoWrites: 'Undo write',
  insertTemplate: 'Insert blank form',
  insertRows: 'Insert indicator rows',
  checkWorkbook: 'Check all sheets',
  exportMenu: 'Export',
  settings: 'Settings',

  busy: {
    load: 'Reading settings…',
    check: 'Checking…',
    workbook: 'Checking all sheets…',
    write: 'Writing results…',
    clear: 'Clearing marks…',
    undo: 'Undoing the write…',
    template: 'Inserting the form…',
    rows: 'Inserting indicator rows…',
    goto: 'Going to the cell…',
    settings: 'Saving settings…',
    export: 'Exporting…',
    accept: 'Saving…',
  },

  sheetTruncated: (rows, cols) => `The sheet is too large: only the first ${rows} rows and ${cols} columns were checked`,
  checkedStatus: (marked) => (marked > 0 ? `Check complete: ${marked} cell${marked === 1 ? '' : 's'} marked on the sheet` : 'Check complete: nothing to mark on the sheet'),
  writtenStatus: (written, skipped) =>
    skipped > 0
      ? `Wrote ${written} cell${written === 1 ? '' : 's'}; ${skipped} changed since the check and were left alone`
      : `Wrote ${written} cell${written === 1 ? '' : 's'}`,
  clearedStatus: (cells) => `Cleared the marks on ${cells} cell${cells === 1 ? '' : 's'}`,
  undoneStatus: (cells) => `Restored ${cells} cell${cells === 1 ? '' : 's'}`,
  templateInserted: (sheet) => `Inserted the blank form on sheet "${sheet}"`,
  rowsInserted: (count, afterRow) => `Inserted ${count} row${count === 1 ? '' : 's'} after row ${afterRow}; fill them in, then check again`,
  settingsSaved: 'Settings saved',
  recheckedAfter: (what) => `${what}; checked again`,
  exported: (sheet) => `Exported to the new sheet "${sheet}": one row per finding, each cell a link`,
  copied: 'Copied to the clipboard, ready to paste',
  copyFallback: 'The clipboard cannot be written here: select the text below (Ctrl+A) and copy it (Ctrl+C)',
  acceptedStatus: 'Accepted as intended: no longer counted or marked',
  unacceptedStatus: 'No longer accepted: counted and marked again',

  emptyState: 'Open the sheet with the self-evaluation table, then click "Check sheet".',
  noFormTitle: 'No self-evaluation table found',
  noFormHint: 'Switch to the sheet that holds the self-evaluation table, or create one with "Insert blank form".',
  formsElsewhere: 'These sheets of the workbook hold a self-evaluation table:',
  noFormsInWorkbook: 'No other visible sheet of this workbook holds one either.',

  errorTitle: 'Not done',
  dismiss: 'Dismiss',
  unexpectedError: 'Something went wrong. Please try again; if it keeps happening, close and reopen the add-in.',
  gatewayErrors: {
    protected: 'The sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again.',
    'cell-edit-mode': 'Finish editing the cell first (press Enter or Esc), then try again.',
    'not-found': 'The sheet or cell is gone (deleted or renamed?). Check the sheet again.',
    'already-exists': 'A sheet with that name already exists. Rename or delete it and try again.',
    'invalid-argument': 'Excel refused the change. Check the sheet again, then retry.',
    'merge-conflict': 'The change conflicts with merged cells. Adjust the merged areas and try again.',
    'too-large': 'The sheet\'s used range is too large to read or write at once. Delete unused rows and columns outside the table and try again.',
    unsupported: 'This version of Excel does not support this feature. Use Office 2021, Office 2024 or Microsoft 365.',
    'nothing-to-undo': 'There is no write to undo.',
    'sheet-changed': 'The sheet changed after the check. Check it again before writing.',
    unknown: 'Excel reported an unknown error. Please try again.',
  },

  summaryTitle: 'Result',
  sheet: 'Sheet',
  project: 'Project',
  formKind: 'Form',
  policy: 'Scoring policy',
  policyAuto: (policy) => (policy ? `Auto (${policy})` : 'Auto (follows the form)'),
  executionRate: 'Budget execution rate',
  funds: 'Funds',
  fundsAmounts: (budget, received, executed) =>
    [budget === null ? null : `budget ${budget}`, received === null ? null : `received ${received}`, executed === null ? null : `spent ${executed}`].filter(Boolean).join(' · '),
  totalScore: 'Total score',
  grade: 'Grade',
  scoreOf: (score, weight) => `${score} / ${weight}`,
  notAvailable: '—',
  pendingWrites: (cells) => `${cells} result cell${cells === 1 ? '' : 's'} to write`,
  noWrites: 'No results to write',
  formOfSheet: (n, range) => `Form ${n} (${range})`,
  formsOnSheet: (n) => `This sheet holds ${n} self-evaluation tables`,
  countsLabel: 'Findings',
  severityCount: (severity, count) => `${severity}: ${count}`,

  formKinds: {
    'national-project': 'Project self-evaluation (Ministry of Finance)',
    'hubei-project': 'Project self-evaluation (Hubei)',
    'hubei-scored': 'Project self-evaluation (Hubei, scored)',
    'sichuan-project': 'Project self-evaluation (Sichuan)',
    department: 'Department-wide self-evaluation',
  },
  policies: {
    national: 'Ministry of Finance',
    hubei: 'Hubei',
    sichuan: 'Sichuan',
  },
  severities: {
    error: 'Errors',
    warning: 'Warnings',
    info: 'Notes',
  },
  grades: {
    优: 'Excellent',
    良: 'Good',
    中: 'Fair',
    差: 'Poor',
  },

  findingsTitle: 'Findings',
  noFindings: 'No findings.',
  sheetGroup: 'Table',
  rowLabel: (row) => `Row ${row}`,
  previous: 'Previous',
  next: 'Next',
  findingPosition: (index, total) => `${index} of ${total}`,
  findingCount: (total) => `${total} in all`,
  noCell: 'Sheet',
  staleReport: 'The sheet changed; these findings may be out of date. Check again.',
  groupCount: (n) => `${n} places`,
  findingsListLabel: 'Findings: up and down arrows to browse, right arrow to expand, Enter to go to the cell',
  shortcutsHint: 'Alt+↓ next, Alt+↑ previous',
  currentFinding: 'Current finding',
  why: 'Why?',
  whyTitle: 'Why it matters',
  fixTitle: 'How to fix it',
  labelled: (label, text) => `${label}: ${text}`,
  accept: 'Known, keep it',
  acceptReason: 'Why it stays (saved in the workbook)',
  acceptReasonPlaceholder: 'e.g. kept as the department asked',
  acceptConfirm: 'Keep it',
  reasonRequired: 'Give the reason it stays',
  acceptedTitle: (n) => `Accepted findings (${n})`,
  acceptedReason: (reason) => `Reason: ${reason}`,
  unaccept: 'Take back',
  skippedTitle: (n) => `${n} cell${n === 1 ? '' : 's'} left unchanged:`,
  skippedCell: (sheet, cell, reason) => `${cell ? `"${sheet}" ${cell}` : `"${sheet}"`}: ${reason}`,
  skipReasons: {
    'value-changed': 'changed since the check, not overwritten',
    'row-changed': 'its row changed since the check; check again before writing',
    formula: 'now holds a formula, left alone',
    merged: 'now inside a merged area, left alone',
    deleted: 'its row or column was deleted',
    'sheet-missing': 'the sheet is gone',
    protected: 'the sheet is protected, left alone',
    'note-edited': 'its note was edited, so it stays',
    'notes-unsupported': 'this Excel cannot remove notes; the note stays',
    failed: 'Excel refused the change',
  },
  discard: 'Discard the record (stop trying to clear or undo these cells)',
  discardedStatus: 'Record discarded; no cell was changed',
  commandChecked: (sheet, errors, warnings, infos, marked) =>
    `The ribbon's Check sheet checked "${sheet}": ${errors} error(s), ${warnings} warning(s), ${infos} note(s), ${marked} cell(s) marked`,
  commandNoForm: (sheet) => `The ribbon's Check sheet: no self-evaluation table on "${sheet}"`,
  commandFailed: (reason) => `The ribbon's Check sheet did not finish: ${reason}`,

  scoresTitle: 'Scores',
  scoresHint: 'Click a row to see how it was computed',
  scoreColumns: { name: 'Indicator', group: 'Level', target: 'Target', actual: 'Actual', attainment: 'Attainment', weight: 'Weight', score: 'Score', how: 'How' },
  scoreStatus: { met: 'met', partly: 'partly met', 'not-met': 'not met', unscored: 'not scored' },
  totalHow: (how) => `Total: ${how}`,

  workbookTitle: 'All sheets',
  workbookForms: (n) => (n === 1 ? '1 table' : `${n} tables`),
  workbookWithout: (names) => `No table: ${names}`,
  listSeparator: ', ',
  countsSeparator: ', ',
  goToSheetWithCounts: (sheet, counts) => `Go to "${sheet}" and check it (${counts})`,
  workbookSkipped: (names) => `Hidden sheets not checked: ${names}`,
  goToSheet: (sheet) => `Go to "${sheet}" and check it`,
  activeSheetMark: ' (current)',

  exportTitle: 'Export the results',
  copyMessage: 'Copy the findings (for an e-mail or message)',
  copyProblems: 'Copy for the "problems and shortcomings" field',
  exportSheet: 'Export to a new sheet "Check results"',
  printView: 'Print view',
  copyText: 'Text to copy',
  print: 'Print',
  closePrint: 'Back',
  printTitle: (sheet) => `Check results of "${sheet}"`,
  printedAt: (when) => `Checked: ${when}`,
  printFinding: (severity, cell, message) => `[${severity}] ${cell ? `${cell} ` : ''}${message}`,
  printAccepted: (cell, message, reason) => `${cell ? `${cell} ` : ''}${message} (kept: ${reason})`,
  withStated: (how, stated) => `${how} (stated ${stated} on the form)`,

  settingsTitle: 'Settings',
  policyOverride: 'Scoring policy',
  overAchievementThreshold: 'Over-achievement threshold (%)',
  overAchievementHint: 'An actual at or above this share of its target suggests the target was set too low.',
  lowExecutionThreshold: 'Low execution threshold (%)',
  lowExecutionHint: 'Execution rates below this need a reason.',
  overwriteStated: 'Overwrite differing values already in the form',
  overwriteStatedHint: 'When off, only empty result cells are filled; overwritten values come back with "Undo write".',
  lowerIsBetter: 'Scoring an unmet "lower is better" target',
  lowerIsBetterRatio: 'Ratio: target ÷ actual',
  lowerIsBetterLinear: 'Linear: 1 − (actual − target) ÷ target',
  numberOutOfRange: (min, max) => `Enter a number from ${min} to ${max}`,
  closeSettings: 'Done',

  insertRowsTitle: 'Insert indicator rows',
  insertAfter: 'After this indicator row',
  rowCount: 'Rows',
  insert: 'Insert',
  cancel: 'Cancel',
  indicatorOption: (row, name) => `Row ${row}: ${name}`,

  outsideOfficeTitle: 'Open this in Excel',
  outsideOfficeBody: 'The Self-Evaluation Assistant is an Excel add-in. Open it in Excel (Office 2021, Office 2024 or Microsoft 365) from the Home tab.',
};

export type UiLocale = Locale;

export const UI_CATALOGS: Record<UiLocale, UiMessages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function messagesFor(locale: UiLocale): UiMessages {
  return UI_CATALOGS[locale];
}

/** English when Office's display language is English (en, en-US, en-GB, …), else Chinese. */
export function pickLocale(displayLanguage: string | undefined): UiLocale {
  return displayLanguage?.trim().toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
