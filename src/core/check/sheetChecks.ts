import { normalizeLabel, rawCharsOf } from '../text/normalizeLabel';
import { errorOf } from '../grid/cellGrid';
import { columnName } from '../grid/address';
import { bareNumber } from '../detect/sheetLabels';
import { CheckContext, fieldName } from './checkContext';
import { HeaderField, IndicatorBlock } from '../detect/formModel';
import { displayAt, quoteText } from './displayValue';

/** Template prompts of rules.md (`placeholder-text`), matched on normalized text. */
const PLACEHOLDERS: readonly RegExp[] = [
  // 指标1：, or 指标1：/ with the slash of an empty slot after it.
  /^指标\d+[:]?[/\-—]*$/,
  // An ellipsis alone, or after the list mark of a numbered line left in (①……, 1.……, (1)……).
  /^(?:[\u2460-\u2473]|\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]+、)?(?:…|\.\.\.)+$/,
  /\(\d+字以内\)/,
  /结合自评情况/,
  /对照年度目标,说明/,
];

/**
 * Raw text that may hold a template prompt: every pattern above needs one of these characters
 * after normalisation (指 … . 字 结 对; keep them in step with the patterns). Testing the raw text
 * first spares normalising every text cell of the form.
 */
const PLACEHOLDER_CHARS = rawCharsOf('指….字结对');

/**
 * Whether normalized text is a template prompt. A function of its own, not a closure in the loop
 * below: a closure capturing a variable of the loop body makes every iteration allocate a context.
 */
function isPlaceholder(normalized: string): boolean {
  return PLACEHOLDERS.some((p) => p.test(normalized));
}

/** Error values and template prompts anywhere in the form. */
export function checkCells(ctx: CheckContext): void {
  const { grid, form, sink } = ctx;
  const { top, bottom, left, right } = form.range;
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = grid.cell(r, c);
      if (!cell) continue;
      const err = errorOf(cell);
      if (err) {
        sink.add('formula-error', 'error', { row: r, col: c }, { value: err });
        continue;
      }
      if (typeof cell.value !== 'string' || !PLACEHOLDER_CHARS.test(cell.value) || !cell.value.trim()) continue;
      if (isPlaceholder(normalizeLabel(cell.value))) {
        sink.add('placeholder-text', 'warning', { row: r, col: c }, { text: quoteText(cell.value.trim()) });
      }
    }
  }
}

const REQUIRED: ReadonlySet<HeaderField['key']> = new Set(['projectName', 'basicInfo', 'goalPlanned', 'goalActual']);

/** Header fields: required ones are errors when empty, the others warnings; narratives are text. */
export function checkHeader(ctx: CheckContext): void {
  const { form, sink } = ctx;
  for (const f of form.header) {
    const key = f.key;
    // In Chinese, name the field as the sheet labels it (部门（单位）名称, 单位名称(盖章) …).
    const sheetLabel = ctx.grid.text(f.label.row, f.label.col).replace(/[\s:：]+$/g, '').replace(/^[\s]+/, '').split(/[:：]/)[0];
    const name = ctx.settings.locale === 'zh-CN' && !key.startsWith('goal') && sheetLabel ? sheetLabel.replace(/\s+/g, '').replace(/^\d+[.、]/, '') : fieldName(ctx, key);
    if (!f.text) {
      sink.add('field-empty', REQUIRED.has(key) ? 'error' : 'warning', f.value, { field: name });
      continue;
    }
    if ((key === 'basicInfo' || key === 'goalPlanned' || key === 'goalActual') && /^[\s\d.,%，。％+-]+$/.test(f.text)) {
      sink.add('goal-not-narrative', 'warning', f.value, { field: name, text: displayAt(ctx.grid, f.value) || f.text });
    }
  }
}

/**
 * Columns a form needs (rules.md `column-missing`): a target and an actual column, and a 得分
 * column where the form has 分值 or states points for its blocks (年度绩效目标(80分), 预算执行情况
 * (20分)): a scored form without 得分. A form with neither 分值, 得分 nor stated points is
 * an unscored layout (the central transfer-payment form, the Hubei project form): the add-in scores
 * it for the pane and writes nothing. A form with 得分 and no 分值 states its weights otherwise (in
 * its labels, or as full marks on met indicators): see inferWeights.
 */
