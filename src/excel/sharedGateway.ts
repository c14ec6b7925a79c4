/**
 * One OfficeGateway per JavaScript runtime (the ribbon command reuses it on every click). The
 * record of what the add-in changed lives in the workbook and is read afresh by every operation
 * (documentRecord.ts), so the task pane — another runtime — restores what the ribbon did and the
 * other way round.
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
