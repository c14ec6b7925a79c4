/** Blank forms as data (host-free): the template builders, their grid, and row-insertion plans. */
export * from './templateSpec';
export * from './templates';
export * from './levelLists';
export { gridFromTemplate } from './gridFromTemplate';
export { fillSpec } from './fillSpec';
export type { CellFill } from './fillSpec';
export { planInsertRows, indicatorRowSpan, blockAtRow, MAX_INSERT_ROWS } from './planInsertRows';
export type { InsertRowsPlan } from './planInsertRows';
