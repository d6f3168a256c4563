/**
 * Waypoint's definitions reproduce DfE's published figures: synthetic child-level records that match a
 * published LA row (Darlington 2025 for CIN, Hartlepool for CLA; England for CSWW) give the published
 * value at its published precision. Published values come from reference-data/benchmarks.json.
 */
import { readFileSync } from 'node:fs';
import { englandAndWales } from '@waypoint/calendar';
import { describe, expect, it } from 'vitest';
import {
  type BenchmarkSet,
  type ClaChild,
  type ClaEpisode,
  computeAnnual,
  type MeasureData,
  type MeasureOutcome,
} from '../src/index.ts';
import { claChild, episode } from './helpers.ts';

const set: BenchmarkSet = JSON.parse(
  readFileSync(new URL('../reference-data/benchmarks.json', import.meta.url), 'utf8'),
);
const published = (key: string, year: number, gss?: string) => {
  const y = set.series[key]!.years[String(year)]!;
  return gss ? y.las[gss]! : y.england!;
};
const value = (o: MeasureOutcome) => {
  if (o.status !== 'ok') throw new Error(o.reason);
  return o.value;
};
const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const DARLINGTON = 'E06000005';
const HARTLEPOOL = 'E06000001';

describe('CIN census measures reproduce Darlington 2025', () => {
  const pop = published('cin-rate', 2025, DARLINGTON).denominator!; // ONS mid-2024, 22,771
  // 1,117 referrals in 2024/25: 145 re-referrals within 12 months, 162 NFA, 232 closed not in need (RC8).
  const cinReferrals: MeasureData['cinReferrals'] = [];
  ids('R', 1117).forEach((child, i) => {
    if (i < 145) {
      cinReferrals.push({
        childId: child,
        referralId: 'prev',
        referralDate: '2024-01-15',
        source: '6',
        primaryNeed: 'N1',
        closureDate: '2024-02-01',
        closureReason: 'RC7',
        nfa: false,
      });
    }
    const nfa = i >= 145 && i < 145 + 162;
    const notInNeed = i >= 400 && i < 400 + 232;
    cinReferrals.push({
      childId: child,
      referralId: 'r',
      referralDate: '2024-06-03',
      source: '6',
      primaryNeed: nfa ? 'N9' : 'N1',
      nfa,
      closureDate: nfa ? '2024-06-04' : notInNeed ? '2024-09-02' : '2024-10-01',
      closureReason: nfa ? 'RC7' : notInNeed ? 'RC8' : 'RC7',
    });
  });
  // 1,002 children in need at 31 March 2025.
  ids('N', 1002).forEach((child) => {
    cinReferrals.push({
      childId: child,
      referralId: 'open',
      referralDate: '2023-01-10',
      source: '2A',
      primaryNeed: 'N1',
      nfa: false,
    });
  });
  // The 1,002 open referrals started before the year, so they do not change the referral counts.
  const data: MeasureData = { cinReferrals, population0to17: [{ year: 2025, value: pop }] };

  it('referrals-rate, NFA and re-referrals', () => {
    expect(value(computeAnnual('referrals-rate', data, 2025))).toBeCloseTo(
      published('referrals-rate', 2025, DARLINGTON).value!,
      3,
    );
    expect(round(value(computeAnnual('referrals-rate', data, 2025, { variant: 'nfa' })), 1)).toBe(
      published('referrals-rate:nfa', 2025, DARLINGTON).value,
    );
    expect(round(value(computeAnnual('re-referrals-12m', data, 2025)), 1)).toBe(
      published('re-referrals-12m', 2025, DARLINGTON).value,
    );
  });

  it('assessments-not-in-need (DfE per-referral form)', () => {
    const r = computeAnnual('assessments-not-in-need', { ...data, cinAssessments: [] }, 2025, {
      variant: 'per-referral',
    });
    expect(round(value(r), 1)).toBe(published('assessments-not-in-need:per-referral', 2025, DARLINGTON).value); // 20.8
  });

  it('cin-rate', () => {
    expect(value(computeAnnual('cin-rate', data, 2025))).toBeCloseTo(published('cin-rate', 2025, DARLINGTON).value!, 3);
  });

  it('s47-rate and icpc-15wd (141 ICPCs; bands 12 / 80 / 21 / 27; quartiles 14, 15, 20)', () => {
    // DfE's bands sum to 140 of the 141 ICPCs; the one it could not band is given 30 working days here.
    const section47s: MeasureData['section47s'] = [];
    const bands = [
      [12, 8],
      [25, 14],
      [55, 15],
      [21, 20],
      [28, 30],
    ] as const;
    let n = 0;
    for (const [count, wd] of bands) {
      for (let i = 0; i < count; i++) {
        const start = '2024-07-01';
        section47s.push({
          childId: `S${n++}`,
          referralId: 'r',
          start,
          icpcDate: englandAndWales.addWorkingDays(start, wd),
          icpcNotRequired: false,
        });
      }
    }
    for (; n < 403; n++)
      section47s.push({ childId: `S${n}`, referralId: 'r', start: '2024-09-02', icpcNotRequired: true });
    const d: MeasureData = { section47s, population0to17: [{ year: 2025, value: pop }] };
    expect(value(computeAnnual('s47-rate', d, 2025))).toBeCloseTo(published('s47-rate', 2025, DARLINGTON).value!, 3);
    const icpc = computeAnnual('icpc-15wd', d, 2025);
    expect(value(icpc)).toBeCloseTo(published('icpc-15wd', 2025, DARLINGTON).value!, 3);
    expect(icpc.status === 'ok' && icpc.breakdown?.['median-working-days']?.value).toBe(15);
  });

  it('cp-repeat-plans, cp-2-years-plus and cp-rate', () => {
    const cpPlans: MeasureData['cpPlans'] = [];
    ids('C', 114).forEach((child, i) => {
      cpPlans.push({
        childId: child,
        planId: 'p',
        start: '2024-08-01',
        end: '2024-12-01',
        initialCategory: 'NEG',
        latestCategory: 'NEG',
        previousPlans: i < 23 ? 1 : 0,
      });
    });
    ids('O', 92).forEach((child, i) => {
      cpPlans.push({
        childId: child,
        planId: 'p',
        start: i < 6 ? '2023-03-31' : '2024-02-01',
        initialCategory: 'EMO',
        latestCategory: 'EMO',
        previousPlans: 0,
      });
    });
    const d: MeasureData = { cpPlans, population0to17: [{ year: 2025, value: pop }] };
    expect(round(value(computeAnnual('cp-repeat-plans', d, 2025)), 1)).toBe(
      published('cp-repeat-plans', 2025, DARLINGTON).value,
    ); // 20.2
    expect(round(value(computeAnnual('cp-2-years-plus', d, 2025)), 1)).toBe(
      published('cp-2-years-plus', 2025, DARLINGTON).value,
    ); // 6.5
    expect(value(computeAnnual('cp-rate', d, 2025))).toBeCloseTo(published('cp-rate', 2025, DARLINGTON).value!, 3);
  });
});

