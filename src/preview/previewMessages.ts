import type { UiLocale } from '../i18n/uiMessages';
import type { Widen } from '../i18n/widen';

/**
 * The preview page's own strings (the chrome around the real task pane), in Chinese and English.
 * `enUS` is typed against `zhCN`'s keys, so a key missing from either language fails to compile.
 */
export const zhCN = {
  pageTitle: '绩效自评助手 · 浏览器预览',
  bannerTitle: '预览模式：未连接 Excel',
  bannerBody:
    '这是在浏览器中运行的预览，没有连接 Excel：右侧是加载项的任务窗格，左侧模拟工作表。数据只在本机处理（上传的文件由本机的预览服务读取），所做的更改不会保存到任何文件。',
  hostLabel: '浏览器预览（未连接 Excel）',
  language: '语言',
  languageZh: '中文',
  languageEn: 'English',
  paneControls: '任务窗格',
  darkTheme: '深色主题',
  reopenPane: '重新打开任务窗格',
  workbook: '工作簿',
  exampleWorked: '示例：荆门 12345 热线',
  exampleNational: '示例：全国模板',
  openFile: '打开 .xlsx 文件…',
  dropHint: '或把 .xlsx 文件拖到这里',
  dropActive: '松开鼠标以打开文件',
  loading: '正在读取工作簿…',
  loadedFrom: (name: string) => `当前工作簿：${name}`,
  sheetTabs: '工作表',
  gridLabel: (sheet: string) => `工作表“${sheet}”`,
  emptySheet: '此工作表是空的。',
  truncated: (rows: number, cols: number) => `只显示前 ${rows} 行、${cols} 列。`,
  notXlsx: '请选择 .xlsx 文件。',
  loadFailed: '无法读取工作簿',
  readErrors: {
    'not-found': '找不到文件。',
    unreadable: '无法读取文件。',
    empty: '文件是空的。',
    'not-xlsx': '这不是 .xlsx 工作簿。',
    encrypted: '工作簿设有打开密码：请用 Excel 或 WPS 打开，取消密码后另存为 .xlsx。',
    'legacy-xls': '这是旧版 .xls（或 WPS .et）工作簿：请用 Excel 或 WPS 打开后另存为 .xlsx。',
    ods: '这是 OpenDocument 表格（.ods）：请用 Excel 或 WPS 打开后另存为 .xlsx。',
    csv: '这是 CSV 文本文件，不是工作簿：请用 Excel 或 WPS 打开后另存为 .xlsx。',
    html: '这是网页（HTML）或 XML 表格文件：请用 Excel 或 WPS 打开后另存为 .xlsx。',
    corrupt: '工作簿已损坏，无法读取。',
    'too-large': '文件太大（上限 20 MB）。',
    network: '无法连接本机的预览服务，请确认 npm run preview 仍在运行。',
    unknown: '读取时出现未知错误。',
  },
  dismiss: '关闭',
  noteMarker: '此单元格有批注',
} as const;

export type PreviewMessages = Widen<typeof zhCN>;
export type ReadErrorKey = keyof PreviewMessages['readErrors'];

export const enUS: PreviewMessages = {
  pageTitle: 'Self-Evaluation Assistant · Browser preview',
  bannerTitle: 'Preview without Excel',
  bannerBody:
    'This preview runs in your browser and is not connected to Excel: the add-in\'s task pane is on the right, a simulated sheet on the left. Data is processed on this machine only (uploaded files are read by the local preview server), and changes are not saved to any file.',
  hostLabel: 'Browser preview (no Excel)',
  language: 'Language',
  languageZh: '中文',
  languageEn: 'English',
  paneControls: 'Task pane',
  darkTheme: 'Dark theme',
  reopenPane: 'Reopen the task pane',
  workbook: 'Workbook',
  exampleWorked: 'Example: Jingmen 12345 hotline',
  exampleNational: 'Example: national form',
  openFile: 'Open an .xlsx file…',
  dropHint: 'or drop an .xlsx file here',
  dropActive: 'Release to open the file',
  loading: 'Reading the workbook…',
  loadedFrom: (name) => `Workbook: ${name}`,
  sheetTabs: 'Sheets',
  gridLabel: (sheet) => `Sheet "${sheet}"`,
  emptySheet: 'This sheet is empty.',
  truncated: (rows, cols) => `Showing the first ${rows} rows and ${cols} columns only.`,
  notXlsx: 'Please choose an .xlsx file.',
  loadFailed: 'Could not read the workbook',
  readErrors: {
    'not-found': 'File not found.',
    unreadable: 'The file could not be read.',
    empty: 'The file is empty.',
    'not-xlsx': 'This is not an .xlsx workbook.',
    encrypted: 'The workbook is protected by a password: open it in Excel or WPS, remove the password and save it as .xlsx.',
    'legacy-xls': 'This is a legacy .xls (or WPS .et) workbook: open it in Excel or WPS and save it as .xlsx.',
    ods: 'This is an OpenDocument spreadsheet (.ods): open it in Excel or WPS and save it as .xlsx.',
    csv: 'This is a CSV text file, not a workbook: open it in Excel or WPS and save it as .xlsx.',
    html: 'This is a web page (HTML) or XML spreadsheet: open it in Excel or WPS and save it as .xlsx.',
    corrupt: 'The workbook is damaged and cannot be read.',
    'too-large': 'The file is too large (limit 20 MB).',
    network: 'Cannot reach the local preview server; is npm run preview still running?',
    unknown: 'Something went wrong while reading the workbook.',
  },
  dismiss: 'Dismiss',
  noteMarker: 'This cell has a note',
};

export const PREVIEW_CATALOGS: Record<UiLocale, PreviewMessages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function previewMessagesFor(locale: UiLocale): PreviewMessages {
  return PREVIEW_CATALOGS[locale];
}

export function isReadErrorKey(code: string): code is ReadErrorKey {
  return Object.prototype.hasOwnProperty.call(zhCN.readErrors, code);
}
