/**
 * exceljs, as the command line uses it.
 *
 * - Only the parts it needs are loaded: the Workbook class (reading and writing .xlsx) and, for
 *   `--summary`, the streaming writer on demand. `require('exceljs')` also loads the streaming
 *   reader and writer with their dependencies — 660 modules instead of 280, about 130 ms of every
 *   start (measured on the development machine); a command started once per check feels that.
 * - The zh-CN built-in number formats are known. An .xlsx file may give a cell a built-in number
 *   format by id only. Ids 27–36 and 50–58 are locale-dependent (ECMA-376 Part 1, §18.8.30
 *   numFmt, built-in formats for zh-cn): a Chinese Excel shows 44895 with id 31 as 2022年11月30日
 *   and writes no format code for it. exceljs knows these codes per locale but, having no locale,
 *   leaves such cells without a format — so it reads them as the number 44895, and writing the
 *   workbook back (`--fill`) loses the format. Filling in the zh-CN code as each id's default,
 *   once, makes exceljs read them as dates and write them back with their code.
 * Tests: test/cli/readWorkbookAsSeen.test.ts.
 */
import type * as ExcelJSTypes from 'exceljs';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import WorkbookClass from 'exceljs/lib/doc/workbook';
import { ValueType as ValueTypeEnum } from 'exceljs/lib/doc/enums';

/** The zh-CN built-in number format ids: dates and times a Chinese Excel writes by id alone. */
export const ZH_CN_BUILTIN_FORMAT_IDS: readonly number[] = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

let installed = false;

/** Gives every zh-CN built-in id that exceljs leaves without a code its zh-CN code. Idempotent. */
export function installZhCnBuiltinFormats(): void {
  if (installed) return;
  installed = true;
  for (const id of ZH_CN_BUILTIN_FORMAT_IDS) {
    const entry = defaultNumFormats[id];
    if (entry && !entry.f && entry['zh-cn']) entry.f = entry['zh-cn'];
  }
}

installZhCnBuiltinFormats();

export const Workbook = WorkbookClass;
export const ValueType = ValueTypeEnum;
export type Workbook = ExcelJSTypes.Workbook;
export type Worksheet = ExcelJSTypes.Worksheet;
export type Cell = ExcelJSTypes.Cell;
export type Style = ExcelJSTypes.Style;
export type Fill = ExcelJSTypes.Fill;
export type AddWorksheetOptions = ExcelJSTypes.AddWorksheetOptions;
export type XlsxBuffer = ExcelJSTypes.Buffer;
export type WorkbookWriter = ExcelJSTypes.stream.xlsx.WorkbookWriter;

/** exceljs' streaming workbook writer, loaded when first needed. */
export async function workbookWriterClass(): Promise<typeof ExcelJSTypes.stream.xlsx.WorkbookWriter> {
  const mod = await import('exceljs/lib/stream/xlsx/workbook-writer');
  return (mod as unknown as { default: typeof ExcelJSTypes.stream.xlsx.WorkbookWriter }).default ?? mod;
}
