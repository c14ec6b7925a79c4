import { loadCorpus } from '../test/corpus/corpusTable';
import { readTables } from '../test/corpus/buildWorkbook';
import { checkWorkbook } from '../src/core';
import { detectForms } from '../src/core/detect/detectForm';
import { CellGrid } from '../src/core/grid/cellGrid';
(async () => {
  const only = process.argv[2];
  const rows = process.argv[3];
  const tables = loadCorpus().filter((t) => t.file.startsWith(only));
  const grids = await readTables(tables);
  for (const t of tables) {
    const sheets = grids.get(t.file)!;
    if (rows === 'form') {
      for (const f of detectForms(new CellGrid(sheets[0]))) console.log(JSON.stringify({ kind: f.kind, range: f.range, blocks: f.blocks.map((b) => ({ label: b.label, header: b.headerRow, cols: b.columns, points: b.points, rows: b.rows.map((r) => [r.row + 1, r.level1, r.level2, r.groupOnly ? 'G' : '', r.placeholder ? 'P' : '', r.subtotal ? 'S' : '']) })), budget: f.budget, header: f.header.map((h) => [h.key, h.label, h.value, h.text.slice(0, 20)]) }, null, 0));
      continue;
    }
    for (const r of checkWorkbook(sheets)) {
      console.log('FORM', r.form, JSON.stringify(r.total), JSON.stringify(r.budget));
      for (const i of r.issues) console.log(' ', i.severity, i.rule, i.cell, i.message);
      if (rows === 'ind') for (const i of r.indicators) console.log('   IND', i.row, i.name, i.weight, i.score, i.statedScore, i.met, i.target.text, i.actual.text);
    }
  }
})();
