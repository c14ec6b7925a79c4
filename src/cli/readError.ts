/** Why a file could not be read as a workbook: a stable code and a short English detail. */

export const READ_ERROR_CODES = [
  'not-found',
  'unreadable',
  'empty',
  'not-xlsx',
  /** An .xlsx saved with a password (an OLE file holding an EncryptedPackage stream). */
  'encrypted',
  /** A legacy binary workbook: Excel 97–2003 .xls, or WPS .et (an OLE file without EncryptedPackage). */
  'legacy-xls',
  /** An OpenDocument spreadsheet (.ods). */
  'ods',
  /** Comma- or tab-separated text. */
  'csv',
  /** A web page (HTML, MHTML, or XML Spreadsheet 2003) saved under a workbook's name. */
  'html',
  'corrupt',
  'too-large',
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/** The codes of files LibreOffice can convert to .xlsx (`--convert`). */
export const CONVERTIBLE_CODES: ReadonlySet<ReadErrorCode> = new Set<ReadErrorCode>(['legacy-xls', 'ods', 'csv', 'html']);

/** A file that cannot be read as a workbook. `code` is stable; `detail` is a short English note ('' when the code says it all). */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail: string,
    /** The whole localized reason, when the thrower already composed it. */
    readonly shownReason?: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'WorkbookReadError';
  }
}
