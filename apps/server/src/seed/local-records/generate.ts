/**
 * `generateLocalRecords`: the demo authority's local records (demo-scenario §9) for a population of
 * children from the statutory seeds, deterministic for a seed, with the story of §3, §6, §8 and §11.
 */
import { type IsoDate, isIsoDate } from '@waypoint/calendar';
import type { MeasureData } from '@waypoint/measures';
import { generateCareLeavers } from './care-leavers.ts';
import { generateCaseAudits } from './case-audits.ts';
import { generateContacts } from './contacts.ts';
import { buildContext } from './context.ts';
import { generateCourt } from './court.ts';
import { generateFeedback } from './feedback.ts';
import { generateFostering } from './fostering.ts';
import { generateHomelessPresentations } from './homeless.ts';
import { generateMissingEpisodes } from './missing.ts';
import { generatePlacementRegister } from './placement-register.ts';
import type { DemoPopulation } from './population.ts';
import { generateSupervision } from './supervision.ts';
import { generateVisits } from './visits.ts';
import { generateWorkforce } from './workforce.ts';

/** The local record arrays of `MeasureData` (field names as in `@waypoint/measures` records.ts), all present. */
export type DemoLocalRecords = Required<
  Pick<
    MeasureData,
    | 'contacts'
    | 'visits'
    | 'supervision'
    | 'caseAudits'
    | 'workforce'
    | 'missingEpisodes'
    | 'homelessPresentations'
    | 'placementRegister'
    | 'fosterHouseholds'
    | 'fosterEnquiries'
    | 'ploCases'
    | 'courtEvidenceReviews'
    | 'careLeavers'
    | 'feedback'
  >
>;

/** Options for {@link generateLocalRecords}. */
export interface LocalRecordOptions {
  /** Demo today; the story (written for 15 July 2026) moves by whole weeks to it. */
  today: IsoDate;
  /** Seed of the pseudo-random streams: the same seed and input give identical records. */
  seed: number;
}

/** Generates every local record type for the demo authority. Pure: no I/O, no clock, no `Math.random`. */
export function generateLocalRecords(input: DemoPopulation, options: LocalRecordOptions): DemoLocalRecords {
  if (!isIsoDate(options.today)) {
    throw new Error(`generateLocalRecords: options.today "${options.today}" is not a date in the form YYYY-MM-DD.`);
  }
  if (!Number.isInteger(options.seed)) {
    throw new Error(`generateLocalRecords: options.seed must be an integer (got ${options.seed}).`);
  }
  const ctx = buildContext(input, options.today, options.seed);
  const workforce = generateWorkforce(ctx);
  const fostering = generateFostering(ctx);
  const court = generateCourt(ctx);
  return {
    contacts: generateContacts(ctx),
    visits: generateVisits(ctx),
    supervision: generateSupervision(ctx, workforce),
    caseAudits: generateCaseAudits(ctx, workforce),
    workforce: workforce.snapshots,
    missingEpisodes: generateMissingEpisodes(ctx),
    homelessPresentations: generateHomelessPresentations(ctx),
    placementRegister: generatePlacementRegister(ctx),
    fosterHouseholds: fostering.households,
    fosterEnquiries: fostering.enquiries,
    ploCases: court.ploCases,
    courtEvidenceReviews: court.courtEvidenceReviews,
    careLeavers: generateCareLeavers(ctx),
    feedback: generateFeedback(ctx),
  };
}
