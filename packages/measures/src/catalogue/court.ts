/**
 * Catalogue: court and pre-proceedings (measures.md §8).
 */
import { preProceedingsOutcomes, proceedings26Weeks } from '../compute/court.ts';
import { courtEvidenceQuality } from '../compute/quality.ts';
import type { MeasureDefinition } from '../types.ts';

/** Court and PLO measures. */
export const COURT_MEASURES: MeasureDefinition[] = [
  {
    id: 'proceedings-26-weeks',
    title: 'Care proceedings concluded within 26 weeks',
    definition: 'Share of care proceedings disposed of in the period within 26 weeks of issue.',
    numerator: 'proceedings disposed in the period ≤ 26 weeks after issue',
    denominator: 'proceedings disposed in the period',
    unit: 'percent',
    polarity: 'higher-better',
    source: 'local:court-tracker',
    calc: 'L',
    frequency: 'monthly',
    periodKind: 'rolling-12-months',
    statutoryBasis: 'Children Act 1989 s.32 (26 weeks; extensions of up to 8 weeks only when necessary)',
    england: { value: 32, year: '2024', source: 'MoJ via research notes', note: 'newer cases; average 41.2 weeks' },
    serviceArea: 'court',
    requires: ['ploCases'],
    variants: [
      {
        id: 'mean-weeks',
        title: 'Mean weeks from issue to disposal',
        unit: 'weeks',
        polarity: 'lower-better',
        definition: 'Mean weeks from issue to first disposal for proceedings disposed in the period.',
        england: { value: 41.2, year: '2024', source: 'MoJ via research notes' },
      },
    ],
    notes: ['26 weeks = 182 days from the issue date; exactly 26 weeks is within.'],
    compute: proceedings26Weeks,
  },
  {
    id: 'pre-proceedings-outcomes',
    title: 'Pre-proceedings activity and outcome',
    definition:
      'Families in pre-proceedings at the date; mean weeks in pre-proceedings; share stepped down versus issued.',
    numerator: 'families in pre-proceedings at the date',
    denominator: null,
    unit: 'count',
    polarity: 'neither',
    source: 'local:plo-tracker',
    calc: 'L',
    frequency: 'monthly',
    periodKind: 'at-date',
    statutoryBasis: 'Public Law Outline',
    serviceArea: 'court',
    requires: ['ploCases'],
    countNoun: 'families',
    variants: [
      {
        id: 'mean-weeks',
        title: 'Mean weeks in pre-proceedings (families open at the date)',
        unit: 'weeks',
        polarity: 'lower-better',
        definition: 'Mean weeks from pre-proceedings start to the date, for families in pre-proceedings at the date.',
      },
      {
        id: 'stepped-down',
        title: 'Pre-proceedings ended by stepping down',
        unit: 'percent',
        polarity: 'neither',
        definition: 'Pre-proceedings ended in the 12 months with outcome stepped down ÷ pre-proceedings ended.',
      },
      {
        id: 'issued',
        title: 'Pre-proceedings ended by issuing proceedings',
        unit: 'percent',
        polarity: 'neither',
        definition: 'Pre-proceedings ended in the 12 months with proceedings issued ÷ pre-proceedings ended.',
      },
    ],
    notes: ['The breakdown counts families in pre-proceedings for more than 26 weeks.'],
    compute: preProceedingsOutcomes,
  },
  {
    id: 'court-evidence-quality',
    title: 'Quality of evidence to court',
    definition: 'Share of social work statements and care plans reviewed in the period rated Good or better.',
    numerator: 'statements rated Good or Outstanding',
    denominator: 'statements reviewed in the period',
    unit: 'percent',
    polarity: 'higher-better',
    source: 'local:court-evidence-review',
    calc: 'L',
    frequency: 'monthly',
    periodKind: 'rolling-12-months',
    statutoryBasis: null,
    serviceArea: 'court',
    requires: ['courtEvidenceReviews'],
    notes: ['Legal gateway reviews, judicial feedback and audits all count; the review source is kept on each record.'],
    compute: courtEvidenceQuality,
  },
];
