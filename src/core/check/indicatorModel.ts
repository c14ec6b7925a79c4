import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { IndicatorBlock } from '../detect/formModel';
import { Level1Id } from '../detect/taxonomy';
import { Actual, Target } from '../parse/parseTarget';
import { NumberCell } from './readCells';

/** One indicator row as the checks see it, filled in over the evaluation's phases. */
export interface IndicatorEval {
  row: number;
  block: IndicatorBlock;
  level1: string | null;
  level2: string | null;
  level1Id: Level1Id | null;
  name: string;
  /** normalizeLabel(name): the name as labels compare (duplicates, misclassification). */
  normalizedName: string;
  /** The name for messages: the indicator's name, or its row when the name is empty. */
  label: string;
  isCost: boolean;
  isSatisfaction: boolean;
  unit: string | null;
  target: Target;
  actual: Actual;
  targetAt: CellRef | null;
  actualAt: CellRef | null;
  weightCell: NumberCell | null;
  scoreCell: NumberCell | null;
  /**
   * The row's 得分 is a cell merged over this and the next `scoreSpan - 1` rows (one score for a
   * group of indicators): 1 for a score of its own. 0 on the other rows of such a merge, which
   * carry no score of their own.
   */
  scoreSpan: number;
  deviationText: string;
  /** Target and actual in the same unit (the actual converted), for quantitative rows. */
  targetValue: Decimal | null;
  actualValue: Decimal | null;
  met: boolean | null;
  /** Scored attainment (≤ 1). */
  attainment: Decimal | null;
  /**
   * Unbounded B ÷ A for ≥ targets (over-achievement); left null when B ≤ A, where it cannot reach
   * the over-achievement threshold.
   */
  ratio: Decimal | null;
  weight: Decimal | null;
  /**
   * Where the weight comes from: the 分值 column, full marks on a met indicator, the points a label
   * states, or the weights the block's stated scores imply (impliedWeights.ts).
   */
  weightSource: 'column' | 'met-score' | 'points' | 'implied' | null;
  score: Decimal | null;
  scoreRange: [Decimal, Decimal] | null;
  /** Something made the row impossible to score (unreadable target or actual, unit mismatch). */
  unscorable: boolean;
  /** A part of the indicator above (其中…, or target and actual alone under an indicator with only its 分值). */
  breakdown: boolean;
}
