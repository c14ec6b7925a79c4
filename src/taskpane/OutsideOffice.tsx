import { Body1, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import type { UiLocale } from '../i18n/uiMessages';
import { MessagesProvider, useMessages } from '../i18n/useMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

function Message() {
  const m = useMessages();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{m.outsideOfficeTitle}</Title3>
      <Body1 as="p">{m.outsideOfficeBody}</Body1>
    </main>
  );
}

/** Shown when the page is opened outside Excel (no Office.js, or a host other than Excel). */
export function OutsideOffice({ locale }: { locale: UiLocale }) {
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <MessagesProvider locale={locale}>
        <Message />
      </MessagesProvider>
    </FluentProvider>
  );
}
