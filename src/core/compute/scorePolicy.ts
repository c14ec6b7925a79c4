import { FormKind, PolicyId } from '../report/settingsSchema';
import { SplitGroup } from '../detect/taxonomy';

/** A scoring policy of rules.md ("Policies"). */
export interface ScorePolicy {
  id: PolicyId;
  /** Points of the budget-execution row. */
  executionWeight: number;
  /** First-level split of the indicator points; null where the policy sets none. */
  split: Record<SplitGroup, number> | null;
  /** Qualitative bands as fractions of the weight: met from `met`, partly from `partly`. */
  bands: { met: number; partly: number };
  /** Severity of `low-execution-unexplained`. */
  lowExecutionSeverity: 'warning' | 'error';
}

export const POLICIES: Record<PolicyId, ScorePolicy> = {
  national: {
    id: 'national',
    executionWeight: 10,
    split: { output: 50, benefit: 30, satisfaction: 10 },
    bands: { met: 0.8, partly: 0.6 },
    lowExecutionSeverity: 'warning',
  },
  hubei: {
    id: 'hubei',
    executionWeight: 20,
    split: null,
    bands: { met: 0.8, partly: 0.5 },
    lowExecutionSeverity: 'warning',
  },
  sichuan: {
    id: 'sichuan',
    executionWeight: 10,
    split: null,
    bands: { met: 0.8, partly: 0.6 },
    lowExecutionSeverity: 'error',
  },
};

/** The policy follows the detected form kind unless the person overrides it. */
export function policyForKind(kind: FormKind): PolicyId {
  switch (kind) {
    case 'hubei-project':
    case 'hubei-scored':
      return 'hubei';
    case 'sichuan-project':
      return 'sichuan';
    case 'national-project':
    case 'department':
      return 'national';
  }
}

export function resolvePolicy(kind: FormKind, override: PolicyId | null): ScorePolicy {
  return POLICIES[override ?? policyForKind(kind)];
}
