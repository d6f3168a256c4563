import { describe, expect, it } from 'vitest';
import { computeAnnual, computeMeasure, type MeasureData, type MeasureResult, prepare } from '../src/index.ts';
import { claChild, episode, population } from './helpers.ts';

/** Narrows an outcome to a value, failing the test with the reason otherwise. */
function ok(outcome: ReturnType<typeof computeMeasure>): MeasureResult {
  if (outcome.status !== 'ok') throw new Error(`expected a value, got no-data: ${outcome.reason}`);
  return outcome;
}

// Hand-made looked-after histories, judged at 31 March 2026 (year 1 April 2025 – 31 March 2026).
const data: MeasureData = {
  claChildren: [
    claChild('A', '2015-06-01'),
    claChild('B', '2010-03-15'),
    claChild('C', '2012-05-05'),
    claChild('D', '2013-01-01'),
    claChild('E', '2014-01-01'),
    claChild('F', '2012-01-01'),
    claChild('G', '2009-01-01', { uasc: true }),
    claChild('H', '2016-01-01'),
    claChild('I', '2011-01-01'),
  ],
  claEpisodes: [
    // A: 3 placements in the year (the L episode continues a placement).
    episode('A', '2025-01-10', '2025-06-01', { placement: 'U4' }),
    episode('A', '2025-06-01', '2025-09-15', { reasonNewEpisode: 'P', placement: 'U6' }),
    episode('A', '2025-09-15', '2025-12-01', { reasonNewEpisode: 'L', legalStatus: 'C1', placement: 'U6' }),
    episode('A', '2025-12-01', undefined, { reasonNewEpisode: 'U', placement: 'U4', distanceMiles: 5 }),
    // B: looked after since 2020, aged 16 at the date, 25 miles away.
    episode('B', '2020-01-01', undefined, { distanceMiles: 25 }),
    // C: since June 2022, same carer, exactly 20 miles away, independent fostering agency.
    episode('C', '2022-06-01', undefined, { distanceMiles: 20, placementProvider: 'PR4' }),
    // D: since 2023, new carers in June 2024 and February 2025; distance unknown.
    episode('D', '2023-01-01', '2024-06-01', { placementProvider: 'PR4' }),
    episode('D', '2024-06-01', '2025-02-01', { reasonNewEpisode: 'P', placement: 'U6', placementProvider: 'PR4' }),
    episode('D', '2025-02-01', undefined, { reasonNewEpisode: 'P', placementProvider: 'PR4' }),
    // E: short breaks only.
    episode('E', '2025-05-01', '2025-05-04', { legalStatus: 'V3', reasonEnded: 'E8' }),
    episode('E', '2025-11-01', undefined, { legalStatus: 'V3' }),
    // F: left care on 31 March 2026 through an SGO: not looked after at 31 March.
    episode('F', '2024-01-01', '2026-03-31', { reasonEnded: 'E45' }),
    // G: UASC in a children's home since May 2025 (a starter in the year).
    episode('G', '2025-05-01', undefined, { placement: 'K2', placementProvider: 'PR4', distanceMiles: 40 }),
    // H: left through a child arrangements order; I: returned home.
    episode('H', '2024-05-01', '2025-10-10', { reasonEnded: 'E41' }),
    episode('I', '2024-05-01', '2025-08-08', { reasonEnded: 'E4A' }),
  ],
  population0to17: population(10_000),
};

const AT = '2026-03-31';

describe('children looked after at a date', () => {
  it('cla-rate counts children with an open non-short-break episode (DEC after the date) per 10,000', () => {
    const r = ok(computeMeasure('cla-rate', data, AT));
    expect(r.numerator).toBe(5);
    expect(r.denominator).toBe(10_000);
    expect(r.value).toBeCloseTo(5);
    expect(r.contributors.sort()).toEqual(['A', 'B', 'C', 'D', 'G']);
    expect(r.breakdown?.starts?.numerator).toBe(1);
  });

  it('the starts variant counts children with an S episode in the 12 months', () => {
    const r = ok(computeMeasure('cla-rate', data, AT, { variant: 'starts' }));
    expect(r.contributors).toEqual(['G']);
    expect(r.value).toBeCloseTo(1);
    expect(r.breakdown?.main?.numerator).toBe(5);
  });

  it('a child leaving on the date is not looked after on it but was the day before', () => {
    expect(ok(computeMeasure('cla-rate', data, '2026-03-30')).contributors).toContain('F');
    expect(ok(computeMeasure('cla-rate', data, AT)).contributors).not.toContain('F');
  });
});

