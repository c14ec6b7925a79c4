import { CellGrid, CellValue } from '../grid/cellGrid';
import { normalizeLabel, rawCharsOf } from '../text/normalizeLabel';
import { ColumnConcept } from './labelTable';
import { ConceptReading, readConcept } from './columnConcepts';
import { parseQuantity } from '../parse/parseNumber';

/** Removes trailing parenthetical groups: 分值(10分) → 分值, 产出指标(50分) → 产出指标. */
export function withoutParens(label: string): string {
  let s = label;
  for (;;) {
    const next = s.replace(/\([^()]*\)$/, '');
    if (next === s) return s;
    s = next;
  }
}

/**
 * The points of a label such as 年度绩效目标1(40分), 预算执行情况(万元)(20分) or 得分(20分*执行率),
 * also with one of its brackets lost (年度绩效目标98分), 年度绩效目标(80分).
 */
export function pointsOf(label: string): number | null {
  const m = /\((\d+(?:\.\d+)?)分[^()]*\)/.exec(label);
  if (m) return Number(m[1]);
  // A bracket lost in copying: 年度绩效目标98分), 预算执行情况(万元)20分), 年度绩效目标(80分.
  const lost = /(?:^|[^\d.(])(\d+(?:\.\d+)?)分\)$/.exec(label) ?? /\((\d+(?:\.\d+)?)分$/.exec(label);
  return lost ? Number(lost[1]) : null;
}

/**
 * A bare number where points stand (a block's 20 beside its label, 50 in a header row): a number,
 * or a text holding only one (`20`, `２０`, `20分`), as a workbook typed or pasted as text has it
 * (read as {@link parseQuantity} reads a number: a negative number or any other unit is no points).
 */
export function bareNumber(value: CellValue | undefined): number | null {
  const q = parseQuantity(value);
  if (q === null || q.value.isNegative() || (q.unitText !== null && q.unitText !== '分')) return null;
  return q.value.toNumber();
}

/** Longer cell texts are not labels (the longest label of forms.md has 13 characters). */
const MAX_LABEL_LENGTH = 48;
/** What `label()` returns for a longer text: matches no label and no prefix. */
const LONG_TEXT = '\u0000';

/** The column concept a normalized label names (read from its parts: see columnConcepts.ts). */
export function conceptOf(normalized: string): ColumnConcept | null {
  return readConcept(normalized)?.concept ?? null;
}

/** The column concepts detection looks for in every row: a header's name, a budget header's executed column. */
export type RowConcept = 'name' | 'executed';

/**
 * Pre-filters for the row concepts: raw text that may hold one of the concept's labels, as it
 * holds a character every such label has after normalisation (三 名 容 of 三级指标 / 指标名称 /
 * 指标内容; 执 支 决 拨 of …执行数 / 支出数 / 决算数 / 拨付金额), in any spelling that normalisation folds.
 */
const ROW_FILTERS: Record<RowConcept, RegExp> = { name: rawCharsOf('三名容'), executed: rawCharsOf('执支决拨') };
/** Raw text that may hold the label of any row concept. */
const ANY_ROW_CONCEPT = rawCharsOf('三名容执支决拨');

/** A pinyin gloss in brackets (zhuǎn), as mirror sites insert after each character. */
const ROMANISED = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/;

/** The label of a cell value (see SheetLabels.label). */
function labelOf(value: CellValue): string {
  // Labels are short: a long text (a name, a narrative) is never compared as one, and
  // normalising every long cell of a 10 000-row form would cost more than the rest of the check.
  if (typeof value === 'string') {
    if (value.length <= MAX_LABEL_LENGTH) return normalizeLabel(value);
    // A label with pinyin inserted after its characters (績(jī)效目標(biāo)自評(píng)表, a mirror site's
    // copy) is long only by its glosses: read it when what is left is label-sized.
    if (value.length > 3 * MAX_LABEL_LENGTH || !ROMANISED.test(value)) return LONG_TEXT;
    const l = normalizeLabel(value);
    return l.length > MAX_LABEL_LENGTH ? LONG_TEXT : l;
  }
  return value === null ? '' : typeof value === 'number' ? String(value) : normalizeLabel(String(value));
}

/**
 * Normalized label text of a sheet's cells, cached: detection looks at the same cells many times.
 * Only a merge's top-left cell carries a label; `label()` returns '' for the other cells of a merge
 * unless `throughMerge` is set.
 */
export class SheetLabels {
  private readonly cache = new Map<number, string>();
  private readonly conceptCache = new Map<number, ConceptReading | null>();
  /** Per row: 0 not scanned, 1 no text that may hold a row concept's label, 2 some (see rowMayHold). */
  private readonly rowHints: Uint8Array;
  private hintRight = -1;

  constructor(readonly grid: CellGrid) {
    this.rowHints = new Uint8Array(grid.rowCount);
  }

  /** The normalized label of the cell's own value, or of its merge when `throughMerge`. */
  label(row: number, col: number, throughMerge = false): string {
    const r = throughMerge ? this.grid.anchorRow(row, col) : row;
    const c = throughMerge ? this.grid.anchorCol(row, col) : col;
    const key = r * 16384 + c;
    let v = this.cache.get(key);
    if (v === undefined) {
      v = labelOf(this.grid.value(r, c));
      this.cache.set(key, v);
    }
    return v;
  }

  /**
   * {@link label}, without remembering it: for the single look detection takes at each data row.
   * A cache entry per row of a long form cost more than normalising again, which for most text
   * is one table scan that returns the text itself.
   */
  peek(row: number, col: number, throughMerge = false): string {
    const r = throughMerge ? this.grid.anchorRow(row, col) : row;
    const c = throughMerge ? this.grid.anchorCol(row, col) : col;
    return this.cache.get(r * 16384 + c) ?? labelOf(this.grid.value(r, c));
  }

  /** `normalizeLabel` of the cell's own text. */
  normalized(row: number, col: number): string {
    const l = this.peek(row, col);
    return l === LONG_TEXT ? normalizeLabel(this.grid.text(row, col)) : l;
  }

  /** True when (row, col) is the top-left cell of its merge, or not merged. */
  isAnchor(row: number, col: number): boolean {
    return this.grid.isAnchor(row, col);
  }

  /**
   * Whether a cell of the row, up to column `right`, may hold a label of the concept. False means
   * none can: detection asks this of every row before reading it as a header, and answers most
   * rows with a regular-expression test per text cell instead of normalising them all. One scan
   * per row answers for both row concepts.
   */
  rowMayHold(row: number, concept: RowConcept, right: number): boolean {
    const filter = ROW_FILTERS[concept];
    if (row >= 0 && row < this.rowHints.length) {
      if (right !== this.hintRight) {
        this.hintRight = right;
        this.rowHints.fill(0);
      }
      if (this.rowHints[row] === 0) this.rowHints[row] = this.rowMatches(row, ANY_ROW_CONCEPT, right) ? 2 : 1;
      if (this.rowHints[row] === 1) return false;
    }
    return this.rowMatches(row, filter, right);
  }

  private rowMatches(row: number, filter: RegExp, right: number): boolean {
    for (let c = 0; c <= right; c++) {
      const v = this.grid.value(row, c);
      if (typeof v === 'string' && filter.test(v)) return true;
    }
    return false;
  }

  concept(row: number, col: number): ColumnConcept | null {
    return this.reading(row, col)?.concept ?? null;
  }

  /** The concept of the cell's label with how sure the reading is (see columnConcepts.ts). */
  reading(row: number, col: number): ConceptReading | null {
    const key = row * 16384 + col;
    let k = this.conceptCache.get(key);
    if (k === undefined) {
      k = readConcept(this.label(row, col));
      this.conceptCache.set(key, k);
    }
    return k;
  }
}