describe('903 measures reproduce Hartlepool', () => {
  const pop = published('cla-rate', 2025, HARTLEPOOL).denominator!; // 21,090
  // 332 looked after at 31 March 2025: 126 under 16 in care since 2022 (75 with the same carer, 51 who moved
  // in June 2023 and June 2024), 127 aged 16+ in care since 2022 (9 of whom moved the same way), and 79 who
  // started in May 2024 (31 of whom moved in June and October 2024). 47 more started and left in the year.
  const claChildren: ClaChild[] = [];
  const claEpisodes: ClaEpisode[] = [];
  const moved = (id: string, start: string, first: string, second: string) => {
    claEpisodes.push(
      episode(id, start, first),
      episode(id, first, second, { reasonNewEpisode: 'P' }),
      episode(id, second, undefined, { reasonNewEpisode: 'P' }),
    );
  };
  ids('L', 126).forEach((id, i) => {
    claChildren.push(claChild(id, '2012-01-01'));
    if (i < 75) claEpisodes.push(episode(id, '2022-01-01', undefined));
    else moved(id, '2022-01-01', '2023-06-01', '2024-06-01');
  });
  ids('T', 127).forEach((id, i) => {
    claChildren.push(claChild(id, '2008-01-01'));
    if (i < 9) moved(id, '2022-01-01', '2023-06-01', '2024-06-01');
    else claEpisodes.push(episode(id, '2022-01-01', undefined));
  });
  ids('N', 79).forEach((id, i) => {
    claChildren.push(claChild(id, '2015-01-01'));
    if (i < 31) moved(id, '2024-05-01', '2024-06-01', '2024-10-01');
    else claEpisodes.push(episode(id, '2024-05-01', undefined));
  });
  ids('X', 47).forEach((id) => {
    claChildren.push(claChild(id, '2015-01-01'));
    claEpisodes.push(episode(id, '2024-05-01', '2024-12-01', { reasonEnded: 'E4A' }));
  });
  const data: MeasureData = { claChildren, claEpisodes, population0to17: [{ year: 2025, value: pop }] };

  it('cla-rate and starts (published as whole numbers per 10,000)', () => {
    expect(Math.round(value(computeAnnual('cla-rate', data, 2025)))).toBe(
      published('cla-rate', 2025, HARTLEPOOL).value,
    ); // 157
    expect(Math.round(value(computeAnnual('cla-rate', data, 2025, { variant: 'starts' })))).toBe(
      published('cla-rate:starts', 2025, HARTLEPOOL).value,
    ); // 60
  });

  it('placement stability: short (9%), two-year (24%) and long-term (60%)', () => {
    for (const key of ['placement-stability-short', 'placement-stability-2yr', 'placement-stability-long']) {
      const r = computeAnnual(key, data, 2025);
      const p = published(key, 2025, HARTLEPOOL);
      expect(r.status === 'ok' && [r.numerator, r.denominator], key).toEqual([p.numerator, p.denominator]);
      expect(Math.round(value(r)), key).toBe(p.value);
    }
  });

  it('cla-3plus-social-workers (2024: 52 of 334)', () => {
    const kids = ids('W', 334);
    const d: MeasureData = {
      claChildren: kids.map((id) => claChild(id, '2012-01-01')),
      claEpisodes: kids.map((id) => episode(id, '2020-01-01', undefined)),
      socialWorkerEpisodes: kids.flatMap((id, i) =>
        i < 52
          ? [
              { childId: id, workerId: 'SW1', start: '2023-01-01', end: '2023-06-01' },
              { childId: id, workerId: 'SW2', start: '2023-06-01', end: '2023-12-01' },
              { childId: id, workerId: 'SW3', start: '2023-12-01' },
            ]
          : [{ childId: id, workerId: 'SW1', start: '2022-01-01' }],
      ),
    };
    expect(Math.round(value(computeAnnual('cla-3plus-social-workers', d, 2024)))).toBe(
      published('cla-3plus-social-workers', 2024, HARTLEPOOL).value,
    );
  });

  it('exits-sgo-cao (2024: 27 SGO and 19 CAO of 114)', () => {
    const kids = ids('E', 114);
    const d: MeasureData = {
      claEpisodes: kids.map((id, i) =>
        episode(id, '2021-01-01', '2023-10-01', { reasonEnded: i < 27 ? 'E46' : i < 46 ? 'E41' : 'E4A' }),
      ),
    };
    expect(Math.round(value(computeAnnual('exits-sgo-cao', d, 2024, { variant: 'sgo' })))).toBe(
      published('exits-sgo-cao:sgo', 2024, HARTLEPOOL).value,
    );
    expect(Math.round(value(computeAnnual('exits-sgo-cao', d, 2024, { variant: 'cao' })))).toBe(
      published('exits-sgo-cao:cao', 2024, HARTLEPOOL).value,
    );
  });

  it('new placements more than 20 miles from home (29 of 324)', () => {
    const d: MeasureData = {
      claChildren: ids('P', 324).map((id) => claChild(id, '2012-01-01')),
      claEpisodes: ids('P', 324).map((id, i) =>
        episode(
          id,
          '2024-06-01',
          undefined,
          i < 29
            ? { distanceMiles: 30, placementInArea: false }
            : i < 291
              ? { distanceMiles: 5, placementInArea: true }
              : {},
        ),
      ),
    };
    const r = computeAnnual('placed-20-miles', d, 2025, { variant: 'new-placements' });
    const p = published('placed-20-miles:new-placements', 2025, HARTLEPOOL);
    expect(r.status === 'ok' && [r.numerator, r.denominator]).toEqual([p.numerator, p.denominator]);
    expect(value(r)).toBeCloseTo(p.value!, 3);
  });

  it('OC2 health (224, 229, 204 of 248; development 21 of 21) and SDQ (average 13.6; 195 of 197 scored; 75 concern)', () => {
    const oc2: MeasureData['oc2'] = ids('H', 248).map((id, i) => ({
      childId: id,
      year: 2025,
      dateOfBirth: i < 21 ? '2022-01-01' : i < 21 + 197 ? '2013-01-01' : '2008-01-01',
      healthAssessment: i < 224,
      immunisations: i < 229,
      teethCheck: i < 204,
      healthCheck: i < 21,
    }));
    // Scores for the 197 aged 5–16: 75 × 20 (concern), 25 × 15 (borderline), 78 × 8 and 17 × 9 (normal); 2 without.
    const scores = [...Array(75).fill(20), ...Array(25).fill(15), ...Array(78).fill(8), ...Array(17).fill(9)];
    scores.forEach((s, k) => {
      oc2[21 + k]!.sdqScore = s;
    });
    const d: MeasureData = { oc2 };
    const health = computeAnnual('cla-health-assessments', d, 2025);
    expect(Math.round(value(health))).toBe(published('cla-health-assessments', 2025, HARTLEPOOL).value);
    for (const v of ['dental', 'immunisations', 'development']) {
      expect(Math.round(value(computeAnnual('cla-health-assessments', d, 2025, { variant: v }))), v).toBe(
        published(`cla-health-assessments:${v}`, 2025, HARTLEPOOL).value,
      );
    }
    expect(round(value(computeAnnual('cla-sdq-average', d, 2025)), 1)).toBe(
      published('cla-sdq-average', 2025, HARTLEPOOL).value,
    );
    expect(Math.round(value(computeAnnual('cla-sdq-average', d, 2025, { variant: 'with-score' })))).toBe(
      published('cla-sdq-average:with-score', 2025, HARTLEPOOL).value,
    );
    expect(Math.round(value(computeAnnual('cla-sdq-average', d, 2025, { variant: 'cause-for-concern' })))).toBe(
      published('cla-sdq-average:cause-for-concern', 2025, HARTLEPOOL).value,
    );
  });

  it('OC3 suitable accommodation and EET by age band', () => {
    const rows: MeasureData['oc3'] = [];
    const add = (band: '17-18' | '19-21', n: number, suitable: number, eet: number) => {
      for (let i = 0; i < n; i++) {
        rows.push({
          childId: `${band}-${i}`,
          year: 2025,
          dateOfBirth: band === '17-18' ? '2007-01-01' : '2004-01-01',
          inTouch: 'YES',
          accommodation: i < suitable ? 'D1' : 'D2',
          activity: i < eet ? 'F5' : 'G5',
        });
      }
    };
    add('17-18', 27, 24, 16);
    add('19-21', 94, 79, 42);
    const d: MeasureData = { oc3: rows };
    for (const band of ['17-18', '19-21']) {
      expect(
        Math.round(value(computeAnnual('care-leavers-suitable-accommodation', d, 2025, { variant: band }))),
        band,
      ).toBe(published(`care-leavers-suitable-accommodation:${band}`, 2025, HARTLEPOOL).value);
      expect(Math.round(value(computeAnnual('care-leavers-eet', d, 2025, { variant: band }))), band).toBe(
        published(`care-leavers-eet:${band}`, 2025, HARTLEPOOL).value,
      );
    }
  });
});

