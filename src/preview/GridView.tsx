import { memo, useEffect, useMemo, useRef } from 'react';
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { columnName, parseRangeA1, RangeRef, toA1 } from '../core/grid/address';
import { isDefaultFontColor, normalizeColor } from '../app/gatewayRules';
import { displayedLook, type MemorySheet } from '../app/memoryWorkbook';
import { displayCell } from './formatCell';
import type { PreviewMessages } from './previewMessages';

/**
 * The active sheet of the in-memory workbook as Excel would show it: column letters and row
 * numbers, merged cells (rowSpan/colSpan), values with their number formats, fills and font
 * colours (the add-in's marks), notes (a red triangle and a tooltip) and the selected cell
 * outlined. Everything is React text: a cell holding markup shows the markup.
 *
 * Cells carry `data-testid="cell-B5"`, `data-fill` ('#RRGGBB' or '') and `data-selected`.
 */

/** Beyond this the grid shows a note instead of more rows/columns (the engine still sees all). */
export const MAX_GRID_ROWS = 2000;
export const MAX_GRID_COLS = 100;

const DEFAULT_WIDTH_CHARS = 8.43;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: 0, backgroundColor: '#ffffff', position: 'relative' },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif',
    fontSize: '13px',
    lineHeight: '18px',
    color: '#000000',
  },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: '#f3f3f3',
    borderRight: '1px solid #c8c8c8',
    borderBottom: '1px solid #c8c8c8',
    width: '44px',
    minWidth: '44px',
  },
  colHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    fontSize: '12px',
    textAlign: 'center',
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #c8c8c8',
    padding: '2px 0',
    overflow: 'hidden',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    fontSize: '12px',
    textAlign: 'center',
    borderRight: '1px solid #c8c8c8',
    borderBottom: '1px solid #d4d4d4',
    padding: '0 4px',
  },
  headerActive: { backgroundColor: '#d3f0e0', color: '#0e5c2f' },
  cell: {
    position: 'relative',
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    padding: '2px 4px',
    verticalAlign: 'middle',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    overflow: 'hidden',
    height: '20px',
    cursor: 'cell',
  },
  bordered: { borderRight: '1px solid #000000', borderBottom: '1px solid #000000' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px', zIndex: 1 },
  note: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: '7px solid #d13438',
    borderLeft: '7px solid transparent',
    pointerEvents: 'none',
  },
  notice: { padding: '8px 12px', color: '#605e5c', fontSize: '12px' },
  link: { color: '#0563c1', textDecorationLine: 'underline', cursor: 'pointer' },
});

/** Width of a text in "characters" as Excel counts them (CJK and full-width count two). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Column widths in px: the sheet's own (templates), else from the content of unmerged cells. */
function columnWidths(sheet: MemorySheet, cols: number, merged: (row: number, col: number) => boolean, rows: number): number[] {
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    const own = sheet.columnWidths[c];
    if (own) {
      widths.push(Math.round(own * 7 + 5));
      continue;
    }
    let chars = DEFAULT_WIDTH_CHARS;
    for (let r = 0; r < Math.min(rows, 500); r++) {
      const cell = sheet.cell(r, c);
      if (!cell || merged(r, c)) continue;
      const { text } = displayCell(cell.value, cell.format, cell.error);
      const longest = Math.max(0, ...text.split('\n').map(textWidth));
      if (longest > chars) chars = longest;
    }
    widths.push(Math.round(Math.min(chars, 36) * 7 + 10));
  }
  return widths;
}

/** `=HYPERLINK("#'Sheet'!F16","F16")`: a link inside the workbook (the 检查结果 export). */
const INTERNAL_LINK = /^=HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]{1,3}\d{1,7})"\s*,/i;

export function internalLink(formula: string | undefined): { sheet: string; address: string } | null {
  const m = formula ? INTERNAL_LINK.exec(formula) : null;
  return m ? { sheet: m[1].replace(/''/g, "'").replace(/""/g, '"'), address: m[2] } : null;
}

export interface GridViewProps {
  sheet: MemorySheet;
  /** The selected address on this sheet (a cell or range), if any. */
  selection: string | null;
  /** Bumped after every change of the workbook: the sheet object is mutated in place. */
  version: number;
  messages: PreviewMessages;
  onSelect: (address: string) => void;
  /** A link cell was clicked: go to that sheet and cell. */
  onFollowLink?: (sheet: string, address: string) => void;
}

