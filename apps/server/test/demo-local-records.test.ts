/**
 * The demo authority's local records: generated from a synthetic statutory population, then measured
 * with @waypoint/measures. Pure — no database.
 */
import { addDays, type IsoDate } from '@waypoint/calendar';
import {
  computeMeasure,
  computeMonthlySeries,
  type MeasureData,
  type MeasureOutcome,
  type PreparedData,
  prepare,
  xmrChart,
} from '@waypoint/measures';
import { beforeAll, describe, expect, it } from 'vitest';
import { teamOn } from '../src/modules/measures/measure-data.ts';
import {
  DEMO_TEAMS,
  type DemoLocalRecords,
  demoTeamsForMeasures,
  generateAllocations,
  generateAssessmentDetails,
  generateLocalRecords,
  populationFromMeasureData,
  REQUIRED_STATUTORY_CHILDREN,
  STORY_TODAY,
  sampleStatutoryData,
  ssda903MissingFromLog,
  storyOffsetDays,
  withAssessmentDetails,
} from '../src/seed/local-records/index.ts';

const TODAY = STORY_TODAY;
const SEED = 20260715;

let statutory: MeasureData;
let local: DemoLocalRecords;
let data: PreparedData;

beforeAll(() => {
  statutory = sampleStatutoryData({ today: TODAY, seed: 11 });
  const population = populationFromMeasureData(statutory);
  local = generateLocalRecords(population, { today: TODAY, seed: SEED });
  const details = generateAssessmentDetails(population, { today: TODAY, seed: SEED });
  data = prepare({
    ...statutory,
    ...local,
    cinAssessments: withAssessmentDetails(statutory.cinAssessments ?? [], details),
  });
});

function value(outcome: MeasureOutcome): number {
  if (outcome.status !== 'ok') throw new Error(`${outcome.id}: no value (${outcome.reason})`);
  return outcome.value;
}

function measure(id: string, period: IsoDate | { start: IsoDate; end: IsoDate }, variant?: string): number {
  return value(computeMeasure(id, data, period, variant ? { variant } : {}));
}

const Q1_2026 = { start: '2026-04-01', end: '2026-06-30' };
const YEAR_2025_26 = { start: '2025-04-01', end: '2026-03-31' };
const JUNE_2026 = { start: '2026-06-01', end: '2026-06-30' };

