/**
 * Imported first by the preview's entry, before React, Fluent UI and the engine are evaluated:
 * marks when the bundle starts running (for the bench) and asks for the worked example at once,
 * so that the request overlaps the evaluation of the rest of the bundle.
 */
import type { GridData } from '../core/grid/cellGrid';
import { fetchExample } from './workbookSource';

performance.mark('preview:script-start');

export const initialExample: Promise<GridData[]> = fetchExample('example');
initialExample.catch(() => undefined); // handled by index.tsx