function GridViewImpl({ sheet, selection, version, messages, onSelect, onFollowLink }: GridViewProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = Math.min(sheet.rowCount, MAX_GRID_ROWS);
  const cols = Math.min(sheet.colCount, MAX_GRID_COLS);

  const layout = useMemo(() => {
    // Anchor of every merge, and the cells a merge hides.
    const anchors = new Map<number, RangeRef>();
    const hidden = new Set<number>();
    const k = (r: number, c: number) => r * 16384 + c;
    for (const m of sheet.merges) {
      if (m.top >= rows || m.left >= cols) continue;
      anchors.set(k(m.top, m.left), m);
      for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) {
        for (let c = m.left; c <= Math.min(m.right, cols - 1); c++) if (r !== m.top || c !== m.left) hidden.add(k(r, c));
      }
    }
    const inMerge = (r: number, c: number) => anchors.has(k(r, c)) || hidden.has(k(r, c));
    return { anchors, hidden, k, widths: columnWidths(sheet, cols, inMerge, rows) };
    // `version` is a dependency on purpose: the sheet is mutated in place (rows inserted, values written).
  }, [sheet, rows, cols, version]);

  const selected = useMemo(() => {
    if (!selection) return null;
    try {
      return parseRangeA1(selection);
    } catch {
      return null;
    }
  }, [selection]);

  // Another sheet opens at its top left, as in Excel (an inserted template is not scrolled right).
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTo({ left: 0, top: 0 });
  }, [sheet]);

  useEffect(() => {
    const box = scroller.current;
    if (!selected || !box) return;
    const m = sheet.mergeAt(selected.top, selected.left);
    const a1 = m ? toA1(m.top, m.left) : toA1(selected.top, selected.left);
    const el = box.querySelector<HTMLElement>(`[data-testid="cell-${a1}"]`);
    if (!el) return;
    if (selected.top === 0 && selected.left === 0) {
      box.scrollTo({ left: 0, top: 0 });
      return;
    }
    // The cell's top-left corner in view (a merged cell wider than the view is not scrolled to its right end).
    const view = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const stickyLeft = 44;
    const stickyTop = 24;
    if (r.left < view.left + stickyLeft || r.left > view.right - 20) box.scrollLeft += r.left - view.left - stickyLeft;
    if (r.top < view.top + stickyTop || r.bottom > view.bottom) box.scrollTop += r.top - view.top - stickyTop;
  }, [selected, sheet, version]);

  if (sheet.rowCount === 0 || sheet.colCount === 0) {
    return (
      <div className={styles.scroller} data-testid="grid" data-sheet={sheet.name}>
        <p className={styles.notice}>{messages.emptySheet}</p>
      </div>
    );
  }

  const isSelected = (m: RangeRef) =>
    !!selected && m.top <= selected.bottom && selected.top <= m.bottom && m.left <= selected.right && selected.left <= m.right;
  const { anchors, hidden, k, widths } = layout;

  const body = [];
  for (let r = 0; r < rows; r++) {
    const tds = [];
    for (let c = 0; c < cols; c++) {
      if (hidden.has(k(r, c))) continue;
      const merge = anchors.get(k(r, c));
      const area: RangeRef = merge
        ? { top: r, left: c, bottom: Math.min(merge.bottom, rows - 1), right: Math.min(merge.right, cols - 1) }
        : { top: r, left: c, bottom: r, right: c };
      const a1 = toA1(r, c);
      const cell = sheet.cell(r, c);
      // A merged area shows its top-left cell's looks; its border comes from any of its cells.
      const shown = displayCell(cell?.value, cell?.format, cell?.error);
      // The add-in's mark shows over the cell's own looks (displayedLook), as in Excel.
      const look = displayedLook(cell);
      const fill = normalizeColor(look.fill) ?? '';
      const font = isDefaultFontColor(look.fontColor) ? undefined : (normalizeColor(look.fontColor) ?? undefined);
      const bordered = !!cell?.border;
      const sel = isSelected(area);
      const note = cell?.note;
      const link = internalLink(cell?.formula);
      tds.push(
        <td
          key={c}
          data-testid={`cell-${a1}`}
          data-fill={fill}
          data-selected={sel ? 'true' : 'false'}
          data-note={note ? 'true' : undefined}
          rowSpan={area.bottom - area.top + 1}
          colSpan={area.right - area.left + 1}
          title={note ?? undefined}
          className={mergeClasses(styles.cell, bordered && styles.bordered, sel && styles.selected)}
          style={{
            backgroundColor: fill || undefined,
            color: font,
            fontWeight: cell?.bold ? 600 : undefined,
            textAlign: cell?.align ?? shown.align,
          }}
          onClick={() => onSelect(a1)}
        >
          {link ? (
            <a
              href={`#${link.sheet}!${link.address}`}
              className={styles.link}
              data-link={`${link.sheet}!${link.address}`}
              onClick={(e) => {
                e.preventDefault();
                e.stopPropagation();
                onFollowLink?.(link.sheet, link.address);
              }}
            >
              {shown.text}
            </a>
          ) : (
            shown.text
          )}
          {note ? <span className={styles.note} aria-label={messages.noteMarker} role="img" /> : null}
        </td>,
      );
    }
    const rowActive = !!selected && r >= selected.top && r <= selected.bottom;
    body.push(
      <tr key={r}>
        <th scope="row" className={mergeClasses(styles.rowHeader, rowActive && styles.headerActive)}>
          {r + 1}
        </th>
        {tds}
      </tr>,
    );
  }

  return (
    <div className={styles.scroller} ref={scroller} data-testid="grid" data-sheet={sheet.name}>
      <table className={styles.table} aria-label={messages.gridLabel(sheet.name)} style={{ width: 44 + widths.reduce((a, b) => a + b, 0) }}>
        <colgroup>
          <col style={{ width: 44 }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.corner} aria-hidden />
            {widths.map((_, c) => (
              <th
                key={c}
                scope="col"
                className={mergeClasses(styles.colHeader, !!selected && c >= selected.left && c <= selected.right && styles.headerActive)}
              >
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {sheet.rowCount > rows || sheet.colCount > cols ? <p className={styles.notice}>{messages.truncated(rows, cols)}</p> : null}
    </div>
  );
}

/** Re-renders when the sheet, selection, version or language change (not when the pane does). */
export const GridView = memo(GridViewImpl);
