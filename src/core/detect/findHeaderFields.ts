import { normalizeLabel } from '../text/normalizeLabel';
import { CellRef } from '../grid/address';
import { HeaderField, Footer } from './formModel';
import {
  GOAL_ACTUAL_LABELS,
  GOAL_PLANNED_LABELS,
  HEADER_LABELS,
  HeaderKey,
  IMPROVEMENT_FOOTER_LABELS,
  REASON_FOOTER_LABELS,
} from './labelTable';
import { MAX_FORM_COLUMNS } from './limits';
import { SheetLabels } from './sheetLabels';

const headerKeyByLabel = new Map<string, HeaderKey>();
for (const [key, list] of Object.entries(HEADER_LABELS) as [HeaderKey, readonly string[]][]) {
  for (const l of list) headerKeyByLabel.set(normalizeLabel(l), key);
}
const GOAL_PLANNED = new Set(GOAL_PLANNED_LABELS.map((l) => normalizeLabel(l)));
const GOAL_ACTUAL = new Set(GOAL_ACTUAL_LABELS.map((l) => normalizeLabel(l)));
const REASON = new Set(REASON_FOOTER_LABELS.map((l) => normalizeLabel(l)));
const IMPROVEMENT = new Set(IMPROVEMENT_FOOTER_LABELS.map((l) => normalizeLabel(l)));

/** Splits "单位名称(盖章):某某局" into the label and the text after its colon. */
function splitInline(raw: string): { label: string; inline: string } {
  const m = /^([^:：]*)[:：](.*)$/s.exec(raw);
  if (!m) return { label: normalizeLabel(raw), inline: '' };
  return { label: normalizeLabel(m[1]), inline: m[2].trim() };
}

/**
 * The sub-labels under a goal field, read from their parts as column labels are: a label of
 * qualifiers ending in 目标 (总体目标, 年初设定目标, 年度预期目标) is the planned
 * goal (only qualifier words before 目标: 实现预期目标 is a narrative); one ending in 完成情况 /
 * 实施情况 / 执行情况 (全年实际总体目标完成情况, 已实施情况) its completion.
 */
function isGoalPlanned(normalized: string): boolean {
  // Only qualifier words before 目标 (实现预期目标 is a narrative, not a sub-label).
  return GOAL_PLANNED.has(normalized) || /^(?:年度|年初|全年|当年|项目|总体|预期|绩效|设定|计划)+目标$/.test(normalized);
}

function isGoalActual(normalized: string): boolean {
  return GOAL_ACTUAL.has(normalized) || (normalized.length <= 14 && /^[\u4e00-\u9fff]+(?:完成|实施|执行)情况(?:综述)?$/.test(normalized) && !/[良好较差]/.test(normalized));
}

export function isKnownLabel(normalized: string): boolean {
  return (
    headerKeyByLabel.has(normalized) ||
    GOAL_PLANNED.has(normalized) ||
    GOAL_ACTUAL.has(normalized) ||
    REASON.has(normalized) ||
    IMPROVEMENT.has(normalized)
  );
}

/** A numbered part of a field (1.项目年度目标完成情况, 2、项目实施内容…). */
const NUMBERED_PART = /^\d+[.、]/;
/** At most this many rows hold one field's numbered parts. */
const MAX_PART_ROWS = 12;

/** The next cell to the right that is not part of the same merge, or null at the row's end. */
function nextRight(labels: SheetLabels, row: number, col: number): CellRef | null {
  const grid = labels.grid;
  const m = grid.mergeAt(row, col);
  const start = (m ? m.right : col) + 1;
  const right = Math.min(grid.colCount, MAX_FORM_COLUMNS);
  // Always move right: with overlapping merges (invalid in Excel, possible in a hostile file) the
  // anchor of the next cell can lie to the left, and walking from it would go round in circles.
  for (let c = start; c < right; c++) {
    const a = grid.anchor(row, c);
    if (a.col >= start) return a;
  }
  return null;
}

