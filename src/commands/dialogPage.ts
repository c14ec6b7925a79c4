/*
 * The ribbon dialog's page (command-dialog.html, webpack entry "commandDialog"): shows what the
 * 检查表格 command did (the CommandReport in the query string) in Office's display language, and
 * tells the opener to close it. Text only (textContent), no HTML from the report.
 */
import type { CommandReport } from '../app/hostGateway';
import { pickLocale } from '../i18n/uiMessages';
import { commandMessagesFor, describeReport } from './commandMessages';

/** The report from a query string, or null when it is missing or not one. */
export function reportFromQuery(search: string): CommandReport | null {
  try {
    const raw = new URLSearchParams(search).get('r');
    if (!raw) return null;
    const r = JSON.parse(raw) as Partial<CommandReport>;
    if (r && r.command === 'checkTable' && typeof r.ok === 'boolean' && typeof r.code === 'string' && typeof r.at === 'string') return r as CommandReport;
    return null;
  } catch {
    return null;
  }
}

/** Renders the dialog into `doc`; `close` is called when the button is pressed. */
export function renderDialog(doc: Document, report: CommandReport | null, displayLanguage: string | undefined, close: () => void): void {
  const locale = pickLocale(displayLanguage);
  const m = commandMessagesFor(locale);
  doc.documentElement.lang = locale;
  doc.title = m.title;
  const root = doc.getElementById('dialog') ?? doc.body;
  root.textContent = '';
  const heading = doc.createElement('h1');
  heading.textContent = m.title;
  root.appendChild(heading);
  for (const line of report ? describeReport(report, locale) : [m.failed]) {
    const p = doc.createElement('p');
    p.textContent = line;
    root.appendChild(p);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = m.close;
  button.addEventListener('click', close);
  root.appendChild(button);
  button.focus();
}

function start(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return;
  const report = reportFromQuery((globalThis as { location?: Location }).location?.search ?? '');
  const show = (language: string | undefined): void =>
    renderDialog(doc, report, language, () => {
      try {
        office?.context?.ui?.messageParent('close');
      } catch {
        // opened outside Office
      }
    });
  if (office && typeof office.onReady === 'function') void office.onReady(() => show(office.context?.displayLanguage));
  else show(undefined);
}

start();
