/* Ribbon function commands (FunctionFile commands.html). Placeholder: another engineer fills in checkTable. */

/** Ribbon button "检查表格" (manifest: ExecuteFunction / FunctionName checkTable). */
export async function checkTable(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // The real check runs here (Excel.run with delayForCellEdit, see shared/notes/excel-api.md).
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  if (Office.actions?.associate) {
    Office.actions.associate('checkTable', checkTable);
  } else {
    // Older Office builds look the function up by name on the global object.
    (globalThis as unknown as Record<string, unknown>).checkTable = checkTable;
  }
});
