import { describe, expect, it } from 'vitest';
import { computeMeasure, type MeasureData, type MeasureResult } from '../src/index.ts';
import { claChild, episode, population } from './helpers.ts';

function ok(outcome: ReturnType<typeof computeMeasure>): MeasureResult {
  if (outcome.status !== 'ok') throw new Error(`expected a value, got no-data: ${outcome.reason}`);
  return outcome;
}

const AT = '2026-03-31';
const YEAR = { start: '2025-04-01', end: AT };

describe('front door', () => {
  const data: MeasureData = {
    population0to17: population(10_000),
    contacts: [
      { contactId: 'c1', receivedAt: '2026-03-02T09:00', decisionAt: '2026-03-03T17:00' },
      { contactId: 'c2', receivedAt: '2026-03-06T16:00', decisionAt: '2026-03-09T10:00' }, // Friday → Monday
      { contactId: 'c3', receivedAt: '2026-03-06T10:00', decisionAt: '2026-03-10T09:00' },
      { contactId: 'c4', receivedAt: '2026-03-31T10:00' }, // not yet due at 31 March
      { contactId: 'c5', receivedAt: '2026-03-20T10:00' }, // overdue
      { contactId: 'c6', receivedAt: '2026-02-27T10:00', decisionAt: '2026-02-27T11:00' },
      { contactId: 'c7', receivedAt: '2026-04-02T15:00', decisionAt: '2026-04-07T09:00' }, // over Easter
    ],
  };

  it('contact-decision-1wd: next working day is in time; undecided contacts not yet due are left out', () => {
    const r = ok(computeMeasure('contact-decision-1wd', data, { start: '2026-03-01', end: AT }));
    expect(r.contributors).toEqual(['c1', 'c2']);
    expect(r.denominator).toBe(4);
  });

  it('contact-decision-1wd skips bank holidays (Good Friday and Easter Monday 2026)', () => {
    const r = ok(computeMeasure('contact-decision-1wd', data, { start: '2026-04-01', end: '2026-04-30' }));
    expect(r.value).toBe(100);
  });

  it('contacts-rate: contacts in the 12 months per 10,000', () => {
    const r = ok(computeMeasure('contacts-rate', data, AT));
    expect(r.numerator).toBe(6);
    expect(r.value).toBeCloseTo(6);
  });
});

