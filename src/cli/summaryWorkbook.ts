/**
 * `--summary OUT.xlsx`: the reviewer's workbook, written as a stream (exceljs' WorkbookWriter) so
 * that ten thousand files' findings never sit in memory at once:
 * - 自评表 — one row per form (a file without a form, or unreadable, gets one row saying so),
 *   sorted: unreadable files first, then most errors, most warnings; header frozen, autofilter on;
 * - 全部问题 — every finding (文件, 工作表, 单元格, 规则, 级别, 说明), in input order;
 * - 无法读取的文件 — each file that could not be read, why, and what to do;
 * - 未检查的工作表 — hidden sheets left out.
 * The findings come from a JSON-lines file the run appended them to, one array per line.
 */
import { createReadStream, promises as fs } from 'fs';
import { createInterface } from 'readline';
import * as ExcelJS from './exceljs';
import type { CliMessages } from './cliMessages';
import type { FindingRow, FormRow, SkippedRow, UnreadableRow } from './summaryRows';

export interface SummaryData {
  forms: FormRow[];
  /** A file of JSON lines, each a FindingRow (null: no findings). */
  findingsFile: string | null;
  unreadable: UnreadableRow[];
  skipped: SkippedRow[];
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

function sheet(wb: ExcelJS.WorkbookWriter, name: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } },
  } as Partial<ExcelJS.AddWorksheetOptions>);
  ws.columns = widths.map((width) => ({ width }));
  const row = ws.addRow(header);
  row.font = { bold: true };
  row.eachCell((c) => (c.fill = HEADER_FILL));
  row.commit();
  return ws;
}

/** Writes the summary workbook; returns the number of findings written. */
export async function writeSummaryWorkbook(path: string, data: SummaryData, m: CliMessages): Promise<number> {
  const tmp = `${path}.${process.pid}.tmp`;
  const WorkbookWriter = await ExcelJS.workbookWriterClass();
  const wb = new WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  wb.creator = '绩效自评助手';
  let findings = 0;
  try {
    const b = m.book;
    const forms = sheet(wb, b.formsSheet, b.formsHeader, [36, 18, 36, 24, 26, 10, 10, 12, 12, 8, 7, 7, 7, 40]);
    for (const r of data.forms) {
      const row = forms.addRow([
        r.file,
        r.sheet,
        r.project,
        r.department,
        r.kind,
        r.policy,
        r.rate,
        r.score,
        r.statedScore,
        r.grade,
        r.errors,
        r.warnings,
        r.infos,
        r.note,
      ]);
      row.getCell(7).numFmt = '0.00%';
      row.getCell(8).numFmt = '0.00';
      row.getCell(9).numFmt = '0.00';
      row.commit();
    }
    forms.commit();

    const all = sheet(wb, b.findingsSheet, b.findingsHeader, [36, 18, 9, 28, 7, 90]);
    if (data.findingsFile) {
      const lines = createInterface({ input: createReadStream(data.findingsFile, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        all.addRow(JSON.parse(line) as FindingRow).commit();
        findings++;
      }
    }
    all.commit();

    const bad = sheet(wb, b.unreadableSheet, b.unreadableHeader, [36, 70, 40]);
    for (const u of data.unreadable) bad.addRow([u.file, u.reason, u.nextStep]).commit();
    bad.commit();

    const skipped = sheet(wb, b.skippedSheet, b.skippedHeader, [36, 24, 12]);
    for (const k of data.skipped) skipped.addRow([k.file, k.sheet, k.reason]).commit();
    skipped.commit();

    await wb.commit();
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  return findings;
}
