import { describe, expect, it } from 'vitest';
import { computeMeasure, type MeasureData, type MeasureResult } from '../src/index.ts';
import { population } from './helpers.ts';

function ok(outcome: ReturnType<typeof computeMeasure>): MeasureResult {
  if (outcome.status !== 'ok') throw new Error(`expected a value, got no-data: ${outcome.reason}`);
  return outcome;
}

const AT = '2026-03-31'; // year 1 April 2025 – 31 March 2026

const cin: MeasureData = {
  population0to17: population(20_000),
  cinReferrals: [
    {
      childId: 'P1',
      referralId: 'r1',
      referralDate: '2024-06-10',
      source: '2A',
      primaryNeed: 'N1',
      closureDate: '2024-09-01',
      closureReason: 'RC7',
      nfa: false,
    },
    {
      childId: 'P1',
      referralId: 'r2',
      referralDate: '2025-06-10',
      source: '6',
      primaryNeed: 'N1',
      closureDate: '2025-11-01',
      closureReason: 'RC8',
      nfa: false,
    },
    {
      childId: 'P2',
      referralId: 'r3',
      referralDate: '2025-05-01',
      source: '1A',
      primaryNeed: 'N9',
      closureDate: '2025-05-02',
      closureReason: 'RC8',
      nfa: true,
    },
    { childId: 'P3', referralId: 'r4', referralDate: '2023-01-01', source: '3A', primaryNeed: 'N1', nfa: false },
    {
      childId: 'P3',
      referralId: 'r5',
      referralDate: '2025-07-01',
      source: '3A',
      primaryNeed: 'N1',
      closureDate: '2025-12-01',
      closureReason: 'RC7',
      nfa: false,
    },
    {
      childId: 'P4',
      referralId: 'r6',
      referralDate: '2025-10-01',
      source: '2A',
      primaryNeed: 'N4',
      closureDate: '2026-03-31',
      closureReason: 'RC8',
      nfa: false,
    },
    { childId: 'P5', referralId: 'r7', referralDate: '2026-02-01', source: '6', primaryNeed: 'N1', nfa: false },
    {
      childId: 'P6',
      referralId: 'r0',
      referralDate: '2024-06-10',
      source: '6',
      primaryNeed: 'N1',
      closureDate: '2024-07-01',
      closureReason: 'RC7',
      nfa: false,
    },
    { childId: 'P6', referralId: 'r8', referralDate: '2025-06-11', source: '6', primaryNeed: 'N1', nfa: false },
  ],
  cinAssessments: [
    {
      childId: 'P1',
      referralId: 'r2',
      start: '2025-06-10',
      authorised: '2025-08-12',
      factors: ['16A'],
      childSeen: true,
    },
    {
      childId: 'P4',
      referralId: 'r6',
      start: '2025-10-01',
      authorised: '2025-10-20',
      factors: ['21'],
      childSeen: false,
    },
    { childId: 'P5', referralId: 'r7', start: '2026-01-05', factors: [] },
    { childId: 'P6', referralId: 'r8', start: '2025-06-11', authorised: '2025-08-14', factors: ['3B'] },
  ],
  section47s: [
    { childId: 'P1', referralId: 'r2', start: '2025-06-20', icpcDate: '2025-07-11', icpcNotRequired: false },
    { childId: 'P4', referralId: 'r6', start: '2025-06-20', icpcDate: '2025-07-14', icpcNotRequired: false },
    { childId: 'P5', referralId: 'r7', start: '2026-03-20', icpcNotRequired: false },
    { childId: 'P6', referralId: 'r8', start: '2025-03-25', icpcDate: '2025-04-02', icpcNotRequired: false },
  ],
};

describe('referrals and children in need', () => {
  it('referrals-rate: referrals in the 12 months per 10,000, with the NFA share', () => {
    const r = ok(computeMeasure('referrals-rate', cin, AT));
    expect(r.period).toEqual({ start: '2025-04-01', end: AT, kind: 'rolling-12-months' });
    expect(r.numerator).toBe(6);
    expect(r.value).toBeCloseTo(3);
    expect(r.breakdown?.nfa?.numerator).toBe(1);
    expect(r.breakdown?.nfa?.value).toBeCloseTo(100 / 6);
  });

  it('re-referrals-12m: a previous referral exactly 12 months before counts; one day more does not', () => {
    const r = ok(computeMeasure('re-referrals-12m', cin, AT));
    expect(r.contributors).toEqual(['P1']);
    expect(r.denominator).toBe(6);
  });

  it('cin-rate: open non-NFA episodes at the date; an episode closed on the date is not open', () => {
    const r = ok(computeMeasure('cin-rate', cin, AT));
    expect(r.contributors.sort()).toEqual(['P3', 'P5', 'P6']);
    expect(r.value).toBeCloseTo(1.5);
    expect(ok(computeMeasure('cin-rate', cin, '2026-03-30')).contributors).toContain('P4');
  });
});

