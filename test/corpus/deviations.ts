import { RuleId } from '../../src/core';

/**
 * Where a corpus review cannot be right by rules.md, the deviation is recorded here with its
 * reason instead of bending the engine to it (test/corpus/README.md):
 * - `not-flagged`: a review item the engine rightly does not raise;
 * - `flagged`: an error-severity finding on a row the reviewer called clean, which rules.md gives.
 * The corpus test fails when a deviation stops being true (the item gets flagged, the error goes).
 */
export interface Deviation {
  table: string;
  kind: 'not-flagged' | 'flagged';
  rule: RuleId;
  row: number;
  reason: string;
}

export const DEVIATIONS: readonly Deviation[] = [];

export function deviationsOf(table: string): Deviation[] {
  return DEVIATIONS.filter((d) => d.table === table);
}
