export type { CareEpisode, PlacementEpisode } from './episode-fields.ts';
export { continuouslyLookedAfter12Months, lookedAfterOn } from './looked-after.ts';
export { type PeriodOfCare, periodsOfCare } from './periods-of-care.ts';
export { type Placement, placements } from './placements.ts';
export {
  STITCH_CEASED_UNKNOWN,
  STITCH_PLACE_CHANGE_MARKER,
  type StitchEpisode,
  type StitchedEpisode,
  type StitchField,
  type StitchFix,
  type StitchInput,
  type StitchResult,
  type StitchRule,
  stitchEpisodes,
} from './stitching.ts';
