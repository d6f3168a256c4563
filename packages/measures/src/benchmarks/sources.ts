/**
 * Where each published benchmark comes from: file, rows and columns (data, not code). Keys are
 * `measureId` or `measureId:variant`, matching the catalogue.
 */
import type { MeasureUnit } from '../types.ts';

/** One value per row, from columns (optionally filtered rows). */
export interface WideSource {
  kind: 'wide';
  key: string;
  measureId: string;
  variant?: string;
  unit: MeasureUnit;
  file: string;
  filter?: Record<string, string>;
  /** Columns summed for the numerator. */
  numerator: string[];
  /** Columns summed for the denominator, or the ONS population of children 0–17 (previous mid-year). */
  denominator?: string[] | 'population';
  /** Published value column; when absent the value is computed from numerator and denominator. */
  value?: string;
}

/** Numerator and denominator in different rows (long format), told apart by a category column. */
export interface LongSource {
  kind: 'long';
  key: string;
  measureId: string;
  variant?: string;
  unit: MeasureUnit;
  file: string;
  filter: Record<string, string>;
  category: string;
  /** Categories summed for the numerator (or the single row whose count is the value, when no denominator). */
  numerator: string[];
  denominator?: string;
  countColumn: string;
  /** Published value column of the numerator row (only used for a single numerator category). */
  valueColumn?: string;
}

/** A published `yy:mm` duration (national only). */
export interface DurationSource {
  kind: 'duration';
  key: string;
  measureId: string;
  variant?: string;
  unit: 'months';
  file: string;
  filter: Record<string, string>;
  column: string;
}

/** Any benchmark source. */
export type BenchmarkSource = WideSource | LongSource | DurationSource;

/** The ONS population file used for per-10,000 rates (time_period = mid-year; used for the next reporting year). */
export const POPULATION_FILE = 'ons_mid-year_population_estimates_2012_to_2024.csv';
/** The statistical neighbour model. */
export const NEIGHBOURS_FILE = 'sn_model_2025_wide.csv';

const C1 = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const C4 = 'c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv';
const D5 = 'd5_cpps_at31march_by_duration_2013_to_2025.csv';
const CLA = 'cla_number_and_rate_per_10k_children.csv';
const STABILITY = 'la_cla_placement_stability.csv';
const HEALTH = 'la_conviction_health_outcome_cla.csv';
const CEASED = 'la_children_who_ceased_during_the_year.csv';
const ACCOM = 'la_care_leavers_accommodation_suitability.csv';
const ACTIVITY = 'la_care_leavers_activity.csv';
const CSWW = 'csww_indicators_2017_to_2025.csv';

const stability = (key: string, group: string, numerator: string): LongSource => ({
  kind: 'long',
  key,
  measureId: key,
  unit: 'percent',
  file: STABILITY,
  filter: { cla_group: group },
  category: 'placement_stability',
  numerator: [numerator],
  denominator: 'Total children',
  countColumn: 'children_count',
  valueColumn: 'children_percent',
});

const health = (
  variant: string | undefined,
  characteristic: string,
  numerator: string,
  denominator: string,
): LongSource => ({
  kind: 'long',
  key: variant ? `cla-health-assessments:${variant}` : 'cla-health-assessments',
  measureId: 'cla-health-assessments',
  variant,
  unit: 'percent',
  file: HEALTH,
  filter: { characteristic },
  category: 'breakdown',
  numerator: [numerator],
  denominator,
  countColumn: 'children_count',
  valueColumn: 'children_percent',
});

const careLeavers = (
  measureId: string,
  file: string,
  band: '17-18' | '19-21',
  numerator: string,
  denominator: string,
): LongSource => ({
  kind: 'long',
  key: `${measureId}:${band}`,
  measureId,
  variant: band,
  unit: 'percent',
  file,
  filter: { care_leaver_age: band === '17-18' ? '17 to 18 years' : '19 to 21 years' },
  category: 'breakdown',
  numerator: [numerator],
  denominator,
  countColumn: 'care_leaver_count',
  valueColumn: 'care_leaver_percent',
});

const csww = (
  key: string,
  numerator: string[],
  denominator: string[] | undefined,
  value: string,
  unit: MeasureUnit = 'percent',
): WideSource => ({
  kind: 'wide',
  key,
  measureId: key,
  unit,
  file: CSWW,
  numerator,
  denominator,
  value,
});

const ceased = (variant: string | undefined, numerator: string[]): LongSource => ({
  kind: 'long',
  key: variant ? `exits-sgo-cao:${variant}` : 'exits-sgo-cao',
  measureId: 'exits-sgo-cao',
  variant,
  unit: 'percent',
  file: CEASED,
  filter: { cla_group: 'Reason episode ceased' },
  category: 'characteristic',
  numerator,
  denominator: 'Total',
  countColumn: 'number',
  valueColumn: numerator.length === 1 ? 'percentage' : undefined,
});

