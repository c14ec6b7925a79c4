import { rawCharsOf } from '../text/normalizeLabel';
import { MAX_FORM_COLUMNS } from './limits';
import { SheetLabels } from './sheetLabels';

/**
 * Rows that open a form: its title (…绩效自评表, …绩效目标自评表, …评价自评表) and the fields that
 * name what the form is about (项目名称, 专项名称, 部门（单位）名称). A sheet holding several forms has
 * one of these between the end of one form's indicator block and the next form's header; rows of
 * an indicator block that hold one end the block.
 */

/** A title: a short text naming a self-evaluation table. */
const TITLE = /(?:自评|评价|绩效目标)[^,;，。；]{0,12}表(?:\(.*\))?$|自评表|绩效评价表/;

/** Labels of the fields that say which project or department a form is about. */
const IDENTITY = /^(?:(?:\S{0,8}项目|专项|转移支付(?:\(项目\))?|资金)名称|部门(?:\(单位\))?名称|单位(?:\(部门\))?名称|预算单位名称)(?:\(.*\))?$/;

/** Raw text that may hold a title or an identity label (表 or 名 after normalisation). */
const MAY_MARK = rawCharsOf('表名');

export type MarkerKind = 'title' | 'identity';

export interface FormMarker {
  row: number;
  col: number;
  kind: MarkerKind;
  /** The normalized label. */
  label: string;
}

/** The label before a colon: 项目名称：某某 → 项目名称. */
function beforeColon(label: string): string {
  const i = label.indexOf(':');
  return i < 0 ? label : label.slice(0, i);
}

/** What a normalized cell label marks, if anything. */
export function markerKind(label: string): MarkerKind | null {
  if (!label || label.length > 60) return null;
  if (IDENTITY.test(beforeColon(label))) return 'identity';
  if (TITLE.test(label)) return 'title';
  return null;
}

/** A numbered section label that may precede a row's first field (一、基本情况 | 项目名称：). */
const SECTION_NUMBER = /^[一二三四五六七八九十]+、/;

/**
 * The marker of a row, or null. A title or name field opens a row: it is the row's first text
 * (after a numbered section label), so that the same words typed into a data cell open nothing.
 */
export function rowMarker(labels: SheetLabels, row: number): FormMarker | null {
  const grid = labels.grid;
  const right = Math.min(grid.colCount, MAX_FORM_COLUMNS);
  let texts = 0;
  for (let c = 0; c < right && texts < 2; c++) {
    if (!labels.isAnchor(row, c)) continue;
    const v = grid.value(row, c);
    if (v === null || v === '') continue;
    texts++;
    if (typeof v !== 'string' || !MAY_MARK.test(v)) {
      if (typeof v === 'string' && SECTION_NUMBER.test(v.trim())) continue;
      return null;
    }
    const label = labels.label(row, c);
    const kind = markerKind(label);
    if (kind) return { row, col: c, kind, label };
    if (!SECTION_NUMBER.test(label)) return null;
  }
  return null;
}