/**
 * A field's value cell right of its label. Where the label's neighbour is an empty cell that no
 * merge covers, a form typed without merges may hold the value further right (项目名称 | | 某项目,
 * the label having spanned two columns in the template): the first filled cell up to the next
 * known label is the value. An empty merged neighbour is the value's own (empty) slot.
 */
function valueRight(labels: SheetLabels, row: number, col: number): CellRef | null {
  const first = nextRight(labels, row, col);
  const filled = nextFilled(labels, row, col);
  if (!first || !filled || (filled.row === first.row && filled.col === first.col)) return filled;
  return isLabelText(labels.grid.text(filled.row, filled.col)) ? first : filled;
}

/**
 * Whether a cell past an empty neighbour is another label rather than the value: a label the
 * form knows, or a short text made of a few characters before a colon (金额单位：万元, 联系电话：),
 * which no value has (a narrative numbered 目标1：… is a value).
 */
function isLabelText(raw: string): boolean {
  const { label } = splitInline(raw);
  if (isKnownLabel(label)) return true;
  // Short as a whole: 金额单位：万元 is a label; 目标1：支持农村金融… is a narrative.
  const text = raw.trim();
  return text.length <= 20 && /^[^:：]{1,8}[:：]/.test(text);
}

/**
 * The next cell right that holds something, passing over empty cells no merge covers (a label
 * that spanned two columns in the template, typed without merges; a column inserted or emptied
 * beside the label); the neighbour itself when it is filled, merged, or nothing right of it is
 * filled before an empty merged area.
 */
function nextFilled(labels: SheetLabels, row: number, col: number): CellRef | null {
  const grid = labels.grid;
  const first = nextRight(labels, row, col);
  if (!first || grid.text(first.row, first.col).trim() !== '' || grid.mergeAt(first.row, first.col)) return first;
  for (let next = nextRight(labels, row, first.col); next; next = nextRight(labels, row, next.col)) {
    if (next.row !== row) break;
    if (grid.text(next.row, next.col).trim() !== '') return next;
    // An empty merged area is a value's own slot: the search ends there, at it.
    if (grid.mergeAt(next.row, next.col)) return next;
  }
  return first;
}

/**
 * Header fields (项目名称, 主管部门, 实施单位, 单位名称, 填报日期, 项目总预算, 项目基本情况, 年度总体目标)
 * in the rows from `fromRow` up to (not including) `untilRow`. Only fields whose label is on the
 * sheet are returned.
 */
