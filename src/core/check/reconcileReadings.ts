import { compactText } from '../text/normalizeLabel';
import { measureByDeadline } from '../parse/measure';
import { Actual, actualInNumerals, parseActual, parseTarget, Target, TargetContext, targetInNumerals } from '../parse/parseTarget';

/**
 * A row's target and actual as read cell by cell, read again where one side is a measure and the
 * other a way of writing one that is only a measure beside it:
 * - a deadline with the measure to reach by it (11月底完成100%) against the measure alone (100%);
 * - a count in Chinese numerals (一套, 两次) against a measure or such a count.
 * Anything else is left as read (a deadline alone, 一般, 两次 against 已完成).
 */
export function reconcileReadings(
  target: Target,
  actual: Actual,
  io: { targetCtx: TargetContext; targetUnit: string | null; actualWith: (unit: string | null) => Actual },
): { target: Target; actual: Actual } {
  const { targetCtx, targetUnit, actualWith } = io;
  // A deadline with the measure to reach by it (11月底完成100%) on one side and the measure alone
  // (100%) on the other: the measures compare; whether the deadline was kept no cell says.
  if (target.kind === 'qualitative' && actual.kind === 'quantity') {
    const measure = measureByDeadline(compactText(target.text));
    const byMeasure = measure === null ? null : parseTarget(measure, targetCtx);
    if (byMeasure?.kind === 'quantity') {
      target = { ...byMeasure, text: target.text };
      actual = actualWith(target.unit);
    }
  } else if (target.kind === 'quantity' && actual.kind === 'qualitative' && actual.band === null) {
    const measure = measureByDeadline(compactText(actual.text));
    const byMeasure = measure === null ? null : parseActual(measure, { targetUnit });
    if (byMeasure?.kind === 'quantity') actual = { ...byMeasure, text: actual.text };
  }
  // A count in Chinese numerals (一套, 两次) where the other side is a measure, or is one too: the
  // count (a target 1套 answered by 一套). Alone, such a cell stays the words it is.
  const wordsOnly = (a: typeof actual) => a.kind === 'qualitative' && a.band === null;
  if (target.kind === 'qualitative' && (actual.kind === 'quantity' || wordsOnly(actual))) {
    const count = targetInNumerals(target.text, targetCtx);
    const answer = count === null ? null : actual.kind === 'quantity' ? actualWith(count.unit) : actualInNumerals(actual.kind === 'qualitative' ? actual.text : '', { targetUnit: count.unit });
    if (count && answer?.kind === 'quantity') {
      target = count;
      actual = answer;
    }
  } else if (target.kind === 'quantity' && wordsOnly(actual) && actual.kind === 'qualitative') {
    actual = actualInNumerals(actual.text, { targetUnit }) ?? actual;
  }
  return { target, actual };
}
