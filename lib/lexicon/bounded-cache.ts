/**
 * A Map that forgets everything once it holds `limit` entries. The lexicon caches words
 * and pairs from user texts in a long-running server, so they need a ceiling; starting
 * over is crude but costs only a re-warm, and keeps memory flat under any input.
 */
export class BoundedCache<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
