import type { ComputeOptions } from './types.ts';

/** The numeric compute options an authority can set as its own practice standard. */
export type PracticeStandardId =
  | 'neglectDriftMonths'
  | 'repeatMissingThreshold'
  | 'repeatMissingDays'
  | 'cpVisitWorkingDays'
  | 'supervisionDays'
  | 'assessmentWorkingDays'
  | 'homelessAssessmentWorkingDays'
  | 'pathwayPlanMonths';

/** One local practice standard a measure is judged against, with the value Waypoint uses when none is set. */
export interface PracticeStandard {
  id: PracticeStandardId;
  label: string;
  hint: string;
  unit: 'months' | 'days' | 'working days' | 'episodes';
  min: number;
  max: number;
  default: number;
  /** Measures computed with it. */
  measures: readonly string[];
}

/**
 * The local practice standards an authority can set (Measures → Practice standards). Councils write their own:
 * supervision every 4 or 6 weeks, child protection visits every 10 or 15 working days, neglect plans reviewed for
 * drift at 6 or 9 months. Each default is the value the measure catalogue describes.
 */
export const PRACTICE_STANDARDS: readonly PracticeStandard[] = [
  {
    id: 'neglectDriftMonths',
    label: 'Neglect plans: months before a plan counts as drift',
    hint: 'A child on a neglect child protection plan open this long (or on a second or later plan) with no pre-proceedings or proceedings started is on the drift watchlist.',
    unit: 'months',
    min: 3,
    max: 24,
    default: 9,
    measures: ['neglect-drift'],
  },
  {
    id: 'repeatMissingThreshold',
    label: 'Repeat missing: episodes that make a child repeatedly missing',
    hint: 'Missing or away episodes starting within the window below.',
    unit: 'episodes',
    min: 2,
    max: 10,
    default: 3,
    measures: ['repeat-missing'],
  },
  {
    id: 'repeatMissingDays',
    label: 'Repeat missing: window',
    hint: 'Days up to and including the date that the episodes are counted over.',
    unit: 'days',
    min: 7,
    max: 365,
    default: 90,
    measures: ['repeat-missing'],
  },
  {
    id: 'cpVisitWorkingDays',
    label: 'Child protection visits: most working days between visits',
    hint: 'A child on a plan is counted as visited on time when seen within this many working days of the last visit.',
    unit: 'working days',
    min: 1,
    max: 30,
    default: 10,
    measures: ['cp-visits-on-time'],
  },
  {
    id: 'supervisionDays',
    label: 'Supervision: most days between supervisions',
    hint: 'A worker is supervised on time when their last recorded supervision is within this many days.',
    unit: 'days',
    min: 7,
    max: 91,
    default: 28,
    measures: ['supervision-on-time'],
  },
  {
    id: 'assessmentWorkingDays',
    label: 'Assessments: working days to complete',
    hint: 'The statutory limit is 45 working days; improvement plans often set 20 or 35.',
    unit: 'working days',
    min: 5,
    max: 45,
    default: 45,
    measures: ['assessments-45wd'],
  },
  {
    id: 'homelessAssessmentWorkingDays',
    label: 'Homeless 16 and 17 year olds: working days to assess',
    hint: 'Joint housing and children’s services assessment completed within this many working days of presenting.',
    unit: 'working days',
    min: 1,
    max: 45,
    default: 10,
    measures: ['homeless-1617-assessed-in-time'],
  },
  {
    id: 'pathwayPlanMonths',
    label: 'Pathway plans: months a review stays in date',
    hint: 'A care leaver’s pathway plan is in date when reviewed within this many months.',
    unit: 'months',
    min: 1,
    max: 12,
    default: 6,
    measures: ['pathway-plans-in-date'],
  },
];

/**
 * An authority's chosen values (standards not chosen use the default). Each standard is a compute option, so
 * the values are passed to the computation as they are.
 */
export type PracticeStandardValues = Pick<ComputeOptions, PracticeStandardId>;

/** A practice standard with the value an authority uses: its own, or the default. */
export interface PracticeStandardSetting extends PracticeStandard {
  value: number;
  isDefault: boolean;
}

/** Every practice standard (or those a measure is computed with) with the value the authority uses. */
export function practiceStandardSettings(
  values: PracticeStandardValues,
  measureId?: string,
): PracticeStandardSetting[] {
  return PRACTICE_STANDARDS.filter((s) => measureId === undefined || s.measures.includes(measureId)).map((s) => ({
    ...s,
    value: values[s.id] ?? s.default,
    isDefault: values[s.id] === undefined,
  }));
}