describe('assessments', () => {
  it('assessments-45wd: exactly 45 working days is in time, 46 is late', () => {
    const r = ok(computeMeasure('assessments-45wd', cin, AT));
    expect(r.contributors).toEqual(['P1', 'P4']);
    expect(r.denominator).toBe(3);
    expect(r.breakdown?.['open-beyond-limit']?.numerator).toBe(1);
  });

  it('a local 20-working-day target changes the limit', () => {
    const r = ok(computeMeasure('assessments-45wd', cin, AT, { assessmentWorkingDays: 20 }));
    expect(r.contributors).toEqual(['P4']);
  });

  it('open beyond the limit is a count at the date', () => {
    const r = ok(computeMeasure('assessments-45wd', cin, AT, { variant: 'open-beyond-limit' }));
    expect(r.unit).toBe('count');
    expect(r.contributors).toEqual(['P5']);
  });

  it('assessment-child-seen counts unknown as not seen and says so', () => {
    const r = ok(computeMeasure('assessment-child-seen', cin, AT));
    expect(r.numerator).toBe(1);
    expect(r.denominator).toBe(3);
    expect(r.notes?.[0]).toContain('1 assessments');
  });

  it('assessments-not-in-need: local form and the DfE per-referral form', () => {
    const r = ok(computeMeasure('assessments-not-in-need', cin, AT));
    expect(r.numerator).toBe(2);
    expect(r.denominator).toBe(3);
    expect(r.breakdown?.['per-referral']?.numerator).toBe(2);
    expect(r.breakdown?.['per-referral']?.denominator).toBe(6);
  });
});

describe('S47 and ICPC', () => {
  it('s47-rate: enquiries started in the period per 10,000, with ICPC conversion', () => {
    const r = ok(computeMeasure('s47-rate', cin, AT));
    expect(r.numerator).toBe(3);
    expect(r.value).toBeCloseTo(1.5);
    expect(r.breakdown?.['icpc-conversion']?.value).toBeCloseTo(100);
  });

  it('icpc-15wd: exactly 15 working days is in time, 16 is late; bands and median', () => {
    const r = ok(computeMeasure('icpc-15wd', cin, AT));
    expect(r.contributors.sort()).toEqual(['P1', 'P6']);
    expect(r.denominator).toBe(3);
    expect(r.breakdown?.['0-10-wd']?.numerator).toBe(1);
    expect(r.breakdown?.['16-20-wd']?.numerator).toBe(1);
    expect(r.breakdown?.['median-working-days']?.value).toBe(15);
  });
});

const cp: MeasureData = {
  population0to17: population(20_000),
  cpPlans: [
    {
      childId: 'P1',
      planId: 'cp1',
      start: '2024-03-31',
      initialCategory: 'NEG',
      latestCategory: 'NEG',
      previousPlans: 0,
    },
    {
      childId: 'P3',
      planId: 'cp2',
      start: '2025-09-01',
      initialCategory: 'NEG',
      latestCategory: 'NEG',
      previousPlans: 1,
    },
    {
      childId: 'P4',
      planId: 'cp3',
      start: '2025-07-01',
      end: '2026-01-15',
      initialCategory: 'PHY',
      latestCategory: 'PHY',
      previousPlans: 0,
    },
    {
      childId: 'P5',
      planId: 'cp0',
      start: '2023-01-01',
      end: '2023-06-01',
      initialCategory: 'NEG',
      latestCategory: 'NEG',
      previousPlans: 0,
    },
    { childId: 'P5', planId: 'cp4', start: '2025-11-01', initialCategory: 'EMO', latestCategory: 'EMO' },
    {
      childId: 'P6',
      planId: 'cp5',
      start: '2023-12-01',
      end: '2025-12-15',
      initialCategory: 'SAB',
      latestCategory: 'SAB',
      previousPlans: 0,
    },
  ],
  cpReviews: [
    { childId: 'P1', planId: 'cp1', date: '2024-06-28' },
    { childId: 'P1', planId: 'cp1', date: '2024-12-20' },
    { childId: 'P1', planId: 'cp1', date: '2025-06-20' },
    { childId: 'P3', planId: 'cp2', date: '2025-12-02' },
    { childId: 'P4', planId: 'cp3', date: '2025-10-01' },
    { childId: 'P5', planId: 'cp4', date: '2026-01-30' },
  ],
  ploCases: [{ caseId: 'plo1', childIds: ['P3'], preProceedingsStart: '2025-12-01' }],
  visits: [
    { childId: 'P1', date: '2026-02-20', type: 'CP', seen: true },
    { childId: 'P1', date: '2026-03-06', type: 'CP', seen: true, seenAlone: true },
    { childId: 'P1', date: '2026-03-20', type: 'CP', seen: true, seenAlone: false },
    { childId: 'P3', date: '2026-02-27', type: 'CP', seen: true },
    { childId: 'P3', date: '2026-03-16', type: 'CP', seen: true, seenAlone: true },
    { childId: 'P5', date: '2026-03-02', type: 'CP', seen: false },
    { childId: 'P5', date: '2026-03-10', type: 'CP', seen: true, seenAlone: false },
  ],
};