describe('missing and return home interviews', () => {
  const data: MeasureData = {
    claChildren: [claChild('M1', '2010-01-01'), claChild('M2', '2011-01-01'), claChild('M3', '2012-01-01')],
    claEpisodes: [
      episode('M1', '2024-01-01', undefined),
      episode('M2', '2024-01-01', undefined),
      episode('M3', '2025-10-01', undefined),
    ],
    claMissing: [
      { childId: 'M1', type: 'M', start: '2025-05-01', end: '2025-05-02' },
      { childId: 'M1', type: 'M', start: '2025-06-01', end: '2025-06-01' },
      { childId: 'M2', type: 'A', start: '2025-07-01', end: '2025-07-02' },
    ],
    missingEpisodes: [
      {
        episodeId: 'L0',
        childId: 'M1',
        type: 'M',
        start: '2025-05-01T22:00',
        end: '2025-05-02T06:00',
        lookedAfter: true,
        rhiOfferedAt: '2025-05-02T09:00',
        rhiCompletedAt: '2025-05-02T12:00',
      },
      {
        episodeId: 'L1',
        childId: 'M3',
        type: 'M',
        start: '2026-01-10T20:00',
        end: '2026-01-11T08:00',
        lookedAfter: true,
        rhiOffered: true,
        rhiAccepted: true,
        rhiCompletedAt: '2026-01-14T08:00',
      },
      {
        episodeId: 'L2',
        childId: 'N1',
        type: 'M',
        start: '2026-01-15T18:00',
        end: '2026-01-15T23:00',
        rhiOffered: true,
        rhiAccepted: true,
        rhiCompletedAt: '2026-01-19T09:00',
      },
      {
        episodeId: 'L3',
        childId: 'N1',
        type: 'M',
        start: '2026-02-01T18:00',
        end: '2026-02-02T02:00',
        rhiOffered: false,
      },
      { episodeId: 'L4', childId: 'N1', type: 'M', start: '2026-03-20T18:00' },
      {
        episodeId: 'L5',
        childId: 'M3',
        type: 'A',
        start: '2026-02-15T12:00',
        end: '2026-02-15T18:00',
        lookedAfter: true,
        rhiOffered: true,
        rhiAccepted: false,
      },
    ],
  };

  it('cla-missing combines the 903 and the local log, dropping a local duplicate of a 903 row', () => {
    const r = ok(computeMeasure('cla-missing', data, AT));
    expect(r.contributors.sort()).toEqual(['M1', 'M3']);
    expect(r.denominator).toBe(3);
    expect(r.breakdown?.away?.numerator).toBe(2);
    expect(ok(computeMeasure('cla-missing', data, AT, { missingSource: '903' })).contributors).toEqual(['M1']);
  });

  it('missing-incidents-per-child: M periods of looked-after children per child with one', () => {
    const r = ok(computeMeasure('missing-incidents-per-child', data, AT));
    expect(r.numerator).toBe(3);
    expect(r.denominator).toBe(2);
    expect(r.value).toBe(1.5);
  });

  it('repeat-missing: 3+ episodes in the 90 days, children not looked after included; threshold and away configurable', () => {
    const r = ok(computeMeasure('repeat-missing', data, AT));
    expect(r.period.start).toBe('2026-01-01');
    expect(r.contributors).toEqual(['N1']);
    expect(ok(computeMeasure('repeat-missing', data, AT, { repeatMissingThreshold: 2 })).numerator).toBe(2);
    expect(
      ok(computeMeasure('repeat-missing', data, AT, { repeatMissingThreshold: 2, repeatMissingIncludesAway: false }))
        .contributors,
    ).toEqual(['N1']);
  });

  it('rhi-offered: episodes ended in the period with an offer; accepted over offered', () => {
    const r = ok(computeMeasure('rhi-offered', data, YEAR));
    expect(r.numerator).toBe(4);
    expect(r.denominator).toBe(5);
    expect(r.breakdown?.accepted?.numerator).toBe(2);
    expect(r.breakdown?.accepted?.denominator).toBe(4);
  });

  it('rhi-72h: completed within 72 hours of return (exactly 72:00 is in time)', () => {
    const r = ok(computeMeasure('rhi-72h', data, YEAR));
    expect(r.numerator).toBe(2);
    expect(r.denominator).toBe(5);
  });
});

describe('homeless 16- and 17-year-olds', () => {
  const data: MeasureData = {
    homelessPresentations: [
      {
        presentationId: 'h1',
        childId: 'Y1',
        date: '2025-05-05',
        assessmentCompleted: '2025-05-19',
        jointAssessment: true,
        rightsInformed: true,
        outcome: 's20',
      },
      {
        presentationId: 'h2',
        childId: 'Y2',
        date: '2025-06-02',
        assessmentCompleted: '2025-06-17',
        rightsInformed: false,
        outcome: 's17',
      },
      {
        presentationId: 'h3',
        childId: 'Y3',
        date: '2026-02-02',
        assessmentCompleted: '2026-03-16',
        outcome: 'other',
        emergencyAccommodation: 'bnb',
        emergencyNights: 3,
        emergencyStart: '2026-02-03',
      },
      {
        presentationId: 'h4',
        childId: 'Y4',
        date: '2025-09-01',
        assessmentCompleted: '2025-09-05',
        rightsInformed: true,
        accommodationNeeded: false,
        outcome: 'returned-home',
      },
      { presentationId: 'h5', childId: 'Y1', date: '2026-03-25' },
      { presentationId: 'h6', childId: 'Y5', date: '2026-03-02' },
    ],
  };

  it('homeless-1617-presentations: new and repeat', () => {
    const r = ok(computeMeasure('homeless-1617-presentations', data, AT));
    expect(r.numerator).toBe(6);
    expect(r.breakdown?.repeat?.numerator).toBe(1);
    expect(r.breakdown?.['young-people']?.numerator).toBe(5);
  });

  it('homeless-1617-assessed-in-time: 10 working days (presented on a bank holiday counts from that day)', () => {
    const r = ok(computeMeasure('homeless-1617-assessed-in-time', data, AT));
    expect(r.denominator).toBe(5);
    expect(r.contributors).toEqual(['Y1', 'Y4']);
    expect(r.breakdown?.['joint-assessment']?.numerator).toBe(1);
  });

  it('homeless-1617-informed-of-rights: over presentations assessed', () => {
    const r = ok(computeMeasure('homeless-1617-informed-of-rights', data, AT));
    expect(r.numerator).toBe(2);
    expect(r.denominator).toBe(4);
  });

  it('homeless-1617-accommodated-s20: over presentations needing accommodation (unknown counts as needing)', () => {
    const r = ok(computeMeasure('homeless-1617-accommodated-s20', data, AT));
    expect(r.numerator).toBe(1);
    expect(r.denominator).toBe(5);
  });

  it('homeless-1617-bnb: B&B placements starting in the period, with nights', () => {
    const r = ok(computeMeasure('homeless-1617-bnb', data, AT));
    expect(r.numerator).toBe(1);
    expect(r.breakdown?.nights?.numerator).toBe(3);
  });
});

