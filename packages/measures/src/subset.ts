import type { MeasureData } from './records.ts';
import type { MeasureDefinition } from './types.ts';

/** Record types about one child each (`childId`), which a subset of children narrows. */
const CHILD_RECORDS = [
  'claChildren',
  'claEpisodes',
  'claReviews',
  'claMissing',
  'oc2',
  'oc3',
  'adoptions',
  'socialWorkerEpisodes',
  'cinReferrals',
  'cinAssessments',
  'cinPlans',
  'section47s',
  'cpPlans',
  'cpReviews',
  'contacts',
  'visits',
  'caseAudits',
  'missingEpisodes',
  'homelessPresentations',
  'placementRegister',
  'careLeavers',
] as const satisfies ReadonlyArray<keyof MeasureData>;

const CHILD_RECORD_SET: ReadonlySet<keyof MeasureData> = new Set([...CHILD_RECORDS, 'ploCases']);

/**
 * The records of the children `keep` accepts (a team's children, an age band): every child-level record type is
 * narrowed to them (a PLO case stays when any of its children does; a contact or audit naming no child goes), and
 * everything that is not about one child — workforce, supervision, fostering households, population — is left
 * as it is.
 */
export function restrictToChildren(data: MeasureData, keep: (childId: string) => boolean): MeasureData {
  const out: MeasureData = { ...data };
  const narrowed = out as Record<string, unknown>;
  for (const key of CHILD_RECORDS) {
    const records = data[key] as ReadonlyArray<{ childId?: string }> | undefined;
    if (records) narrowed[key] = records.filter((r) => r.childId !== undefined && keep(r.childId));
  }
  if (data.ploCases) out.ploCases = data.ploCases.filter((c) => c.childIds.some(keep));
  return out;
}

/**
 * Why a measure cannot be shown for a subset of children, or null when it can: a rate per 10,000 needs the
 * subset's population (only the 0–17 population is held), and a measure of workers, households or court
 * evidence is not counted child by child.
 */
export function subsetLimitation(def: MeasureDefinition): string | null {
  if (def.unit === 'rate-per-10000')
    return 'A rate per 10,000 children needs the population of the team or age band, which Waypoint does not hold.';
  const inputs = [...def.requires, ...(def.requiresAnyOf ?? [])].filter((k) => k !== 'population0to17');
  if (!def.compute || inputs.length === 0 || inputs.some((k) => !CHILD_RECORD_SET.has(k)))
    return 'This measure is not counted child by child, so it is not split by team or age band.';
  return null;
}
