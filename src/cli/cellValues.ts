/** exceljs cell values as the engine's plain cells: text, numbers, booleans, dates as text. */
import type { Cell, CellValue } from '../core/grid/cellGrid';
import * as ExcelJS from './exceljs';

/** The plain text of exceljs rich text: `{ richText: [{ text }] }`. */
function richTextToString(v: { richText: { text?: string }[] }): string {
  return v.richText.map((r) => r.text ?? '').join('');
}

function isoDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/**
 * A number format showing a time of day only (`h"时"mm"分"`, `h:mm:ss`, `上午/下午 h"时"mm"分"`):
 * no year or day, quoted text and [brackets] aside.
 */
export function isTimeOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[hs]/i.test(bare) && !/[yd]/i.test(bare);
}

/** A date read by exceljs (UTC), as the engine gets it: `2024-12-31`, or `9:30` for a time format. */
function dateValue(d: Date, format: string | undefined): string | null {
  if (Number.isNaN(d.getTime())) return null;
  if (!isTimeOnlyFormat(format)) return isoDate(d);
  const hh = d.getUTCHours();
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = d.getUTCSeconds();
  return ss === 0 ? `${hh}:${mm}` : `${hh}:${mm}:${String(ss).padStart(2, '0')}`;
}

interface Plain {
  value: CellValue;
  error?: string;
}

/** Converts any exceljs value (or formula result) to a plain value; `format` decides how a date reads. */
export function plainValue(v: unknown, format?: string): Plain {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: dateValue(v, format) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: o.error, error: o.error };
    if (Array.isArray(o.richText)) return { value: richTextToString(o as { richText: { text?: string }[] }) };
    if ('hyperlink' in o && 'text' in o) return plainValue(o.text, format);
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result, format);
    if ('text' in o) return plainValue(o.text, format);
  }
  return { value: String(v) };
}

/**
 * One exceljs cell as the engine's Cell, or null when it holds nothing. `uncached` tells whether
 * a formula cell without a result has no cached value in the file at all (no `<v>` element), as
 * opposed to a cached empty text (exceljs reads both as no result).
 */
export function cellFromExcel(cell: ExcelJS.Cell, uncached?: (address: string) => boolean): Cell | null {
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return null;
  const fmt = cell.numFmt;
  const format = fmt && fmt !== 'General' ? fmt : undefined;
  let out: Cell;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const p = plainValue(cell.result, format);
    out = { value: p.value };
    const f = cell.formula;
    if (f) out.formula = f.startsWith('=') ? f : `=${f}`;
    if (p.error) out.error = p.error;
    if (cell.result === undefined && uncached?.(cell.address)) out.uncached = true;
  } else {
    const p = plainValue(cell.value, format);
    out = { value: p.value };
    if (p.error) out.error = p.error;
  }
  if (format) out.format = format;
  if (out.value === null && !out.formula && !out.error) return null;
  return out;
}