describe('court and pre-proceedings', () => {
  const data: MeasureData = {
    ploCases: [
      { caseId: 'plo1', childIds: ['K1'], issueDate: '2025-01-06', disposalDate: '2025-07-07' },
      { caseId: 'plo2', childIds: ['K2'], issueDate: '2025-03-03', disposalDate: '2025-09-08' },
      { caseId: 'plo3', childIds: ['K3'], issueDate: '2024-01-01', disposalDate: '2025-03-01' },
      { caseId: 'pp1', childIds: ['K4'], preProceedingsStart: '2025-09-29' },
      { caseId: 'pp2', childIds: ['K5'], preProceedingsStart: '2026-03-03' },
      {
        caseId: 'pp3',
        childIds: ['K6'],
        preProceedingsStart: '2025-06-01',
        preProceedingsEnd: '2025-10-01',
        preProceedingsOutcome: 'stepped-down',
      },
      {
        caseId: 'pp4',
        childIds: ['K7'],
        preProceedingsStart: '2025-01-01',
        preProceedingsEnd: '2025-05-01',
        preProceedingsOutcome: 'issued',
      },
      {
        caseId: 'pp5',
        childIds: ['K8'],
        preProceedingsStart: '2024-01-01',
        preProceedingsEnd: '2025-02-01',
        preProceedingsOutcome: 'issued',
      },
    ],
    courtEvidenceReviews: [
      { reviewId: 'e1', date: '2025-06-01', grade: 'good' },
      { reviewId: 'e2', date: '2025-09-01', grade: 'outstanding' },
      { reviewId: 'e3', date: '2026-01-01', grade: 'requires-improvement' },
      { reviewId: 'e4', date: '2024-06-01', grade: 'inadequate' },
    ],
  };

  it('proceedings-26-weeks: exactly 26 weeks is in time; mean weeks', () => {
    const r = ok(computeMeasure('proceedings-26-weeks', data, AT));
    expect(r.contributors).toEqual(['plo1']);
    expect(r.denominator).toBe(2);
    expect(r.breakdown?.['mean-weeks']?.value).toBe(26.5);
  });

  it('pre-proceedings-outcomes: families open at the date, mean weeks, outcomes in the 12 months', () => {
    const r = ok(computeMeasure('pre-proceedings-outcomes', data, AT));
    expect(r.contributors).toEqual(['pp1', 'pp2']);
    expect(r.breakdown?.['mean-weeks']?.value).toBeCloseTo((183 + 28) / 2 / 7);
    expect(r.breakdown?.['stepped-down']?.value).toBe(50);
    expect(r.breakdown?.issued?.value).toBe(50);
    expect(r.breakdown?.['open-over-26-weeks']?.numerator).toBe(1);
  });

  it('court-evidence-quality: reviews in the period rated good or better', () => {
    const r = ok(computeMeasure('court-evidence-quality', data, AT));
    expect(r.numerator).toBe(2);
    expect(r.denominator).toBe(3);
  });
});

