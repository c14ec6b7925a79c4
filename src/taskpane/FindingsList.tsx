import { useId } from 'react';
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { RuleId } from '../core/report/ruleIds';
import type { RuleMeta } from '../core/rules/ruleMeta';
import { useMessages, useUiLocale } from '../i18n/useMessages';
import { FindingDetail } from './FindingDetail';
import type { Finding, FindingsModel } from './findingsModel';
import { FindingsNav } from './FindingsNav';
import { FindingsTree } from './FindingsTree';

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // 上一条 / 下一条 and the current finding stay in view while the list scrolls under them.
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * 问题清单: 上一条 / 下一条 in sheet order, the current finding with "为什么？" and "已知，保留",
 * then the tree of findings by severity and rule.
 */
export function FindingsList(props: {
  model: FindingsModel;
  current: Finding | null;
  busy: boolean;
  ruleMeta: ((rule: RuleId) => RuleMeta) | null;
  onSelect: (id: string) => void;
  onPrevious: () => void;
  onNext: () => void;
  onAccept: (reason: string) => void;
}) {
  const m = useMessages();
  const styles = useStyles();
  const titleId = useId();
  const locale = useUiLocale();
  const { model, current } = props;
  const total = model.ordered.length;
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="findings">
      <Subtitle2 as="h2" className={styles.heading} id={titleId}>
        {m.findingsTitle}
      </Subtitle2>
      {total === 0 ? (
        <Caption1>{m.noFindings}</Caption1>
      ) : (
        <>
          <div className={styles.sticky}>
            <FindingsNav position={current ? current.order : null} total={total} onPrevious={props.onPrevious} onNext={props.onNext} />
            {current ? (
              <FindingDetail issue={current.issue} meta={props.ruleMeta ? props.ruleMeta(current.issue.rule) : null} busy={props.busy} onAccept={props.onAccept} />
            ) : null}
          </div>
          <FindingsTree
            model={model}
            currentId={current?.id ?? null}
            titleOf={(rule) => (props.ruleMeta ? props.ruleMeta(rule).title[locale] : rule)}
            onSelect={props.onSelect}
          />
        </>
      )}
    </section>
  );
}
