/* The task pane's entry: Office.js (loaded by taskpane.html from Microsoft's CDN) → <App>. */
// zod, and with it the no-eval setting (src/app/noEval.ts), is in the chunks loaded on demand:
// the engine's (src/app/engineModule.ts) and the gateway's (src/excel/officeGatewayChunk.ts).
import { LazyGateway } from '../app/lazyGateway';
import { OfficeLike, startTaskpane } from './bootstrap';

const container = document.getElementById('root');
// Office.js failed to load (offline, blocked) or the page was opened in a plain browser: no global.
const office: OfficeLike | undefined = typeof Office === 'undefined' ? undefined : Office;
// The Office.js gateway (and the engine, src/app/engine.ts) load as chunks of their own while the
// pane paints its first frame.
const gateway = () =>
  new LazyGateway(() => import(/* webpackChunkName: "office-gateway" */ '../excel/officeGatewayChunk').then((m) => new m.OfficeGateway()));
if (container) void startTaskpane(container, office, gateway, navigator.language);