describe('child protection', () => {
  it('cp-rate: children with an open plan at the date per 10,000', () => {
    const r = ok(computeMeasure('cp-rate', cp, AT));
    expect(r.contributors.sort()).toEqual(['P1', 'P3', 'P5']);
    expect(r.value).toBeCloseTo(1.5);
  });

  it('cp-repeat-plans: NumberOfPreviousCPP, or earlier plans in the data when blank', () => {
    const r = ok(computeMeasure('cp-repeat-plans', cp, AT));
    expect(r.contributors.sort()).toEqual(['P3', 'P5']);
    expect(r.denominator).toBe(3);
    expect(r.notes?.[0]).toContain('1 plans had no NumberOfPreviousCPP');
  });

  it('cp-2-years-plus: a plan started exactly 2 years before counts; ended variant', () => {
    const r = ok(computeMeasure('cp-2-years-plus', cp, AT));
    expect(r.contributors).toEqual(['P1']);
    expect(r.denominator).toBe(3);
    expect(ok(computeMeasure('cp-2-years-plus', cp, '2026-03-30')).numerator).toBe(0);
    const ended = ok(computeMeasure('cp-2-years-plus', cp, AT, { variant: 'ended' }));
    expect(ended.contributors).toEqual(['P6']);
    expect(ended.denominator).toBe(2);
  });

  it('cp-reviews-on-time: 3 months then 6-monthly; on the due day is on time; missed reviews keep falling due', () => {
    const r = ok(computeMeasure('cp-reviews-on-time', cp, { start: '2025-04-01', end: AT }));
    // Due in the year: cp1 20 Jun 2025 (held on the day) and 20 Dec 2025 (missed); cp2 1 Dec 2025 (held 2 Dec);
    // cp3 1 Oct 2025 (held on the day); cp4 1 Feb 2026 (held 30 Jan); cp5 1 Sep 2025 (never reviewed).
    expect(r.denominator).toBe(6);
    expect(r.numerator).toBe(3);
    expect(r.breakdown?.['due-not-held']?.numerator).toBe(2);
  });

  it('neglect-drift: open 9+ months or a repeat plan, without pre-proceedings during the plan', () => {
    const r = ok(computeMeasure('neglect-drift', cp, AT));
    expect(r.unit).toBe('count');
    expect(r.contributors).toEqual(['P1']);
    expect(r.denominator).toBe(2);
    expect(ok(computeMeasure('neglect-drift', cp, AT, { neglectDriftMonths: 25 })).numerator).toBe(0);
    const noTracker = ok(computeMeasure('neglect-drift', { ...cp, ploCases: undefined }, AT));
    expect(noTracker.numerator).toBe(2);
    expect(noTracker.notes?.[0]).toContain('No PLO tracker');
  });

  it('cp-visits-on-time: every gap between seen visits within 10 working days, including to the period end', () => {
    const r = ok(computeMeasure('cp-visits-on-time', cp, { start: '2026-03-01', end: AT }));
    expect(r.denominator).toBe(3);
    expect(r.contributors).toEqual(['P1']);
    expect(r.breakdown?.['seen-alone']?.numerator).toBe(2);
    expect(r.breakdown?.['seen-alone']?.denominator).toBe(4);
  });
});
