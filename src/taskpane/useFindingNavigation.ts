import { Dispatch, SetStateAction, useCallback } from 'react';
import type { HostGateway } from '../app/hostGateway';
import { CheckResult, goToCell } from '../app/useCases';
import { FindingsModel, step } from './findingsModel';
import { PaneError, toPaneError } from './paneStatus';

/**
 * Walking the findings: the current one, going to its cell (上一条 / 下一条, a click in the list)
 * and to a cell of the score breakdown. Nothing is selected on a sheet the pane changed since its
 * check (`stale`): the cell may have moved.
 */
export function useFindingNavigation(p: {
  findings: FindingsModel;
  gateway: HostGateway;
  result: CheckResult | null;
  stale: boolean;
  currentId: string | null;
  setCurrentId: Dispatch<SetStateAction<string | null>>;
  setError: Dispatch<SetStateAction<PaneError | null>>;
}) {
  const { findings, gateway, result, stale, currentId, setCurrentId, setError } = p;
  const select = useCallback(
    async (id: string) => {
      const f = findings.byId.get(id);
      if (!f) return;
      setCurrentId(id);
      if (!f.issue.cell || !result || stale) return;
      try {
        await goToCell(gateway, result.sheetId, f.issue.cell);
      } catch (err) {
        setError(toPaneError(err));
      }
    },
    [findings, gateway, result, setCurrentId, setError, stale],
  );
  const next = useCallback(() => {
    const f = step(findings, currentId, 1);
    if (f) void select(f.id);
  }, [currentId, findings, select]);
  const previous = useCallback(() => {
    const f = step(findings, currentId, -1);
    if (f) void select(f.id);
  }, [currentId, findings, select]);

  /** A cell of the score breakdown: go there. */
  const goTo = useCallback(
    async (cell: string) => {
      if (!result || stale) return;
      try {
        await goToCell(gateway, result.sheetId, cell);
      } catch (err) {
        setError(toPaneError(err));
      }
    },
    [gateway, result, setError, stale],
  );
  return { select, next, previous, goTo };
}
