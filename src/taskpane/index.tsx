/* The task pane's entry: Office.js (loaded by taskpane.html from Microsoft's CDN) → <App>. */
// First: no eval under the pane's Content-Security-Policy (zod would probe for new Function).
import '../app/noEval';
import { OfficeGateway } from '../excel/officeGateway';
import { OfficeLike, startTaskpane } from './bootstrap';

const container = document.getElementById('root');
// Office.js failed to load (offline, blocked) or the page was opened in a plain browser: no global.
const office: OfficeLike | undefined = typeof Office === 'undefined' ? undefined : Office;
if (container) void startTaskpane(container, office, () => new OfficeGateway(), navigator.language);
