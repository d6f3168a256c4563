/**
 * Small builders for hand-made records in tests.
 */
import type { ClaChild, ClaEpisode, MeasureData } from '../src/index.ts';

/** A 903 Header row. */
export function claChild(childId: string, dateOfBirth: string, extra: Partial<ClaChild> = {}): ClaChild {
  return { childId, dateOfBirth, sex: 'F', uasc: false, ...extra };
}

/** A 903 episode (defaults: RNE S, LS C2, N1, U4, PR1). */
export function episode(
  childId: string,
  start: string,
  end: string | undefined,
  extra: Partial<ClaEpisode> = {},
): ClaEpisode {
  return {
    childId,
    start,
    end,
    reasonNewEpisode: 'S',
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placement: 'U4',
    placementProvider: 'PR1',
    reasonEnded: end ? 'X1' : undefined,
    ...extra,
  };
}

/** A population table with the same value for a range of reporting years. */
export function population(value: number, from = 2020, to = 2027): MeasureData['population0to17'] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, value }));
}
