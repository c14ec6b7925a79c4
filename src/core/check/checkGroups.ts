import { CellRef } from '../grid/address';
import { IndicatorBlock, IndicatorRow } from '../detect/formModel';
import { Level1Id, levelKey } from '../detect/taxonomy';
import { normalizeLabel } from '../text/normalizeLabel';
import { CheckContext } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { SheetMemo } from './sheetMemo';

/** Text that reads as a sentence: longer than any level label, or punctuated as prose. */
const SENTENCE = /[，。；：,;:！？!?]|^.{17,}$/;

/** Phase 4: checks across indicators (groups, duplicates, the first levels present). */
export function checkGroups(ctx: CheckContext, memo: SheetMemo, evals: IndicatorEval[], groupOnly: { block: IndicatorBlock; row: IndicatorRow }[]): void {
  const { sink, form } = ctx;
  const blockIndex = new Map(form.blocks.map((b, i) => [b, i]));
  // A duplicate has the key `block|level1|level2|name` of an earlier row. While no level label
  // holds the separator, that is the same name within the same group: names are then compared per
  // group, sparing a key string per row. Otherwise every row's whole key is built, as written.
  const wholeKeys = evals.some((e) => e.level1?.includes('|') || e.level2?.includes('|'));
  const allKeys = new Set<string>();
  const namesByGroup = new Map<string, Set<string>>();
  // The rows of a group share block and levels (and follow each other): found once per group.
  let group: { block: IndicatorBlock; level1: string | null; level2: string | null; key: string; seen: Set<string> } | null = null;
  for (let i = 0; i < evals.length; i++) {
    const e = evals[i];
    if (!e.name) continue;
    if (group === null || group.block !== e.block || group.level1 !== e.level1 || group.level2 !== e.level2) {
      const key = `${blockIndex.get(e.block)}|${e.level1 ?? ''}|${e.level2 ?? ''}|`;
      let seen = allKeys;
      if (!wholeKeys) {
        seen = namesByGroup.get(key) ?? new Set<string>();
        namesByGroup.set(key, seen);
      }
      group = { block: e.block, level1: e.level1, level2: e.level2, key, seen };
    }
    const seen = group.seen;
    const key = wholeKeys ? group.key + e.normalizedName : e.normalizedName;
    if (seen.has(key)) {
      sink.add(
        'duplicate-indicator',
        'warning',
        ctx.grid.anchor(e.row, e.block.columns.name),
        { name: e.name, group: [e.level1, e.level2].filter(Boolean).join(' / ') },
        { name: e.label, row: e.row },
      );
    } else seen.add(key);
  }
  // Built only when some group row needs it (most forms have none).
  let filledGroups: Set<string> | null = null;
  /** Where each first level's label stands, for level1-absent on a level left without indicators. */
  const levelCells = new Map<Level1Id, CellRef>();
  for (const g of groupOnly) {
    const l1col = g.block.columns.level1;
    if (g.row.level1 && l1col !== null) {
      // A level label with no indicator under it is still checked as a label.
      const facts = memo.levelFacts(g.row.level1, g.row.level2);
      const id = facts.level1Id;
      const at = ctx.grid.anchor(g.row.level1Row ?? g.row.row, l1col);
      const shortFor = facts.level1ShortFor;
      // A sentence in the level column with nothing else on its row is a note, not a level label.
      // A label holding only its points ((50分)) names no level: level1-absent says so.
      const named = levelKey(normalizeLabel(g.row.level1)) !== '';
      if ((id === null && named && !SENTENCE.test(g.row.level1)) || shortFor) sink.add('level1-unknown', shortFor ? 'info' : 'error', at, { level1: g.row.level1, shortFor });
      if (id !== null && !levelCells.has(id)) levelCells.set(id, at);
    }
    // 预算执行率 as a level of the indicator block: scored in the budget block already.
    const l2col = g.block.columns.level2;
    if (g.row.level2 && l2col !== null && /(?:预算|资金)执行率/.test(g.row.level2)) {
      sink.add('misclassified-indicator', 'warning', ctx.grid.anchor(g.row.level2Row ?? g.row.row, l2col), { name: g.row.level2, why: 'execution-rate' });
    }
    if (!g.row.level2) continue;
    filledGroups ??= new Set(evals.map((e) => `${blockIndex.get(e.block)}|${e.level1}|${e.level2}`));
    const filled = filledGroups.has(`${blockIndex.get(g.block)}|${g.row.level1}|${g.row.level2}`);
    if (!filled && g.block.columns.level2 !== null) {
      sink.add('empty-group', 'info', ctx.grid.anchor(g.row.level2Row ?? g.row.row, g.block.columns.level2), { level1: g.row.level1 ?? '', level2: g.row.level2 });
    }
  }
  // Every project form measures output, benefit and satisfaction. An indicator header with no row
  // at all under it lacks all three (form-incomplete says the rows are missing; this says which
  // levels they are to cover) — not on a department form, whose framework no row shows yet, nor
  // under level labels left empty (a blank template: empty-group says it of each group).
  const first = form.blocks[0];
  const headerOnly = evals.length === 0 && groupOnly.length === 0 && form.kind !== 'department';
  if (first && first.columns.level1 !== null && (evals.length > 0 || headerOnly)) {
    const present = new Set(evals.map((e) => e.level1Id));
    const departmentFramework = evals.some((e) => e.level1Id === 'input' || e.level1Id === 'process' || e.level1Id === 'effect');
    if (!departmentFramework) {
      const need: [Parameters<typeof present.has>[0][], string][] = [
        [['output', 'cost'], '产出指标'],
        [['benefit'], '效益指标'],
        [['satisfaction'], '满意度指标'],
      ];
      // At the level's own label when it is there without indicators, else at the block.
      const blockAt = first.label ?? { row: first.headerRow, col: first.columns.level1 };
      for (const [ids, name] of need) {
        if (!ids.some((id) => present.has(id))) {
          const own = ids.map((id) => (id === null ? undefined : levelCells.get(id))).find((c) => c !== undefined);
          sink.add('level1-absent', 'warning', ctx.grid.anchor((own ?? blockAt).row, (own ?? blockAt).col), { level1: name });
        }
      }
    }
  }
}