describe('foster carers', () => {
  const data: MeasureData = {
    fosterHouseholds: [
      { householdId: 'fh1', approvedDate: '2025-05-01' },
      { householdId: 'fh2', approvedDate: '2020-01-01', deregisteredDate: '2025-08-01' },
      { householdId: 'fh3', approvedDate: '2019-01-01', deregisteredDate: '2025-12-01' },
      { householdId: 'fh4', approvedDate: '2018-01-01' },
      { householdId: 'fh5', approvedDate: '2026-04-10' },
    ],
    fosterEnquiries: [
      {
        enquiryId: 'e1',
        enquiryDate: '2025-05-01',
        initialVisitDate: '2025-05-20',
        applicationDate: '2025-06-01',
        approvalDate: '2025-12-01',
      },
      { enquiryId: 'e2', enquiryDate: '2025-06-01', initialVisitDate: '2025-06-15' },
      { enquiryId: 'e3', enquiryDate: '2024-10-01', applicationDate: '2024-12-01', approvalDate: '2025-06-01' },
      { enquiryId: 'e4', enquiryDate: '2025-07-01', withdrawnDate: '2025-07-20' },
    ],
  };

  it('foster-households-net: approvals minus deregistrations (can be negative), households at the end', () => {
    const r = ok(computeMeasure('foster-households-net', data, AT));
    expect(r.value).toBe(-1);
    expect(r.breakdown?.['households-at-end']?.numerator).toBe(2);
  });

  it('foster-recruitment-funnel: stage counts in the period and median weeks from application to approval', () => {
    const r = ok(computeMeasure('foster-recruitment-funnel', data, AT));
    expect(r.value).toBe(2);
    expect(r.breakdown?.enquiries?.numerator).toBe(3);
    expect(r.breakdown?.['initial-visits']?.numerator).toBe(2);
    expect(r.breakdown?.applications?.numerator).toBe(1);
    expect(r.breakdown?.['median-weeks']?.value).toBeCloseTo((183 / 7 + 26) / 2);
  });
});

describe('unregistered provision (register, reconciled with the 903)', () => {
  const data: MeasureData = {
    placementRegister: [
      {
        placementId: 'u1',
        childId: 'KF204117',
        start: '2026-01-14',
        registrationStatus: 'unregistered',
        ofstedNotified: '2026-01-15',
      },
      {
        placementId: 'u2',
        childId: 'KF211402',
        start: '2024-05-01',
        end: '2026-06-03',
        registrationStatus: 'registered',
        statusChanges: [{ date: '2026-02-20', status: 'unregistered' }],
      },
      {
        placementId: 'u3',
        childId: 'KF209853',
        start: '2025-11-03',
        end: '2025-11-22',
        registrationStatus: 'unregistered',
        ofstedNotified: '2025-11-10',
      },
    ],
    claEpisodes: [
      episode('KF204117', '2026-01-14', undefined, { placement: 'K2', placementProvider: 'PR4' }),
      episode('Q1', '2025-01-01', undefined, { placement: 'K2', placementProvider: 'PR4' }),
      episode('Q2', '2025-01-01', undefined, { placement: 'K2', placementProvider: 'PR4', urn: 'XXXXXXX' }),
      episode('Q3', '2025-01-01', undefined, { placement: 'U4' }),
    ],
  };

  it('counts children in unregistered settings at the date, following status changes', () => {
    const r = ok(computeMeasure('unregistered-provision', data, AT));
    expect(r.contributors.sort()).toEqual(['KF204117', 'KF211402']);
    expect(ok(computeMeasure('unregistered-provision', data, '2026-02-19')).contributors).toEqual(['KF204117']);
    expect(ok(computeMeasure('unregistered-provision', data, '2026-06-30')).contributors).toEqual(['KF204117']);
  });

  it('companions: spells started, child-days, longest stay, Ofsted notified within 24 hours', () => {
    const r = ok(computeMeasure('unregistered-provision', data, AT));
    expect(r.breakdown?.started?.numerator).toBe(3);
    expect(r.breakdown?.['child-days']?.numerator).toBe(77 + 40 + 19);
    expect(r.breakdown?.['longest-stay-days']?.value).toBe(77);
    expect(r.breakdown?.['ofsted-notified-24h']?.numerator).toBe(1);
  });

  it('lists 903 settings needing registration with no URN that the register does not hold (XXXXXXX is not flagged)', () => {
    const r = ok(computeMeasure('unregistered-provision', data, AT));
    expect(r.breakdown?.['ssda903-no-urn-not-on-register']?.numerator).toBe(1);
    expect(r.notes?.[0]).toContain('Q1');
    expect(r.notes?.[0]).not.toContain('Q2');
  });
});

