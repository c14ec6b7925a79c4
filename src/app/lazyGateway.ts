import type { AcceptedFinding } from './acceptedFindings';
import type {
  ApplyOutcome,
  ApplyRequest,
  CommandReport,
  DiscardRequest,
  HostCapabilities,
  HostGateway,
  InsertRowsRequest,
  ReadWorkbookOptions,
  RestoreOutcome,
  SheetSnapshot,
  WorkbookSnapshot,
} from './hostGateway';
import type { SettingsInput } from '../core/report/settingsSchema';
import type { TemplateSpec } from '../core/template/templateSpec';

/**
 * A HostGateway whose implementation is loaded on first use (the Office.js gateway is a chunk of
 * its own, so that the task pane paints before it is loaded). Every call waits for it; `pending()`
 * reports nothing pending until it is there. A load that fails is tried again on the next call.
 */
export class LazyGateway implements HostGateway {
  private loaded: HostGateway | null = null;
  private loading: Promise<HostGateway> | null = null;

  constructor(private readonly load: () => Promise<HostGateway>) {}

  /** Starts loading now (after the first paint) so that the first click does not wait for it. */
  preload(): void {
    void this.gateway().catch(() => undefined);
  }

  private gateway(): Promise<HostGateway> {
    if (this.loaded) return Promise.resolve(this.loaded);
    if (!this.loading) {
      const attempt = this.load().then((gw) => (this.loaded = gw));
      attempt.catch(() => {
        if (this.loading === attempt) this.loading = null;
      });
      this.loading = attempt;
    }
    return this.loading;
  }

  async capabilities(): Promise<HostCapabilities> {
    return (await this.gateway()).capabilities();
  }
  async readActiveSheet(): Promise<SheetSnapshot> {
    return (await this.gateway()).readActiveSheet();
  }
  async readWorkbook(options?: ReadWorkbookOptions): Promise<WorkbookSnapshot> {
    return (await this.gateway()).readWorkbook(options);
  }
  async apply(request: ApplyRequest): Promise<ApplyOutcome> {
    return (await this.gateway()).apply(request);
  }
  async clearMarks(): Promise<RestoreOutcome> {
    return (await this.gateway()).clearMarks();
  }
  async undoWrites(): Promise<RestoreOutcome> {
    return (await this.gateway()).undoWrites();
  }
  async discardRecord(request: DiscardRequest): Promise<void> {
    return (await this.gateway()).discardRecord(request);
  }
  async postCommandReport(report: CommandReport): Promise<void> {
    const gw = await this.gateway();
    if (gw.postCommandReport) await gw.postCommandReport(report);
  }
  async takeCommandReports(): Promise<CommandReport[]> {
    const gw = await this.gateway();
    return gw.takeCommandReports ? gw.takeCommandReports() : [];
  }
  pending(): { marks: number; writes: number } {
    return this.loaded ? this.loaded.pending() : { marks: 0, writes: 0 };
  }
  async refreshPending(): Promise<void> {
    const gw = await this.gateway();
    if (gw.refreshPending) await gw.refreshPending();
  }
  async insertTemplate(spec: TemplateSpec): Promise<string> {
    return (await this.gateway()).insertTemplate(spec);
  }
  async insertRows(request: InsertRowsRequest): Promise<void> {
    return (await this.gateway()).insertRows(request);
  }
  async selectCell(sheetId: string, address: string): Promise<void> {
    return (await this.gateway()).selectCell(sheetId, address);
  }
  async loadSettings(): Promise<SettingsInput | null> {
    return (await this.gateway()).loadSettings();
  }
  async saveSettings(settings: SettingsInput): Promise<void> {
    return (await this.gateway()).saveSettings(settings);
  }
  async loadAccepted(): Promise<unknown> {
    return (await this.gateway()).loadAccepted();
  }
  async saveAccepted(accepted: readonly AcceptedFinding[]): Promise<void> {
    return (await this.gateway()).saveAccepted(accepted);
  }
}