/** §11 values of the local-record measures at demo today: [measure, period, variant, expected, tolerance]. */
const STORY_VALUES: [string, IsoDate | { start: IsoDate; end: IsoDate }, string | undefined, number, number][] = [
  ['contacts-rate', '2026-03-31', undefined, 1996, 2],
  ['contact-decision-1wd', Q1_2026, undefined, 88, 1.5],
  ['assessment-child-seen', YEAR_2025_26, undefined, 93, 1.5],
  ['assessment-quality-good', YEAR_2025_26, undefined, 22, 3],
  ['cp-visits-on-time', JUNE_2026, undefined, 82, 3],
  ['cla-visits-on-time', TODAY, undefined, 89, 3],
  ['neglect-drift', '2026-03-31', undefined, 17, 0],
  ['neglect-drift', TODAY, undefined, 9, 0],
  ['unregistered-provision', TODAY, undefined, 2, 0],
  ['foster-households-net', '2026-03-31', undefined, -5, 0],
  ['foster-households-net', Q1_2026, undefined, 2, 0],
  ['foster-recruitment-funnel', '2026-03-31', undefined, 7, 0],
  ['foster-recruitment-funnel', '2026-03-31', 'enquiries', 214, 0],
  ['foster-recruitment-funnel', '2026-03-31', 'initial-visits', 61, 0],
  ['foster-recruitment-funnel', '2026-03-31', 'applications', 19, 0],
  ['foster-recruitment-funnel', '2026-03-31', 'median-weeks', 36, 0],
  ['cla-missing', '2026-03-31', undefined, 8.8, 0.6],
  ['missing-incidents-per-child', '2026-03-31', undefined, 6.9, 0.1],
  ['repeat-missing', '2026-03-31', undefined, 14, 0],
  ['repeat-missing', TODAY, undefined, 12, 0],
  ['rhi-offered', Q1_2026, undefined, 86, 2],
  ['rhi-offered', YEAR_2025_26, undefined, 78, 2],
  ['rhi-72h', Q1_2026, undefined, 55, 2],
  ['rhi-72h', YEAR_2025_26, undefined, 49, 2],
  ['pathway-plans-in-date', TODAY, undefined, 71, 1.5],
  ['pathway-plans-in-date', TODAY, 'pa-allocated', 96, 1.5],
  ['proceedings-26-weeks', '2026-03-31', undefined, 36, 0],
  ['proceedings-26-weeks', '2026-03-31', 'mean-weeks', 38, 0.2],
  ['pre-proceedings-outcomes', TODAY, undefined, 21, 0],
  ['pre-proceedings-outcomes', TODAY, 'mean-weeks', 26, 1.5],
  ['pre-proceedings-outcomes', TODAY, 'stepped-down', 40, 3],
  ['court-evidence-quality', { start: '2026-01-01', end: '2026-06-30' }, undefined, 42, 1],
  ['court-evidence-quality', TODAY, undefined, 42, 3],
  ['sw-turnover', '2026-06-30', undefined, 16.9, 0.5],
  ['sw-agency-rate', '2026-06-30', undefined, 16.5, 0.3],
  ['sw-agency-rate', '2023-09-30', undefined, 24.1, 0.3],
  ['sw-agency-rate', TODAY, 'agency-free-teams', 2, 0],
  ['sw-vacancy-rate', '2026-06-30', undefined, 13.8, 0.3],
  ['sw-caseload', '2026-06-30', undefined, 16.2, 0.1],
  ['sw-absence-rate', '2026-06-30', undefined, 3.9, 0.1],
  ['supervision-on-time', '2026-01-31', undefined, 61, 1.5],
  ['supervision-on-time', '2026-06-30', undefined, 78, 1.5],
  ['supervision-on-time', TODAY, 'audits-good', 35, 4],
  ['case-audits-good', { start: '2025-10-01', end: '2026-03-31' }, undefined, 25, 1.5],
  ['case-audits-good', Q1_2026, undefined, 33, 2],
  ['feedback-positive', '2026-03-31', undefined, 58, 1.5],
  ['feedback-positive', TODAY, undefined, 64, 1.5],
  ['homeless-1617-presentations', '2026-03-31', undefined, 38, 0],
  ['homeless-1617-presentations', Q1_2026, undefined, 9, 0],
  ['homeless-1617-assessed-in-time', '2026-03-31', undefined, 45, 1],
  ['homeless-1617-assessed-in-time', Q1_2026, undefined, 62, 1],
  ['homeless-1617-informed-of-rights', '2026-03-31', undefined, 55, 1],
  ['homeless-1617-accommodated-s20', '2026-03-31', undefined, 24, 1],
  ['homeless-1617-bnb', '2026-03-31', undefined, 4, 0],
  ['homeless-1617-bnb', Q1_2026, undefined, 1, 0],
];

