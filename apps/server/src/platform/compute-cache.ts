/**
 * A small in-process cache for expensive computations (measure series), keyed by a name and invalidated by a
 * data version string: a cached value is used only while the version it was computed for is current.
 */
export class ComputeCache {
  private readonly entries = new Map<string, { version: string; value: unknown }>();
  /** Computations under way, so concurrent callers for the same key and version share one. */
  private readonly pending = new Map<string, { version: string; promise: Promise<unknown> }>();

  constructor(private readonly maxEntries = 64) {}

  /** The cached value for `key` at `version`, or undefined. */
  get<T>(key: string, version: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.version !== version) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit); // most recently used last
    return hit.value as T;
  }

  /** Stores a value, evicting the least recently used entry when full. */
  set<T>(key: string, version: string, value: T): T {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /** Forgets every cached value (computations under way still finish for their callers). */
  clear(): void {
    this.entries.clear();
    this.pending.clear();
  }

  /**
   * Returns the cached value or computes, stores and returns it. Callers asking for the same key and version while
   * it is being computed wait for that one computation rather than starting their own.
   */
  async getOrCompute<T>(key: string, version: string, compute: () => Promise<T> | T): Promise<T> {
    const hit = this.get<T>(key, version);
    if (hit !== undefined) return hit;
    const running = this.pending.get(key);
    if (running && running.version === version) return running.promise as Promise<T>;
    const promise = (async () => this.set(key, version, await compute()))();
    this.pending.set(key, { version, promise });
    try {
      return await promise;
    } finally {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
    }
  }
}
