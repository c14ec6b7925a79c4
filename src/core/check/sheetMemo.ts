import Decimal from 'decimal.js';
import { readLevel1, fitLevel2, isCostLevel, isSatisfactionLevel, Level1Id, Level2Fit } from '../detect/taxonomy';
import { compare, round } from '../compute/decimal';
import { normalizeLabel } from '../text/normalizeLabel';
import { CheckContext } from './checkContext';

/** What a row's level labels say; the same for every row of a group, so worked out once per pair. */
export interface LevelFacts {
  level1Id: Level1Id | null;
  /** The level's name when the first-level label is a short form of it (满意 → 满意度指标). */
  level1ShortFor: string | null;
  /** How the second level fits the first (null without both). */
  fit: { fit: Level2Fit; canonical: string | null } | null;
  isCost: boolean;
  satisfactionLevel: boolean;
  /** The second level is a 数量 level. */
  quantityLevel2: boolean;
}

/** A double far from both ends of its range, where it carries its full 16 significant digits. */
function wellInRange(x: number): boolean {
  return Math.abs(x) > 1e-300 && Math.abs(x) < 1e300;
}

/** Per-sheet memos and constants of the indicator phases. */
export class SheetMemo {
  private readonly levels = new Map<string | null, Map<string | null, LevelFacts>>();
  private stages: boolean | null = null;
  /** Report numbers per Decimal object (see {@link SheetMemo.round}). */
  private readonly numbers = new Map<Decimal, number>();
  private readonly rounded = new Map<number, Map<Decimal, number>>();
  readonly bands: { met: Decimal; partly: Decimal };
  readonly overAchievement: Decimal;

  constructor(private readonly ctx: CheckContext) {
    this.bands = { met: new Decimal(ctx.policy.bands.met), partly: new Decimal(ctx.policy.bands.partly) };
    this.overAchievement = new Decimal(ctx.settings.overAchievementThreshold);
  }

  /**
   * Whether a department form is laid out in stages (a first level 投入 or 决策, or 过程): its
   * 产出指标 and 效益指标 are then the stages 产出 and 效益 (效果), not the project levels.
   */
  private stageFramework(): boolean {
    if (this.stages === null) {
      const labels = new Set<string>();
      if (this.ctx.form.kind === 'department') for (const b of this.ctx.form.blocks) for (const r of b.rows) if (r.level1) labels.add(r.level1);
      this.stages = [...labels].some((l) => {
        const id = readLevel1(normalizeLabel(l), 'department')?.id;
        return id === 'input' || id === 'process';
      });
    }
    return this.stages;
  }

  levelFacts(level1: string | null, level2: string | null): LevelFacts {
    let byLevel2 = this.levels.get(level1);
    if (!byLevel2) this.levels.set(level1, (byLevel2 = new Map()));
    let facts = byLevel2.get(level2);
    if (!facts) {
      const reading = level1 ? readLevel1(normalizeLabel(level1), this.ctx.form.kind) : null;
      let level1Id = reading?.id ?? null;
      if ((level1Id === 'output' || level1Id === 'benefit') && this.stageFramework()) level1Id = level1Id === 'output' ? 'dept-output' : 'effect';
      const level2Key = level2 ? normalizeLabel(level2) : null;
      facts = {
        level1Id,
        level1ShortFor: reading?.shortFor ?? null,
        fit: level1Id && level2Key !== null ? fitLevel2(level1Id, level2Key) : null,
        isCost: isCostLevel(level1Id, level2Key),
        satisfactionLevel: isSatisfactionLevel(level1Id, level2Key),
        quantityLevel2: level2Key !== null && level2Key.startsWith('数量'),
      };
      byLevel2.set(level2, facts);
    }
    return facts;
  }

  /**
   * Whether B ÷ A (A > 0) may reach the over-achievement threshold: if not, the decimal division
   * (the costliest step of a row) is not needed. Above a threshold of 1, B must exceed A (for
   * B ≤ A the rounded quotient is at most 1). Then the quotient of the values as doubles (which
   * the report converts anyway) rules out quotients below the threshold by a margin far wider
   * than the doubles' rounding error; anything closer is divided exactly.
   */
  mayOverAchieve(actual: Decimal, target: Decimal): boolean {
    const threshold = this.ctx.settings.overAchievementThreshold;
    if (threshold > 1 && compare(actual, target) <= 0) return false;
    const a = this.toNumber(actual);
    const t = this.toNumber(target);
    if (!wellInRange(a) || !wellInRange(t)) return true;
    return !(a / t < threshold * (1 - 1e-9));
  }

  /**
   * A Decimal as a plain number for the report. Converting goes through the Decimal's text; a
   * long form shares most of its Decimals (memoised readings, repeated weights), so each distinct
   * one is converted once.
   */
  toNumber(d: Decimal): number {
    let n = this.numbers.get(d);
    if (n === undefined) this.numbers.set(d, (n = d.toNumber()));
    return n;
  }

  /** {@link round}, remembered per Decimal like {@link toNumber}. */
  round(d: Decimal, places = 2): number {
    let byDecimal = this.rounded.get(places);
    if (!byDecimal) this.rounded.set(places, (byDecimal = new Map()));
    let n = byDecimal.get(d);
    if (n === undefined) byDecimal.set(d, (n = round(d, places)));
    return n;
  }
}