describe('placement stability', () => {
  it('placement-stability-short: 3+ placements in the year (RNE L is not a new placement)', () => {
    const r = ok(computeMeasure('placement-stability-short', data, AT));
    expect(r.contributors).toEqual(['A']);
    expect(r.numerator).toBe(1);
    expect(r.denominator).toBe(5);
    expect(r.value).toBeCloseTo(20);
  });

  it('counts a legal-status-only change as the same placement (A has 2 placements without its U episode)', () => {
    const fewer: MeasureData = {
      ...data,
      claEpisodes: data.claEpisodes!.map((e) =>
        e.childId === 'A' && e.start === '2025-12-01' ? { ...e, reasonNewEpisode: 'L' } : e,
      ),
    };
    expect(ok(computeMeasure('placement-stability-short', fewer, AT)).numerator).toBe(0);
  });

  it('temporary placements count by default and can be folded in', () => {
    const temp: MeasureData = {
      claChildren: [claChild('T', '2015-01-01')],
      claEpisodes: [
        episode('T', '2024-01-01', '2025-07-01'),
        episode('T', '2025-07-01', '2025-07-05', {
          reasonNewEpisode: 'T',
          placement: 'T1',
          placementProvider: undefined,
        }),
        episode('T', '2025-07-05', undefined, { reasonNewEpisode: 'P' }),
      ],
    };
    expect(ok(computeMeasure('placement-stability-short', temp, AT)).numerator).toBe(1);
    expect(
      ok(computeMeasure('placement-stability-short', temp, AT, { countTemporaryPlacements: false })).numerator,
    ).toBe(0);
  });

  it('placement-stability-2yr: looked after 2+ years with 3+ placements in the 2 years', () => {
    const r = ok(computeMeasure('placement-stability-2yr', data, AT));
    expect(r.denominator).toBe(3); // B, C, D
    expect(r.contributors).toEqual(['D']);
  });

  it('placement-stability-long: under 16, 2.5+ years in care, no new carer in 2 years', () => {
    const r = ok(computeMeasure('placement-stability-long', data, AT));
    expect(r.denominator).toBe(2); // C and D (B is 16, A in care under a year)
    expect(r.contributors).toEqual(['C']);
    expect(r.value).toBeCloseTo(50);
  });
});

describe('distance and placement types', () => {
  it('placed-20-miles excludes UASC and unknown distances; exactly 20 miles is not over 20', () => {
    const r = ok(computeMeasure('placed-20-miles', data, AT));
    expect(r.denominator).toBe(3); // A (5), B (25), C (20)
    expect(r.contributors).toEqual(['B']);
    expect(r.breakdown?.['excluded-uasc']?.numerator).toBe(1);
    expect(r.breakdown?.['excluded-distance-unknown']?.numerator).toBe(1);
  });

  it('placed-20-miles new-placements variant counts unknown distances in the denominator', () => {
    const newPlacements: MeasureData = {
      claChildren: [claChild('N', '2012-01-01')],
      claEpisodes: [
        episode('N', '2025-05-01', '2025-08-01', { distanceMiles: 30, placementInArea: false }),
        episode('N', '2025-08-01', '2025-12-01', { reasonNewEpisode: 'P', distanceMiles: 10, placementInArea: true }),
        episode('N', '2025-12-01', undefined, { reasonNewEpisode: 'P' }),
      ],
    };
    const r = ok(computeMeasure('placed-20-miles', newPlacements, AT, { variant: 'new-placements' }));
    expect(r.numerator).toBe(1);
    expect(r.denominator).toBe(3);
    expect(r.breakdown?.['new-placements-outside-over-20']?.value).toBeCloseTo(100 / 3);
  });

  it('placement-type-mix: foster share, homes share and in-house share of fostering', () => {
    const r = ok(computeMeasure('placement-type-mix', data, AT));
    expect(r.value).toBeCloseTo(80);
    expect(r.breakdown?.['secure-and-childrens-homes']?.value).toBeCloseTo(20);
    expect(r.breakdown?.['in-house-fostering']?.numerator).toBe(2);
    expect(r.breakdown?.['in-house-fostering']?.denominator).toBe(4);
  });
});