export function findHeaderFields(labels: SheetLabels, fromRow: number, untilRow: number): HeaderField[] {
  const grid = labels.grid;
  const fields: HeaderField[] = [];
  const seen = new Set<string>();
  const right = Math.min(grid.colCount, MAX_FORM_COLUMNS);
  for (let r = Math.max(0, fromRow); r < Math.min(untilRow, grid.rowCount); r++) {
    for (let c = 0; c < right; c++) {
      if (!labels.isAnchor(r, c)) continue;
      const raw = grid.text(r, c);
      if (!raw.trim()) continue;
      const { label, inline } = splitInline(raw);
      const key = headerKeyByLabel.get(label);
      if (!key) continue;
      const at = { row: r, col: c };
      if (key === 'goal') {
        // 年度总体目标 | 预期目标 | 实际完成情况 with the narratives in the row below, or the
        // narrative straight to the right.
        // The sub-label may stand past an empty column (an inserted or emptied column beside the label).
        const sub = nextFilled(labels, r, c);
        const first = sub && isGoalPlanned(labels.label(sub.row, sub.col)) ? sub : valueRight(labels, r, c);
        const firstLabel = first ? labels.label(first.row, first.col) : '';
        const firstInline = first ? splitInline(grid.text(first.row, first.col)) : null;
        if (first && isGoalPlanned(firstLabel)) {
          const m = grid.mergeAt(first.row, first.col);
          const below = grid.anchor((m ? m.bottom : first.row) + 1, first.col);
          push('goalPlanned', at, below);
          const second = nextFilled(labels, first.row, first.col);
          if (second && isGoalActual(labels.label(second.row, second.col))) {
            const m2 = grid.mergeAt(second.row, second.col);
            push('goalActual', at, grid.anchor((m2 ? m2.bottom : second.row) + 1, second.col));
          }
        } else if (first && firstInline && firstInline.inline !== '' && isGoalPlanned(firstInline.label)) {
          // Each narrative after its sub-label in one cell: 总体目标：… | 已实施情况：…
          push('goalPlanned', at, first, firstInline.inline);
          const second = nextFilled(labels, first.row, first.col);
          const secondInline = second ? splitInline(grid.text(second.row, second.col)) : null;
          if (second && secondInline && isGoalActual(secondInline.label)) push('goalActual', at, second, secondInline.inline);
        } else if (first && !isKnownLabel(firstLabel)) {
          push('goalPlanned', at, first);
        }
        continue;
      }
      if (inline) {
        push(key, at, at, inline);
        continue;
      }
      if (key === 'basicInfo' && numberedParts(at)) continue;
      const next = valueRight(labels, r, c);
      if (next && !isKnownLabel(splitInline(grid.text(next.row, next.col)).label)) push(key, at, next);
      else push(key, at, at, '');
    }
  }
  return fields;

  function push(key: HeaderField['key'], label: CellRef, value: CellRef, text?: string, part = false): void {
    const id = part ? `${key}@${label.row},${label.col}` : key;
    if (seen.has(id)) return;
    seen.add(id);
    fields.push({ key, label, value, text: text ?? grid.text(value.row, value.col).trim() });
  }

  /**
   * A field merged down over numbered parts (项目基本情况 | 1.项目年度目标完成情况 … | 2.项目实施内容及过程
   * 概述 …, the Sichuan template): each part is a narrative of its own, or the goal pair
   * (项目年度目标 | 年度目标完成情况 with the texts below). False when the field has no such parts.
   */
  function numberedParts(at: CellRef): boolean {
    const m = grid.mergeAt(at.row, at.col);
    const parts: CellRef[] = [];
    const numbered = (r: number): CellRef | null => {
      // Past an empty column inserted between the field and its parts.
      const first = nextFilled(labels, r, at.col);
      return first && first.row === r && NUMBERED_PART.test(grid.text(first.row, first.col).trim()) ? first : null;
    };
    // Merged down over its parts, or — typed without merges — over the rows below whose own cell in
    // the label's column is empty and whose next cell is the next numbered part.
    let bottom = m ? m.bottom : at.row;
    if (!m) {
      // Rows between the parts hold their texts (the label column and the part column empty).
      for (let r = at.row + 1; r < Math.min(grid.rowCount, at.row + MAX_PART_ROWS); r++) {
        if (grid.mergeAt(r, at.col) || grid.text(r, at.col).trim() !== '') break;
        if (numbered(r)) bottom = r;
        else {
          const beside = nextRight(labels, r, at.col);
          if (beside && grid.text(beside.row, beside.col).trim() !== '') break;
        }
      }
    }
    for (let r = at.row; r <= bottom; r++) {
      const first = numbered(r);
      if (first) parts.push(first);
    }
    if (parts.length === 0) return false;
    for (const p of parts) {
      // Past an empty column inserted between a part and its text (or the goal pair's labels).
      const next = nextFilled(labels, p.row, p.col);
      if (!next) {
        push('basicInfo', p, p, '', true);
        continue;
      }
      const nextLabel = labels.label(next.row, next.col);
      if (isGoalPlanned(nextLabel)) {
        const m1 = grid.mergeAt(next.row, next.col);
        push('goalPlanned', p, grid.anchor((m1 ? m1.bottom : next.row) + 1, next.col));
        const second = nextFilled(labels, next.row, next.col);
        if (second && isGoalActual(labels.label(second.row, second.col))) {
          const m2 = grid.mergeAt(second.row, second.col);
          push('goalActual', p, grid.anchor((m2 ? m2.bottom : second.row) + 1, second.col));
        }
      } else push('basicInfo', p, next, undefined, true);
    }
    return true;
  }
}

/** At most this many rows down a footer column (a section's 存在问题 over its items). */
const MAX_FOOTER_COLUMN_ROWS = 40;

