import { createRoot, Root } from 'react-dom/client';
import type { HostGateway } from '../app/hostGateway';
import { pickLocale } from '../i18n/uiMessages';
import { App } from './App';
import { OfficeThemeLike, themeFromOffice } from './officeEnv';
import { OutsideOffice } from './OutsideOffice';

/** The part of the Office.js global the task pane uses. */
export interface OfficeLike {
  /** `host` is Office.HostType: typed as an enum, the string "Excel" at run time; null outside Office. */
  onReady(): Promise<{ host: unknown }>;
  context?: { displayLanguage?: string; officeTheme?: OfficeThemeLike | null };
}

/**
 * Waits for Office, then renders the pane in Office's language and theme with the gateway from
 * `createGateway`; outside Excel (no Office.js, or another host) renders a message saying to open
 * it in Excel.
 */
export async function startTaskpane(
  container: HTMLElement,
  office: OfficeLike | undefined,
  createGateway: () => HostGateway,
  browserLanguage?: string,
): Promise<Root> {
  const root = createRoot(container);
  if (!office) {
    root.render(<OutsideOffice locale={pickLocale(browserLanguage)} />);
    return root;
  }
  const info = await office.onReady();
  if (String(info.host) !== 'Excel') {
    root.render(<OutsideOffice locale={pickLocale(office.context?.displayLanguage ?? browserLanguage)} />);
    return root;
  }
  const locale = pickLocale(office.context?.displayLanguage);
  const theme = themeFromOffice(office.context?.officeTheme);
  root.render(<App gateway={createGateway()} locale={locale} theme={theme} />);
  return root;
}
