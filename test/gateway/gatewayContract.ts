import { GatewayError, HostGateway } from '../../src/app/hostGateway';
import { MARK_STYLES, VisibleSheetState } from '../../src/app/gatewayRules';
import { acceptFinding, checkAndMark, clearMarks, loadAccepted, loadSettings, saveSettings, undoWrites, writeResults } from '../../src/app/useCases';
import { checkSheet } from '../../src/core/check/checkWorkbook';
import { rangeToA1 } from '../../src/core/grid/address';
import { CellValue, GridData } from '../../src/core/grid/cellGrid';
import { Highlight, Write } from '../../src/core/report/reportSchema';
import { parseSettings } from '../../src/core/report/settingsSchema';
import { planInsertRows } from '../../src/core/template/planInsertRows';
import { TEMPLATE_KINDS } from '../../src/core/template/templateSpec';
import { templateFor } from '../../src/core/template/templates';
import { jingmenGrid } from '../support/fixtures';
import { smallNationalGrid, valuesByAddress } from './fixtures';
import { single } from '../support/issues';

/**
 * The behaviour every HostGateway shares (hostGateway.ts, gatewayRules.ts), host-neutral: it
 * drives the gateway only through HostGateway (and the use cases over it) and looks at the sheet
 * only through the harness. Run it for each gateway:
 *
 *   describeGatewayContract('memory', async () => memoryHarness());
 *   describeGatewayContract('office (fake Excel)', async () => officeHarness());
 */

/** The person's own looks on the sheet before the add-in runs, by A1 address. */
export interface HarnessSetup {
  fills?: Record<string, string>;
  fontColors?: Record<string, string>;
  notes?: Record<string, string>;
  /** The sheet is protected (writes fail with AccessDenied in Excel). */
  protected?: boolean;
}

/** One sheet of a workbook the harness opens. */
export interface HarnessSheet {
  grid: GridData;
  visibility?: 'visible' | 'hidden' | 'very-hidden';
}

/** What the person does in Excel between two clicks (never through the gateway); rows and columns 0-based. */
export interface HarnessPerson {
  type(a1: string, value: CellValue): void;
  fill(a1: string, color: string | null): void;
  note(a1: string, text: string | null): void;
  insertRows(at: number, count?: number): void;
  deleteRows(at: number, count?: number): void;
  insertColumns(at: number, count?: number): void;
  protect(options?: { unlocked?: string[]; allowFormatCells?: boolean }): void;
  unprotect(): void;
}

export interface Harness {
  /** The person, on the active sheet of the workbook last opened. */
  person: HarnessPerson;
  /** A fresh gateway over a workbook whose only (and active) sheet holds `grid`, named grid.name. */
  open(grid: GridData, setup?: HarnessSetup): Promise<HostGateway>;
  /** A fresh gateway over a workbook of several sheets, in tab order; the first visible one is active. */
  openWorkbook(sheets: HarnessSheet[]): Promise<HostGateway>;
  /** A sheet (the active one by default) as the person sees it. */
  inspect(sheet?: string): Promise<VisibleSheetState>;
}

const ERROR = MARK_STYLES.error;
const WARNING = MARK_STYLES.warning;
const USER_FILL = '#00B0F0';
const USER_FONT = '#FF0000';

function write(cell: string, value: number | string, previous: Write['previous'], numberFormat: string | null = null): Write {
  return { cell, value, previous, numberFormat, what: 'score', overwrites: previous !== null };
}
function mark(cell: string, severity: Highlight['severity'], text = `${cell} 的问题`): Highlight {
  return { cell, severity, text };
}
async function expectGatewayError(p: Promise<unknown>, code: GatewayError['code']): Promise<void> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(GatewayError);
  expect((e as GatewayError).code).toBe(code);
}

