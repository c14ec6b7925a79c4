/*
 * The Office.js gateway as the task pane loads it, on demand (src/taskpane/index.tsx): no eval
 * under the pane's Content-Security-Policy first (zod, which the gateway's stored values use,
 * would probe for new Function), then the gateway.
 */
import '../app/noEval';

export { OfficeGateway } from './officeGateway';
