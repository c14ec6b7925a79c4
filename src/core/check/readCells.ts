import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { CellGrid } from '../grid/cellGrid';
import { excelDecimal, parseQuantity } from '../parse/parseNumber';
import { Memo } from '../parse/memo';
import { convertFactor, isMoneyUnit } from '../parse/units';

/** What a numeric cell of the form holds. */
export interface NumberCell {
  at: CellRef;
  text: string;
  value: Decimal | null;
  empty: boolean;
  /** A number typed as text (rule `number-as-text`). */
  fromText: boolean;
  formula: boolean;
  error: string | undefined;
  /** The cell holds a dash meaning "not applicable" (—, -, /). */
  dash: boolean;
}

const DASH = /^[—–\-－/／\\、]+$/;

/**
 * Reads an amount, a weight or a score. Amounts in a 万元 column: `150万` is 150, `1500000元`
 * converts to 150. In a `points` cell (a weight, score or total) `95分` is 95, typed as text.
 */
export function readNumber(grid: CellGrid, at: CellRef, amountUnit: string | null = null, points = false): NumberCell {
  const cell = grid.cell(at.row, at.col);
  const raw = cell?.value ?? null;
  const text = raw === null ? '' : typeof raw === 'number' ? numberText(raw) : String(raw).trim();
  const error = grid.errorAt(at.row, at.col);
  const formula = !!cell?.formula;
  // Each return builds its object whole, in one shape: spreading a shared base was the costliest
  // part of reading the two number cells of every indicator row.
  if (error || text === '') return numberCell(at, text, formula, error, null, false);
  // Fast path: a plain Excel number (most amounts, weights and scores).
  if (typeof raw === 'number' && (!cell?.format || !cell.format.includes('%'))) {
    return numberCell(at, text, formula, error, excelDecimal(raw), false);
  }
  const q = parseQuantity(raw, { numberFormat: cell?.format, amountColumnUnit: amountUnit });
  if (!q) return numberCell(at, text, formula, error, null, false);
  let value = q.value;
  if (amountUnit && q.unit && q.unit !== amountUnit && isMoneyUnit(q.unit)) {
    const f = convertFactor(q.unit, amountUnit);
    if (f) value = value.times(f);
  }
  // A points cell (分值, 得分, 总分) holding `99.55分` is a number typed as text, its unit implied.
  const plainNumberText = q.fromText && (/^[\s\d.,，+\-－０-９．]+$/.test(text) || (points && q.unit === '分'));
  return numberCell(at, text, formula, error, value, plainNumberText);
}

/** String(n), remembered: weights and scores repeat, and turning a double into text is slow. */
function numberText(n: number): string {
  return numberTexts.get(n) ?? numberTexts.set(n, String(n));
}

const numberTexts = new Memo<number, string>();

function numberCell(at: CellRef, text: string, formula: boolean, error: string | undefined, value: Decimal | null, fromText: boolean): NumberCell {
  return { at, text, empty: text === '', formula, error, dash: text !== '' && DASH.test(text), value, fromText };
}

/**
 * Reads a stated execution rate as a fraction. A percent (a % format or a trailing %) is divided
 * by 100. A plain number is a percent when the column says (%) or when it is above 1.5; a plain
 * number up to 1.5 is read as a fraction (0.98 = 98%) — nobody states a rate of 1.5%.
 */
export function readRate(grid: CellGrid, at: CellRef, inPercent: boolean): NumberCell {
  const n = readNumber(grid, at);
  if (n.value === null) return n;
  const cell = grid.cell(at.row, at.col);
  const q = parseQuantity(cell?.value ?? null, { numberFormat: cell?.format });
  const isPercent = q?.unit === '%' || inPercent || n.value.greaterThan(1.5);
  return { ...n, value: isPercent ? n.value.dividedBy(100) : n.value };
}
