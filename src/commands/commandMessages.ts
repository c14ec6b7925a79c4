import type { CommandReport } from '../app/hostGateway';
import { messagesFor, type UiLocale } from '../i18n/uiMessages';
import type { Widen } from '../i18n/widen';

/**
 * What the ribbon's dialog says about a CommandReport, in Chinese and English. Failures reuse the
 * task pane's wording of each GatewayErrorCode (src/i18n/uiMessages.ts), so that the ribbon and
 * the pane say the same thing.
 */
export const commandZhCN = {
  title: '绩效自评助手 · 检查表格',
  close: '关闭',
  failed: '检查未完成。',
  noForm: (sheet: string) => `工作表“${sheet}”中没有找到绩效自评表。请切换到填有自评表的工作表后再单击「检查表格」，或打开「自评助手」任务窗格检查整个工作簿。`,
  checked: (sheet: string, errors: number, warnings: number, marked: number) =>
    `已检查“${sheet}”：${errors} 个错误、${warnings} 个警告，已标记 ${marked} 个单元格。`,
  skipped: (cells: number) => `有 ${cells} 个单元格未能标记或清除。打开「自评助手」任务窗格可查看每个单元格及原因。`,
  clearFailed: (reason: string) => `上次检查的标记未能清除：${reason} 打开「自评助手」任务窗格可查看详情，或在其中放弃这些记录。`,
  openPane: '详细结果请在「开始」选项卡上单击「自评助手」打开任务窗格查看。',
};

export type CommandMessages = Widen<typeof commandZhCN>;

export const commandEnUS: CommandMessages = {
  title: 'Self-evaluation assistant · Check table',
  close: 'Close',
  failed: 'The check did not finish.',
  noForm: (sheet) => `No self-evaluation table was found on sheet "${sheet}". Switch to the sheet that holds the table and select Check table again, or open the Self-evaluation task pane to check the whole workbook.`,
  checked: (sheet, errors, warnings, marked) =>
    `Checked "${sheet}": ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${marked} cell${marked === 1 ? '' : 's'} marked.`,
  skipped: (cells) => `${cells} cell${cells === 1 ? ' was' : 's were'} not marked or cleared. Open the Self-evaluation task pane to see each cell and why.`,
  clearFailed: (reason) => `The marks of the previous check could not be cleared: ${reason} Open the Self-evaluation task pane for details, or to discard that record there.`,
  openPane: 'For the full results, select Self-evaluation on the Home tab to open the task pane.',
};

export function commandMessagesFor(locale: UiLocale): CommandMessages {
  return locale === 'en-US' ? commandEnUS : commandZhCN;
}

/** The dialog's text: one paragraph per line. */
export function describeReport(report: CommandReport, locale: UiLocale): string[] {
  const m = commandMessagesFor(locale);
  const ui = messagesFor(locale);
  const errorText = (code: string): string =>
    code === 'unexpected' ? ui.unexpectedError : ((ui.gatewayErrors as Record<string, string>)[code] ?? ui.gatewayErrors.unknown);
  if (!report.ok) return [m.failed, errorText(report.code), m.openPane];
  const sheet = report.sheet ?? '';
  const lines: string[] = [];
  if (report.code === 'no-form') lines.push(m.noForm(sheet));
  else lines.push(m.checked(sheet, report.errors ?? 0, report.warnings ?? 0, report.marked ?? 0));
  if (report.skipped) lines.push(m.skipped(report.skipped));
  if (report.clearFailed) lines.push(m.clearFailed(errorText(report.clearFailed)));
  return lines;
}
