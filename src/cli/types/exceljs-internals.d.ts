/** exceljs' table of built-in number formats (not part of its typed API; see src/cli/exceljs.ts). */
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: Record<string, { f?: string } & Record<string, string | undefined>>;
  export default formats;
}

/** exceljs' Workbook class alone, without the streaming reader and writer its index also loads. */
declare module 'exceljs/lib/doc/workbook' {
  import { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export = WorkbookClass;
}

declare module 'exceljs/lib/doc/enums' {
  import { ValueType as ValueTypeEnum } from 'exceljs';
  export const ValueType: typeof ValueTypeEnum;
}

declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import { stream } from 'exceljs';
  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}
