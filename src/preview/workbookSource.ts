import type { GridData } from '../core/grid/cellGrid';
import { isReadErrorKey, ReadErrorKey } from './previewMessages';

/**
 * Getting a workbook's sheets from the preview server (same origin): a bundled example by name,
 * or an uploaded .xlsx. The server reads it with the CLI's reader (exceljs is never in the
 * browser bundle) and answers GridData[] or `{ error: { code, message } }`.
 */

export type ExampleName = 'example' | 'national';

export class WorkbookLoadError extends Error {
  constructor(
    readonly code: ReadErrorKey,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'WorkbookLoadError';
  }
}

function isGridDataArray(x: unknown): x is GridData[] {
  return (
    Array.isArray(x) &&
    x.every((g) => g !== null && typeof g === 'object' && typeof (g as GridData).name === 'string' && Array.isArray((g as GridData).cells) && Array.isArray((g as GridData).merges))
  );
}

async function parseResponse(res: Response): Promise<GridData[]> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new WorkbookLoadError('unknown', `HTTP ${res.status}`);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof err?.code === 'string' && isReadErrorKey(err.code) ? err.code : 'unknown';
    throw new WorkbookLoadError(code, typeof err?.message === 'string' ? err.message : `HTTP ${res.status}`);
  }
  if (!isGridDataArray(body)) throw new WorkbookLoadError('unknown', 'unexpected answer from the preview server');
  return body;
}

async function request(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, { credentials: 'same-origin', ...init }); // the server sends Cache-Control: no-store
  } catch (e) {
    throw new WorkbookLoadError('network', e instanceof Error ? e.message : String(e));
  }
}

export async function fetchExample(name: ExampleName): Promise<GridData[]> {
  return parseResponse(await request(`api/workbook/${name}`));
}

export async function uploadWorkbook(file: Blob): Promise<GridData[]> {
  return parseResponse(
    await request('api/workbook', {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    }),
  );
}
