import type { HostGateway } from '../app/hostGateway';

/**
 * A HostGateway that calls `onSettled` after each of the inner gateway's asynchronous methods
 * settles (resolved or rejected), without changing what they return. Synchronous methods
 * (`pending`) pass through untouched.
 */
export function observeGateway(inner: HostGateway, onSettled: () => void): HostGateway {
  return new Proxy(inner, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) {
          return result.then(
            (v) => {
              onSettled();
              return v;
            },
            (e: unknown) => {
              onSettled();
              throw e;
            },
          );
        }
        return result;
      };
    },
  });
}
