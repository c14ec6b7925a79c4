import type { Severity } from '../core/report/ruleIds';
import { SEVERITIES } from '../core/report/ruleIds';
import type { Issue } from '../core/report/reportSchema';

/**
 * How the pane lays out the engine's findings: by severity, then by indicator (findings with no
 * indicator form one "table" group). Presentation only: the findings themselves, their order and
 * their messages come from the engine.
 */

export interface FindingRef {
  /** Position in the walk order (`flattenFindings`), the one "previous / next" follows. */
  index: number;
  issue: Issue;
}

export interface IndicatorGroup {
  key: string;
  /** null: the findings about the table as a whole (header, budget block, totals). */
  indicator: string | null;
  row: number | null;
  findings: FindingRef[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  groups: IndicatorGroup[];
}

/**
 * Groups in order of severity (errors first); within one, indicator groups in the order their
 * first finding appears in the report (the engine reports top to bottom); the table group
 * collects every finding with no indicator.
 */
export function groupFindings(issues: readonly Issue[]): SeverityGroup[] {
  const result: SeverityGroup[] = [];
  let index = 0;
  for (const severity of SEVERITIES) {
    const groups = new Map<string, IndicatorGroup>();
    for (const issue of issues) {
      if (issue.severity !== severity) continue;
      const key = issue.indicator === null ? 'table' : `indicator:${issue.row ?? ''}:${issue.indicator}`;
      let group = groups.get(key);
      if (!group) {
        group = { key, indicator: issue.indicator, row: issue.indicator === null ? null : (issue.row ?? null), findings: [] };
        groups.set(key, group);
      }
      group.findings.push({ index: -1, issue });
    }
    if (groups.size === 0) continue;
    const ordered = [...groups.values()];
    for (const group of ordered) for (const ref of group.findings) ref.index = index++;
    result.push({ severity, count: ordered.reduce((n, g) => n + g.findings.length, 0), groups: ordered });
  }
  return result;
}

/** The findings in the order the list shows them: what "previous / next" walks. */
export function flattenFindings(groups: readonly SeverityGroup[]): Issue[] {
  return groups.flatMap((s) => s.groups.flatMap((g) => g.findings.map((f) => f.issue)));
}
