import { IndicatorBlock } from '../detect/formModel';
import { CheckContext } from './checkContext';

/** The header's own label for a column, as the person sees it (年初目标值, 实际完成值 …). */
export function headerLabel(ctx: CheckContext, block: IndicatorBlock, col: number | null): string | null {
  if (col === null) return null;
  if (ctx.settings.locale !== 'zh-CN') return null;
  const r = block.headerRow + block.headerRows - 1;
  const a = ctx.grid.anchor(r, col);
  let t = ctx.grid.text(a.row, a.col).replace(/\s+/g, '');
  if (!t && block.headerRows === 2) {
    const a0 = ctx.grid.anchor(block.headerRow, col);
    t = ctx.grid.text(a0.row, a0.col).replace(/\s+/g, '');
  }
  if (t === '指标值') t = '年度指标值';
  return t.replace(/[（(][A-Za-z]+[)）]$/, '') || null;
}
