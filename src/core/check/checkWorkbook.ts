import { CellGrid, GridData } from '../grid/cellGrid';
import { rangeToA1 } from '../grid/address';
import { detectForms, LOOKED_FOR } from '../detect/detectForm';
import { FormModel } from '../detect/formModel';
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
import { checkComplete } from './checkComplete';
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

/**
 * Checks one sheet: one report per form found on it, in sheet order (TEAM.md: a sheet holding two
 * forms gives two entries with the same sheet name and distinct `form.range`). A sheet with no
 * form gives one report with `form: null` and no issue (see checkWorkbook).
 */
export function checkSheet(data: GridData, input: SettingsInput | Settings = {}): SheetReport[] {
  return checkParsedSheet(data, parseSettings(input));
}

/** Checks one sheet with settings already parsed (a workbook parses them once for all sheets). */
function checkParsedSheet(data: GridData, settings: Settings): SheetReport[] {
  const grid = new CellGrid(data);
  const labels = new SheetLabels(grid);
  const forms = detectForms(grid, labels);
  if (forms.length === 0) return [emptyReport(data.name)];
  return forms.map((form) => checkForm(data.name, grid, labels, form, settings));
}

/** Checks one form of a sheet. */
function checkForm(sheet: string, grid: CellGrid, labels: SheetLabels, form: FormModel, settings: Settings): SheetReport {
  const policy = resolvePolicy(form.kind, settings.policy);
  const ctx: CheckContext = { grid, labels, form, policy, settings, sink: new IssueSink(settings) };
  const planned: PlannedWrite[] = [];

  checkColumns(ctx);
  checkHeader(ctx);
  checkCells(ctx);
  const uncached = checkUncachedFormulas(ctx);
  const budget = evaluateBudget(ctx, planned);
  // A form cut off before its indicator header: by rules.md there is no indicator header, and the
  // finding says so while the parts that are there are still checked.
  if (form.blocks.length === 0) ctx.sink.add('form-not-found', 'error', null, { looked: LOOKED_FOR, partial: true });
  const complete = form.blocks.length > 0 && checkComplete(ctx);
  const indicators = evaluateIndicators(ctx, budget, planned, complete);
  const counted = indicators.budget;
  const weights = sumWeights(counted, indicators.evals, indicators.pools);
  if (form.blocks.length > 0) checkWeights(ctx, counted, indicators.evals, weights, complete);
  const total = form.blocks.length > 0 ? evaluateTotal(ctx, counted, indicators.evals, indicators.pools, planned, weights, complete) : null;

  const raw = [...withoutUnknowable(ctx, ctx.sink.issues, uncached)].sort(
    (a, b) => (a.at?.row ?? -1) - (b.at?.row ?? -1) || (a.at?.col ?? -1) - (b.at?.col ?? -1) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const issues = raw.map(publicIssue);
  const text = (key: string) => form.header.find((f) => f.key === key)?.text || null;
  return finiteReport({
    sheet,
    form: { kind: form.kind, policy: policy.id, range: rangeToA1(form.range), complete },
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
 * Checks every sheet of a workbook: the reports of every sheet, in order (one per form, see
 * checkSheet). A sheet without a form gets `form: null`; when no sheet of the file holds a form,
 * the first sheet carries a single `form-not-found` issue.
 */
export function checkWorkbook(sheets: GridData[], input: SettingsInput | Settings = {}): SheetReport[] {
  const settings = parseSettings(input);
  const reports = sheets.flatMap((s) => checkParsedSheet(s, settings));
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
