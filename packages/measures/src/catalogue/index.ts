/**
 * The measure catalogue: one declarative entry per measure in measures.md, in its order.
 */
import type { MeasureDefinition } from '../types.ts';
import { CARE_LEAVER_MEASURES } from './care-leavers.ts';
import { CHILD_PROTECTION_MEASURES } from './child-protection.ts';
import { CHILDREN_IN_CARE_MEASURES } from './children-in-care.ts';
import { COURT_MEASURES } from './court.ts';
import { FRONT_DOOR_MEASURES } from './front-door.ts';
import { HOMELESS_MEASURES } from './homeless.ts';
import { MISSING_MEASURES } from './missing.ts';
import { PLACEMENT_MEASURES } from './placements.ts';
import { WORKFORCE_MEASURES } from './workforce.ts';

/** Every measure, in catalogue order. */
export const MEASURES: readonly MeasureDefinition[] = [
  ...FRONT_DOOR_MEASURES,
  ...CHILD_PROTECTION_MEASURES,
  ...CHILDREN_IN_CARE_MEASURES,
  ...PLACEMENT_MEASURES,
  ...MISSING_MEASURES,
  ...CARE_LEAVER_MEASURES,
  ...COURT_MEASURES,
  ...WORKFORCE_MEASURES,
  ...HOMELESS_MEASURES,
];

const BY_ID = new Map(MEASURES.map((m) => [m.id, m]));

/** Thrown when a measure id is not in the catalogue. */
export class UnknownMeasureError extends Error {
  constructor(readonly measureId: string) {
    super(`Unknown measure "${measureId}". Use an id from the catalogue (MEASURES), e.g. "cla-rate".`);
    this.name = 'UnknownMeasureError';
  }
}

/** The catalogue entry for an id; throws {@link UnknownMeasureError}. */
export function getMeasure(id: string): MeasureDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new UnknownMeasureError(id);
  return found;
}

/** The catalogue entry for an id, or undefined. */
export function findMeasure(id: string): MeasureDefinition | undefined {
  return BY_ID.get(id);
}
