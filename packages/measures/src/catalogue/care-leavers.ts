/**
 * Catalogue: care leavers (measures.md §7).
 */
import {
  careLeaversEet,
  careLeaversInTouch,
  careLeaversSuitableAccommodation,
  pathwayPlansInDate,
} from '../compute/care-leavers.ts';
import type { MeasureDefinition, MeasureVariant } from '../types.ts';

const BANDS =
  'Age on 31 March of the collection year (the 17th–21st birthday fell in the year); the main figure covers ages 17–21.';

function bands(what: string, england?: { young: number; older: number; file: string }): MeasureVariant[] {
  return [
    {
      id: '17-18',
      title: `${what} (aged 17–18)`,
      unit: 'percent',
      polarity: 'higher-better',
      definition: `${what}: OC3 rows aged 17 or 18.`,
      england: england ? { value: england.young, year: '2025', source: england.file } : undefined,
    },
    {
      id: '19-21',
      title: `${what} (aged 19–21)`,
      unit: 'percent',
      polarity: 'higher-better',
      definition: `${what}: OC3 rows aged 19 to 21.`,
      england: england ? { value: england.older, year: '2025', source: england.file } : undefined,
    },
  ];
}

/** Care leaver measures. */
export const CARE_LEAVER_MEASURES: MeasureDefinition[] = [
  {
    id: 'care-leavers-in-touch',
    title: 'Care leavers in touch',
    definition: 'Share of the OC3 cohort the authority is in touch with (IN_TOUCH = YES).',
    numerator: 'OC3 rows with IN_TOUCH = YES',
    denominator: 'OC3 cohort for the year',
    unit: 'percent',
    polarity: 'higher-better',
    source: '903',
    calc: 'R',
    frequency: 'annual',
    periodKind: 'reporting-year',
    statutoryBasis: 'Duty to keep in touch (Children Act 1989 ss.23B–24D)',
    england: { value: 91, year: '2020/21', source: 'EES via research notes', note: 'aged 19–21' },
    serviceArea: 'care-leavers',
    requires: ['oc3'],
    variants: bands('In touch'),
    notes: [
      BANDS,
      'NREQ (no longer requires services) and RHOM (returned home) are shown separately in the breakdown.',
    ],
    compute: careLeaversInTouch,
  },
  {
    id: 'care-leavers-suitable-accommodation',
    title: 'Care leavers in suitable accommodation',
    definition: 'Share of the OC3 cohort in accommodation considered suitable (ACCOM suitability digit 1).',
    numerator: 'OC3 rows whose ACCOM ends in 1',
    denominator: 'OC3 cohort for the year (including no information)',
    unit: 'percent',
    polarity: 'higher-better',
    source: '903',
    calc: 'R',
    frequency: 'annual',
    periodKind: 'reporting-year',
    statutoryBasis: null,
    england: { value: 89, year: '2025', source: 'la_care_leavers_accommodation_suitability.csv', note: 'aged 19–21' },
    serviceArea: 'care-leavers',
    requires: ['oc3'],
    variants: bands('Suitable accommodation', {
      young: 91,
      older: 89,
      file: 'la_care_leavers_accommodation_suitability.csv',
    }),
    notes: [BANDS, 'The denominator includes care leavers with no information, as DfE’s "Suitability total" does.'],
    compute: careLeaversSuitableAccommodation,
  },
  {
    id: 'care-leavers-eet',
    title: 'Care leavers in education, employment or training',
    definition:
      'Share of the OC3 cohort in education, employment or training (ACTIV F1, P1, F2, P2, F4, P4, F5 or P5).',
    numerator: 'OC3 rows with an EET activity code',
    denominator: 'OC3 cohort for the year',
    unit: 'percent',
    polarity: 'higher-better',
    source: '903',
    calc: 'R',
    frequency: 'annual',
    periodKind: 'reporting-year',
    statutoryBasis: null,
    england: { value: 54, year: '2025', source: 'la_care_leavers_activity.csv', note: 'aged 19–21' },
    serviceArea: 'care-leavers',
    requires: ['oc3'],
    variants: bands('In education, employment or training', {
      young: 64,
      older: 54,
      file: 'la_care_leavers_activity.csv',
    }),
    notes: [BANDS],
    compute: careLeaversEet,
  },
  {
    id: 'pathway-plans-in-date',
    title: 'Pathway plans reviewed in time',
    definition: 'Share of eligible care leavers whose latest pathway plan review is no more than 6 months old.',
    numerator: 'care leavers with a pathway plan review in the 6 months to the date',
    denominator: 'care leavers eligible at the date',
    unit: 'percent',
    polarity: 'higher-better',
    source: 'local:care-leaver',
    calc: 'L',
    frequency: 'monthly',
    periodKind: 'at-date',
    statutoryBasis: 'Care Leavers (England) Regulations: review at least every 6 months',
    serviceArea: 'care-leavers',
    requires: ['careLeavers'],
    variants: [
      {
        id: 'pa-allocated',
        title: 'Eligible care leavers with a personal adviser',
        unit: 'percent',
        polarity: 'higher-better',
        definition: 'Care leavers eligible at the date with a personal adviser allocated ÷ eligible care leavers.',
      },
    ],
    notes: ['A review exactly 6 calendar months before the date is still in date (options.pathwayPlanMonths).'],
    compute: pathwayPlansInDate,
  },
];