describe('workforce (local snapshots and CSWW)', () => {
  const data: MeasureData = {
    teams: [
      { id: 'A', name: 'Team A', socialWorkTeam: true },
      { id: 'B', name: 'Team B', socialWorkTeam: true },
      { id: 'C', name: 'Fostering', socialWorkTeam: false },
    ],
    workforce: [
      { date: '2026-03-31', workerId: 'w1', kind: 'employee', team: 'A', fte: 1, casesHeld: 15, sicknessDays: 2 },
      { date: '2026-03-31', workerId: 'w2', kind: 'employee', team: 'A', fte: 0.5, casesHeld: 5, sicknessDays: 0 },
      { date: '2026-03-31', workerId: 'w3', kind: 'agency', team: 'B', fte: 1, casesHeld: 20 },
      { date: '2026-03-31', workerId: 'v1', kind: 'vacancy', team: 'B', fte: 1.5 },
      { date: '2026-03-31', workerId: 'w4', kind: 'employee', team: 'B', role: 'manager', fte: 1, sicknessDays: 1 },
      { date: '2025-09-30', workerId: 'w1', kind: 'employee', team: 'A', fte: 1, sicknessDays: 3 },
      {
        date: '2025-09-30',
        workerId: 'w5',
        kind: 'employee',
        team: 'B',
        fte: 0.8,
        leaveDate: '2025-10-15',
        sicknessDays: 4,
      },
      { date: '2025-08-31', workerId: 'w5', kind: 'employee', team: 'B', fte: 1 },
      { date: '2025-03-31', workerId: 'w1', kind: 'employee', team: 'A', fte: 1, sicknessDays: 10 },
      { date: '2025-03-31', workerId: 'w6', kind: 'employee', team: 'A', fte: 1, leaveDate: '2025-03-15' },
    ],
    supervision: [
      { workerId: 'w1', date: '2026-03-03', type: 'formal' },
      { workerId: 'w2', date: '2026-03-02', type: 'formal' },
      { workerId: 'w3', date: '2026-03-20', type: 'reflective' },
    ],
  };

  it('sw-agency-rate with agency-free teams (non-social-work teams left out)', () => {
    const r = ok(computeMeasure('sw-agency-rate', data, AT));
    expect(r.value).toBeCloseTo((1 / 3.5) * 100);
    expect(r.breakdown?.['agency-free-teams']?.numerator).toBe(1);
    expect(r.breakdown?.['agency-free-teams']?.denominator).toBe(2);
    expect(ok(computeMeasure('sw-agency-rate', data, AT, { variant: 'agency-free-teams' })).contributors).toEqual([
      'A',
    ]);
  });

  it('sw-vacancy-rate and sw-caseload', () => {
    expect(ok(computeMeasure('sw-vacancy-rate', data, AT)).value).toBeCloseTo(37.5);
    const caseload = ok(computeMeasure('sw-caseload', data, AT));
    expect(caseload.numerator).toBe(40);
    expect(caseload.denominator).toBe(2.5);
    expect(caseload.value).toBe(16);
  });

  it('sw-turnover: leavers in the 12 months at their last FTE over in-post FTE', () => {
    const r = ok(computeMeasure('sw-turnover', data, AT));
    expect(r.contributors).toEqual(['w5']);
    expect(r.value).toBeCloseTo(32);
  });

  it('sw-absence-rate: days lost in the 12 months over in-post FTE × 253 working days', () => {
    const r = ok(computeMeasure('sw-absence-rate', data, AT));
    expect(r.numerator).toBe(10);
    expect(r.denominator).toBe(2.5 * 253);
  });

  it('needs a snapshot within 31 days; otherwise falls back to the CSWW return, or says why not', () => {
    expect(ok(computeMeasure('sw-vacancy-rate', data, '2026-04-15')).value).toBeCloseTo(37.5);
    const none = computeMeasure('sw-vacancy-rate', data, '2026-05-15');
    expect(none.status).toBe('no-data');
    const withCsww: MeasureData = {
      ...data,
      csww: [
        {
          year: 2025,
          inPostFte: 90,
          leaversFte: 9,
          agencyFte: 10,
          vacancyFte: 10,
          caseHoldersFte: 60,
          cases: 900,
          workingDaysLost: 800,
        },
      ],
    };
    const fallback = ok(computeMeasure('sw-vacancy-rate', withCsww, '2026-05-15'));
    expect(fallback.value).toBe(10);
    expect(fallback.notes).toEqual(['CSWW return at 30 September 2025.']);
    expect(computeMeasure('sw-vacancy-rate', withCsww, '2026-05-15', { workforceSource: 'local' }).status).toBe(
      'no-data',
    );
  });

  it('supervision-on-time: last supervision within 28 days (exactly 28 is in time)', () => {
    const r = ok(computeMeasure('supervision-on-time', data, AT));
    expect(r.denominator).toBe(4);
    expect(r.contributors.sort()).toEqual(['w1', 'w3']);
  });
});

