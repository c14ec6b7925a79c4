/** exceljs' table of built-in number formats (not part of its typed API; see src/cli/exceljs.ts). */
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: Record<string, { f?: string } & Record<string, string | undefined>>;
  export default formats;
}
