/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) so that a generated return is the
 * same for the same seed on every machine. Never use `Math.random` in the generator.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One value from `[value, weight]` pairs (weights need not sum to 1). */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** A whole number of days drawn from an exponential distribution with the given mean, at least `min`. */
  days(mean: number, min = 1): number {
    return Math.max(min, Math.round(-Math.log(1 - this.next()) * mean));
  }

  /** A new generator derived from this one (for an independent stream, e.g. one per child). */
  fork(): Random {
    return new Random(Math.floor(this.next() * 4294967296));
  }
}

/**
 * The value of `[value, weight]` pairs at position `u` (0 to 1) of their cumulative weights, and where `u` fell
 * inside that value's share (0 to 1), to draw a further choice from. With evenly spread `u` the values come
 * in their exact proportions.
 */
export function weightedAt<T>(entries: ReadonlyArray<readonly [T, number]>, u: number): { value: T; rest: number } {
  let total = 0;
  for (const [, w] of entries) total += w;
  let x = u * total;
  for (const [value, w] of entries) {
    if (x < w) return { value, rest: w > 0 ? x / w : 0 };
    x -= w;
  }
  return { value: entries[entries.length - 1]![0], rest: 0 };
}

/**
 * An evenly spread sequence of points in the unit cube (R-sequence: additive recurrence with the powers of the
 * inverse "plastic"-like constant for its dimension), started at a random point. Any run of it covers the cube
 * evenly, so a prefix of any length keeps the proportions of the choices made with it.
 */
export class EvenSequence {
  private readonly point: number[];
  private readonly steps: number[];

  constructor(dimensions: number, rng: Random) {
    // g is the positive root of x^(d+1) = x + 1.
    let g = 2;
    for (let i = 0; i < 30; i++) g = (1 + g) ** (1 / (dimensions + 1));
    this.steps = Array.from({ length: dimensions }, (_, i) => (1 / g ** (i + 1)) % 1);
    this.point = Array.from({ length: dimensions }, () => rng.next());
  }

  /** The next point (a fresh array). */
  next(): number[] {
    for (let i = 0; i < this.point.length; i++) this.point[i] = (this.point[i]! + this.steps[i]!) % 1;
    return [...this.point];
  }
}
