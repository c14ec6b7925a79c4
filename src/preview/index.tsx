/*
 * The browser preview (npm run preview): the real task pane beside a rendered workbook, backed by
 * the in-memory gateway. Runs in a plain browser: no Office.js, nothing from the network but its
 * own origin (the server sends a strict Content-Security-Policy).
 */
// First: start fetching the example, and no eval under the page's CSP (see boot.ts, ../app/noEval.ts).
import { initialExample } from './boot';
import '../app/noEval';
import { createRoot } from 'react-dom/client';
import { initialLocale, initialPaneWidth, initialTheme, LoadFailure, PreviewApp, toLoadFailure, WorkbookInput } from './PreviewApp';

performance.mark('preview:modules-evaluated');

// Render once the example is there: the first frame already holds the pane and the grid.
const lang = initialLocale(window.location.search);
initialExample
  .then((grids): WorkbookInput | LoadFailure => ({ grids, origin: { example: 'example' } }), toLoadFailure)
  .then((initial) => {
    performance.mark('preview:workbook-loaded');
    const container = document.getElementById('root');
    if (container) createRoot(container).render(
        <PreviewApp initial={initial} initialLang={lang} paneWidth={initialPaneWidth(window.location.search)} initialPaneTheme={initialTheme(window.location.search)} />,
      );
  });