describe('exits, social workers and adoption', () => {
  it('exits-sgo-cao: SGO (E45) and CAO (E41) among children ceasing care in the year; short breaks ignored', () => {
    const r = ok(computeMeasure('exits-sgo-cao', data, AT));
    expect(r.denominator).toBe(3); // F, H, I
    expect(r.numerator).toBe(2);
    expect(r.breakdown?.sgo?.numerator).toBe(1);
    expect(r.breakdown?.cao?.numerator).toBe(1);
    expect(ok(computeMeasure('exits-sgo-cao', data, AT, { variant: 'sgo' })).contributors).toEqual(['F']);
  });

  it('cla-3plus-social-workers counts distinct worker ids overlapping the 12 months (case and spaces ignored)', () => {
    const withWorkers: MeasureData = {
      ...data,
      socialWorkerEpisodes: [
        { childId: 'A', workerId: 'SW1', start: '2024-01-01', end: '2025-05-01' },
        { childId: 'A', workerId: 'SW2', start: '2025-05-01', end: '2025-09-01' },
        { childId: 'A', workerId: 'SW3', start: '2025-09-01' },
        { childId: 'B', workerId: 'SW4', start: '2019-01-01' },
        { childId: 'C', workerId: 'SW5', start: '2020-01-01', end: '2025-03-31' },
        { childId: 'C', workerId: 'SW6', start: '2025-03-31', end: '2025-06-01' },
        { childId: 'C', workerId: 'SW7', start: '2025-06-01' },
        { childId: 'D', workerId: 'XX1', start: '2025-01-01', end: '2025-05-01' },
        { childId: 'D', workerId: 'xx1 ', start: '2025-05-01', end: '2025-07-01' },
        { childId: 'D', workerId: 'XX2', start: '2025-07-01' },
      ],
    };
    const r = ok(computeMeasure('cla-3plus-social-workers', withWorkers, AT));
    expect(r.contributors).toEqual(['A']);
    expect(r.value).toBeCloseTo(20);
  });

  it('adoption-decision-to-match: mean months for children adopted in the period (AD1 date or E11/E12 end)', () => {
    const adopted: MeasureData = {
      claEpisodes: [episode('Y', '2023-01-01', '2025-12-01', { reasonEnded: 'E11', placement: 'A5' })],
      adoptions: [
        { childId: 'X', decisionDate: '2024-01-01', matchDate: '2024-11-01', adoptionDate: '2025-06-01' },
        { childId: 'Y', decisionDate: '2024-06-01', matchDate: '2025-06-01' },
        { childId: 'Z', decisionDate: '2023-01-01', matchDate: '2023-03-01', adoptionDate: '2025-03-01' },
      ],
    };
    const r = ok(computeMeasure('adoption-decision-to-match', adopted, AT));
    expect(r.denominator).toBe(2);
    expect(r.value).toBeCloseTo((305 + 365) / 2 / 30.4375, 6);
    expect(r.unit).toBe('months');
  });
});

describe('CLA reviews', () => {
  const reviews: MeasureData = {
    claChildren: [claChild('R', '2015-01-01'), claChild('S', '2014-01-01')],
    claEpisodes: [episode('R', '2025-04-01', undefined), episode('S', '2025-10-01', undefined)],
    claReviews: [
      { childId: 'R', date: '2025-05-01', participation: 'PN1' }, // due 1 May 2025 (20 WD; Easter)
      { childId: 'R', date: '2025-08-04', participation: 'PN0' }, // due 1 Aug 2025: late
      { childId: 'R', date: '2026-02-04', participation: 'PN7' }, // due 4 Feb 2026 (6 months after the late one)
      { childId: 'S', date: '2026-03-02', participation: 'PN3' }, // due 29 Oct 2025: late (counted when held)
    ],
  };

  it('cla-reviews-on-time: 20 WD, then 3 months, then 6 months; held on the due day is on time', () => {
    const r = ok(computeMeasure('cla-reviews-on-time', reviews, { start: '2025-04-01', end: AT }));
    expect(r.denominator).toBe(4);
    expect(r.numerator).toBe(2);
    expect(r.contributors).toEqual(['R', 'R']);
  });

  it('a first review one working day late is late, and a due date with no review counts as missed', () => {
    const late: MeasureData = { ...reviews, claReviews: [{ childId: 'R', date: '2025-05-02', participation: 'PN1' }] };
    const r = ok(computeMeasure('cla-reviews-on-time', late, { start: '2025-04-01', end: '2025-12-31' }));
    // R: first late; second due 2 Aug 2025 missed. S: first due 29 Oct 2025 missed.
    expect(r.numerator).toBe(0);
    expect(r.denominator).toBe(3);
    expect(r.breakdown?.['due-not-held']?.numerator).toBe(2);
  });

  it('a local due date on the review replaces the computed one', () => {
    const local: MeasureData = {
      ...reviews,
      claReviews: [{ childId: 'R', date: '2025-05-08', participation: 'PN1', dueDate: '2025-05-08' }],
    };
    const r = ok(computeMeasure('cla-reviews-on-time', local, { start: '2025-04-01', end: '2025-05-31' }));
    expect(r.numerator).toBe(1);
    expect(r.denominator).toBe(1);
  });

  it('cla-review-participation: PN1–PN6 over reviews excluding PN0', () => {
    const r = ok(computeMeasure('cla-review-participation', reviews, AT));
    expect(r.denominator).toBe(3);
    expect(r.numerator).toBe(2);
  });
});