describe('England figures', () => {
  it('CSWW measures from the England 2025 totals (turnover 11.8, agency 13.0, vacancy 14.2, caseload 15.2, absence 3.5)', () => {
    const d: MeasureData = {
      csww: [
        {
          year: 2025,
          inPostFte: 36186.3,
          leaversFte: 4276.3,
          agencyFte: 5415.9,
          vacancyFte: 5965.4,
          caseHoldersFte: 21105.4,
          cases: 321661,
          workingDaysLost: 322786.3,
        },
      ],
    };
    for (const key of ['sw-turnover', 'sw-agency-rate', 'sw-vacancy-rate', 'sw-caseload', 'sw-absence-rate']) {
      expect(round(value(computeAnnual(key, d, 2025)), 1), key).toBe(published(key, 2025).value);
    }
  });

  it('adoption-decision-to-match: a mean of 304.5 days is the published "00:10" (10 months)', () => {
    const d: MeasureData = {
      adoptions: [
        { childId: 'a', decisionDate: '2023-06-01', matchDate: '2024-03-31', adoptionDate: '2024-10-01' }, // 304 days
        { childId: 'b', decisionDate: '2023-06-01', matchDate: '2024-04-01', adoptionDate: '2024-11-01' }, // 305 days
      ],
    };
    expect(Math.round(value(computeAnnual('adoption-decision-to-match', d, 2025)))).toBe(
      published('adoption-decision-to-match', 2025).value,
    );
  });
});
