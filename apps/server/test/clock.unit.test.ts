import { describe, expect, it } from 'vitest';
import { createClock } from '../src/platform/clock.ts';

describe('a clock set to a day', () => {
  it('starts at noon UK time that day, keeps the day, and runs forward so events keep their order', async () => {
    const clock = createClock('2026-07-15');
    const first = clock.now();
    expect(first.toISOString().slice(0, 16)).toBe('2026-07-15T12:00');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = clock.now();
    expect(second.getTime()).toBeGreaterThan(first.getTime());
    expect(clock.today()).toBe('2026-07-15');
  });
});
