import Decimal from 'decimal.js';
import { toA1 } from '../grid/address';
import { compare, fitsPrecision, formatNumber, formatPercent, round, ZERO } from '../compute/decimal';
import { CheckContext, fieldName } from './checkContext';
import { IndicatorEval } from './indicatorModel';
import { PlannedWrite } from './writePlan';
import { footerExplains } from './footerExplains';
import { SheetMemo } from './sheetMemo';
import { quoteOf } from './readIndicator';
import { headerLabel } from './headerLabel';

const NUMBER_ONLY = /^[\s\d.,，%％+\-－０-９．]*$/;
/** Tolerances of the score checks (rules.md), built once rather than on every comparison. */
const SCORE_EPSILON = new Decimal(0.0001);
const CENT = new Decimal(0.01);
const HALF_CENT = new Decimal(0.005);
/** Deviation cells that say nothing: 无, 暂无, a dash. They explain no deviation. */
const SAYS_NOTHING = /^(无|暂无|没有|無|n\/?a|[/／—–\-－、]+)$/i;

/** Phase 3: scores, stated scores, explanations. */
export function scoreIndicator(ctx: CheckContext, memo: SheetMemo, e: IndicatorEval, writes: PlannedWrite[]): void {
  const { sink, form } = ctx;
  const bands = memo.bands;
  const ind = { name: e.label, row: e.row };
  const w = e.weight;
  const qualitative = e.target.kind === 'qualitative';
  const band = e.actual.kind === 'qualitative' ? e.actual.band : null;
  if (w !== null && !e.unscorable) {
    if (!qualitative && e.met !== null) {
      e.score = e.met ? w : w.times(e.attainment!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    } else if (qualitative && band) {
      if (band === 'met') e.score = w;
      else {
        const lo = band === 'partly' ? w.times(bands.partly) : ZERO;
        const hi = band === 'partly' ? w.times(bands.met) : w.times(bands.partly);
        e.scoreRange = [lo, hi];
      }
    }
  }

  const sc = e.scoreCell;
  if (sc && w !== null) {
    const stated = sc.value;
    if (stated !== null) {
      if (exceedsWeight(stated, w) || stated.isNegative()) {
        sink.add('score-exceeds-weight', 'error', sc.at, { name: e.label, score: formatNumber(stated), weight: formatNumber(w) }, ind);
      } else if (qualitative && band) {
        const [lo, hi] = band === 'met' ? [w.times(bands.met), w] : e.scoreRange!;
        const vsHigh = compare(stated, hi);
        const inBand = compare(stated, lo) >= 0 && (band === 'not-met' || band === 'partly' ? vsHigh < 0 : vsHigh <= 0);
        if (!inBand) {
          sink.add('score-mismatch', 'error', sc.at, { name: e.label, stated: formatNumber(stated), computed: `${formatNumber(lo)}–${formatNumber(hi)}` }, ind);
        } else if (band !== 'met') {
          e.score = stated; // the person's choice within the allowed range
        } else if (belowWeight(stated, w)) {
          sink.add('score-deducted-though-met', 'warning', sc.at, { name: e.label, score: formatNumber(stated), weight: formatNumber(w) }, ind);
          e.score = stated;
        }
      } else if (e.score !== null && !(e.met === true && belowWeight(stated, w))) {
        // Equal scores (the usual case) differ by nothing: no subtraction needed. A met indicator
        // scored below its weight is a deduction to question (score-deducted-though-met, below),
        // not a wrong computation.
        if (compare(stated, e.score) !== 0 && stated.minus(e.score).abs().greaterThan(CENT)) {
          sink.add('score-mismatch', 'error', sc.at, { name: e.label, stated: formatNumber(stated), computed: formatNumber(e.score) }, ind);
          if (!sc.formula) writes.push({ at: sc.at, value: round(e.score), numberFormat: null, what: 'score', overwrites: true });
        }
      }
      if (e.met === true && !qualitative && belowWeight(stated, w) && !sink.hasAt('score-mismatch', toA1(sc.at.row, sc.at.col))) {
        sink.add('score-deducted-though-met', 'warning', sc.at, { name: e.label, score: formatNumber(stated), weight: formatNumber(w) }, ind);
      }
    }
  }
  // An empty 得分 is said even where the engine cannot score the row (the person scores it); not on
  // a breakdown row without a 分值 (the indicator above is scored for it).
  if (sc && sc.empty && !sc.error && !(e.breakdown && (e.weightCell === null || e.weightCell.empty))) {
    sink.add('score-empty', 'info', sc.at, { name: e.label, computed: e.score === null ? null : formatNumber(e.score) }, ind);
    if (e.score !== null && !sc.formula) writes.push({ at: sc.at, value: round(e.score), numberFormat: null, what: 'score', overwrites: false });
  }

  // Unmet targets need a reason.
  const unmet = (!qualitative && e.met === false) || (qualitative && (band === 'partly' || band === 'not-met'));
  if (unmet) {
    const hasColumn = e.block.columns.deviation !== null;
    const dev = e.deviationText.replace(/[\s。.]+$/, '');
    const explained = (dev !== '' && !NUMBER_ONLY.test(dev) && !SAYS_NOTHING.test(dev)) || footerExplains(form.footers, e.name);
    if (!explained) {
      const targetLabel = headerLabel(ctx, e.block, e.block.columns.target) ?? fieldName(ctx, 'target');
      const actualLabel = headerLabel(ctx, e.block, e.block.columns.actual) ?? fieldName(ctx, 'actual');
      const at = hasColumn ? ctx.grid.anchor(e.row, e.block.columns.deviation!) : e.actualAt;
      sink.add(
        'target-not-met-unexplained',
        hasColumn ? 'error' : 'warning',
        at,
        { name: e.label, actual: quoteOf(ctx, e, 'actual'), target: quoteOf(ctx, e, 'target'), actualLabel, targetLabel },
        ind,
      );
    }
  }
  if (e.ratio !== null && compare(e.ratio, memo.overAchievement) >= 0) {
    sink.add(
      'over-achieved',
      'warning',
      e.actualAt,
      { name: e.label, actual: quoteOf(ctx, e, 'actual'), target: quoteOf(ctx, e, 'target'), attainment: formatPercent(e.ratio) },
      { name: e.label, row: e.row },
    );
  }
}

/**
 * A stated score above its weight: stated > w + 0.0001. When stated ≤ w the sum is not needed: w
 * fits the precision, so w + 0.0001 rounds to no less than w.
 */
function exceedsWeight(stated: Decimal, w: Decimal): boolean {
  if (compare(stated, w) <= 0 && fitsPrecision(w)) return false;
  return stated.greaterThan(w.plus(SCORE_EPSILON));
}

/**
 * A stated score deducted from its weight: stated < w − 0.005. When stated ≥ w the difference is
 * not needed: w fits the precision, so w − 0.005 rounds to no more than w.
 */
function belowWeight(stated: Decimal, w: Decimal): boolean {
  if (compare(stated, w) >= 0 && fitsPrecision(w)) return false;
  return stated.lessThan(w.minus(HALF_CENT));
}
