import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { HostGateway } from '../../app/hostGateway';
import type { UiLocale } from '../../i18n/uiMessages';
import { App, PaneTheme } from '../App';

/** Renders the pane around `gateway`. */
export function renderPane(gateway: HostGateway, locale: UiLocale = 'zh-CN', theme: PaneTheme = 'light') {
  return render(<App gateway={gateway} locale={locale} theme={theme} hostLabel="Test" />);
}

export const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Waits until the pane has read its settings and takes commands. */
export async function paneReady(check: string | RegExp = '检查表格'): Promise<void> {
  await waitFor(() => expect(button(check)).toBeEnabled());
}

/** Clicks 检查表格 (or its English label) and waits for the report to show. */
export async function checkSheetNow(label: string | RegExp = '检查表格', summary: string | RegExp = '检查结果'): Promise<void> {
  await paneReady(label);
  fireEvent.click(button(label));
  await screen.findByRole('heading', { name: summary });
}