/**
 * The texts in the column a footer label heads, down to a known label, a row of the form's blocks or
 * `toRow`: prose only (a column number 9 in a 列次 row is none).
 */
function columnTexts(labels: SheetLabels, row: number, col: number, toRow: number, skipRows: Pick<ReadonlySet<number>, 'has'>): CellRef[] {
  const grid = labels.grid;
  const out: CellRef[] = [];
  const last = Math.min(toRow, grid.rowCount - 1, row + MAX_FOOTER_COLUMN_ROWS);
  for (let r = (grid.mergeAt(row, col)?.bottom ?? row) + 1; r <= last; r++) {
    if (skipRows.has(r)) break;
    const a = grid.anchor(r, col);
    if (a.row !== r || a.col !== col) continue;
    const text = grid.text(r, col).trim();
    if (!text) continue;
    if (isKnownLabel(labels.label(r, col))) break;
    if (/^[\d.\s]+$/.test(text)) continue;
    out.push(a);
  }
  return out;
}

/** Footers from `fromRow` to `toRow` (the form's rows): reason analysis and improvement measures. */
export function findFooters(labels: SheetLabels, fromRow: number, toRow: number, skipRows: Pick<ReadonlySet<number>, 'has'>): Footer[] {
  const grid = labels.grid;
  const footers: Footer[] = [];
  const right = Math.min(grid.colCount, MAX_FORM_COLUMNS);
  for (let r = Math.max(0, fromRow); r <= Math.min(toRow, grid.rowCount - 1); r++) {
    if (skipRows.has(r)) continue;
    let columnHeads = false;
    for (let c = 0; c < right; c++) {
      if (!labels.isAnchor(r, c)) continue;
      const l = labels.label(r, c);
      if (!l) continue;
      const kind = REASON.has(l) ? 'reason' : IMPROVEMENT.has(l) ? 'improvement' : null;
      if (!kind) continue;
      const cells: CellRef[] = [];
      let next = nextRight(labels, r, c);
      while (next) {
        const t = labels.label(next.row, next.col);
        if (REASON.has(t) || IMPROVEMENT.has(t)) break;
        if (grid.text(next.row, next.col).trim()) cells.push(next);
        else if (cells.length === 0) cells.push(next);
        next = nextRight(labels, r, next.col);
      }
      // A footer label whose right neighbour is another footer label holds no text of its own: a
      // section label (问题和不足 | 原因分析 …), or the head of a column (情况说明 | 存在问题 | 改进措施
      // over a section's rows), whose texts stand below it.
      // A section label spans its footers' rows; the head of a column is one row high, and the last
      // of a row of heads has nothing to its right.
      const neighbour = nextFilled(labels, r, c);
      const neighbourIsFooter = neighbour !== null && (REASON.has(labels.label(neighbour.row, neighbour.col)) || IMPROVEMENT.has(labels.label(neighbour.row, neighbour.col)));
      const oneRow = (grid.mergeAt(r, c)?.bottom ?? r) === r;
      const lastHead = columnHeads && (neighbour === null || grid.text(neighbour.row, neighbour.col).trim() === '');
      if (oneRow && (neighbourIsFooter || lastHead)) {
        columnHeads = true;
        const column = columnTexts(labels, r, c, toRow, skipRows);
        if (column.length > 0) footers.push({ kind, label: { row: r, col: c }, cells: column, text: column.map((x) => grid.text(x.row, x.col).trim()).join('\n') });
        continue;
      }
      if (neighbourIsFooter) continue;
      if (cells.length === 0 && r + 1 < grid.rowCount) {
        const below = grid.anchor((grid.mergeAt(r, c)?.bottom ?? r) + 1, c);
        if (below.row > r && !isKnownLabel(labels.label(below.row, below.col))) cells.push(below);
      }
      const text = cells
        .map((x) => grid.text(x.row, x.col).trim())
        .filter(Boolean)
        .join('\n');
      footers.push({ kind, label: { row: r, col: c }, cells, text });
      break;
    }
  }
  return footers;
}
