/**
 * One OfficeGateway per JavaScript runtime (the ribbon command reuses it on every click). Its change
 * journal (what to restore on 清除标记 / 撤销写回) is kept in the document's settings and reloaded
 * before every change, so the task pane — another runtime — restores what the ribbon did and the
 * other way round (journalStore.ts).
 */
import { OfficeGateway, OfficeGatewayOptions } from './officeGateway';

let shared: OfficeGateway | undefined;

export function sharedOfficeGateway(options?: OfficeGatewayOptions): OfficeGateway {
  if (!shared) shared = new OfficeGateway(options);
  return shared;
}

/** Tests: forget the instance. */
export function resetSharedOfficeGateway(): void {
  shared = undefined;
}
