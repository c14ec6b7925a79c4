import { rangeToA1 } from '../../src/core/grid/address';
import { deleteSheetColumns, deleteSheetRows, insertSheetColumns, insertSheetRows, recolour, setNote, typeInto } from '../../src/app/memoryEdits';
import { MemorySheet, MemoryWorkbook, memoryWorkbookFrom, visibleState } from '../../src/app/memoryWorkbook';
import { smallNationalGrid } from './fixtures';

/** The person's own edits on the in-memory workbook move cells the way Excel does. */
function sheet(): MemorySheet {
  return memoryWorkbookFrom(smallNationalGrid(), { fills: { D12: '#00B050' }, notes: { D12: '张三已核对' } }).sheets[0];
}
const seen = (s: MemorySheet) => visibleState(new MemoryWorkbook([s]));

describe('the person’s edits on the memory workbook', () => {
  test('typing keeps the cell’s own looks; a leading = types a formula', () => {
    const s = sheet();
    typeInto(s, 'D12', '维修桥梁（座）');
    typeInto(s, 'H12', '=G12*0.8');
    expect(s.at('D12')).toMatchObject({ value: '维修桥梁（座）', fill: '#00B050', note: '张三已核对' });
    expect(s.at('H12')).toMatchObject({ value: null, formula: '=G12*0.8' });
  });

  test('inserting rows moves values, looks, notes and marks down; merges below move, spanning ones grow', () => {
    const s = sheet();
    s.at('H12').mark = 'error';
    insertSheetRows(s, 11, 2); // above row 12
    const v = seen(s);
    expect(v.values.D14).toBe('维修桥梁');
    expect(v.fills.D14).toBe('#00B050');
    expect(v.notes.D14).toBe('张三已核对');
    expect(v.fills.H14).toBe('#FFC7CE');
    expect(v.values.D12).toBeUndefined();
    const merges = s.merges.map(rangeToA1);
    expect(merges).toContain('A10:A17'); // 绩效指标 A10:A15 spanned the insertion point
    expect(merges).toContain('A18:F18'); // 总分 A16:F16 moved
    expect(s.rowCount).toBe(18);
  });

  test('deleting rows removes those cells; areas crossing the deleted rows shrink, those inside go', () => {
    const s = sheet();
    deleteSheetRows(s, 11, 1); // row 12
    const v = seen(s);
    expect(v.values.D12).toBe('工程验收合格率');
    expect(v.notes).toEqual({});
    expect(v.fills).toEqual({});
    const merges = s.merges.map(rangeToA1);
    expect(merges).toContain('A10:A14');
    expect(merges).toContain('A15:F15');
    expect(merges).not.toContain('C11:C12'); // 数量指标 C11:C12 shrank to one cell: no longer a merge
  });

  test('inserting and deleting columns move cells sideways', () => {
    const s = sheet();
    insertSheetColumns(s, 3, 1); // before D
    expect(s.at('E12')).toMatchObject({ value: '维修桥梁', fill: '#00B050' });
    expect(s.merges.map(rangeToA1)).toContain('B4:E4'); // 主管部门 B4:D4 spanned column D
    deleteSheetColumns(s, 3, 1);
    expect(s.at('D12')).toMatchObject({ value: '维修桥梁', fill: '#00B050' });
    expect(s.merges.map(rangeToA1)).toContain('B4:D4');
  });

  test('recolouring and notes are the person’s own', () => {
    const s = sheet();
    recolour(s, 'D12', '#FFFF00');
    setNote(s, 'D12', null);
    setNote(s, 'E12', '待核实');
    expect(s.at('D12').fill).toBe('#FFFF00');
    expect(s.at('D12').note).toBeUndefined();
    expect(s.at('E12').note).toBe('待核实');
    recolour(s, 'D12', null);
    expect(s.at('D12').fill).toBeUndefined();
  });
});
