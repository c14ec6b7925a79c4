import type * as EngineModule from './engineModule';

/**
 * The engine, loaded when first needed: the task pane paints its first frame without it (the
 * engine, zod and decimal.js are most of the add-in's code), and the use cases load it on their
 * first call. In the browser bundles it is a chunk of its own; under Node it is a plain require.
 */
export type Engine = typeof EngineModule;

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  if (!loading) {
    const attempt = import(/* webpackChunkName: "engine" */ './engineModule');
    // A chunk that failed to load (the add-in's server unreachable for a moment) is tried again next time.
    attempt.catch(() => {
      if (loading === attempt) loading = null;
    });
    loading = attempt;
  }
  return loading;
}
