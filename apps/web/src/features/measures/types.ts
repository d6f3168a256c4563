/** Shapes the measures API returns (apps/server/src/modules/measures). Only what the pages read is typed. */

/** A month as `YYYY-MM`. */
export type Month = string;

/** Measure RAG as the API sends it (`none` for context measures and measures without a target). */
export type MeasureRag = 'green' | 'amber' | 'red' | 'grey' | 'none';

/** Units of the measure catalogue. */
export type MeasureUnit = 'percent' | 'rate-per-10000' | 'count' | 'days' | 'weeks' | 'months' | 'score' | 'ratio';

/** Which way is better: `neither` marks a context measure (◇), which never gets a red or green rating. */
export type Polarity = 'higher-better' | 'lower-better' | 'neither';

/** One month of a measure's series, with its SPC lines when the chart could be drawn. */
export interface SeriesPoint {
  month: Month;
  date: string;
  /** Null when there is no value, or (read-only users) when a small count is hidden. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: 'computed' | 'manual' | 'none';
  mean?: number;
  upper?: number;
  lower?: number;
  signal?: boolean;
}

/** A month of a measure as the scorecard sends it: enough for the sparkline. */
export type SparklinePoint = Pick<SeriesPoint, 'month' | 'value' | 'source'>;

/** A measure as the scorecard lists it (`GET /api/measures`): its series has only months, values and sources. */
export interface MeasureSummary extends Omit<MeasureView, 'series'> {
  series: SparklinePoint[];
}

/** A measure with its full series (the measure page, and everything built on it). */
export interface MeasureView {
  id: string;
  title: string;
  definition: string;
  serviceArea: string;
  unit: MeasureUnit;
  polarity: Polarity;
  calc: string;
  source: string;
  countNoun: string;
  status: 'computed' | 'manual' | 'no-data';
  noDataReason?: string;
  latest: {
    month: Month;
    date: string;
    /** Null (NaN on the server) when the value is hidden as "fewer than 5". */
    value: number | null;
    valueText: string;
    numerator: number | null;
    denominator: number | null;
  } | null;
  target: {
    value: number;
    date: string;
    valueText: string;
    trajectoryPoint: { date: string; value: number } | null;
    note: string;
  } | null;
  rag: {
    rag: MeasureRag;
    reason: string;
    distanceText: string;
    direction: 'improving' | 'worsening' | 'stable';
    trend: 'up' | 'down' | 'flat';
  };
  spc: {
    interpretation: 'no significant change' | 'improving' | 'concerning' | 'unusual change';
    mean: number;
    upper: number;
    lower: number;
    targetWithinLimits: boolean | null;
    signalMonths: Month[];
  } | null;
  england: { value: number; year: string; source: string } | null;
  neighbours: { mean: number | null; year: string } | null;
  series: SeriesPoint[];
  baseline: { fromMonth: Month; reason: string; by: string | null } | null;
  /** The local practice standards the measure is computed with (most measures have none). */
  standards: Array<{ id: string; label: string; value: number; unit: string; isDefault: boolean }>;
}

/** `GET /api/measures`: every measure, and the plan's priority areas with the measures chosen for them. */
export type Scorecard = {
  asOf: string;
  month: Month;
  measures: MeasureSummary[];
  planAreas: Array<{ id: string; reference: string; title: string; measureIds: string[] }>;
  serviceAreas: string[];
} & FigureFilters;

/** The team or age band the figures are for (the children in them on the as-of date), and the choices. */
export interface FigureFilters {
  filters: { team: string | null; ageBand: string | null };
  teams: Array<{ id: string; name: string }>;
  ageBands: Array<{ id: string; label: string }>;
}

/** A value entered by hand for a month (`date` is the month's last day). */
export interface ManualValue {
  date: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  by: string | null;
}

/** `GET /api/measures/:id`: the view plus its definition, manual values and links. */
export interface MeasureDetail extends MeasureView, FigureFilters {
  asOf: string;
  /** Definition text of the numerator and denominator. */
  numerator: string;
  denominator: string | null;
  statutoryBasis: string | null;
  frequency: 'monthly' | 'quarterly' | 'annual';
  periodKind: string;
  notes: string[];
  variants: Array<{ id: string; title: string }>;
  manualValues: ManualValue[];
  acceptsManualValues: boolean;
  drillDownAllowed: boolean;
  linkedActions: Array<{
    actionId: string;
    reference: string;
    baselineValue: number | null;
    targetValue: number | null;
    targetDate: string | null;
  }>;
  linkedAreas: Array<{ areaId: string; reference: string; title: string }>;
}

/** One child (or worker) behind a month's figure. */
export interface DrillDownRow {
  id: string;
  age: number | null;
  latestEpisodeStart: string | null;
  placement: string | null;
  latestReferral: string | null;
  cpPlanStart: string | null;
  cpPlanMonths: number | null;
  cpCategory: string | null;
  previousCpPlans: number | null;
  /** Team id holding the case at the month end (from the allocation records), and its name. */
  team: string | null;
  teamName: string | null;
}

/** `GET /api/measures/:id/children?month=&team=&ageBand=`. */
export interface DrillDown {
  id: string;
  title: string;
  month: Month;
  periodEnd: string;
  status: 'ok' | 'no-data';
  reason?: string;
  numerator: number | null;
  denominator: number | null;
  countNoun: string;
  rows: DrillDownRow[];
  /** Children in the figure before the team and age filters. */
  totalRows: number;
  filters: { team: string | null; ageBand: string | null };
  /** Teams holding the cases of the children in the figure. */
  teams: Array<{ id: string; name: string }>;
  ageBands: Array<{ id: string; label: string }>;
}

/** An action's success measure: the link (baseline, target) and the measure's view. */
export interface ActionMeasure {
  link: {
    measureId: string;
    baselineValue: number | null;
    baselineDate: string | null;
    targetValue: number | null;
    targetDate: string | null;
  };
  measure: MeasureView;
}

/** A local practice standard a measure is judged by (Measures → Practice standards). */
export interface PracticeStandard {
  id: string;
  label: string;
  hint: string;
  unit: string;
  min: number;
  max: number;
  default: number;
  value: number;
  isDefault: boolean;
  measures: Array<{ id: string; title: string }>;
}