export function describeGatewayContract(name: string, makeHarness: () => Promise<Harness>): void {
  describe(`HostGateway contract: ${name}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    const openNational = (setup?: HarnessSetup) => h.open(smallNationalGrid(), setup);

    describe('capabilities and reading', () => {
      it('names the host and says what it supports', async () => {
        const gw = await openNational();
        const caps = await gw.capabilities();
        expect(typeof caps.host).toBe('string');
        expect(caps.host.length).toBeGreaterThan(0);
        expect(typeof caps.notes).toBe('boolean');
        expect(typeof caps.dataValidation).toBe('boolean');
        expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
      });

      it('reads the worked example’s values and merges', async () => {
        const fixture = jingmenGrid();
        const gw = await h.open(fixture);
        const snap = await gw.readActiveSheet();
        expect(snap.sheetId).toEqual(expect.any(String));
        expect(snap.sheetId.length).toBeGreaterThan(0);
        expect(snap.grid.name).toBe(fixture.name);
        expect(valuesByAddress(snap.grid)).toEqual(valuesByAddress(fixture));
        expect(snap.grid.merges.map(rangeToA1).sort()).toEqual(fixture.merges.map(rangeToA1).sort());
        expect(single(checkSheet(snap.grid)).form?.kind).toBe('hubei-project');
      });

      it('reads formulas and number formats', async () => {
        const gw = await openNational();
        const snap = await gw.readActiveSheet();
        expect(snap.grid.cells[5][7]).toMatchObject({ value: 0.9, formula: '=IFERROR(F6/E6,"")', format: '0.00%' });
        expect(snap.grid.cells[10][7]).toMatchObject({ value: 25, format: '0.00' });
        expect(valuesByAddress(snap.grid)).toEqual(valuesByAddress(smallNationalGrid()));
      });

      it('changes nothing by reading', async () => {
        const gw = await openNational({ fills: { F12: USER_FILL } });
        const before = await h.inspect();
        await gw.readActiveSheet();
        expect(await h.inspect()).toEqual(before);
        expect(before.fills).toEqual({ F12: USER_FILL });
        expect(before.formulas).toEqual({ H6: '=IFERROR(F6/E6,"")' });
      });
    });

    describe('apply', () => {
      it('writes values with their number formats and remembers them', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        const outcome = await gw.apply({ sheetId, writes: [write('I6', 9, null, '0.00'), write('H12', 12, null)], highlights: [], notes: false });
        expect(outcome).toEqual({ written: 2, marked: 0, skipped: [] });
        const s = await h.inspect();
        expect([s.values.I6, s.formats.I6]).toEqual([9, '0.00']);
        expect([s.values.H12, s.formats.H12]).toEqual([12, '0.00']); // the cell's own format is kept
        expect(gw.pending()).toEqual({ marks: 0, writes: 2 });
      });

      it('marks cells with the severity colours, and notes where the host has them', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        const caps = await gw.capabilities();
        const before = await h.inspect();
        const outcome = await gw.apply({ sheetId, writes: [], highlights: [mark('I12', 'error'), mark('D12', 'warning')], notes: true });
        expect(outcome).toEqual({ written: 0, marked: 2, skipped: [] });
        const s = await h.inspect();
        expect(s.fills).toEqual({ I12: ERROR.fill, D12: WARNING.fill });
        expect(s.fontColors).toEqual({ I12: ERROR.fontColor, D12: WARNING.fontColor });
        expect(s.notes).toEqual(caps.notes ? { I12: 'I12 的问题', D12: 'D12 的问题' } : {});
        expect(s.values).toEqual(before.values);
        expect(gw.pending()).toEqual({ marks: 2, writes: 0 });
      });

      it('puts no note when the request says so', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [], highlights: [mark('I12', 'error')], notes: false });
        expect((await h.inspect()).notes).toEqual({});
      });

      it('does nothing for an empty request', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        const before = await h.inspect();
        expect(await gw.apply({ sheetId, writes: [], highlights: [], notes: true })).toEqual({ written: 0, marked: 0, skipped: [] });
        expect(await h.inspect()).toEqual(before);
      });

      it('skips a write whose cell no longer holds what was read, and applies the others', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        const outcome = await gw.apply({ sheetId, writes: [write('H11', 24, 29), write('H12', 12, null)], highlights: [], notes: false });
        expect(outcome).toEqual({ written: 1, marked: 0, skipped: [{ sheet: '项目支出绩效自评表', cell: 'H11', reason: 'value-changed' }] });
        expect((await h.inspect()).values.H11).toBe(25);
        expect(gw.pending().writes).toBe(1);
      });

      it('never writes into a formula cell or inside a merged area: those writes are skipped, the rest applied', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        const outcome = await gw.apply({ sheetId, writes: [write('I6', 9, null), write('H6', 0.9, 0.9, '0.00%'), write('C3', 'x', null)], highlights: [], notes: false });
        expect(outcome).toEqual({
          written: 1,
          marked: 0,
          skipped: [
            { sheet: '项目支出绩效自评表', cell: 'H6', reason: 'formula' },
            { sheet: '项目支出绩效自评表', cell: 'C3', reason: 'merged' },
          ],
        });
        const s = await h.inspect();
        expect(s.values.I6).toBe(9);
        expect(s.formulas.H6).toBe('=IFERROR(F6/E6,"")');
        expect(s.values.C3).toBeUndefined();
        expect(gw.pending()).toEqual({ marks: 0, writes: 1 });
      });

      it('needs a read of the sheet before it writes', async () => {
        const { sheetId } = await (await openNational()).readActiveSheet();
        const fresh = await openNational(); // the same workbook opened again: nothing read yet
        const before = await h.inspect();
        await expectGatewayError(fresh.apply({ sheetId, writes: [write('I6', 9, null)], highlights: [], notes: false }), 'sheet-changed');
        expect(await h.inspect()).toEqual(before);
      });

      it('says what is wrong with a bad request', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        await expectGatewayError(gw.apply({ sheetId: `${sheetId}-gone`, writes: [], highlights: [mark('I12', 'error')], notes: false }), 'not-found');
        await expectGatewayError(gw.apply({ sheetId, writes: [write('not a cell', 1, null)], highlights: [], notes: false }), 'invalid-argument');
      });
    });

    describe('clearMarks', () => {
      it('restores fills, font colours and notes exactly, a person’s own fill and note included', async () => {
        const gw = await openNational({ fills: { F12: USER_FILL, D11: '#E2EFDA' }, fontColors: { F12: USER_FONT }, notes: { F12: '张三已核对' } });
        const caps = await gw.capabilities();
        const before = await h.inspect();
        expect(before.fills).toEqual({ F12: USER_FILL, D11: '#E2EFDA' });
        if (caps.notes) expect(before.notes).toEqual({ F12: '张三已核对' });
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [], highlights: [mark('F12', 'error'), mark('I12', 'warning')], notes: true });
        const marked = await h.inspect();
        expect(marked.fills).toEqual({ F12: ERROR.fill, I12: WARNING.fill, D11: '#E2EFDA' });
        expect((await gw.clearMarks()).restored).toBe(2);
        expect(await h.inspect()).toEqual(before);
        expect(gw.pending().marks).toBe(0);
        expect((await gw.clearMarks()).restored).toBe(0);
        expect(await h.inspect()).toEqual(before);
      });

      it('restores the original after a cell was marked twice', async () => {
        const gw = await openNational({ fills: { F12: USER_FILL } });
        const before = await h.inspect();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [], highlights: [mark('F12', 'warning')], notes: true });
        await gw.apply({ sheetId, writes: [], highlights: [mark('F12', 'error', '另一个问题')], notes: true });
        expect((await h.inspect()).fills.F12).toBe(ERROR.fill);
        expect(gw.pending().marks).toBe(1);
        expect((await gw.clearMarks()).restored).toBe(1);
        expect(await h.inspect()).toEqual(before);
      });

      it('leaves written values alone, and undo leaves marks alone', async () => {
        const gw = await openNational();
        const before = await h.inspect();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [write('H12', 12, null, '0.00')], highlights: [mark('H12', 'info'), mark('I12', 'error')], notes: false });
        await gw.clearMarks();
        const cleared = await h.inspect();
        expect(cleared.values.H12).toBe(12);
        expect(cleared.fills).toEqual({});
        await gw.apply({ sheetId, writes: [], highlights: [mark('I12', 'error')], notes: false });
        expect((await gw.undoWrites()).restored).toBe(1);
        const undone = await h.inspect();
        expect(undone.values.H12).toBeUndefined();
        expect(undone.fills).toEqual({ I12: ERROR.fill });
        await gw.clearMarks();
        expect(await h.inspect()).toEqual(before);
      });
    });

    describe('undoWrites', () => {
      it('restores values and number formats exactly', async () => {
        const gw = await openNational();
        const before = await h.inspect();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [write('I6', 9, null, '0.00'), write('H11', 24.5, 25, '0.0'), write('H16', 96, null, null)], highlights: [], notes: false });
        const written = await h.inspect();
        expect([written.values.I6, written.values.H11, written.formats.H11, written.values.H16]).toEqual([9, 24.5, '0.0', 96]);
        expect(gw.pending().writes).toBe(3);
        expect((await gw.undoWrites()).restored).toBe(3);
        expect(await h.inspect()).toEqual(before);
        expect(gw.pending().writes).toBe(0);
        expect((await gw.undoWrites()).restored).toBe(0);
      });

      it('applying the same write twice still undoes to the original', async () => {
        const gw = await openNational();
        const before = await h.inspect();
        const { sheetId } = await gw.readActiveSheet();
        const request = { sheetId, writes: [write('H11', 24, 25, '0.00')], highlights: [], notes: false };
        expect((await gw.apply(request)).written).toBe(1);
        expect(await gw.apply(request)).toEqual({ written: 1, marked: 0, skipped: [] });
        expect(gw.pending().writes).toBe(1);
        await gw.undoWrites();
        expect(await h.inspect()).toEqual(before);
      });
    });

    describe('use cases over the gateway', () => {
      it('checkAndMark marks the worked example’s two warnings; clear restores the sheet', async () => {
        const gw = await h.open(jingmenGrid());
        const before = await h.inspect();
        const { reports, outcome } = await checkAndMark(gw, {});
        expect(outcome.marked).toBe(single(reports).highlights.length);
        const s = await h.inspect();
        expect(s.fills).toEqual({ A2: WARNING.fill, F16: WARNING.fill });
        await clearMarks(gw);
        expect(await h.inspect()).toEqual(before);
      });

      it('check, write results, check again, undo: values back as they were', async () => {
        const gw = await openNational();
        const before = await h.inspect();
        const first = await checkAndMark(gw, {});
        expect(single(first.reports).writes.map((w) => w.cell)).toEqual(['I6', 'H12', 'H16']);
        const outcome = await writeResults(gw, first);
        expect(outcome).toEqual({ written: 3, marked: 0, skipped: [] });
        const second = await checkAndMark(gw, {});
        expect(single(second.reports).writes).toEqual([]);
        expect(single(second.reports).total?.statedScore).toBe(96);
        await undoWrites(gw);
        await clearMarks(gw);
        expect(await h.inspect()).toEqual(before);
      });

      it('stores accepted findings in the workbook; the next check leaves them unmarked and uncounted', async () => {
        const gw = await h.open(jingmenGrid());
        expect(await gw.loadAccepted()).toBeNull();
        const first = await checkAndMark(gw, {});
        const unit = first.reports[0].issues.find((i) => i.rule === 'field-empty')!;
        const list = await acceptFinding(gw, await loadAccepted(gw), first.reports[0].sheet, first.grid, unit, '单位名称另页盖章');
        expect(await loadAccepted(gw)).toEqual(list);
        const second = await checkAndMark(gw, {});
        expect(second.accepted.map((a) => a.accepted.reason)).toEqual(['单位名称另页盖章']);
        expect(second.reports[0].summary.warnings).toBe(first.reports[0].summary.warnings - 1);
        expect((await h.inspect()).fills).toEqual({ F16: WARNING.fill });
      });

      it('stores the settings in the workbook', async () => {
        const gw = await openNational();
        expect(await gw.loadSettings()).toBeNull();
        await saveSettings(gw, parseSettings({ policy: 'hubei', locale: 'en-US' }));
        expect(parseSettings(await gw.loadSettings())).toEqual(parseSettings({ policy: 'hubei', locale: 'en-US' }));
        expect(await loadSettings(gw)).toEqual(parseSettings({ policy: 'hubei', locale: 'en-US' }));
      });
    });

    describe('insertTemplate', () => {
      it.each(TEMPLATE_KINDS)('lays out %s on a new active sheet the engine detects as that kind', async (kind) => {
        const gw = await h.open({ ...smallNationalGrid(), name: 'Sheet1' });
        const spec = templateFor(kind);
        const name = await gw.insertTemplate(spec);
        expect(name).toBe(spec.sheetName);
        const snap = await gw.readActiveSheet();
        expect(snap.grid.name).toBe(name);
        const report = single(checkSheet(snap.grid));
        expect(report.form?.kind).toBe(kind);
        expect(report.issues.filter((i) => i.rule === 'form-not-found' || i.rule === 'column-missing')).toEqual([]);
        const s = await h.inspect();
        expect(s.sheet).toBe(name);
        expect(s.merges.sort()).toEqual(spec.merges.map(rangeToA1).sort());
        const rate = spec.cells.find((c) => c.formula)!;
        expect(Object.values(s.formulas)).toEqual([rate.formula]);
        expect(Object.values(s.formats)).toContain('0.00%');
      });

      it('names a second copy "name (2)", a third "name (3)"', async () => {
        const gw = await openNational();
        const spec = templateFor('national-project');
        // The fixture's own sheet already has the national form's name.
        expect(await gw.insertTemplate(spec)).toBe(`${spec.sheetName} (2)`);
        expect(await gw.insertTemplate(spec)).toBe(`${spec.sheetName} (3)`);
        expect((await h.inspect()).sheet).toBe(`${spec.sheetName} (3)`);
      });
    });

    describe('selectCell', () => {
      it('activates the sheet and records the selection', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        const original = await h.inspect();
        await gw.insertTemplate(templateFor('department'));
        expect((await h.inspect()).sheet).not.toBe(original.sheet);
        await gw.selectCell(sheetId, 'D12');
        const s = await h.inspect();
        expect(s.sheet).toBe(original.sheet);
        expect(s.selection).toBe('D12');
        expect((await gw.readActiveSheet()).sheetId).toBe(sheetId);
        await gw.selectCell(sheetId, 'B11:B13');
        expect((await h.inspect()).selection).toBe('B11:B13');
      });

      it('fails for an unknown sheet or a bad address', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        await expectGatewayError(gw.selectCell(`${sheetId}-gone`, 'A1'), 'not-found');
        await expectGatewayError(gw.selectCell(sheetId, '12D'), 'invalid-argument');
      });
    });

    describe('insertRows', () => {
      it('inserts blank rows inside a group of the worked example: merges grow, the rest moves down', async () => {
        const fixture = jingmenGrid();
        const gw = await h.open(fixture);
        const snap = await gw.readActiveSheet();
        const plan = planInsertRows(snap.grid, 12, 2)!; // 产出指标 / 数量指标
        expect(plan).toMatchObject({ beforeRow: 13, extendDown: [0, 1] });
        await gw.insertRows({ sheetId: snap.sheetId, ...plan });
        const s = await h.inspect();
        expect(s.merges.sort()).toEqual(
          [
            'A1:G1',
            'A2:D2',
            'E2:G2',
            'A3:G3',
            'B4:G4',
            'B5:G5',
            'B6:G6',
            'B7:G7',
            'B8:G8',
            'B9:G9',
            'A10:G10',
            'A13:A16', // 产出指标 grew over the new rows
            'B13:B15', // 数量指标 now spans its old row and the new ones
            'A18:A19',
            'B18:B19',
            'A20:A21',
            'B20:C20',
            'D20:E20',
            'F20:G20',
            'B21:C21',
            'D21:E21',
            'F21:G21',
            'A22:A23',
            'C22:G22',
            'C23:G23',
          ].sort(),
        );
        expect(s.values.C13).toBe('12345政务服务热线来电回复率');
        expect(s.values.C16).toBe('12345政务服务热线来电办结率');
        for (const a1 of ['C14', 'D14', 'E14', 'F14', 'G14', 'C15', 'G15']) expect(s.values[a1]).toBeUndefined();
        const report = single(checkSheet((await gw.readActiveSheet()).grid));
        expect(report.form?.kind).toBe('hubei-project');
        expect(report.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual(single(checkSheet(fixture)).indicators.map((i) => [i.level1, i.level2, i.name]));
        expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      });

      it('inserts after the last indicator of a national form: 绩效指标 and the group grow; marks, writes and formats follow', async () => {
        const gw = await openNational({ fills: { D15: '#E2EFDA' } });
        const before = await h.inspect();
        const snap = await gw.readActiveSheet();
        await gw.apply({ sheetId: snap.sheetId, writes: [write('H16', 96, null)], highlights: [mark('H16', 'error'), mark('E15', 'warning')], notes: false });
        const plan = planInsertRows(snap.grid, 14, 1)!; // 满意度指标, the last indicator row
        expect(plan).toEqual({ beforeRow: 15, count: 1, copyFormatsFrom: 14, fromCol: 0, toCol: 8, extendDown: [0, 1, 2] });
        await gw.insertRows({ sheetId: snap.sheetId, ...plan });
        const s = await h.inspect();
        expect(s.merges).toEqual(expect.arrayContaining(['A10:A16', 'B15:B16', 'C15:C16', 'A17:F17']));
        expect(s.merges).not.toContain('A16:F16');
        expect(s.values.A17).toBe('总分');
        expect(s.values.H17).toBe(96);
        expect(s.fills.H17).toBe(ERROR.fill);
        expect(s.fills.H16).toBeUndefined();
        // The new row copies the model row's formats, not the add-in's mark.
        expect(s.formats.H16).toBe('0.00');
        expect(s.fills.D16).toBe('#E2EFDA');
        expect(s.fills.E16).toBeUndefined();
        expect(gw.pending()).toEqual({ marks: 2, writes: 1 });
        await gw.clearMarks();
        await gw.undoWrites();
        const after = await h.inspect();
        expect(after.fills).toEqual({ D15: '#E2EFDA', D16: '#E2EFDA' });
        expect(after.values.H17).toBeUndefined();
        expect(after.values.G17).toBe(100);
        const report = single(checkSheet((await gw.readActiveSheet()).grid));
        expect(report.form?.kind).toBe('national-project');
        expect(report.indicators).toHaveLength(5);
        expect(before.values.A16).toBe('总分');
      });

      it('fails for an unknown sheet or a bad request', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        const ok = { sheetId, beforeRow: 12, count: 1, copyFormatsFrom: 11, fromCol: 0, toCol: 8 };
        await expectGatewayError(gw.insertRows({ ...ok, sheetId: `${sheetId}-gone` }), 'not-found');
        await expectGatewayError(gw.insertRows({ ...ok, count: 0 }), 'invalid-argument');
        await expectGatewayError(gw.insertRows({ ...ok, fromCol: 5, toCol: 2 }), 'invalid-argument');
      });
    });

    describe('a protected sheet', () => {
      it('can be read, not marked or written: every cell skipped as "protected", nothing changed', async () => {
        const gw = await openNational({ protected: true });
        const before = await h.inspect();
        const snap = await gw.readActiveSheet();
        expect(single(checkSheet(snap.grid)).form?.kind).toBe('national-project');
        const wrote = await gw.apply({ sheetId: snap.sheetId, writes: [write('I6', 9, null)], highlights: [], notes: false });
        expect(wrote).toEqual({ written: 0, marked: 0, skipped: [{ sheet: '项目支出绩效自评表', cell: 'I6', reason: 'protected' }] });
        const marked = await gw.apply({ sheetId: snap.sheetId, writes: [], highlights: [mark('I12', 'error'), mark('D12', 'warning')], notes: true });
        expect(marked.marked).toBe(0);
        expect(marked.skipped.map((x) => [x.cell, x.reason])).toEqual([
          ['I12', 'protected'],
          ['D12', 'protected'],
        ]);
        const plan = planInsertRows(snap.grid, 12, 1)!;
        await expectGatewayError(gw.insertRows({ sheetId: snap.sheetId, ...plan }), 'protected');
        expect(await h.inspect()).toEqual(before);
        expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
      });
    });

    describe('check, clear and discard', () => {
      it('replaceMarks takes the earlier marks off first, in the same apply', async () => {
        const gw = await openNational({ fills: { F12: USER_FILL } });
        const before = await h.inspect();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [], highlights: [mark('F12', 'error'), mark('I12', 'warning')], notes: true });
        const outcome = await gw.apply({ sheetId, writes: [], highlights: [mark('D12', 'warning')], notes: true, replaceMarks: true });
        expect(outcome.marked).toBe(1);
        expect(outcome.cleared).toEqual({ restored: 2, skipped: [] });
        const s = await h.inspect();
        expect(s.fills).toEqual({ F12: USER_FILL, D12: WARNING.fill });
        expect(gw.pending().marks).toBe(1);
        expect((await gw.clearMarks()).restored).toBe(1);
        expect(await h.inspect()).toEqual(before);
      });

      it('discardRecord forgets marks and writes without touching a cell', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [write('H12', 12, null)], highlights: [mark('I12', 'error')], notes: false });
        const state = await h.inspect();
        await gw.discardRecord({ writes: true });
        expect(gw.pending()).toEqual({ marks: 1, writes: 0 });
        expect((await gw.undoWrites()).restored).toBe(0);
        await gw.discardRecord({ marks: true });
        expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
        expect(await h.inspect()).toEqual(state);
        expect(state.values.H12).toBe(12);
        expect(state.fills.I12).toBe(ERROR.fill);
      });
    });

    describe('the person keeps working between two clicks', () => {
      const SHEET = '项目支出绩效自评表';
      it('a later check still takes off marks whose record was discarded', async () => {
        const gw = await openNational();
        const before = await h.inspect();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [], highlights: [mark('I12', 'error')], notes: false });
        await gw.discardRecord({ marks: true });
        await gw.apply({ sheetId, writes: [], highlights: [], notes: false, replaceMarks: true });
        expect(await h.inspect()).toEqual(before);
      });

      it('写回结果 never overwrites a value typed after the check', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        h.person.type('H12', 11);
        const out = await gw.apply({ sheetId, writes: [write('H12', 12, null), write('I6', 9, null)], highlights: [], notes: false });
        expect(out).toEqual({ written: 1, marked: 0, skipped: [{ sheet: SHEET, cell: 'H12', reason: 'value-changed' }] });
        expect((await h.inspect()).values.H12).toBe(11);
      });

      it('a write whose row moved since the check (a row inserted above) is skipped', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        h.person.insertRows(11); // a blank row where 维修桥梁 was
        const out = await gw.apply({ sheetId, writes: [write('H12', 12, null)], highlights: [], notes: false });
        expect(out.skipped).toEqual([{ sheet: SHEET, cell: 'H12', reason: 'row-changed' }]);
        expect((await h.inspect()).values.H12).toBeUndefined();
      });

      it('撤销写回 follows a written cell that moved, and leaves a cell the person retyped', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [write('H12', 12, null), write('I6', 9, null)], highlights: [], notes: false });
        h.person.insertRows(7, 2); // above H12 (now H14), below I6
        h.person.type('I6', 8);
        expect(await gw.undoWrites()).toEqual({ restored: 1, skipped: [{ sheet: SHEET, cell: 'I6', reason: 'value-changed' }] });
        const s = await h.inspect();
        expect(s.values.H14).toBeUndefined(); // the written cell, moved, put back to empty
        expect(s.values.H12).toBe('得分'); // what moved onto its old address is left alone
        expect(s.values.I6).toBe(8);
        expect(gw.pending().writes).toBe(0);
      });

      it('撤销写回 puts back a cell that holds its value from before the write again (Ctrl+Z), not called changed', async () => {
        const gw = await openNational();
        h.person.type('I6', 7);
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [write('I6', 9, 7)], highlights: [], notes: false });
        h.person.type('I6', 7);
        expect(await gw.undoWrites()).toEqual({ restored: 1, skipped: [] });
        expect((await h.inspect()).values.I6).toBe(7);
        expect(gw.pending().writes).toBe(0);
      });

      it('撤销写回 says which written cells were deleted with their rows', async () => {
        const gw = await openNational();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [write('H12', 12, null)], highlights: [], notes: false });
        h.person.deleteRows(11);
        expect(await gw.undoWrites()).toEqual({ restored: 0, skipped: [{ sheet: SHEET, cell: null, reason: 'deleted', detail: 'H12' }] });
        expect(gw.pending().writes).toBe(0);
      });

      it('清除标记 removes only the add-in’s marks and notes, wherever they moved; the person’s looks stay', async () => {
        const gw = await openNational({ fills: { D11: '#E2EFDA' } });
        const caps = await gw.capabilities();
        const { sheetId } = await gw.readActiveSheet();
        await gw.apply({ sheetId, writes: [], highlights: [mark('F12', 'error', '维修桥梁未达标'), mark('D11', 'warning', '名称')], notes: true });
        h.person.insertRows(9); // F12 → F13, D11 → D12
        h.person.fill('F13', '#FFFF00'); // the person recolours the marked cell: theirs from now on
        if (caps.notes) h.person.note('D12', '张三：名称已核对'); // … and rewrites the add-in's note
        const out = await gw.clearMarks();
        expect(out).toEqual({ restored: 2, skipped: caps.notes ? [{ sheet: SHEET, cell: null, reason: 'note-edited' }] : [] });
        const s = await h.inspect();
        expect(s.fills).toEqual({ F13: '#FFFF00', D12: '#E2EFDA' });
        expect(s.notes).toEqual(caps.notes ? { D12: '张三：名称已核对' } : {});
        expect(s.fontColors).toEqual({});
      });

      it('an unlocked input cell of a protected sheet is written; a locked one is not', async () => {
        const gw = await openNational();
        h.person.protect({ unlocked: ['H12'] });
        const { sheetId } = await gw.readActiveSheet();
        const out = await gw.apply({ sheetId, writes: [write('H12', 12, null), write('I6', 9, null)], highlights: [], notes: false });
        expect(out).toEqual({ written: 1, marked: 0, skipped: [{ sheet: SHEET, cell: 'I6', reason: 'protected' }] });
        expect((await h.inspect()).values.H12).toBe(12);
        expect((await gw.undoWrites()).restored).toBe(1);
      });
    });

    describe('readWorkbook', () => {
      const named = (name: string): GridData => ({ ...smallNationalGrid(), name });
      it('reads every visible sheet in tab order and lists the hidden ones it skipped', async () => {
        const gw = await h.openWorkbook([{ grid: named('封面') }, { grid: named('去年') , visibility: 'hidden' }, { grid: jingmenGrid() }, { grid: named('底稿'), visibility: 'very-hidden' }]);
        const wb = await gw.readWorkbook();
        expect(wb.sheets.map((s) => s.grid.name)).toEqual(['封面', jingmenGrid().name]);
        expect(wb.skipped).toEqual([
          { sheet: '去年', reason: 'hidden' },
          { sheet: '底稿', reason: 'very-hidden' },
        ]);
        expect(wb.activeSheetId).toBe(wb.sheets[0].sheetId);
        expect(valuesByAddress(wb.sheets[1].grid)).toEqual(valuesByAddress(jingmenGrid()));
        expect(single(checkSheet(wb.sheets[1].grid)).form?.kind).toBe('hubei-project');
      });

      it('reads hidden sheets too when asked, and what it read can be written', async () => {
        const gw = await h.openWorkbook([{ grid: named('封面') }, { grid: named('去年'), visibility: 'hidden' }]);
        const wb = await gw.readWorkbook({ includeHidden: true });
        expect(wb.sheets.map((s) => s.grid.name)).toEqual(['封面', '去年']);
        expect(wb.skipped).toEqual([]);
        const outcome = await gw.apply({ sheetId: wb.sheets[0].sheetId, writes: [write('I6', 9, null)], highlights: [], notes: false });
        expect(outcome.written).toBe(1);
        expect((await h.inspect('封面')).values.I6).toBe(9);
      });
    });

    describe('ribbon reports', () => {
      it('hands the pane each report the ribbon left, once', async () => {
        const gw = await openNational();
        if (!gw.postCommandReport || !gw.takeCommandReports) return;
        const report = { command: 'checkTable' as const, at: '2026-12-01T08:30:00.000Z', ok: false, code: 'protected' as const };
        await gw.postCommandReport(report);
        expect(await gw.takeCommandReports()).toEqual([report]);
        expect(await gw.takeCommandReports()).toEqual([]);
      });
    });
  });
}
