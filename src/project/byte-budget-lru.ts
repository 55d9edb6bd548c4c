/**
 * A least-recently-used map bounded by the total size of its values rather than their number: one
 * 20k-line module's text or syntax tree weighs as much as hundreds of small ones, so a count bound
 * lets a few large files hold most of the memory.
 */
export class ByteBudgetLru<K, V> {
  /** Insertion-ordered: a hit moves the entry to the end, eviction starts at the front. */
  readonly #entries = new Map<K, { value: V; size: number }>();
  #total = 0;

  /** `budget`: the most the sizes given to `set` may add up to (characters, bytes: the caller's unit). */
  constructor(readonly budget: number) {}

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /**
   * Stores `value` as the most recent entry and evicts the least recent ones until the sizes fit the
   * budget. A value larger than the whole budget is not kept (it would evict everything else and
   * then itself); any older value for `key` is dropped all the same.
   */
  set(key: K, value: V, size: number): void {
    this.delete(key);
    if (size > this.budget) return;
    this.#entries.set(key, { value, size });
    this.#total += size;
    for (const [oldestKey, oldest] of this.#entries) {
      if (this.#total <= this.budget) break;
      this.#entries.delete(oldestKey);
      this.#total -= oldest.size;
    }
  }

  delete(key: K): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#total -= entry.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#total = 0;
  }

  /** The sum of the sizes of the entries kept. */
  get total(): number {
    return this.#total;
  }

  get size(): number {
    return this.#entries.size;
  }
}
