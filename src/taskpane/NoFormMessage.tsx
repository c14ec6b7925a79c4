import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { LOOKED_FOR } from '../core/detect/detectForm';
import { issueMessage } from '../core/i18n/issueMessages';
import type { SheetReport } from '../core/report/reportSchema';
import type { UiLocale } from '../i18n/uiMessages';
import { useMessages } from '../i18n/useMessages';

/**
 * The checked sheet holds no self-evaluation form: the engine's form-not-found message (what it
 * looked for) and what to do about it.
 */
export function NoFormMessage({ report, locale }: { report: SheetReport; locale: UiLocale }) {
  const m = useMessages();
  const engineText =
    report.issues.find((i) => i.rule === 'form-not-found')?.message ?? issueMessage(locale, 'form-not-found', { looked: LOOKED_FOR });
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{m.noFormTitle}</MessageBarTitle>
        <p>{engineText}</p>
        <p>{m.noFormHint}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