/** Every benchmark Waypoint extracts. */
export const BENCHMARK_SOURCES: readonly BenchmarkSource[] = [
  {
    kind: 'wide',
    key: 'referrals-rate',
    measureId: 'referrals-rate',
    unit: 'rate-per-10000',
    file: C1,
    numerator: ['referral_count'],
    denominator: 'population',
  },
  {
    kind: 'wide',
    key: 'referrals-rate:nfa',
    measureId: 'referrals-rate',
    variant: 'nfa',
    unit: 'percent',
    file: C1,
    numerator: ['no_further_action_count'],
    denominator: ['referral_count'],
    value: 'no_further_action_percent',
  },
  {
    kind: 'wide',
    key: 're-referrals-12m',
    measureId: 're-referrals-12m',
    unit: 'percent',
    file: C1,
    numerator: ['rereferral_count'],
    denominator: ['referral_count'],
    value: 'rereferral_percent',
  },
  {
    kind: 'wide',
    key: 'assessments-not-in-need:per-referral',
    measureId: 'assessments-not-in-need',
    variant: 'per-referral',
    unit: 'percent',
    file: C1,
    numerator: ['not_in_need_count'],
    denominator: ['referral_count'],
    value: 'not_in_need_percent',
  },
  {
    kind: 'wide',
    key: 'cin-rate',
    measureId: 'cin-rate',
    unit: 'rate-per-10000',
    file: 'b1_children_in_need_2013_to_2025.csv',
    numerator: ['At31_episodes'],
    denominator: 'population',
  },
  {
    kind: 'wide',
    key: 's47-rate',
    measureId: 's47-rate',
    unit: 'rate-per-10000',
    file: C4,
    numerator: ['Section47'],
    denominator: 'population',
  },
  {
    kind: 'wide',
    key: 's47-rate:icpc-conversion',
    measureId: 's47-rate',
    variant: 'icpc-conversion',
    unit: 'percent',
    file: C4,
    numerator: ['ICPC'],
    denominator: ['Section47'],
  },
  {
    kind: 'wide',
    key: 'icpc-15wd',
    measureId: 'icpc-15wd',
    unit: 'percent',
    file: C4,
    numerator: ['Duration_0-10_days', 'Duration_11-15_days'],
    denominator: ['ICPC'],
  },
  {
    kind: 'wide',
    key: 'cp-rate',
    measureId: 'cp-rate',
    unit: 'rate-per-10000',
    file: D5,
    numerator: ['CPP_At31'],
    denominator: 'population',
  },
  {
    kind: 'wide',
    key: 'cp-repeat-plans',
    measureId: 'cp-repeat-plans',
    unit: 'percent',
    file: 'd3_cpps_subsequent_plan_2013_to_2025.csv',
    numerator: ['CPP_subsequent'],
    denominator: ['CPP_start'],
    value: 'CPP_subsequent_percent',
  },
  {
    kind: 'wide',
    key: 'cp-2-years-plus',
    measureId: 'cp-2-years-plus',
    unit: 'percent',
    file: D5,
    numerator: ['2_years_or_more'],
    denominator: ['CPP_At31'],
    value: '2_years_or_more_percent',
  },
  {
    kind: 'wide',
    key: 'cla-rate',
    measureId: 'cla-rate',
    unit: 'rate-per-10000',
    file: CLA,
    filter: { population_type: 'Children looked after on 31 March each year' },
    numerator: ['children_count'],
    denominator: ['population_estimate'],
    value: 'rate_per_10000',
  },
  {
    kind: 'wide',
    key: 'cla-rate:starts',
    measureId: 'cla-rate',
    variant: 'starts',
    unit: 'rate-per-10000',
    file: CLA,
    filter: { population_type: 'Children starting to be looked after each year' },
    numerator: ['children_count'],
    denominator: ['population_estimate'],
    value: 'rate_per_10000',
  },
  stability('placement-stability-short', 'CLA on 31 March', 'With 3 or more placements during the year'),
  stability(
    'placement-stability-2yr',
    'CLA 2 years on 31 March',
    'With 3 or more placements during the previous 2 years',
  ),
  stability(
    'placement-stability-long',
    'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years',
    'Living with the same carer for at least 2 years',
  ),
  {
    kind: 'long',
    key: 'placed-20-miles:new-placements',
    measureId: 'placed-20-miles',
    variant: 'new-placements',
    unit: 'percent',
    file: 'la_cla_during_year_new_placements.csv',
    filter: { characteristic: 'Location of new placements during the year' },
    category: 'breakdown',
    numerator: [
      'Placed inside LA boundary more than 20 miles from home',
      'Placed outside LA boundary more than 20 miles from home',
    ],
    denominator: 'Total new placements',
    countColumn: 'children_count',
  },
  {
    kind: 'long',
    key: 'cla-3plus-social-workers',
    measureId: 'cla-3plus-social-workers',
    unit: 'percent',
    file: 'la_cla_swcount.csv',
    filter: { cla_group: 'CLA on 31 March' },
    category: 'sw_stability',
    numerator: ['3 or more social workers during the year'],
    denominator: 'Total children',
    countColumn: 'number',
    valueColumn: 'percentage',
  },
  health(
    undefined,
    'Health assessments: Children looked after all ages',
    'Had their annual health assessment',
    'Total all ages',
  ),
  health(
    'dental',
    'Health assessments: Children looked after all ages',
    'Had their teeth checked by a dentist',
    'Total all ages',
  ),
  health(
    'immunisations',
    'Health assessments: Children looked after all ages',
    'Had their immunisations up to date',
    'Total all ages',
  ),
  health(
    'development',
    'Development assessments: Children looked after ages 0 to 4 years',
    'Development assessments up to date',
    'Total ages 0 to 4 years',
  ),
  {
    kind: 'long',
    key: 'cla-sdq-average',
    measureId: 'cla-sdq-average',
    unit: 'score',
    file: HEALTH,
    filter: { characteristic: 'Ages 5 to 16 years with SDQ score' },
    category: 'breakdown',
    numerator: ['SDQ average score'],
    countColumn: 'children_count',
  },
  {
    kind: 'long',
    key: 'cla-sdq-average:with-score',
    measureId: 'cla-sdq-average',
    variant: 'with-score',
    unit: 'percent',
    file: HEALTH,
    filter: { characteristic: 'Ages 5 to 16 years with SDQ score' },
    category: 'breakdown',
    numerator: ['SDQ score was received'],
    denominator: 'Total ages 5 to 16 years',
    countColumn: 'children_count',
    valueColumn: 'children_percent',
  },
  {
    kind: 'long',
    key: 'cla-sdq-average:cause-for-concern',
    measureId: 'cla-sdq-average',
    variant: 'cause-for-concern',
    unit: 'percent',
    file: HEALTH,
    filter: { characteristic: 'Ages 5 to 16 years with SDQ score' },
    category: 'breakdown',
    numerator: ['SDQ score is a cause for concern'],
    denominator: 'SDQ score was received',
    countColumn: 'children_count',
    valueColumn: 'children_percent',
  },
  ceased(undefined, ['Special guardianship orders', 'Residence order or child arrangement order granted']),
  ceased('sgo', ['Special guardianship orders']),
  ceased('cao', ['Residence order or child arrangement order granted']),
  careLeavers(
    'care-leavers-suitable-accommodation',
    ACCOM,
    '17-18',
    'Accommodation considered suitable',
    'Suitability total',
  ),
  careLeavers(
    'care-leavers-suitable-accommodation',
    ACCOM,
    '19-21',
    'Accommodation considered suitable',
    'Suitability total',
  ),
  careLeavers('care-leavers-eet', ACTIVITY, '17-18', 'Total in education, employment or training', 'Total'),
  careLeavers('care-leavers-eet', ACTIVITY, '19-21', 'Total in education, employment or training', 'Total'),
  {
    kind: 'long',
    key: 'school-moves',
    measureId: 'school-moves',
    unit: 'percent',
    file: 'la_cla_school_moves.csv',
    filter: { cla_group: 'CLA on 31 March', move_measure: 'Mid-year moves' },
    category: 'school_stability',
    numerator: ['With one or more mid-year moves during the year'],
    denominator: 'Total children',
    countColumn: 'number',
    valueColumn: 'percentage',
  },
  {
    kind: 'duration',
    key: 'adoption-decision-to-match',
    measureId: 'adoption-decision-to-match',
    unit: 'months',
    file: 'national_cla_adopted_average_time_between_adoption_process_stages.csv',
    filter: {
      stage_of_adoption_process:
        '2. Average time between decision that child should be placed for adoption and matching of child and adopters',
      age_start_poc: 'Total',
    },
    column: 'number',
  },
  csww('sw-turnover', ['leavers_fte'], ['inpost_fte'], 'turnover_rate_fte'),
  csww('sw-agency-rate', ['agency_fte'], ['inpost_fte', 'agency_fte'], 'agency_rate_fte'),
  csww('sw-vacancy-rate', ['vacancy_fte'], ['vacancy_fte', 'inpost_fte'], 'vacancy_rate_fte'),
  csww('sw-caseload', ['cases'], ['case_holders_fte'], 'caseload_fte', 'ratio'),
  csww('sw-absence-rate', ['working_days_lost_fte'], undefined, 'absence_rate_fte'),
];

/** The DfE files the benchmarks read (copied unchanged into reference-data/dfe). */
export const BENCHMARK_FILES: readonly string[] = [
  ...new Set([...BENCHMARK_SOURCES.map((s) => s.file), POPULATION_FILE, NEIGHBOURS_FILE]),
].sort();