describe('demo local records tell the §11 story at 15 July 2026', () => {
  it.each(STORY_VALUES)('%s over %j (%s) ≈ %d', (id, period, variant, expected, tolerance) => {
    expect(Math.abs(measure(id, period, variant) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it('follows the workforce story at each CSWW date', () => {
    const at = (id: string, date: IsoDate) => measure(id, date);
    expect(at('sw-agency-rate', '2024-09-30')).toBeCloseTo(22.5, 0);
    expect(at('sw-agency-rate', '2025-09-30')).toBeCloseTo(19.7, 0);
    expect(at('sw-vacancy-rate', '2023-09-30')).toBeCloseTo(21.0, 0);
    expect(at('sw-turnover', '2023-09-30')).toBeCloseTo(22.3, 0);
    expect(at('sw-caseload', '2023-09-30')).toBeCloseTo(19.4, 0);
    // No agency-free team before January 2026; Children in Care from January, Family Safeguarding West from May.
    expect(measure('sw-agency-rate', '2025-12-31', 'agency-free-teams')).toBe(0);
    expect(measure('sw-agency-rate', '2026-01-31', 'agency-free-teams')).toBe(1);
    const free = computeMeasure('sw-agency-rate', data, '2026-06-30', { variant: 'agency-free-teams' });
    expect(free.status === 'ok' && free.contributors.sort()).toEqual(['children-in-care', 'family-safeguarding-west']);
  });

  it('keeps the §8.1 unregistered-provision history exactly', () => {
    const history: [IsoDate, string[]][] = [
      ['2025-11-02', []],
      ['2025-11-03', ['KF209853']],
      ['2025-11-21', ['KF209853']],
      ['2025-11-22', []],
      ['2026-01-13', []],
      ['2026-01-14', ['KF204117']],
      ['2026-02-19', ['KF204117']],
      ['2026-02-20', ['KF204117', 'KF211402']],
      ['2026-06-02', ['KF204117', 'KF211402']],
      ['2026-06-03', ['KF204117']],
      ['2026-07-07', ['KF204117']],
      ['2026-07-08', ['KF204117', 'KF216003']],
      [TODAY, ['KF204117', 'KF216003']],
    ];
    for (const [date, children] of history) {
      const out = computeMeasure('unregistered-provision', data, date);
      expect(out.status === 'ok' && [...out.contributors].sort(), date).toEqual(children);
    }
    // Nobody before November 2025; the 19 days of November 2025 are one spell.
    expect(measure('unregistered-provision', '2025-10-31')).toBe(0);
    expect(measure('unregistered-provision', '2025-11-30', 'started')).toBe(1);
    const kf204117 = local.placementRegister.find(
      (r) => r.childId === 'KF204117' && r.registrationStatus === 'unregistered',
    );
    expect(kf204117).toMatchObject({ start: '2026-01-14', ofstedNotified: '2026-01-15', deprivationOfLiberty: true });
    // The girl of 15 in unregulated supported accommodation counts as an under-16 in November 2025.
    const under16 = computeMeasure('under-16-unregulated', data, '2025-11-10');
    expect(under16.status === 'ok' && under16.contributors).toEqual(['KF209853']);
  });

  it('shows the intended SPC signals: supervision and RHIs improving, repeat missing falling', () => {
    const chart = (id: string, polarity: 'higher-better' | 'lower-better') => {
      const series = computeMonthlySeries(id, data, '2023-04', '2026-06').map(value);
      expect(series).toHaveLength(39);
      return xmrChart(series, { polarity });
    };
    const supervision = chart('supervision-on-time', 'higher-better');
    expect(supervision.signals.some((s) => s.direction === 'high' && s.rule === 'outside-limits')).toBe(true);
    expect(supervision.interpretation).toBe('improving');
    const rhi = chart('rhi-72h', 'higher-better');
    expect(rhi.signals.some((s) => s.direction === 'high')).toBe(true);
    expect(rhi.interpretation).toBe('improving');
    const repeat = chart('repeat-missing', 'lower-better');
    expect(repeat.signals.some((s) => s.direction === 'low')).toBe(true);
    expect(repeat.interpretation).toBe('improving');
  });

  it('escalates the named neglect plans of §8.3 only at month 24 and month 14', () => {
    const firstStart = (id: string) =>
      local.ploCases
        .filter((c) => c.childIds.includes(id) && c.preProceedingsStart)
        .map((c) => c.preProceedingsStart!)
        .sort()[0];
    for (const id of ['KF183310', 'KF183311', 'KF183312']) expect(firstStart(id), id).toBe('2026-01-22');
    expect(firstStart('KF188402')).toBe('2026-02-23');
    const audit = local.caseAudits.find((a) => a.childId === 'KF183310' && a.date === '2026-02-10');
    expect(audit).toMatchObject({ theme: 'neglect', grade: 'inadequate', moderatedGrade: 'inadequate' });
  });

  it('tells the named missing stories of §8.2', () => {
    const lastYear = local.missingEpisodes.filter((e) => e.childId === 'KF198720' && e.start >= '2025-07-16');
    expect(lastYear).toHaveLength(14);
    expect(lastYear.filter((e) => e.rhiOffered)).toHaveLength(12);
    expect(lastYear.filter((e) => e.rhiCompletedAt)).toHaveLength(7);
    const away = local.missingEpisodes.filter(
      (e) => e.childId === 'KF201344' && e.type === 'A' && e.start >= '2026-04-17',
    );
    expect(away).toHaveLength(9);
    expect(local.missingEpisodes.filter((e) => e.childId === 'KF207781' && !e.lookedAfter)).toHaveLength(5);
    const overYearEnd = local.missingEpisodes.find((e) => e.childId === 'KF190655' && e.start.startsWith('2025-03-29'));
    expect(overYearEnd?.end?.slice(0, 10)).toBe('2025-04-02');
    // The 903 Missing rows derived from the log are the looked-after episodes only.
    const rows = ssda903MissingFromLog(local.missingEpisodes);
    expect(rows.length).toBe(local.missingEpisodes.filter((e) => e.lookedAfter).length);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.start))).toBe(true);
  });
});

describe('records are well formed', () => {
  it('dates run from 1 April 2023 (workforce from April 2022) to today, never after', () => {
    const latest = (dates: (string | undefined)[]) =>
      dates.reduce<string>((max, d) => (d !== undefined && d.slice(0, 10) > max ? d.slice(0, 10) : max), '');
    const latestByKind = {
      contacts: latest(local.contacts.flatMap((c) => [c.receivedAt, c.decisionAt])),
      visits: latest(local.visits.map((v) => v.date)),
      supervision: latest(local.supervision.map((s) => s.date)),
      caseAudits: latest(local.caseAudits.flatMap((a) => [a.date, ...(a.actions ?? []).map((x) => x.completedDate)])),
      feedback: latest(local.feedback.map((f) => f.date)),
      missingEpisodes: latest(local.missingEpisodes.flatMap((m) => [m.start, m.end, m.rhiOfferedAt, m.rhiCompletedAt])),
      homelessPresentations: latest(local.homelessPresentations.flatMap((h) => [h.date, h.assessmentCompleted])),
      placementRegister: latest(local.placementRegister.flatMap((p) => [p.start, p.end, p.ofstedNotified])),
      fosterEnquiries: latest(
        local.fosterEnquiries.flatMap((e) => [e.enquiryDate, e.applicationDate, e.approvalDate, e.withdrawnDate]),
      ),
      ploCases: latest(
        local.ploCases.flatMap((c) => [c.preProceedingsStart, c.preProceedingsEnd, c.issueDate, c.disposalDate]),
      ),
      courtEvidenceReviews: latest(local.courtEvidenceReviews.map((r) => r.date)),
      careLeavers: latest(local.careLeavers.flatMap((c) => [...c.pathwayPlanReviews, c.personalAdviserFrom])),
    };
    for (const [kind, date] of Object.entries(latestByKind)) expect(date <= TODAY, `${kind}: ${date}`).toBe(true);
    expect(latestByKind.contacts).toBe(TODAY);
    expect(local.contacts[0]!.receivedAt.slice(0, 10) >= '2023-04-01').toBe(true);
    expect(local.workforce[0]!.date).toBe('2022-04-30');
    expect(local.workforce.at(-1)!.date).toBe('2026-06-30');
  });

  it('refers to children the statutory records hold (or named in REQUIRED_STATUTORY_CHILDREN)', () => {
    const known = new Set([
      ...(statutory.claChildren ?? []).map((c) => c.childId),
      ...(statutory.cinReferrals ?? []).map((r) => r.childId),
      ...(statutory.cpPlans ?? []).map((p) => p.childId),
      ...(statutory.oc3 ?? []).map((r) => r.childId),
    ]);
    const named = new Set(REQUIRED_STATUTORY_CHILDREN.map((c) => c.childId));
    const check = (kind: string, ids: string[]) => {
      const unknown = ids.filter((id) => !known.has(id) && !named.has(id));
      expect(unknown, kind).toEqual([]);
    };
    check(
      'visits',
      local.visits.map((v) => v.childId),
    );
    check(
      'missingEpisodes',
      local.missingEpisodes.map((m) => m.childId),
    );
    check(
      'placementRegister',
      local.placementRegister.map((p) => p.childId),
    );
    check(
      'careLeavers',
      local.careLeavers.map((c) => c.childId),
    );
    check(
      'ploCases',
      local.ploCases.flatMap((c) => c.childIds),
    );
    check(
      'caseAudits',
      local.caseAudits.flatMap((a) => (a.childId ? [a.childId] : [])),
    );
    // Every named child the local records use is one the statutory seeds are asked to contain.
    for (const id of ['KF204117', 'KF209853', 'KF211402', 'KF216003', 'KF198720', 'KF201344', 'KF207781', 'KF190655']) {
      expect(named.has(id), id).toBe(true);
    }
  });

  it('allocates every case to one team at a time, children in care to the court or children in care team', () => {
    const population = populationFromMeasureData(statutory);
    const allocations = generateAllocations(population, { today: TODAY, seed: SEED });
    const known = new Set(DEMO_TEAMS.map((t) => t.id));
    const byChild = new Map<string, typeof allocations>();
    for (const a of allocations) {
      expect(known.has(a.team), a.team).toBe(true);
      expect(a.from <= TODAY).toBe(true);
      byChild.set(a.childId, [...(byChild.get(a.childId) ?? []), a]);
    }
    for (const spells of byChild.values())
      for (let k = 1; k < spells.length; k++) {
        expect(spells[k - 1]!.to, 'only the last spell may be open').toBeDefined();
        expect(spells[k]!.from > spells[k - 1]!.to!).toBe(true);
      }
    const inCareToday = population.lookedAfter.filter(
      (c) => !c.shortBreaksOnly && c.periods.some((p) => p.start <= TODAY && (!p.end || p.end >= TODAY)),
    );
    expect(inCareToday.length).toBeGreaterThan(50);
    for (const c of inCareToday)
      expect(['children-in-care', 'court-permanence']).toContain(teamOn(byChild.get(c.childId) ?? [], TODAY));
  });

  it('stays small: under 150,000 records', () => {
    const total = Object.values(local).reduce((sum, list) => sum + list.length, 0);
    expect(total).toBeLessThan(150_000);
    expect(local.contacts.length).toBeGreaterThan(25_000);
    expect(local.visits.length).toBeGreaterThan(20_000);
  });

  it('names the teams of §3 on workforce rows and supervisors', () => {
    const teams = new Set(demoTeamsForMeasures().map((t) => t.id));
    expect(local.workforce.every((r) => r.team !== undefined && teams.has(r.team))).toBe(true);
    expect(local.supervision.some((s) => s.supervisorId === 'SW2600000107')).toBe(true);
  });

  it('rejects a malformed today or seed, saying which option is wrong', () => {
    const population = populationFromMeasureData(statutory);
    expect(() => generateLocalRecords(population, { today: '15/07/2026', seed: 1 })).toThrow(/options\.today/);
    expect(() => generateLocalRecords(population, { today: TODAY, seed: 1.5 })).toThrow(/options\.seed/);
  });
});

describe('determinism and the week shift', () => {
  it('gives identical records for the same seed and different ones for another seed', () => {
    const population = populationFromMeasureData(statutory);
    const again = generateLocalRecords(population, { today: TODAY, seed: SEED });
    expect(JSON.stringify(again)).toBe(JSON.stringify(local));
    const empty = populationFromMeasureData({});
    const first = generateLocalRecords(empty, { today: TODAY, seed: 1 });
    const second = generateLocalRecords(empty, { today: TODAY, seed: 2 });
    expect(JSON.stringify(second.contacts)).not.toBe(JSON.stringify(first.contacts));
    expect(JSON.stringify(second.workforce)).not.toBe(JSON.stringify(first.workforce));
  });

  it('moves the story by whole weeks when demo today differs', () => {
    const today = '2026-10-16';
    const offset = storyOffsetDays(today);
    expect(offset).toBe(91);
    const shiftedStatutory = sampleStatutoryData({ today, seed: 11 });
    const shifted = generateLocalRecords(populationFromMeasureData(shiftedStatutory), { today, seed: SEED });
    const shiftedData = prepare({ ...shiftedStatutory, ...shifted });
    const kf204117 = shifted.placementRegister.find(
      (r) => r.childId === 'KF204117' && r.registrationStatus === 'unregistered',
    );
    expect(kf204117?.start).toBe(addDays('2026-01-14', offset));
    const atShifted = (date: IsoDate) => {
      const out = computeMeasure('unregistered-provision', shiftedData, addDays(date, offset));
      return out.status === 'ok' ? [...out.contributors].sort() : [];
    };
    expect(atShifted('2026-02-20')).toEqual(['KF204117', 'KF211402']);
    expect(atShifted(TODAY)).toEqual(['KF204117', 'KF216003']);
    expect(shifted.contacts.at(-1)!.receivedAt.slice(0, 10) <= today).toBe(true);
    expect(shifted.contacts[0]!.receivedAt.slice(0, 10) >= addDays('2023-04-01', offset)).toBe(true);
    // The measures keep their story at the shifted today.
    expect(value(computeMeasure('repeat-missing', shiftedData, today))).toBe(12);
    expect(value(computeMeasure('neglect-drift', shiftedData, today))).toBe(9);
    expect(Math.abs(value(computeMeasure('pathway-plans-in-date', shiftedData, today)) - 71)).toBeLessThanOrEqual(2);
  });
});

describe('populationFromMeasureData', () => {
  it('stitches episodes into periods of care and placements, and finds care leavers', () => {
    const population = populationFromMeasureData({
      claChildren: [
        { childId: 'A1', dateOfBirth: '2007-05-01', sex: 'F', uasc: false },
        { childId: 'A2', dateOfBirth: '2015-02-01', sex: 'M', uasc: false },
      ],
      claEpisodes: [
        {
          childId: 'A1',
          start: '2022-01-10',
          end: '2023-03-01',
          reasonNewEpisode: 'S',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placement: 'U4',
        },
        {
          childId: 'A1',
          start: '2023-03-01',
          end: '2024-06-01',
          reasonNewEpisode: 'L',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placement: 'U4',
        },
        {
          childId: 'A1',
          start: '2024-06-01',
          end: '2025-05-01',
          reasonNewEpisode: 'P',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placement: 'K3',
          urn: 'SA123456',
          reasonEnded: 'E8',
        },
        {
          childId: 'A2',
          start: '2024-01-01',
          end: '2024-03-01',
          reasonNewEpisode: 'S',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placement: 'U1',
          reasonEnded: 'E4A',
        },
        {
          childId: 'A2',
          start: '2025-01-01',
          reasonNewEpisode: 'S',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placement: 'U1',
        },
      ],
      cpPlans: [
        {
          childId: 'B1',
          planId: 'P1',
          start: '2025-01-01',
          initialCategory: 'NEG',
          latestCategory: 'NEG',
          previousPlans: 1,
        },
      ],
      cinReferrals: [
        { childId: 'B1', referralId: 'R1', referralDate: '2024-12-01', source: '5A', primaryNeed: 'N1', nfa: false },
      ],
      cinAssessments: [{ childId: 'B1', referralId: 'R1', start: '2024-12-02', authorised: '2024-12-20', factors: [] }],
    });
    const a1 = population.lookedAfter.find((c) => c.childId === 'A1')!;
    expect(a1.periods).toEqual([{ start: '2022-01-10', end: '2025-05-01' }]);
    expect(a1.placements.map((p) => [p.start, p.end, p.place])).toEqual([
      ['2022-01-10', '2024-06-01', 'U4'],
      ['2024-06-01', '2025-05-01', 'K3'],
    ]);
    const a2 = population.lookedAfter.find((c) => c.childId === 'A2')!;
    expect(a2.periods).toEqual([{ start: '2024-01-01', end: '2024-03-01' }, { start: '2025-01-01' }]);
    expect(population.careLeavers).toEqual([{ childId: 'A1', dateOfBirth: '2007-05-01', ceasedCare: '2025-05-01' }]);
    expect(population.cpPlans).toEqual([
      { childId: 'B1', planId: 'P1', start: '2025-01-01', category: 'NEG', previousPlans: 1 },
    ]);
    expect(population.cinEpisodes[0]!.assessments).toEqual([{ start: '2024-12-02', authorised: '2024-12-20' }]);
  });
});