describe('audits and feedback', () => {
  const data: MeasureData = {
    caseAudits: [
      {
        auditId: 'a1',
        date: '2025-05-01',
        theme: 'assessment',
        grade: 'good',
        moderatedGrade: 'requires-improvement',
        actions: [
          { dueDate: '2025-06-01', completedDate: '2025-05-30' },
          { dueDate: '2025-07-01', completedDate: '2025-07-02' },
        ],
      },
      {
        auditId: 'a2',
        date: '2025-06-01',
        theme: 'assessment',
        grade: 'requires-improvement',
        actions: [{ dueDate: '2026-06-01' }],
      },
      { auditId: 'a3', date: '2025-07-01', theme: 'cla', grade: 'outstanding', moderatedGrade: 'outstanding' },
      { auditId: 'a4', date: '2025-08-01', theme: 'supervision', grade: 'good' },
      { auditId: 'a5', date: '2024-12-01', theme: 'assessment', grade: 'good' },
    ],
    feedback: [
      { feedbackId: 'f1', date: '2025-06-01', respondent: 'child', positive: true },
      { feedbackId: 'f2', date: '2025-07-01', respondent: 'parent', positive: false },
      { feedbackId: 'f3', date: '2025-08-01', respondent: 'parent', positive: true },
      { feedbackId: 'f4', date: '2024-08-01', respondent: 'carer', positive: true },
    ],
  };

  it('case-audits-good uses the moderated grade; moderation and actions companions', () => {
    const r = ok(computeMeasure('case-audits-good', data, AT));
    expect(r.numerator).toBe(2);
    expect(r.denominator).toBe(4);
    expect(r.breakdown?.moderated?.value).toBe(50);
    expect(r.breakdown?.['moderator-agreed']?.value).toBe(50);
    expect(r.breakdown?.['actions-on-time']?.numerator).toBe(1);
    expect(r.breakdown?.['actions-on-time']?.denominator).toBe(2);
  });

  it('assessment-quality-good counts assessment audits only', () => {
    const r = ok(computeMeasure('assessment-quality-good', data, YEAR));
    expect(r.numerator).toBe(0);
    expect(r.denominator).toBe(2);
  });

  it('feedback-positive with a breakdown by respondent', () => {
    const r = ok(computeMeasure('feedback-positive', data, AT));
    expect(r.value).toBeCloseTo(200 / 3);
    expect(r.breakdown?.parent?.value).toBe(50);
  });
});

