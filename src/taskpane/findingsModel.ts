import type { Issue } from '../core/report/reportSchema';
import type { RuleId, Severity } from '../core/report/ruleIds';
import { SEVERITIES } from '../core/report/ruleIds';

/**
 * How the pane lays out the engine's findings (presentation only: the findings, their messages
 * and their severities are the engine's):
 * - by severity, errors first; within one, by rule: a rule found once is one entry, a rule found
 *   several times one expandable group ("模板提示文字未删除 · 16 处"), in the order their first
 *   finding appears on the sheet;
 * - 上一条 / 下一条 walk every finding in sheet order (top to bottom, left to right), whatever
 *   its severity: the way a clerk works through the table.
 */

export interface Finding {
  /** Stable across a re-check and a change of language: rule, cell, indicator and occurrence. */
  id: string;
  issue: Issue;
  /** Position in sheet order (what 上一条 / 下一条 follow). */
  order: number;
}

export interface FindingGroup {
  /** `severity:rule`. */
  key: string;
  rule: RuleId;
  severity: Severity;
  findings: Finding[];
}

export interface SeveritySection {
  severity: Severity;
  count: number;
  groups: FindingGroup[];
}

export interface FindingsModel {
  sections: SeveritySection[];
  /** Every finding in sheet order. */
  ordered: Finding[];
  byId: Map<string, Finding>;
}

function cellOrder(cell: string | null): [number, number] {
  const m = cell ? /^([A-Z]{1,3})(\d+)$/.exec(cell) : null;
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** Builds the model of `issues` (the engine reports them top to bottom already; the sort keeps that). */
export function buildFindings(issues: readonly Issue[]): FindingsModel {
  const seen = new Map<string, number>();
  const all = issues.map((issue, i) => {
    const base = `${issue.rule}|${issue.cell ?? ''}|${issue.indicator ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { id: `${base}|${n}`, issue, index: i };
  });
  const sorted = [...all].sort((a, b) => {
    const [ra, ca] = a.issue.cell ? cellOrder(a.issue.cell) : [a.issue.row ?? Number.MAX_SAFE_INTEGER, 0];
    const [rb, cb] = b.issue.cell ? cellOrder(b.issue.cell) : [b.issue.row ?? Number.MAX_SAFE_INTEGER, 0];
    return ra - rb || ca - cb || a.index - b.index;
  });
  const ordered: Finding[] = sorted.map((x, order) => ({ id: x.id, issue: x.issue, order }));
  const byId = new Map(ordered.map((f) => [f.id, f]));

  const sections: SeveritySection[] = [];
  for (const severity of SEVERITIES) {
    const groups = new Map<RuleId, FindingGroup>();
    for (const f of ordered) {
      if (f.issue.severity !== severity) continue;
      let g = groups.get(f.issue.rule);
      if (!g) {
        g = { key: `${severity}:${f.issue.rule}`, rule: f.issue.rule, severity, findings: [] };
        groups.set(f.issue.rule, g);
      }
      g.findings.push(f);
    }
    if (groups.size === 0) continue;
    const list = [...groups.values()];
    sections.push({ severity, count: list.reduce((n, g) => n + g.findings.length, 0), groups: list });
  }
  return { sections, ordered, byId };
}

/** The finding after / before `current` in sheet order (the first when there is none yet). */
export function step(model: FindingsModel, currentId: string | null, delta: 1 | -1): Finding | null {
  if (model.ordered.length === 0) return null;
  const at = currentId === null ? -1 : (model.byId.get(currentId)?.order ?? -1);
  if (at < 0) return model.ordered[0];
  const next = Math.min(Math.max(at + delta, 0), model.ordered.length - 1);
  return model.ordered[next];
}
