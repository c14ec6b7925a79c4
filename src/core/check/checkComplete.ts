import { CheckContext } from './checkContext';

/**
 * Whether the form is whole (rule `form-incomplete`): it has indicator rows, and a scored form —
 * one with 分值 / 得分 columns or stated points — has its total row. A form cut off (a page of a
 * published table, a sheet filled half-way) gets no total and no grade, and weights are not added
 * up over the part that is there.
 */
export function checkComplete(ctx: CheckContext): boolean {
  const { form, sink, grid } = ctx;
  const indicators = form.blocks.some((b) => b.rows.some((r) => !r.placeholder && !r.groupOnly && !r.subtotal));
  if (!indicators) {
    const first = form.blocks[0];
    const at = first?.label ?? (first ? { row: first.headerRow, col: first.columns.name } : (form.budget?.label ?? { row: form.range.top, col: form.range.left }));
    sink.add('form-incomplete', 'warning', grid.anchor(at.row, at.col), { missing: 'indicators' });
    return false;
  }
  const scored = form.blocks.some((b) => b.columns.weight !== null || b.columns.score !== null || b.points !== null);
  if (scored && form.total === null) {
    const last = form.blocks[form.blocks.length - 1];
    const at = last.label ?? { row: last.headerRow, col: last.columns.name };
    sink.add('form-incomplete', 'warning', grid.anchor(at.row, at.col), { missing: 'total' });
    return false;
  }
  return true;
}