export function checkColumns(ctx: CheckContext): void {
  const { form, sink } = ctx;
  for (const b of form.blocks) {
    const at = { row: b.headerRow, col: b.columns.name };
    const missing: string[] = [];
    if (b.columns.target === null) missing.push(fieldName(ctx, 'target'));
    if (b.columns.actual === null) missing.push(fieldName(ctx, 'actual'));
    // Scored: a 分值 column, or points the form states for the block or its budget (年度绩效目标(80分)).
    const scored = b.columns.weight !== null || b.points !== null || (form.budget?.points ?? null) !== null;
    if (scored && b.columns.score === null) missing.push(fieldName(ctx, 'score'));
    if (missing.length === 0) continue;
    const unplaced = unplacedHeaderLabels(ctx, b);
    // Stated points but no 分值 column: an unlabelled column of numbers beside the indicators may
    // be their scores (or weights); the checker cannot tell, so it says so.
    if (b.columns.weight === null && b.columns.score === null && missing.includes(fieldName(ctx, 'score'))) {
      unplaced.push(...unlabelledNumberColumns(ctx, b).filter((l) => !unplaced.includes(l)));
    }
    for (const column of missing) {
      if (unplaced.length === 0) sink.add('column-missing', 'error', at, { column });
      else sink.add('column-missing', 'info', at, { column, unsure: unplaced.map((t) => `“${t}”`).join('、') });
    }
  }
}

/**
 * Columns right of the block's name column that no header places and that hold a bare number on
 * most indicator rows (points typed beside the indicators under no label), by column letter.
 */
function unlabelledNumberColumns(ctx: CheckContext, b: IndicatorBlock): string[] {
  const grid = ctx.grid;
  const placed = new Set(Object.values(b.columns).filter((c): c is number => c !== null));
  const rows = b.rows.filter((r) => !r.groupOnly && !r.placeholder);
  const out: string[] = [];
  if (rows.length === 0) return out;
  for (let c = b.columns.name + 1; c < grid.colCount; c++) {
    if (placed.has(c)) continue;
    const numbers = rows.filter((r) => grid.anchorCol(r.row, c) === c && bareNumber(grid.value(r.row, c)) !== null).length;
    if (numbers * 2 > rows.length) out.push(columnName(c));
  }
  return out;
}

/** Header labels that name no column a form needs, whatever the wording: never a missing column. */
const NEUTRAL_LABEL = /^(备注|序号|编号|说明|附注)$/;
const MAX_UNPLACED = 3;

/**
 * The labels of a block's header (its header rows and the row above, where labels merged down
 * over two rows start) standing over a column the checker did not place. A column said missing
 * while such a label stands in the header may be that label under a wording the checker does not
 * know: a false error is worse than a missed one, so the finding is then info (README, Decisions).
 */
export function unplacedHeaderLabels(ctx: CheckContext, b: IndicatorBlock): string[] {
  const grid = ctx.grid;
  const placed = new Set<number>();
  for (const c of Object.values(b.columns)) if (c !== null) placed.add(c);
  const first = Math.min(...placed);
  const labels: string[] = [];
  const firstRow = Math.max(0, b.headerRow - 1);
  const lastRow = b.headerRow + b.headerRows - 1;
  for (let c = first; c < grid.colCount; c++) {
    if (placed.has(c)) continue;
    for (let r = firstRow; r <= lastRow; r++) {
      const ar = grid.anchorRow(r, c);
      const ac = grid.anchorCol(r, c);
      // A label merged across a placed column (a group label over several columns) places nothing.
      const merge = grid.mergeAt(r, c);
      if (merge && [...placed].some((p) => p >= merge.left && p <= merge.right)) continue;
      const text = grid.text(ar, ac).replace(/[\s\u3000]+/g, '');
      if (!text || NEUTRAL_LABEL.test(text) || !/[\u4e00-\u9fffA-Za-z]/.test(text) || labels.includes(text)) continue;
      if (r === firstRow && firstRow < b.headerRow && ar === r && grid.mergeAt(r, c) === undefined) continue;
      labels.push(text.length > 12 ? `${text.slice(0, 12)}…` : text);
    }
    if (labels.length >= MAX_UNPLACED) break;
  }
  return labels;
}
