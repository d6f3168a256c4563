import { describe, expect, it } from 'vitest';
import { getMeasure, type MeasureData, restrictToChildren, subsetLimitation } from '../src/index.ts';

const data: MeasureData = {
  visits: [
    { childId: 'A', date: '2026-05-02', type: 'CLA', seen: true },
    { childId: 'B', date: '2026-05-03', type: 'CLA', seen: false },
  ],
  contacts: [{ contactId: 'c1', receivedAt: '2026-05-01T09:00:00Z' }],
  ploCases: [
    { caseId: 'p1', childIds: ['A', 'C'] },
    { caseId: 'p2', childIds: ['B'] },
  ],
  workforce: [{ date: '2026-05-31', workerId: 'W1', kind: 'agency', fte: 1 }],
  population0to17: [{ year: 2026, value: 40_000 }],
};

describe('restrictToChildren', () => {
  const onlyA = restrictToChildren(data, (id) => id === 'A');

  it("keeps only the chosen children's records, and cases where any child is chosen", () => {
    expect(onlyA.visits?.map((v) => v.childId)).toEqual(['A']);
    expect(onlyA.ploCases?.map((c) => c.caseId)).toEqual(['p1']);
  });

  it('drops records that name no child, and leaves records that are not about children alone', () => {
    expect(onlyA.contacts).toEqual([]);
    expect(onlyA.workforce).toBe(data.workforce);
    expect(onlyA.population0to17).toBe(data.population0to17);
    expect(data.visits).toHaveLength(2);
  });
});

describe('subsetLimitation', () => {
  it('says rates per 10,000 need a population the subset does not have', () => {
    expect(subsetLimitation(getMeasure('cla-rate'))).toMatch(/population of the team or age band/);
  });

  it('says measures of workers are not split by child', () => {
    expect(subsetLimitation(getMeasure('supervision-on-time'))).toMatch(/not counted child by child/);
  });

  it('allows measures counted child by child', () => {
    expect(subsetLimitation(getMeasure('cla-reviews-on-time'))).toBeNull();
  });
});
