/**
 * Maps Office.js failures to the gateway's error codes. Only `OfficeExtension.Error.code` is
 * used: `message` is localised by Office and not meant for end users, so it never reaches the
 * UI (the pane shows its own text for each GatewayErrorCode). The codes are Excel.ErrorCodes (in
 * @types/office-js) and the common ones of learn.microsoft.com/office/dev/add-ins/testing/
 * troubleshoot-development-errors; InvalidOperation is what a batch gets in cell-edit mode when it
 * was not delayed (…/excel/excel-add-ins-delay-in-cell-edit).
 */
import { GatewayError, GatewayErrorCode } from '../app/hostGateway';

const CODE_MAP: Record<string, GatewayErrorCode> = {
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  ItemNotFound: 'not-found',
  ItemAlreadyExists: 'already-exists',
  InvalidArgument: 'invalid-argument',
  InvalidReference: 'invalid-argument',
  NonBlankCellOffSheet: 'invalid-argument',
  MergedRangeConflict: 'merge-conflict',
  InsertDeleteConflict: 'merge-conflict',
  // Inserting rows under an AutoFilter or through a PivotTable or table is refused like a merge.
  FilteredRangeConflict: 'merge-conflict',
  PivotTableRangeConflict: 'merge-conflict',
  InvalidOperation: 'cell-edit-mode',
  InvalidSelection: 'invalid-argument',
  InvalidCellAddress: 'invalid-argument',
  InvalidBinding: 'invalid-argument',
  // The workbook was closed or another window became active while the batch ran.
  InactiveWorkbook: 'not-found',
  UnsupportedFillType: 'unsupported',
  UndoNotSupported: 'unsupported',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  NotSupported: 'unsupported',
  UnsupportedFeature: 'unsupported',
  UnsupportedOperation: 'unsupported',
  UnsupportedSheet: 'unsupported',
  GeneralException: 'unknown',
};

/** The Office error code of a thrown value, if it carries one (OfficeExtension.Error or alike). */
export function officeErrorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && code) return code;
  }
  return undefined;
}

/** The gateway code for an Office error code ('unknown' for anything unmapped). */
export function gatewayCodeFor(officeCode: string | undefined): GatewayErrorCode {
  return (officeCode && CODE_MAP[officeCode]) || 'unknown';
}

/**
 * Turns anything thrown by Office.js into a GatewayError. A GatewayError passes through. The
 * detail is the Office code only (stable, English, not shown to users); never `message`.
 */
export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const code = officeErrorCode(error);
  // The detail is for logs: the Office code, or the kind of a non-Office error (never a message).
  return new GatewayError(gatewayCodeFor(code), code ?? (error instanceof Error ? error.name : typeof error));
}

/** Runs `fn`, rethrowing any failure as a GatewayError. */
export async function mapOfficeErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toGatewayError(e);
  }
}
