import { describe, expect, it } from 'vitest';
import { ComputeCache } from '../src/platform/compute-cache.ts';

/** A computation that counts its runs and finishes when released. */
function gatedComputation<T>(value: T) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const state = { runs: 0 };
  const compute = async () => {
    state.runs += 1;
    await gate;
    return value;
  };
  return { compute, release, state };
}

describe('ComputeCache', () => {
  it('computes once per key and version, and again when the version changes', async () => {
    const cache = new ComputeCache();
    let runs = 0;
    const compute = () => {
      runs += 1;
      return `value ${runs}`;
    };
    expect(await cache.getOrCompute('scorecard', 'v1', compute)).toBe('value 1');
    expect(await cache.getOrCompute('scorecard', 'v1', compute)).toBe('value 1');
    expect(await cache.getOrCompute('scorecard', 'v2', compute)).toBe('value 2');
    expect(runs).toBe(2);
  });

  it('lets concurrent callers for the same key and version share one computation', async () => {
    const cache = new ComputeCache();
    const { compute, release, state } = gatedComputation({ measures: 61 });
    const callers = Array.from({ length: 20 }, () => cache.getOrCompute('scorecard', 'v1', compute));
    release();
    const results = await Promise.all(callers);
    expect(state.runs).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it('does not share a computation across versions', async () => {
    const cache = new ComputeCache();
    const first = gatedComputation('old data');
    const second = gatedComputation('new data');
    const old = cache.getOrCompute('scorecard', 'v1', first.compute);
    const fresh = cache.getOrCompute('scorecard', 'v2', second.compute);
    first.release();
    second.release();
    expect(await old).toBe('old data');
    expect(await fresh).toBe('new data');
    expect(first.state.runs + second.state.runs).toBe(2);
  });

  it('forgets a failed computation so the next caller tries again', async () => {
    const cache = new ComputeCache();
    await expect(
      cache.getOrCompute('scorecard', 'v1', () => Promise.reject(new Error('database unavailable'))),
    ).rejects.toThrow('database unavailable');
    expect(await cache.getOrCompute('scorecard', 'v1', () => 'recovered')).toBe('recovered');
  });

  it('evicts the least recently used entry when full', async () => {
    const cache = new ComputeCache(2);
    await cache.getOrCompute('a', 'v', () => 'A');
    await cache.getOrCompute('b', 'v', () => 'B');
    expect(cache.get('a', 'v')).toBe('A'); // a is now the most recently used
    await cache.getOrCompute('c', 'v', () => 'C');
    expect(cache.get('b', 'v')).toBeUndefined();
    expect(cache.get('a', 'v')).toBe('A');
    expect(cache.get('c', 'v')).toBe('C');
  });

  it('forgets everything when cleared', async () => {
    const cache = new ComputeCache();
    await cache.getOrCompute('scorecard', 'v1', () => 'before');
    cache.clear();
    expect(cache.get('scorecard', 'v1')).toBeUndefined();
    expect(await cache.getOrCompute('scorecard', 'v1', () => 'after')).toBe('after');
  });
});
