/**
 * A catalog's shape with its Chinese literals widened: what every language must provide. The
 * zh-CN catalog is written `as const`; the en-US one is typed `Widen<typeof zhCN>`, so the compiler
 * rejects a missing key or a message function with other arguments.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
