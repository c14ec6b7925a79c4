import { KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { CounterBadge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { RuleId } from '../core/report/ruleIds';
import { useMessages } from '../i18n/useMessages';
import type { Finding, FindingGroup, FindingsModel } from './findingsModel';

const useStyles = makeStyles({
  tree: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, outline: 'none' },
  section: { display: 'flex', flexDirection: 'column', gap: '2px' },
  severityHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  child: { paddingInlineStart: tokens.spacingHorizontalXXL },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  cell: { flexShrink: 0, minWidth: '3.5em', fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  message: { minWidth: 0, overflowWrap: 'anywhere' },
  chevron: { flexShrink: 0, width: '1em', color: tokens.colorNeutralForeground3 },
  groupTitle: { minWidth: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  groupCount: { flexShrink: 0, marginInlineStart: 'auto', color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  children: { display: 'flex', flexDirection: 'column', gap: '2px' },
  groupItem: {
    outline: 'none',
    ':focus-visible > :first-child': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
});

const COLORS = { error: 'danger', warning: 'important', info: 'informative' } as const;

/** One focusable line of the tree, in display order. */
type Line = { key: string; kind: 'finding'; finding: Finding; parent: string | null } | { key: string; kind: 'group'; group: FindingGroup };

function visibleLines(model: FindingsModel, expanded: ReadonlySet<string>): Line[] {
  const lines: Line[] = [];
  for (const s of model.sections) {
    for (const g of s.groups) {
      if (g.findings.length === 1) lines.push({ key: g.findings[0].id, kind: 'finding', finding: g.findings[0], parent: null });
      else {
        lines.push({ key: g.key, kind: 'group', group: g });
        if (expanded.has(g.key)) for (const f of g.findings) lines.push({ key: f.id, kind: 'finding', finding: f, parent: g.key });
      }
    }
  }
  return lines;
}

/**
 * The findings as a tree: one Tab stop (roving tabindex), arrow keys inside — ↑/↓ move, → opens
 * a group (then goes into it), ← goes back to the group (then closes it), Home/End, Enter or
 * Space goes to the finding's cell or opens/closes a group. A rule found several times is one
 * group, closed until opened (or until 上一条 / 下一条 reach one of its findings).
 */
export function FindingsTree(props: {
  model: FindingsModel;
  currentId: string | null;
  titleOf: (rule: RuleId) => string;
  onSelect: (id: string) => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const { model, currentId } = props;
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const tree = useRef<HTMLDivElement>(null);

  const groupOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const s of model.sections) for (const g of s.groups) if (g.findings.length > 1) for (const f of g.findings) map.set(f.id, g.key);
    return map;
  }, [model]);

  // The current finding (clicked, or reached with 上一条 / 下一条) is shown: its group opens.
  useEffect(() => {
    if (!currentId) return;
    const g = groupOf.get(currentId);
    if (g) setExpanded((now) => (now.has(g) ? now : new Set(now).add(g)));
    setFocusKey(currentId);
  }, [currentId, groupOf]);

  const lines = useMemo(() => visibleLines(model, expanded), [model, expanded]);
  const tabKey = lines.some((l) => l.key === focusKey) ? focusKey : (lines[0]?.key ?? null);

  const focusLine = (key: string) => {
    setFocusKey(key);
    // After React has rendered the line (a group may just have opened).
    requestAnimationFrame(() => {
      const lines = tree.current?.querySelectorAll<HTMLElement>('[data-line]') ?? [];
      for (const el of lines) if (el.dataset.line === key) el.focus();
    });
  };
  const toggle = (key: string, open?: boolean) =>
    setExpanded((now) => {
      const next = new Set(now);
      if (open ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = lines.findIndex((l) => l.key === tabKey);
    if (at < 0) return;
    const line = lines[at];
    const go = (i: number) => {
      e.preventDefault();
      focusLine(lines[Math.max(0, Math.min(lines.length - 1, i))].key);
    };
    switch (e.key) {
      case 'ArrowDown':
        if (!e.altKey) go(at + 1);
        return;
      case 'ArrowUp':
        if (!e.altKey) go(at - 1);
        return;
      case 'Home':
        return go(0);
      case 'End':
        return go(lines.length - 1);
      case 'ArrowRight':
        if (line.kind === 'group') {
          e.preventDefault();
          if (!expanded.has(line.key)) toggle(line.key, true);
          else focusLine(line.group.findings[0].id);
        }
        return;
      case 'ArrowLeft':
        e.preventDefault();
        if (line.kind === 'group' && expanded.has(line.key)) toggle(line.key, false);
        else if (line.kind === 'finding' && line.parent) focusLine(line.parent);
        return;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (line.kind === 'group') toggle(line.key);
        else props.onSelect(line.finding.id);
        return;
    }
  };

  const findingLine = (f: Finding, child: boolean) => (
    <div
      key={f.id}
      role="treeitem"
      aria-level={child ? 2 : 1}
      aria-selected={currentId === f.id}
      aria-current={currentId === f.id ? 'true' : undefined}
      tabIndex={tabKey === f.id ? 0 : -1}
      data-line={f.id}
      data-rule={f.issue.rule}
      className={mergeClasses(styles.item, child && styles.child, currentId === f.id && styles.current)}
      onClick={(e) => {
        e.stopPropagation();
        setFocusKey(f.id);
        props.onSelect(f.id);
      }}
    >
      <span className={styles.cell}>{f.issue.cell ?? m.noCell}</span>
      <span className={styles.message}>{f.issue.message}</span>
    </div>
  );

  return (
    <div role="tree" aria-label={m.findingsListLabel} className={styles.tree} ref={tree} onKeyDown={onKeyDown} data-testid="findings-tree">
      {model.sections.map((s) => (
        <div key={s.severity} role="group" aria-label={m.severityCount(m.severities[s.severity], s.count)} className={styles.section} data-severity={s.severity}>
          <div className={styles.severityHeading} aria-hidden>
            <CounterBadge count={s.count} overflowCount={999} color={COLORS[s.severity]} size="small" />
            <span>{m.severities[s.severity]}</span>
          </div>
          {s.groups.map((g) => {
            if (g.findings.length === 1) return findingLine(g.findings[0], false);
            const open = expanded.has(g.key);
            const hasCurrent = g.findings.some((f) => f.id === currentId);
            return (
              <div
                key={g.key}
                role="treeitem"
                aria-level={1}
                aria-expanded={open}
                aria-selected={false}
                tabIndex={tabKey === g.key ? 0 : -1}
                data-line={g.key}
                data-rule-group={g.rule}
                className={styles.groupItem}
                onClick={() => {
                  setFocusKey(g.key);
                  toggle(g.key);
                }}
              >
                <div className={mergeClasses(styles.item, hasCurrent && !open && styles.current)}>
                  <span className={styles.chevron} aria-hidden>
                    {open ? '▾' : '▸'}
                  </span>
                  <span className={styles.groupTitle}>{props.titleOf(g.rule)}</span>
                  <span className={styles.groupCount}>{m.groupCount(g.findings.length)}</span>
                </div>
                <div role="group" className={styles.children} hidden={!open} style={open ? undefined : { display: 'none' }}>
                  {g.findings.map((f) => findingLine(f, true))}
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
