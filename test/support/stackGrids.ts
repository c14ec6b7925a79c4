import { GridData } from '../../src/core';

/** Lays sheets' cells one under the other on one sheet (`gap` blank rows between), merges moved with them. */
export function stackGrids(grids: GridData[], gap = 1, name = 'Sheet1'): GridData {
  const cells: GridData['cells'] = [];
  const merges: GridData['merges'] = [];
  grids.forEach((g, i) => {
    if (i > 0) for (let k = 0; k < gap; k++) cells.push([]);
    const offset = cells.length;
    const height = Math.max(g.cells.length, ...g.merges.map((m) => m.bottom + 1));
    for (let r = 0; r < height; r++) cells.push((g.cells[r] ?? []).map((c) => (c ? { ...c } : c)));
    for (const m of g.merges) merges.push({ ...m, top: m.top + offset, bottom: m.bottom + offset });
  });
  return { name, cells, merges };
}

/** The rows of a grid from `from` (0-based) on, merges cut to them. */
export function rowsFrom(g: GridData, from: number): GridData {
  return {
    ...g,
    cells: g.cells.slice(from).map((r) => (r ?? []).map((c) => (c ? { ...c } : c))),
    merges: g.merges.filter((m) => m.top >= from).map((m) => ({ ...m, top: m.top - from, bottom: m.bottom - from })),
  };
}

/** The rows of a grid up to (not including) `to`, merges cut to them. */
export function rowsUntil(g: GridData, to: number): GridData {
  return {
    ...g,
    cells: g.cells.slice(0, to).map((r) => (r ?? []).map((c) => (c ? { ...c } : c))),
    merges: g.merges.filter((m) => m.top < to).map((m) => ({ ...m, bottom: Math.min(m.bottom, to - 1) })),
  };
}
