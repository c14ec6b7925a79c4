import { act, screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { OfficeLike, startTaskpane } from './bootstrap';
import { FakeGateway, tinyGrid } from './testing/fakeGateway';

jest.setTimeout(20_000);

let root: Root | undefined;
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

const office = (host: string | null, displayLanguage = 'zh-CN', isDarkTheme = false): OfficeLike => ({
  onReady: () => Promise.resolve({ host }),
  context: { displayLanguage, officeTheme: { isDarkTheme } },
});

async function start(o: OfficeLike | undefined, browserLanguage?: string) {
  const createGateway = jest.fn(() => new FakeGateway(tinyGrid()));
  await act(async () => {
    root = await startTaskpane(container, o, createGateway, browserLanguage);
  });
  return createGateway;
}

describe('startTaskpane', () => {
  test('without Office.js it says to open the add-in in Excel', async () => {
    const createGateway = await start(undefined, 'zh-CN');
    expect(screen.getByRole('heading', { name: '请在 Excel 中打开' })).toBeInTheDocument();
    expect(createGateway).not.toHaveBeenCalled();
  });

  test('in a host other than Excel (or a plain browser) it says the same, in Office’s language', async () => {
    await start(office(null, 'en-US'));
    expect(screen.getByRole('heading', { name: 'Open this in Excel' })).toBeInTheDocument();
  });

  test('in Excel it renders the pane in Office’s display language with a gateway', async () => {
    const createGateway = await start(office('Excel', 'en-GB'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Check sheet' })).toBeEnabled());
    expect(createGateway).toHaveBeenCalledTimes(1);
  });

  test('follows Office’s dark theme', async () => {
    await start(office('Excel', 'zh-CN', true));
    const provider = container.querySelector('.fui-FluentProvider') as HTMLElement;
    // FluentProvider puts its theme's tokens as CSS variables on a class of its own.
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    const rule = rules.find((r) => [...provider.classList].some((c) => r.startsWith(`.${c}`)) && r.includes('--colorNeutralBackground1:'));
    // webDarkTheme's neutral background 1 is #292929; webLightTheme's is #ffffff.
    const value = /--colorNeutralBackground1:\s*([^;]+);/.exec(rule ?? '')?.[1];
    expect(value?.trim().toLowerCase()).toBe('#292929');
  });
});
