/**
 * Shared types: the catalogue entry, compute functions and their results.
 */
import type { IsoDate } from '@waypoint/calendar';
import type { PreparedData } from './compute/prepare.ts';
import type { MeasurePeriod, PeriodKind } from './period.ts';
import type { MeasureData } from './records.ts';

/** How a measure's value is expressed. */
export type MeasureUnit = 'percent' | 'rate-per-10000' | 'count' | 'days' | 'weeks' | 'months' | 'score' | 'ratio';

/** Which direction is good: ↑, ↓ or ◇ (neither — context only, never red/green). */
export type Polarity = 'higher-better' | 'lower-better' | 'neither';

/** Where the data come from: a statutory return, a local record type, external data or manual entry. */
export type MeasureSource = '903' | 'CIN' | 'CSWW' | `local:${string}` | 'external' | 'manual';

/** Can Waypoint compute it from the returns (R), local records (L), both (R+L), or not at all (X)? */
export type CalcType = 'R' | 'L' | 'R+L' | 'X';

/** How often the measure is refreshed (drives the "stale" grey RAG). */
export type Frequency = 'monthly' | 'quarterly' | 'annual';

/** Catalogue section (measures.md §1–§10). */
export type ServiceArea =
  | 'front-door'
  | 'assessment'
  | 'child-protection'
  | 'children-in-care'
  | 'placements'
  | 'missing'
  | 'care-leavers'
  | 'court'
  | 'workforce'
  | 'homeless-16-17';

/** A published England value for context. */
export interface EnglandValue {
  value: number;
  /** Reporting year as published (e.g. "2025", "2023/24", "30 Sep 2025"). */
  year: string;
  /** File in reference-data/dfe or the web source. */
  source: string;
  note?: string;
}

/** A companion view of a measure, selectable with `options.variant`. */
export interface MeasureVariant {
  id: string;
  title: string;
  unit: MeasureUnit;
  polarity: Polarity;
  definition: string;
  england?: EnglandValue;
  countNoun?: string;
}

/** Options that tune a computation (thresholds, standards, companion views). */
export interface ComputeOptions {
  /** Headline a companion view instead of the main figure (see the entry's `variants`). */
  variant?: string;
  /** neglect-drift: months a neglect plan may run before it counts as drift (default 9). */
  neglectDriftMonths?: number;
  /** repeat-missing: episodes that make a child "repeatedly missing" (default 3). */
  repeatMissingThreshold?: number;
  /** repeat-missing: window length in days (default 90). */
  repeatMissingDays?: number;
  /** repeat-missing: count `A` (away) episodes as well as `M` (default true). */
  repeatMissingIncludesAway?: boolean;
  /** Which missing data to use for CLA missing measures: the 903, the local log, or both deduplicated (default). */
  missingSource?: '903' | 'local' | 'combined';
  /** cp-visits-on-time: maximum working days between visits (default 10). */
  cpVisitWorkingDays?: number;
  /** supervision-on-time: maximum days since the last supervision (default 28). */
  supervisionDays?: number;
  /** assessments-45wd: working-day limit (default 45; plans may set 20 or 35). */
  assessmentWorkingDays?: number;
  /** homeless-1617-assessed-in-time: working-day target (default 10). */
  homelessAssessmentWorkingDays?: number;
  /** pathway-plans-in-date: months a pathway plan review stays in date (default 6). */
  pathwayPlanMonths?: number;
  /** Placement stability counts temporary placements T0–T4 as placements (default true; see notes). */
  countTemporaryPlacements?: boolean;
  /** sw-* measures: local monthly snapshots or the annual CSWW return (default: local when held, else CSWW). */
  workforceSource?: 'local' | 'csww';
}

/** One figure: numerator, denominator and value (value is null when the denominator is 0). */
export interface Figure {
  numerator: number;
  denominator: number | null;
  value: number | null;
  unit: MeasureUnit;
  contributors?: string[];
}

/** What a compute function returns: the main figure, companion views and breakdowns. */
export interface Computation {
  main: Figure;
  variants?: Record<string, Figure>;
  breakdown?: Record<string, Figure>;
  notes?: string[];
}

/** A compute function's "cannot compute" answer. */
export interface NoDataOutput {
  noData: string;
}

/** Everything a compute function receives. */
export interface ComputeContext {
  data: PreparedData;
  period: MeasurePeriod;
  /** Epoch days of the period's start and end (inclusive). */
  startDay: number;
  endDay: number;
  options: ComputeOptions;
}

/** A measure's compute function. */
export type ComputeFn = (ctx: ComputeContext) => Computation | NoDataOutput;

/** One catalogue entry (measures.md). Adding a measure = adding one of these (+ a compute function). */
export interface MeasureDefinition {
  id: string;
  title: string;
  /** Plain-English definition. */
  definition: string;
  numerator: string;
  /** Null for counts. */
  denominator: string | null;
  unit: MeasureUnit;
  polarity: Polarity;
  /** Caveat on polarity, e.g. "very low can signal under-protection". */
  polarityNote?: string;
  /** Primary data source. */
  source: MeasureSource;
  /** Further sources the measure combines (R+L measures). */
  additionalSources?: MeasureSource[];
  calc: CalcType;
  frequency: Frequency;
  periodKind: PeriodKind;
  /** Statutory basis or timescale, or null. */
  statutoryBasis: string | null;
  england?: EnglandValue;
  serviceArea: ServiceArea;
  /** Record arrays the computation needs (each must be supplied, even if empty). */
  requires: (keyof MeasureData)[];
  /** When set, at least one of these arrays must be supplied instead. */
  requiresAnyOf?: (keyof MeasureData)[];
  /** Companion views (options.variant). */
  variants?: MeasureVariant[];
  /** Noun for count wording ("children", "families", "households"); default "children". */
  countNoun?: string;
  /** Annual figure reference date: 31 March (default) or 30 September (CSWW). */
  annualReference?: 'march' | 'september';
  /** Methodological choices and caveats. */
  notes: string[];
  compute?: ComputeFn;
}

/** A computed measure value with its provenance. */
export interface MeasureResult {
  status: 'ok';
  id: string;
  /** The companion view computed, when one was requested. */
  variant?: string;
  period: MeasurePeriod;
  numerator: number;
  denominator: number | null;
  value: number;
  unit: MeasureUnit;
  /** Child (or worker, family, household…) ids counted in the numerator. */
  contributors: string[];
  breakdown?: Record<
    string,
    { numerator: number; denominator: number | null; value: number | null; unit: MeasureUnit }
  >;
  notes?: string[];
}

/** The answer when a measure cannot be computed for the period. */
export interface NoDataResult {
  status: 'no-data';
  id: string;
  variant?: string;
  period: MeasurePeriod;
  reason: string;
}

/** Either a value or a reason there is none. */
export type MeasureOutcome = MeasureResult | NoDataResult;

/** A date-stamped value (for trajectories, series and SPC). */
export interface DatedValue {
  date: IsoDate;
  value: number;
}
