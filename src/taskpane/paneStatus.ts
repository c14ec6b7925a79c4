import { GatewayError, GatewayErrorCode } from '../app/hostGateway';
import type { UiMessages } from '../i18n/uiMessages';

/** A status line, localised when rendered (so that it follows a change of language). */
export type Notice = (m: UiMessages) => string;

/** What went wrong, as a catalog key: a gateway code, or `unexpected` for anything else. */
export type PaneError = GatewayErrorCode | 'unexpected';

export type Outcome<T> = { ok: true; value: T } | { ok: false };

export function toPaneError(err: unknown): PaneError {
  return err instanceof GatewayError ? err.code : 'unexpected';
}

/** Text the pane could not put on the clipboard itself: shown for the person to copy. */
export interface CopyFallback {
  text: string;
}
