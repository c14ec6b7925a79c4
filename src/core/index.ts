/** The engine's public API: a grid of cells in, a report out. Host-free. */
export * from './grid/address';
export * from './grid/cellGrid';
export * from './report/ruleIds';
export * from './report/settingsSchema';
export * from './report/reportSchema';
export { checkSheet, checkWorkbook } from './check/checkWorkbook';
export { summarizeFiles } from './report/summarize';
