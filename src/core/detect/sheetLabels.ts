import { CellGrid } from '../grid/cellGrid';
import { normalizeLabel } from '../text/normalizeLabel';
import { COLUMN_LABELS, ColumnConcept } from './labelTable';

/** Removes trailing parenthetical groups: 分值(10分) → 分值, 产出指标(50分) → 产出指标. */
export function withoutParens(label: string): string {
  let s = label;
  for (;;) {
    const next = s.replace(/\([^()]*\)$/, '');
    if (next === s) return s;
    s = next;
  }
}

/** The points of a label such as 年度绩效目标1(40分), 预算执行情况(万元)(20分) or 得分(20分*执行率). */
export function pointsOf(label: string): number | null {
  const m = /\((\d+(?:\.\d+)?)分[^()]*\)/.exec(label);
  return m ? Number(m[1]) : null;
}

/** Longer cell texts are not labels (the longest label of forms.md has 13 characters). */
const MAX_LABEL_LENGTH = 48;
/** What `label()` returns for a longer text: matches no label and no prefix. */
const LONG_TEXT = '\u0000';

const conceptByLabel = new Map<string, ColumnConcept>();
for (const [concept, labels] of Object.entries(COLUMN_LABELS) as [ColumnConcept, readonly string[]][]) {
  for (const label of labels) {
    const key = normalizeLabel(label);
    if (!conceptByLabel.has(key)) conceptByLabel.set(key, concept);
  }
}

/** The column concept a normalized label names, with or without its parenthetical. */
export function conceptOf(normalized: string): ColumnConcept | null {
  if (!normalized) return null;
  return conceptByLabel.get(normalized) ?? conceptByLabel.get(withoutParens(normalized)) ?? null;
}

/**
 * Normalized label text of a sheet's cells, cached: detection looks at the same cells many times.
 * Only a merge's top-left cell carries a label; `label()` returns '' for the other cells of a merge
 * unless `throughMerge` is set.
 */
export class SheetLabels {
  private readonly cache = new Map<number, string>();
  private readonly conceptCache = new Map<number, ColumnConcept | null>();

  constructor(readonly grid: CellGrid) {}

  /** The normalized label of the cell's own value, or of its merge when `throughMerge`. */
  label(row: number, col: number, throughMerge = false): string {
    const a = throughMerge ? this.grid.anchor(row, col) : { row, col };
    const key = a.row * 16384 + a.col;
    let v = this.cache.get(key);
    if (v === undefined) {
      const value = this.grid.value(a.row, a.col);
      // Labels are short: a long text (a name, a narrative) is never compared as one, and
      // normalising every long cell of a 10 000-row form would cost more than the rest of the check.
      if (typeof value === 'string') v = value.length > MAX_LABEL_LENGTH ? LONG_TEXT : normalizeLabel(value);
      else v = value === null ? '' : typeof value === 'number' ? String(value) : normalizeLabel(String(value));
      this.cache.set(key, v);
    }
    return v;
  }

  /** True when (row, col) is the top-left cell of its merge, or not merged. */
  isAnchor(row: number, col: number): boolean {
    const m = this.grid.mergeAt(row, col);
    return !m || (m.top === row && m.left === col);
  }

  concept(row: number, col: number): ColumnConcept | null {
    const key = row * 16384 + col;
    let k = this.conceptCache.get(key);
    if (k === undefined) {
      k = conceptOf(this.label(row, col));
      this.conceptCache.set(key, k);
    }
    return k;
  }
}
