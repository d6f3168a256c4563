import { describe, expect, it } from 'vitest';
import { generateCensus, validateCensus } from '../src/index.ts';

describe('authorities missing from DfE’s LA list', () => {
  it('accepts UPNs with an extra LA number when the caller recognises it (rule 1530)', async () => {
    const xml = generateCensus({ children: 40, year: 2025, seed: 7, laNumber: '990', errorRate: 0 });
    const strict = await validateCensus(xml, { year: 2025 });
    const local = await validateCensus(xml, { year: 2025, extraLaNumbers: ['990'] });
    expect(strict.flaggedLocationsByRule['1530']).toBeGreaterThan(0);
    expect(local.flaggedLocationsByRule['1530']).toBe(0);
  });
});