describe('OC2 health and SDQ (annual)', () => {
  const oc2: MeasureData = {
    oc2: [
      {
        childId: 'c1',
        year: 2026,
        dateOfBirth: '2022-06-01',
        healthAssessment: true,
        teethCheck: false,
        immunisations: true,
        healthCheck: true,
      },
      {
        childId: 'c2',
        year: 2026,
        dateOfBirth: '2021-02-01',
        healthAssessment: true,
        teethCheck: true,
        immunisations: true,
        healthCheck: false,
        sdqScore: 10,
      },
      {
        childId: 'c3',
        year: 2026,
        dateOfBirth: '2009-04-01',
        healthAssessment: true,
        teethCheck: true,
        immunisations: false,
        sdqScore: 20,
      },
      {
        childId: 'c4',
        year: 2026,
        dateOfBirth: '2008-03-31',
        healthAssessment: true,
        teethCheck: false,
        immunisations: false,
        sdqScore: 30,
      },
      {
        childId: 'c5',
        year: 2026,
        dateOfBirth: '2012-01-01',
        healthAssessment: false,
        teethCheck: false,
        immunisations: true,
        sdqReason: 'SDQ2',
      },
      {
        childId: 'old',
        year: 2025,
        dateOfBirth: '2012-01-01',
        healthAssessment: false,
        teethCheck: false,
        immunisations: false,
      },
    ],
  };

  it('cla-health-assessments uses the OC2 rows of the year; development checks only for under-5s', () => {
    const r = ok(computeAnnual('cla-health-assessments', oc2, 2026));
    expect(r.period).toEqual({ start: '2025-04-01', end: '2026-03-31', kind: 'reporting-year' });
    expect(r.numerator).toBe(4);
    expect(r.denominator).toBe(5);
    expect(r.breakdown?.dental?.value).toBeCloseTo(40);
    expect(r.breakdown?.immunisations?.value).toBeCloseTo(60);
    expect(r.breakdown?.development?.numerator).toBe(1);
    expect(r.breakdown?.development?.denominator).toBe(1);
  });

  it('cla-sdq-average: ages 5–16 on 31 March with a score; cause for concern is 17+', () => {
    const r = ok(computeAnnual('cla-sdq-average', oc2, 2026));
    expect(r.value).toBe(15);
    expect(r.denominator).toBe(2);
    expect(r.breakdown?.['with-score']?.numerator).toBe(2);
    expect(r.breakdown?.['with-score']?.denominator).toBe(3);
    expect(r.breakdown?.['cause-for-concern']?.value).toBeCloseTo(50);
  });

  it('reports no-data for a year without OC2 rows', () => {
    const r = computeAnnual('cla-health-assessments', oc2, 2024);
    expect(r.status).toBe('no-data');
    if (r.status === 'no-data') expect(r.reason).toContain('31 March 2024');
  });
});

describe('unregulated placements of under-16s', () => {
  it('counts under-16s in K3/H5/P2 or unregistered settings at the date, and during the 12 months', () => {
    const u16: MeasureData = {
      claChildren: [claChild('K', '2010-06-01'), claChild('L', '2009-01-01'), claChild('M', '2012-01-01')],
      claEpisodes: [
        episode('K', '2025-11-03', '2025-11-22', { placement: 'K3', placementProvider: 'PR4' }),
        episode('K', '2025-11-22', undefined, { reasonNewEpisode: 'P', placement: 'K2', placementProvider: 'PR4' }),
        episode('L', '2025-09-01', undefined, { placement: 'K3', placementProvider: 'PR4' }),
        episode('M', '2026-01-14', undefined, { placement: 'K2', placementProvider: 'PR4' }),
      ],
      placementRegister: [{ placementId: 'p1', childId: 'M', start: '2026-01-14', registrationStatus: 'unregistered' }],
    };
    const r = ok(computeMeasure('under-16-unregulated', u16, AT));
    expect(r.contributors).toEqual(['M']); // L is 17
    expect(r.breakdown?.['during-12-months']?.numerator).toBe(2); // K (Nov 2025) and M
    expect(ok(computeMeasure('under-16-unregulated', u16, '2025-11-10')).contributors).toEqual(['K']);
  });
});

describe('prepared data', () => {
  it('gives the same answer as raw records and reuses its indexes', () => {
    const prepared = prepare(data);
    expect(ok(computeMeasure('cla-rate', prepared, AT)).value).toBe(ok(computeMeasure('cla-rate', data, AT)).value);
    expect(prepared.cla).toBe(prepared.cla);
  });

  it('names the record and field of a date that is not real', () => {
    const bad: MeasureData = { ...data, claEpisodes: [episode('A', '2025-02-30', undefined)] };
    expect(() => computeMeasure('cla-rate', bad, AT)).toThrow('claEpisodes[0].start: "2025-02-30" is not a real date');
  });
});
