import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { GridData } from '../../src/core';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { CorpusTable } from './corpusTable';

/**
 * Builds a corpus table into an .xlsx workbook the way a person typing it into Excel would leave
 * it, and reads it back through the project's own reader (exceljs → GridData), so the corpus
 * tests go the real path from a file to a report.
 *
 * What Excel makes of typed text (zh-CN, General cells):
 * - a plain numeral (`30.00`, `-5`, `1,234.5`) becomes a number (`30.00` displays as 30);
 * - a numeral with a percent sign (`83.5%`) becomes the fraction with a percent format of as many
 *   decimals as typed (0.835, `0.0%`);
 * - everything else stays text: units, comparators, dates typed with 年月日, dashes.
 */

export interface TypedCell {
  value: string | number;
  numFmt?: string;
}

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?)(\d+)(?:\.(\d+))?%$/;

/** What a cell holds after a person typed `text` into it. */
export function typed(text: string): TypedCell {
  const t = text.trim();
  if (PLAIN.test(t)) return { value: Number(t) };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')), numFmt: t.includes('.') ? '#,##0.00' : '#,##0' };
  const p = PERCENT.exec(t);
  if (p) {
    const decimals = p[3]?.length ?? 0;
    // `10.77e-2` parses to the double nearest 0.1077, as Excel reads the typed 10.77%.
    return { value: Number(`${p[1]}${p[2]}${p[3] ? `.${p[3]}` : ''}e-2`), numFmt: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%` };
  }
  return { value: text };
}

/**
 * How the cells are entered: `typed` as a person typing into General cells leaves them, `text` as a
 * workbook where every cell is text (a sheet pasted from a web page or exported by a system that
 * writes every value as a string).
 */
export type Entry = 'typed' | 'text';

/** The table as an exceljs workbook of one sheet. */
export function tableWorkbook(table: CorpusTable, sheetName = 'Sheet1', entry: Entry = 'typed'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  table.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === null || text === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      const t: TypedCell = entry === 'typed' ? typed(text) : { value: text };
      cell.value = t.value;
      if (t.numFmt) cell.numFmt = t.numFmt;
    });
  });
  for (const m of table.merges) ws.mergeCells(m);
  return wb;
}

/** Writes each table to an .xlsx file and reads it back with the project's reader. */
export async function readTables(tables: CorpusTable[], entry: Entry = 'typed'): Promise<Map<string, GridData[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  try {
    const out = new Map<string, GridData[]>();
    for (const t of tables) {
      const path = join(dir, `${t.file}.xlsx`);
      await tableWorkbook(t, 'Sheet1', entry).xlsx.writeFile(path);
      out.set(t.file, (await readWorkbookFile(path)).sheets);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
