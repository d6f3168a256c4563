/**
 * DfE's Children's Social Care Outcomes and Enablers dashboard indicators (the "national spine",
 * measures.md §11; `reference-data/dfe/summary_page_metadata.csv`), mapped to Waypoint measure ids
 * where Waypoint computes the indicator.
 */

/** One dashboard indicator. */
export interface NationalSpineIndicator {
  /** Dashboard heading (outcome or enabler; use the name, not the number). */
  area: string;
  title: string;
  /** Waypoint measure id (and variant) when Waypoint computes it, else null (context only). */
  measureId: string | null;
  variant?: string;
}

const O1 = 'Children, young people and families stay together';
const O2 = 'Children and young people are safe in and outside of their home';
const O3 = 'Children and young people are supported by their family network';
const O4 = 'Children in care and care leavers have stable, loving homes';
const E1 = 'Leaders drive conditions for effective practice';
const E2 = 'The workforce is equipped and effective';

const FACTORS = [
  'Domestic abuse (child)',
  'Domestic abuse (parent)',
  'Domestic abuse (other person)',
  'Emotional abuse',
  'Faith-linked abuse',
  'Neglect',
  'Physical abuse (adult on child)',
  'Physical abuse (child on child)',
  'Physical abuse (unknown)',
  'Sexual abuse (adult on child)',
  'Sexual abuse (child on child)',
  'Sexual abuse (unknown)',
  'Child criminal exploitation',
  'Child sexual exploitation',
  'Gangs',
  'Going missing',
  'Trafficking',
];

/** The dashboard's indicators in dashboard order (68 summary rows, absence/attainment grouped by cohort). */
export const NATIONAL_SPINE: readonly NationalSpineIndicator[] = [
  { area: O1, title: 'Rate of children in need, per 10,000 children', measureId: 'cin-rate' },
  { area: O1, title: 'Repeat referrals (within 12 months)', measureId: 're-referrals-12m' },
  {
    area: O1,
    title: 'Rate of children starting to be looked after, per 10,000',
    measureId: 'cla-rate',
    variant: 'starts',
  },
  { area: O1, title: 'Rate of children looked after on 31 March, per 10,000', measureId: 'cla-rate' },
  { area: O1, title: 'Rate of UASC starting to be looked after, per 10,000', measureId: null },
  { area: O1, title: 'Rate of UASC looked after on 31 March, per 10,000', measureId: null },
  { area: O1, title: '% CLA with one or more mid-year school moves', measureId: 'school-moves' },
  ...(['CINO', 'CPPO', 'CLA 12 months'] as const).flatMap((group) => [
    { area: O1, title: `Overall absence for ${group}`, measureId: null },
    { area: O1, title: `Persistent absentees (10%+) for ${group}`, measureId: null },
    { area: O1, title: `Severe absentees (50%+) for ${group}`, measureId: null },
    { area: O1, title: `KS2 reading, writing and maths expected standard for ${group}`, measureId: null },
    { area: O1, title: `KS4 average Attainment 8 for ${group}`, measureId: null },
  ]),
  { area: O2, title: '% CP plans starting that were second or subsequent', measureId: 'cp-repeat-plans' },
  { area: O2, title: '% CP plans lasting more than 2 years', measureId: 'cp-2-years-plus' },
  { area: O2, title: 'Hospital admissions for injuries, ages 0–14, per 10,000', measureId: null },
  ...FACTORS.map((f) => ({ area: O2, title: `Assessment factor rate per 10,000: ${f}`, measureId: null })),
  {
    area: O3,
    title: '% ceasing care through a special guardianship order',
    measureId: 'exits-sgo-cao',
    variant: 'sgo',
  },
  {
    area: O3,
    title: '% ceasing care through a residence / child arrangements order',
    measureId: 'exits-sgo-cao',
    variant: 'cao',
  },
  {
    area: O4,
    title: '% CLA on 31 March with 3 or more placements in the year',
    measureId: 'placement-stability-short',
  },
  { area: O4, title: '% CLA on 31 March placed more than 20 miles from home', measureId: 'placed-20-miles' },
  { area: O4, title: 'Average months from decision to adopt to match', measureId: 'adoption-decision-to-match' },
  { area: O4, title: '% CLA on 31 March in foster care', measureId: 'placement-type-mix' },
  {
    area: O4,
    title: '% CLA on 31 March in secure homes and children’s homes',
    measureId: 'placement-type-mix',
    variant: 'secure-and-childrens-homes',
  },
  {
    area: O4,
    title: '% CLA on 31 March in independent / semi-independent / supported accommodation',
    measureId: 'placement-type-mix',
    variant: 'independent-and-supported',
  },
  { area: O4, title: 'Average SDQ score', measureId: 'cla-sdq-average' },
  { area: O4, title: 'Care leavers in EET (17–18)', measureId: 'care-leavers-eet', variant: '17-18' },
  { area: O4, title: 'Care leavers in EET (19–21)', measureId: 'care-leavers-eet', variant: '19-21' },
  {
    area: O4,
    title: 'Care leavers in suitable accommodation (17–18)',
    measureId: 'care-leavers-suitable-accommodation',
    variant: '17-18',
  },
  {
    area: O4,
    title: 'Care leavers in suitable accommodation (19–21)',
    measureId: 'care-leavers-suitable-accommodation',
    variant: '19-21',
  },
  { area: E1, title: 'Share of LA spend on children’s services', measureId: null },
  { area: E1, title: 'Children’s services spend per child', measureId: null },
  { area: E1, title: 'Share of children’s services spend not on CLA', measureId: null },
  { area: E1, title: 'LAs by Ofsted leadership grade', measureId: null },
  { area: E2, title: 'Turnover rate (FTE)', measureId: 'sw-turnover' },
  { area: E2, title: 'Agency worker rate (FTE)', measureId: 'sw-agency-rate' },
  { area: E2, title: 'Vacancy rate (FTE)', measureId: 'sw-vacancy-rate' },
  { area: E2, title: 'Average caseload (FTE)', measureId: 'sw-caseload' },
  {
    area: E2,
    title: '% CLA with 3 or more social workers in the past 12 months',
    measureId: 'cla-3plus-social-workers',
  },
  { area: E2, title: 'Social workers from ethnic-minority backgrounds', measureId: null },
];
