import { normalizeLabel, rawCharsOf, rawStartOf } from '../text/normalizeLabel';
import { BLOCK_END_PREFIXES } from './labelTable';
import { markerKind } from './formMarkers';
import { SheetLabels } from './sheetLabels';

/**
 * What a row of an indicator block is when it is no indicator: the block's total, the start of
 * another section (a budget block, a footer, the next form's title or name), or a note or
 * signature line (备注, 填表说明, 联系人, 填报人, a date). None of them become indicators or level
 * labels.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const words = (list: readonly string[]): string => list.map(escape).join('|');

/** A label starting with one of {@link BLOCK_END_PREFIXES}. */
const SECTION = new RegExp(`^(?:${words(BLOCK_END_PREFIXES)})`);
/** The same, as a whole label (with parentheticals or a colon and text after it). */
const SECTION_WHOLE = new RegExp(`^(?:${words(BLOCK_END_PREFIXES)})(?:\\(.*\\)|:.*)?$`);

/** A total row's label. */
export const TOTAL_LABEL = /^(?:总分|合计|自评总分|总计|综合得分|得分合计)/;
const TOTAL_WHOLE = /^(?:总分|合计|自评总分|总计|综合得分|得分合计)(?:\(.*\)|:.*)?$/;

/** Notes under a form: the label may run on into the note itself (备注：…, 填表说明1.…). */
const NOTE = /^(?:备注|附注|填表说明|填报说明|其他说明|其它说明|(?:其他|其它)?需(?:要)?说明的?(?:事项|问题|情况)|注:|说明:|(?:说明|备注|注)$)/;

/** Signature lines: the label alone, or followed by a colon (项目负责人：某某, 联系电话：…). */
const SIGNATURE =
  /^(?:联系人|联系电话|电话|填报人|填表人|制表人|审核人|复核人|经办人|(?:项目|财务|单位|部门)?负责人|分管领导|主要领导|单位领导|领导签字|签字|填报日期|填表日期|报送日期|日期)(?::.*|\(.*\))?$/;

/** The amounts' unit on a line of its own (单位：万元, 金额单位(元)): the head of the next form, or a note. */
const UNIT_LINE = /^(?:金额|资金)?单位(?::|\()(?:万元|元|亿元|千元)\)?$/;

/** A date on its own line: 2023年3月20日, 2023.6.28, 2023-06-28. */
const DATE_LINE = /^\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|[.\-/]\d{1,2}[.\-/]\d{1,2})$/;

export type RowEnd = 'total' | 'section' | 'note';

/** The first characters of the total, section, note, signature and date labels. */
const MAY_END = /[总合自综得年预项问偏改评存资备附填其注说联电制审复经负分主单领签报日财部专转需金\d]/;

/**
 * What a label ends, null when it is none of the above. `whole`: the label must be the word
 * itself (in the name column, where an indicator may be named 改进措施落实率 or 存在问题整改率);
 * left of it a prefix is enough.
 */
export function endOf(label: string, whole = false): RowEnd | null {
  if (!label) return null;
  // Every label above starts with one of these, or names a title (…表) or a name field (…名称).
  if (!MAY_END.test(label.charAt(0)) && !label.includes('表') && !label.includes('名称')) return null;
  if (whole ? TOTAL_WHOLE.test(label) : TOTAL_LABEL.test(label)) return 'total';
  if ((whole ? SECTION_WHOLE : SECTION).test(label) || markerKind(label) !== null) return 'section';
  if (NOTE.test(label) || SIGNATURE.test(label) || DATE_LINE.test(label) || UNIT_LINE.test(label)) return 'note';
  return null;
}

/** Raw text that may normalise to a label {@link endOf} reads (spares normalising every name). */
const RAW_MAY_END = rawStartOf('总合自综得年预项问偏改评存资备附填其注说联电制审复经负分主单领签报日财部专转需金0123456789');
const RAW_TABLE_OR_NAME = rawCharsOf('表名');
/** Raw text that may normalise to a total label (总分, 合计, 自评总分, 综合得分, 得分合计). */
const RAW_TOTAL_START = rawStartOf('总合自综得');

/** The label of a cell for {@link endOf}: long texts by their start (a note runs on: 注：1.预算执行率=…). */
function startLabel(labels: SheetLabels, row: number, col: number): string {
  const grid = labels.grid;
  const raw = grid.value(grid.anchorRow(row, col), grid.anchorCol(row, col));
  if (typeof raw === 'string' && !RAW_MAY_END.test(raw) && !RAW_TABLE_OR_NAME.test(raw)) return '';
  const l = labels.peek(row, col, true);
  if (l !== '\u0000') return l;
  return normalizeLabel(grid.text(grid.anchorRow(row, col), grid.anchorCol(row, col)).slice(0, 16));
}

/**
 * Whether a row ends the block: one of its own cells, from the left up to the name column, is a
 * total, section, note or signature label. Past the name column, up to `totalUntil` (the column
 * before the weight and score columns), a cell holding the whole total label makes the row the
 * total row, even beside a note on its left (其他需要说明事项 | 无 | 总分 | 100 | 96).
 */
export function rowEnd(labels: SheetLabels, row: number, nameCol: number, totalUntil = nameCol): { end: RowEnd; col: number } | null {
  const grid = labels.grid;
  let found: { end: RowEnd; col: number } | null = null;
  for (let c = 0; c <= nameCol; c++) {
    if (grid.anchorRow(row, c) !== row) continue;
    const l = startLabel(labels, row, c);
    if (!l) continue;
    // The name column's own text is an indicator's name unless it is the whole label; a label
    // merged across it from the left is not.
    const end = endOf(l, c === nameCol && grid.anchorCol(row, c) === nameCol);
    if (end) {
      found = { end, col: grid.anchorCol(row, c) };
      break;
    }
  }
  if (found?.end === 'total') return found;
  for (let c = nameCol + 1; c <= totalUntil; c++) {
    if (grid.anchorRow(row, c) !== row || grid.anchorCol(row, c) !== c) continue;
    // Targets and actuals fill these columns on every row: only text starting as a total label
    // does can be one (spares normalising them).
    const raw = grid.value(row, c);
    if (typeof raw !== 'string' || !RAW_TOTAL_START.test(raw)) continue;
    const l = startLabel(labels, row, c);
    if (l && endOf(l, true) === 'total') return { end: 'total', col: c };
  }
  return found;
}
