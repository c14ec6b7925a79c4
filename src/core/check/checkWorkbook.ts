import { CellGrid, GridData } from '../grid/cellGrid';
import { rangeToA1 } from '../grid/address';
import { detectForm, LOOKED_FOR } from '../detect/detectForm';
import { SheetLabels } from '../detect/sheetLabels';
import { resolvePolicy } from '../compute/scorePolicy';
import { issueMessage } from '../i18n/issueMessages';
import { Issue, SheetReport } from '../report/reportSchema';
import { finiteReport } from '../report/finiteReport';
import { parseSettings, Settings, SettingsInput } from '../report/settingsSchema';
import { CheckContext, IssueSink, RawIssue } from './checkContext';
import { evaluateBudget } from './evaluateBudget';
import { evaluateIndicators } from './evaluateIndicators';
import { checkWeights, evaluateTotal, sumWeights } from './evaluateTotals';
import { checkCells, checkColumns, checkHeader } from './sheetChecks';
import { checkUncachedFormulas, withoutUnknowable } from './uncachedFormulas';
import { finalizeWrites, planHighlights, PlannedWrite } from './writePlan';

function emptyReport(sheet: string): SheetReport {
  return {
    sheet,
    form: null,
    project: null,
    budget: null,
    indicators: [],
    total: null,
    issues: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
    writes: [],
    highlights: [],
  };
}

function summarize(issues: Issue[]): SheetReport['summary'] {
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    infos: issues.filter((i) => i.severity === 'info').length,
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function publicIssue(i: RawIssue): Issue {
  return { rule: i.rule, severity: i.severity, cell: i.cell, message: i.message, indicator: i.indicator, row: i.row };
}

/** Checks one sheet. A sheet with no form gets `form: null` and no issue (see checkWorkbook). */
export function checkSheet(data: GridData, input: SettingsInput | Settings = {}): SheetReport {
  return checkParsedSheet(data, parseSettings(input));
}

/** Checks one sheet with settings already parsed (a workbook parses them once for all sheets). */
function checkParsedSheet(data: GridData, settings: Settings): SheetReport {
  const grid = new CellGrid(data);
  const labels = new SheetLabels(grid);
  const form = detectForm(grid, labels);
  if (!form) return emptyReport(data.name);
  const policy = resolvePolicy(form.kind, settings.policy);
  const ctx: CheckContext = { grid, labels, form, policy, settings, sink: new IssueSink(settings) };
  const planned: PlannedWrite[] = [];

  checkColumns(ctx);
  checkHeader(ctx);
  checkCells(ctx);
  const uncached = checkUncachedFormulas(ctx);
  const budget = evaluateBudget(ctx, planned);
  const indicators = evaluateIndicators(ctx, budget, planned);
  const weights = sumWeights(budget, indicators.evals);
  checkWeights(ctx, budget, indicators.evals, weights);
  const total = evaluateTotal(ctx, budget, indicators.evals, planned, weights);

  const raw = [...withoutUnknowable(ctx, ctx.sink.issues, uncached)].sort(
    (a, b) => (a.at?.row ?? -1) - (b.at?.row ?? -1) || (a.at?.col ?? -1) - (b.at?.col ?? -1) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const issues = raw.map(publicIssue);
  const text = (key: string) => form.header.find((f) => f.key === key)?.text || null;
  return finiteReport({
    sheet: data.name,
    form: { kind: form.kind, policy: policy.id, range: rangeToA1(form.range) },
    project: { name: text('projectName'), department: text('department'), unit: text('unit') ?? text('implementer') },
    budget: budget.report,
    indicators: indicators.reports,
    total,
    issues,
    summary: summarize(issues),
    writes: finalizeWrites(grid, form, planned, settings),
    highlights: planHighlights(form, raw),
  });
}

/**
 * Checks every sheet of a workbook. A sheet without a form gets `form: null`; when no sheet of
 * the file holds a form, the first sheet carries a single `form-not-found` issue.
 */
export function checkWorkbook(sheets: GridData[], input: SettingsInput | Settings = {}): SheetReport[] {
  const settings = parseSettings(input);
  const reports = sheets.map((s) => checkParsedSheet(s, settings));
  if (reports.length > 0 && reports.every((r) => r.form === null)) {
    const issue: Issue = {
      rule: 'form-not-found',
      severity: 'error',
      cell: null,
      message: issueMessage(settings.locale, 'form-not-found', { looked: LOOKED_FOR }),
      indicator: null,
      row: null,
    };
    reports[0] = { ...reports[0], issues: [issue], summary: summarize([issue]) };
  }
  return reports;
}
