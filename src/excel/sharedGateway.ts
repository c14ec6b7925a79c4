/**
 * One OfficeGateway per JavaScript runtime. Its change journal (what to restore on 清除标记 /
 * 撤销写回) lives in memory, so the ribbon command reuses the same instance on every click; with a
 * shared runtime (manifest <Runtimes>, SharedRuntime 1.1) the task pane and the ribbon share it.
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
