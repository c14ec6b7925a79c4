import { createContext, ReactNode, useContext } from 'react';
import { messagesFor, UiLocale, UiMessages, zhCN } from './uiMessages';

const MessagesContext = createContext<UiMessages>(zhCN);
const LocaleContext = createContext<UiLocale>('zh-CN');

/** Gives the components below it the catalog of `locale`. */
export function MessagesProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  return (
    <LocaleContext.Provider value={locale}>
      <MessagesContext.Provider value={messagesFor(locale)}>{children}</MessagesContext.Provider>
    </LocaleContext.Provider>
  );
}

/** The UI strings in the pane's language (zh-CN outside a provider). */
export function useMessages(): UiMessages {
  return useContext(MessagesContext);
}

/** The pane's language, for texts that come with the engine in both languages. */
export function useUiLocale(): UiLocale {
  return useContext(LocaleContext);
}
