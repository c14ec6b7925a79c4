/**
 * A memo for hot pure functions: a Map that forgets everything once it holds `limit` entries, so
 * that it never grows without bound. Long forms repeat the same few texts (units, targets such as
 * `≥95%`, weights) thousands of times; remembering their readings spares most of the parsing.
 * Cached values are shared between callers and must be treated as immutable (Decimals are).
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit = 4096) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
