import { CellValue } from '../core/grid/cellGrid';
import { Severity } from '../core/report/ruleIds';

/**
 * Semantics every HostGateway shares (the Office.js one and the in-memory one), kept host-free so
 * both import the same constants and rules. test/gateway/gatewayContract.ts checks them.
 */

/** The look of a mark: Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text". */
export const MARK_STYLES: Readonly<Record<Severity, { fill: string; fontColor: string }>> = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
  info: { fill: '#DDEBF7', fontColor: '#1F4E78' },
};

/** Excel's limit on a sheet name. */
export const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * A sheet name that does not clash (case-insensitively, as in Excel) with `existing`: the name
 * itself, else `name (2)`, `name (3)` …, shortening the name so that the suffix fits 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLocaleLowerCase()));
  const base = wanted.replace(SHEET_NAME_FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim().slice(0, SHEET_NAME_MAX) || 'Sheet';
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/**
 * Whether a cell still holds what the engine read (a write's `previous`): empty and '' are the
 * same, numbers compare exactly, text exactly.
 */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const norm = (v: CellValue | undefined) => (v === undefined || v === null || v === '' ? null : v);
  return norm(a) === norm(b);
}

/** Colours as '#RRGGBB' upper case; Excel's "no fill"/automatic (null, '', 'none') as null. */
export function normalizeColor(color: string | null | undefined): string | null {
  if (!color) return null;
  const c = color.trim();
  if (!c || /^(none|automatic|transparent)$/i.test(c)) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(c);
  return m ? `#${m[1].toUpperCase()}` : c;
}

/**
 * What the person sees on a sheet, in a host-neutral shape, for equality checks (the contract
 * tests, the preview). Every record is keyed by A1 address and lists only non-default cells.
 */
export interface VisibleSheetState {
  sheet: string;
  /** Non-empty values (a merged area's value at its top-left cell). */
  values: Record<string, CellValue>;
  /** Formulas, with their leading '='. */
  formulas: Record<string, string>;
  /** Number formats other than General. */
  formats: Record<string, string>;
  /** Fill colours ('#RRGGBB'), cells with no fill left out. */
  fills: Record<string, string>;
  /** Font colours ('#RRGGBB') other than automatic / black. */
  fontColors: Record<string, string>;
  /** Notes (where the host has them). */
  notes: Record<string, string>;
  /** Merged areas as A1 ranges, sorted. */
  merges: string[];
  /** The selected address when the selection is on this sheet. */
  selection: string | null;
}

/** Font colours that mean "automatic" in a VisibleSheetState. */
export function isDefaultFontColor(color: string | null | undefined): boolean {
  const c = normalizeColor(color);
  return c === null || c === '#000000';
}

/** One mark per cell: the most severe finding decides its style; the texts are joined by lines. */
export interface PlannedMark {
  address: string;
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The marks a list of highlights makes (in first-seen order of their cells). `cellOf` parses an
 * address (a host throws its own error for a bad one).
 */
export function planMarks(highlights: readonly { cell: string; severity: Severity; text: string }[], cellOf: (a1: string) => { row: number; col: number }): PlannedMark[] {
  const byCell = new Map<string, PlannedMark>();
  for (const h of highlights) {
    const existing = byCell.get(h.cell);
    if (!existing) {
      const ref = cellOf(h.cell);
      byCell.set(h.cell, { address: h.cell, row: ref.row, col: ref.col, severity: h.severity, text: h.text });
      continue;
    }
    if ((SEVERITY_RANK[h.severity] ?? 0) > (SEVERITY_RANK[existing.severity] ?? 0)) existing.severity = h.severity;
    if (h.text && !existing.text.includes(h.text)) existing.text = existing.text ? `${existing.text}\n${h.text}` : h.text;
  }
  return [...byCell.values()];
}

/**
 * How the add-in recognises a note it added, wherever its cell moved: a fingerprint of the exact
 * text (length and 32-bit FNV-1a, as hex). A note the person edited no longer matches, so it is
 * theirs from then on and never deleted.
 */
export function noteFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(16).padStart(8, '0')}`;
}

/** The most notes one check adds (the rest of the findings are in the pane): notes are for reading, not a payload. */
export const MAX_NOTES_PER_CHECK = 500;
