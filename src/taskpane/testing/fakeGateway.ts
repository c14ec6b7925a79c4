import type { AcceptedFinding } from '../../app/acceptedFindings';
import type { ApplyOutcome, ApplyRequest, DiscardRequest, HostCapabilities, HostGateway, InsertRowsRequest, RestoreOutcome, SheetSnapshot, WorkbookSnapshot } from '../../app/hostGateway';
import type { GridData } from '../../core/grid/cellGrid';
import type { SettingsInput } from '../../core/report/settingsSchema';
import type { TemplateSpec } from '../../core/template/templateSpec';

type Method = keyof HostGateway;

/**
 * A hand-written HostGateway for the pane's tests: returns a known grid, counts marks and writes
 * like a host would, records every call, and can be told to fail or to hold a call open.
 */
export class FakeGateway implements HostGateway {
  readonly calls: { method: Method; args: unknown[] }[] = [];
  stored: SettingsInput | null = null;
  /** The accepted findings as stored in the document (what saveAccepted was given). */
  accepted: unknown = null;
  private marks = 0;
  private writes = 0;
  private failures = new Map<Method, unknown>();
  private holds = new Map<Method, Promise<void>>();

  constructor(
    private grid: GridData,
    readonly sheetId = 'sheet-1',
  ) {}

  /** The next call of `method` throws `error`. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Calls of `method` wait until the returned function is called. */
  hold(method: Method): () => void {
    let release!: () => void;
    this.holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async enter(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    const hold = this.holds.get(method);
    if (hold) await hold;
    if (this.failures.has(method)) {
      const err = this.failures.get(method);
      this.failures.delete(method);
      throw err;
    }
  }

  async capabilities(): Promise<HostCapabilities> {
    await this.enter('capabilities', []);
    return { notes: false, dataValidation: true, host: 'Fake' };
  }

  async readActiveSheet(): Promise<SheetSnapshot> {
    await this.enter('readActiveSheet', []);
    return { grid: this.grid, sheetId: this.sheetId };
  }

  /** Sheets of the workbook besides the active one (readWorkbook reads them after it). */
  otherSheets: SheetSnapshot[] = [];

  async readWorkbook(): Promise<WorkbookSnapshot> {
    await this.enter('readWorkbook', []);
    return { sheets: [{ grid: this.grid, sheetId: this.sheetId }, ...this.otherSheets], skipped: [], activeSheetId: this.sheetId };
  }

  async apply(request: ApplyRequest): Promise<ApplyOutcome> {
    await this.enter('apply', [request]);
    if (request.replaceMarks) this.marks = 0;
    this.marks += request.highlights.length;
    this.writes += request.writes.length;
    return { written: request.writes.length, marked: request.highlights.length, skipped: [] };
  }

  async clearMarks(): Promise<RestoreOutcome> {
    await this.enter('clearMarks', []);
    const n = this.marks;
    this.marks = 0;
    return { restored: n, skipped: [] };
  }

  async undoWrites(): Promise<RestoreOutcome> {
    await this.enter('undoWrites', []);
    const n = this.writes;
    this.writes = 0;
    return { restored: n, skipped: [] };
  }

  async discardRecord(request: DiscardRequest): Promise<void> {
    await this.enter('discardRecord', [request]);
    if (request.marks) this.marks = 0;
    if (request.writes) this.writes = 0;
  }

  pending(): { marks: number; writes: number } {
    return { marks: this.marks, writes: this.writes };
  }

  async insertTemplate(spec: TemplateSpec): Promise<string> {
    await this.enter('insertTemplate', [spec]);
    return spec.sheetName;
  }

  async insertRows(request: InsertRowsRequest): Promise<void> {
    await this.enter('insertRows', [request]);
  }

  async selectCell(sheetId: string, address: string): Promise<void> {
    await this.enter('selectCell', [sheetId, address]);
  }

  async loadSettings(): Promise<SettingsInput | null> {
    await this.enter('loadSettings', []);
    return this.stored;
  }

  async saveSettings(settings: SettingsInput): Promise<void> {
    await this.enter('saveSettings', [settings]);
    this.stored = settings;
  }

  async loadAccepted(): Promise<unknown> {
    await this.enter('loadAccepted', []);
    return this.accepted;
  }

  async saveAccepted(accepted: readonly AcceptedFinding[]): Promise<void> {
    await this.enter('saveAccepted', [accepted]);
    this.accepted = JSON.parse(JSON.stringify(accepted)) as unknown;
  }
}

/** A small grid; the tests that use it replace the engine's verdict with a known report. */
export function tinyGrid(name = 'Sheet1'): GridData {
  return { name, cells: [[{ value: '三级指标' }, { value: '年度指标值' }]], merges: [] };
}
