/**
 * The fake Excel itself: each behaviour the gateway's safety depends on, as the module that models
 * it cites it (test/excel/fake/*). If the fake drifted from Excel, the gateway's tests would prove
 * nothing.
 */
import { FakeExcel, FakeOfficeError } from './fakeExcel';
import { parseInput, setCurrentYear } from './fake/input';

const run = <T,>(fake: FakeExcel, batch: (ctx: Excel.RequestContext) => Promise<T>) => fake.run(batch);

describe('assigned text is parsed like typed input (fake/input.ts)', () => {
  beforeAll(() => setCurrentYear(2026));
  test.each<[string, unknown, string | null]>([
    ['=A1+1', null, null],
    ['-5', -5, null],
    ['1,234.5', 1234.5, null],
    ['50%', 0.5, '0%'],
    ['¥100', 100, '¥#,##0.00'],
    ['(123)', -123, null],
    ['1e5', 100000, '0.00E+00'],
    ['1 1/2', 1.5, '# ?/?'],
    ['2024/1/5', 45296, 'yyyy/m/d'],
    ['2024年1月', 45292, 'yyyy"年"m"月"'],
    ['1月5日', 46027, 'm"月"d"日"'],
    ['12:30', 0.5208333333333334, 'h:mm'],
    ['TRUE', true, null],
    ['#N/A', '#N/A', null],
  ])('%s → %p', (text, value, format) => {
    const p = parseInput(text, 'General');
    expect(p.value).toEqual(value);
    if (format) expect(p.numberFormat).toBe(format);
  });

  test('a leading apostrophe or the Text format keeps text; formulas are formulas', () => {
    expect(parseInput("'2024年1月", 'General')).toEqual({ value: '2024年1月' });
    expect(parseInput('1e5', '@')).toEqual({ value: '1e5' });
    expect(parseInput('=SUM(A1)', 'General')).toEqual({ value: null, formula: '=SUM(A1)' });
    expect(parseInput('#N/A', 'General').error).toBe('#N/A');
    expect(parseInput('项目名称', 'General')).toEqual({ value: '项目名称' });
  });
});

describe('batches (fake/context.ts)', () => {
  test('the first failing operation rejects the sync; those before it stay applied', async () => {
    const fake = new FakeExcel({ S: { values: [[1, 2, 3]] } });
    fake.person.protect('S', { unlocked: ['A1'] });
    await expect(
      run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A1').values = [[10]];
        ws.getRange('B1').values = [[20]];
        ws.getRange('C1').values = [[30]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect([fake.cell('S', 'A1')?.value, fake.cell('S', 'B1')?.value, fake.cell('S', 'C1')?.value]).toEqual([10, 2, 3]);
  });

  test('cell-edit mode fails a batch unless the run was delayed', async () => {
    const fake = new FakeExcel();
    fake.cellEditMode = true;
    const batch = async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[1]];
      await ctx.sync();
    };
    await expect(fake.run(batch)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await expect(fake.run({ delayForCellEdit: true }, batch)).resolves.toBeUndefined();
  });

  test('on the web, a request or an answer over 5 MB fails whole', async () => {
    const fake = new FakeExcel().web();
    const big = Array.from({ length: 1 }, () => Array.from({ length: 30000 }, () => '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十'));
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 30000).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('Sheet1', 'A1')).toBeUndefined();
    fake.payloadLimit = null;
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 30000).values = big;
      await ctx.sync();
    });
    fake.web();
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 30000).load('values,formulas');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  test('each changing sync is one undo step; mergeUndoGroup makes the run one', async () => {
    const fake = new FakeExcel();
    const twice = async (ctx: Excel.RequestContext) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1');
      r.values = [[1]];
      await ctx.sync();
      r.values = [[2]];
      await ctx.sync();
    };
    await fake.run(twice);
    expect(fake.undoSteps).toBe(2);
    await fake.run({ mergeUndoGroup: true }, twice);
    expect(fake.undoSteps).toBe(3);
  });
});

describe('the person inserts and deletes rows (fake/sheet.ts)', () => {
  test('values, fills, notes, conditional formats and names move with their cells; a deleted cell’s name is #REF!', async () => {
    const fake = new FakeExcel({ S: { values: [['a'], ['b'], ['c']], fills: { A2: '#00B050' }, notes: { A2: 'n' } } });
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const cf = ws.getRanges('A2').conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = '=TRUE';
      cf.custom.format.fill.color = '#FFC7CE';
      ws.names.add('_a', ws.getRange('A2'));
      ws.names.add('_c', ws.getRange('A3'));
      await ctx.sync();
    });
    fake.person.insertRows('S', 0, 2);
    fake.person.deleteRows('S', 4);
    const s = fake.sheet('S');
    expect(fake.cell('S', 'A4')).toMatchObject({ value: 'b', fill: { color: '#00B050', pattern: 'Solid' } });
    expect(s.notes.get('A4')).toBe('n');
    expect(s.conditionalFormats[0].ranges).toEqual([{ top: 3, left: 0, bottom: 3, right: 0 }]);
    expect(s.definedName('_a')?.ref).toEqual({ top: 3, left: 0, bottom: 3, right: 0 });
    expect(s.definedName('_c')?.ref).toBeNull();
    const found = await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').names.getItemOrNullObject('_c').getRangeOrNullObject();
      r.load('address');
      await ctx.sync();
      return r.isNullObject;
    });
    expect(found).toBe(true);
    expect(fake.visibleState('S').fills).toEqual({ A4: '#FFC7CE' });
  });
});

describe('notes without ExcelApi 1.18 (fake/workbook.ts)', () => {
  test('the proxy is made; the sync fails with ApiNotFound', async () => {
    const fake = new FakeExcel();
    fake.features.notes = false;
    await expect(
      run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.getRange('A1').values = [[1]];
        ws.notes.getItem('A1').delete();
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
    expect(fake.cell('Sheet1', 'A1')?.value).toBe(1);
  });
});

describe('protection (fake/format.ts, fake/range.ts)', () => {
  test('formats need allowFormatCells; conditional formats and notes are refused', async () => {
    const fake = new FakeExcel({ S: { values: [[1]] } });
    fake.person.protect('S', { unlocked: ['A1'] });
    const attempt = (f: (ws: Excel.Worksheet) => void) =>
      run(fake, async (ctx) => {
        f(ctx.workbook.worksheets.getItem('S'));
        await ctx.sync();
      }).then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
    expect(await attempt((ws) => (ws.getRange('A1').values = [[2]]))).toBe('ok');
    expect(await attempt((ws) => (ws.getRange('A1').numberFormat = [['0.00']]))).toBe('AccessDenied');
    expect(await attempt((ws) => void ws.getRange('A1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType))).toBe('AccessDenied');
    expect(await attempt((ws) => void ws.notes.add(ws.getRange('A1'), 'x'))).toBe('AccessDenied');
    fake.person.protect('S', { unlocked: ['A1'], allowFormatCells: true });
    expect(await attempt((ws) => (ws.getRange('A1').numberFormat = [['0.00']]))).toBe('ok');
  });
});

describe('merged areas (fake/range.ts)', () => {
  test('getMergedAreasOrNullObject fails above 512 areas', async () => {
    const merges = Array.from({ length: 513 }, (_, r) => `A${r + 1}:B${r + 1}`);
    const fake = new FakeExcel({ S: { merges } });
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:B600').getMergedAreasOrNullObject().load('areas/items/address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });
});