describe('care leavers', () => {
  it('pathway-plans-in-date: a review exactly 6 months old is in date; PA allocation', () => {
    const data: MeasureData = {
      careLeavers: [
        {
          childId: 'cl1',
          dateOfBirth: '2007-01-01',
          eligibility: 'former-relevant',
          eligibleFrom: '2024-01-01',
          pathwayPlanReviews: ['2025-03-01', '2025-09-30'],
          personalAdviserFrom: '2024-02-01',
        },
        {
          childId: 'cl2',
          dateOfBirth: '2008-01-01',
          eligibility: 'relevant',
          eligibleFrom: '2025-01-01',
          pathwayPlanReviews: ['2025-09-29'],
        },
        {
          childId: 'cl3',
          dateOfBirth: '2001-01-01',
          eligibility: 'former-relevant',
          eligibleFrom: '2020-01-01',
          eligibleTo: '2026-01-01',
          pathwayPlanReviews: [],
        },
        {
          childId: 'cl4',
          dateOfBirth: '2010-01-01',
          eligibility: 'eligible',
          eligibleFrom: '2026-04-01',
          pathwayPlanReviews: [],
        },
      ],
    };
    const r = ok(computeMeasure('pathway-plans-in-date', data, AT));
    expect(r.contributors).toEqual(['cl1']);
    expect(r.denominator).toBe(2);
    expect(r.breakdown?.['pa-allocated']?.numerator).toBe(1);
  });

  const oc3: MeasureData = {
    oc3: [
      { childId: 'l1', dateOfBirth: '2008-06-01', year: 2026, inTouch: 'YES', activity: 'F2', accommodation: 'D1' },
      { childId: 'l2', dateOfBirth: '2007-05-01', year: 2026, inTouch: 'NO', activity: '0', accommodation: '0' },
      { childId: 'l3', dateOfBirth: '2005-01-01', year: 2026, inTouch: 'YES', activity: 'G5', accommodation: 'S2' },
      { childId: 'l4', dateOfBirth: '2006-12-12', year: 2026, inTouch: 'NREQ', activity: 'P5', accommodation: 'B1' },
      { childId: 'l5', dateOfBirth: '2005-03-31', year: 2026, inTouch: 'YES', activity: 'F1', accommodation: 'C1' },
      { childId: 'l6', dateOfBirth: '2004-06-01', year: 2025, inTouch: 'YES', activity: 'F1', accommodation: 'C1' },
    ],
  };

  it('care-leavers-in-touch by age band on 31 March, with NREQ shown separately', () => {
    const r = ok(computeMeasure('care-leavers-in-touch', oc3, AT));
    expect(r.value).toBeCloseTo(60);
    expect(r.breakdown?.['17-18']?.value).toBe(50);
    expect(r.breakdown?.['19-21']?.value).toBeCloseTo(200 / 3);
    expect(r.breakdown?.NREQ?.numerator).toBe(1);
  });

  it('care-leavers-suitable-accommodation and care-leavers-eet (19–21 variant)', () => {
    expect(ok(computeMeasure('care-leavers-suitable-accommodation', oc3, AT)).value).toBeCloseTo(60);
    const eet = ok(computeMeasure('care-leavers-eet', oc3, AT, { variant: '19-21' }));
    expect(eet.contributors.sort()).toEqual(['l4', 'l5']);
    expect(eet.denominator).toBe(3);
  });
});

describe('CLA visits (reg 28)', () => {
  it('checks the first-week visit, 6-weekly visits in a placement’s first year, 3-monthly in long-term fostering', () => {
    const data: MeasureData = {
      claChildren: ['V1', 'V2', 'V3', 'V4'].map((id) => claChild(id, '2014-01-01')),
      claEpisodes: [
        episode('V1', '2024-01-01', undefined, { placement: 'U4' }),
        episode('V2', '2025-06-01', undefined, { placement: 'U6' }),
        episode('V3', '2025-01-01', '2026-02-01', { placement: 'U6' }),
        episode('V3', '2026-02-01', undefined, { reasonNewEpisode: 'P', placement: 'U6' }),
        episode('V4', '2026-03-28', undefined, { placement: 'U6' }),
      ],
      visits: [
        { childId: 'V1', date: '2025-12-15', type: 'CLA', seen: true },
        { childId: 'V1', date: '2026-03-10', type: 'CLA', seen: true },
        { childId: 'V2', date: '2025-12-20', type: 'CLA', seen: true },
        { childId: 'V2', date: '2026-02-01', type: 'CLA', seen: true },
        { childId: 'V3', date: '2026-01-20', type: 'CLA', seen: true },
        { childId: 'V3', date: '2026-02-09', type: 'CLA', seen: true },
      ],
    };
    const r = ok(computeMeasure('cla-visits-on-time', data, { start: '2026-01-01', end: AT }));
    expect(r.denominator).toBe(4);
    expect(r.contributors).toEqual(['V1', 'V4']);
  });
});
