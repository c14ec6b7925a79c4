import { GatewayError } from '../app/hostGateway';
import { MemoryGateway, MemoryWorkbook } from '../app/memoryGateway';
import { gridFromValues } from '../core/grid/cellGrid';
import { observeGateway } from './observeGateway';

function setup() {
  const workbook = MemoryWorkbook.fromGrids(gridFromValues('Sheet1', [['a', 1]]));
  const inner = new MemoryGateway(workbook);
  const settled: string[] = [];
  let n = 0;
  const gw = observeGateway(inner, () => settled.push(`settled ${++n}`));
  return { inner, gw, settled };
}

describe('observeGateway', () => {
  it('reports each asynchronous call once it has resolved, passing its result through', async () => {
    const { gw, settled } = setup();
    const caps = gw.capabilities();
    expect(settled).toEqual([]); // not before it settles
    expect((await caps).host).toBe('Preview');
    const snap = await gw.readActiveSheet();
    expect(snap.sheetId).toBe('Sheet1');
    expect(settled).toEqual(['settled 1', 'settled 2']);
  });

  it('reports failed calls too, and rethrows the same error', async () => {
    const { gw, settled } = setup();
    await expect(gw.selectCell('Nope', 'A1')).rejects.toBeInstanceOf(GatewayError);
    expect(settled).toEqual(['settled 1']);
  });

  it('passes synchronous methods through without reporting', () => {
    const { gw, settled } = setup();
    expect(gw.pending()).toEqual({ marks: 0, writes: 0 });
    expect(settled).toEqual([]);
  });

  it('changes the same workbook as the inner gateway', async () => {
    const { inner, gw } = setup();
    await gw.selectCell('Sheet1', 'B1');
    expect(inner.selection).toEqual({ sheet: 'Sheet1', address: 'B1' });
  });
});
