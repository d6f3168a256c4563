/**
 * Seeded pseudo-random numbers for the generator (mulberry32): the same seed always gives the same file, and
 * nothing reads `Math.random` or the clock.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** A well-mixed 32-bit seed for item `n` of a run seeded with `seed` (so each child has its own stream). */
export function childSeed(seed: number, n: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(n + 1, 0x85ebca77)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** A weighted choice over a fixed list: `[value, weight]` pairs, weights in any unit. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    this.values = entries.map(([v]) => v);
    let total = 0;
    this.cumulative = entries.map(([, w]) => {
      if (!(w >= 0)) throw new RangeError(`weight ${w} is not a non-negative number`);
      total += w;
      return total;
    });
    if (total <= 0) throw new RangeError('a weighted choice needs at least one positive weight');
  }

  /** One value, with probability proportional to its weight. */
  pick(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}
