import { addMonths, englandAndWales } from '@waypoint/calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CinCensus, generateCensus, readCensus } from '../src/index.ts';

const YEAR_START = '2025-04-01';
const YEAR_END = '2026-03-31';
const inYear = (date: string) => date >= YEAR_START && date <= YEAR_END;
const share = (part: number, whole: number) => part / whole;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

let census: CinCensus;

beforeAll(async () => {
  census = await readCensus(generateCensus({ children: 1500, year: 2026, seed: 3, laNumber: '990', errorRate: 0 }));
});

describe('generated journeys (2025/26, 1,500 children)', () => {
  it('has repeat referrals within 12 months and NFA referrals that close the day they open', () => {
    const { CINdetails } = census.tables;
    const byChild = groupBy(CINdetails, (r) => r.LAchildID);
    let rereferrals = 0;
    for (const episodes of byChild.values()) {
      for (let i = 1; i < episodes.length; i++) {
        if (episodes[i]!.CINreferralDate <= addMonths(episodes[i - 1]!.CINreferralDate, 12)) rereferrals++;
      }
    }
    const referrals = CINdetails.filter((r) => inYear(r.CINreferralDate)).length;
    expect(share(rereferrals, referrals)).toBeGreaterThan(0.12);
    expect(share(rereferrals, referrals)).toBeLessThan(0.35);

    const nfa = CINdetails.filter((r) => r.ReferralNFA === 'true');
    expect(share(nfa.length, referrals)).toBeGreaterThan(0.03);
    expect(share(nfa.length, referrals)).toBeLessThan(0.1);
    for (const r of nfa) {
      expect(r.CINclosureDate).toBe(r.CINreferralDate);
      const activity = [census.tables.Assessments, census.tables.Section47, census.tables.ChildProtectionPlans].some(
        (table) => table.some((row) => row.LAchildID === r.LAchildID && row.CINdetailsID === r.CINdetailsID),
      );
      expect(activity).toBe(false);
    }
  });

  it('identifies neglect (16A) and the other factors at realistic frequencies, 21 only alone', () => {
    const completed = census.tables.Assessments.filter((a) => inYear(a.AssessmentAuthorisationDate));
    const factors = census.tables.AssessmentFactorsList;
    const rate = (code: string) => share(factors.filter((f) => f.AssessmentFactor === code).length, completed.length);
    expect(rate('16A')).toBeGreaterThan(0.1);
    expect(rate('16A')).toBeLessThan(0.3);
    for (const common of ['3B', '4B', '17A', '18C', '2B', '1B', '20']) expect(rate(common)).toBeGreaterThan(0.04);
    for (const rarer of ['19C', '24A', '11A', '15A', '7A']) expect(rate(rarer)).toBeGreaterThan(0);
    const onlyAlone = completed.filter((a) => a.AssessmentFactors.split(',').includes('21'));
    expect(onlyAlone.length).toBeGreaterThan(0);
    expect(onlyAlone.every((a) => a.AssessmentFactors === '21')).toBe(true);
  });

  it('holds ICPCs on working days, most within 15 working days of the S47 start', () => {
    const conferences = census.tables.Section47.filter((s) => inYear(s.DateOfInitialCPC));
    expect(conferences.length).toBeGreaterThan(50);
    for (const s of conferences) expect(englandAndWales.isWorkingDay(s.DateOfInitialCPC)).toBe(true);
    const within15 = conferences.filter(
      (s) => englandAndWales.elapsedWorkingDays(s.S47ActualStartDate, s.DateOfInitialCPC) <= 15,
    );
    expect(share(within15.length, conferences.length)).toBeGreaterThan(0.7);
    expect(share(within15.length, conferences.length)).toBeLessThan(0.95);
  });

  it('starts CP plans on the ICPC date, with neglect the largest category and reviews at 3 then 6 months', () => {
    const { ChildProtectionPlans: plans, Section47, CINdetails, Reviews } = census.tables;
    const started = plans.filter((p) => inYear(p.CPPstartDate));
    expect(started.length).toBeGreaterThan(30);
    for (const p of started) {
      const sameEpisode = (r: { LAchildID: string; CINdetailsID: string }) =>
        r.LAchildID === p.LAchildID && r.CINdetailsID === p.CINdetailsID;
      const conference =
        Section47.some((s) => sameEpisode(s) && s.DateOfInitialCPC === p.CPPstartDate) ||
        CINdetails.some((c) => sameEpisode(c) && c.DateOfInitialCPC === p.CPPstartDate);
      expect(conference).toBe(true);
    }
    const categories = groupBy(plans, (p) => p.InitialCategoryOfAbuse);
    const largest = [...categories].sort((a, b) => b[1].length - a[1].length)[0]![0];
    expect(largest).toBe('NEG');

    let firstOnTime = 0;
    let first = 0;
    let laterOnTime = 0;
    let later = 0;
    for (const p of plans) {
      const dates = Reviews.filter(
        (r) => r.LAchildID === p.LAchildID && r.CINdetailsID === p.CINdetailsID && r.CPPID === p.CPPID,
      ).map((r) => r.CPPreviewDate);
      if (dates.length === 0) continue;
      first++;
      if (dates[0]! <= addMonths(p.CPPstartDate, 3)) firstOnTime++;
      for (let i = 1; i < dates.length; i++) {
        later++;
        if (dates[i]! <= addMonths(dates[i - 1]!, 6)) laterOnTime++;
      }
    }
    expect(share(firstOnTime, first)).toBeGreaterThan(0.85);
    expect(share(laterOnTime, later)).toBeGreaterThan(0.9);
  });

  it('has repeat CP plans: NumberOfPreviousCPP counts earlier plans, including ones in the same file', () => {
    const plans = census.tables.ChildProtectionPlans;
    const started = plans.filter((p) => inYear(p.CPPstartDate));
    const repeat = started.filter((p) => Number(p.NumberOfPreviousCPP) >= 1);
    expect(share(repeat.length, started.length)).toBeGreaterThan(0.12);
    expect(share(repeat.length, started.length)).toBeLessThan(0.4);
    const twice = [...groupBy(plans, (p) => p.LAchildID).values()].filter((ps) => ps.length > 1);
    expect(twice.length).toBeGreaterThan(0);
    for (const ps of twice) {
      const sorted = ps.toSorted((a, b) => a.CPPstartDate.localeCompare(b.CPPstartDate));
      for (let i = 1; i < sorted.length; i++) {
        expect(Number(sorted[i]!.NumberOfPreviousCPP)).toBe(Number(sorted[i - 1]!.NumberOfPreviousCPP) + 1);
      }
    }
  });

  it('has CIN plans, closures with reasons, disabilities, unborn children and many ethnicities', () => {
    const { CINplanDates, CINdetails, Disabilities, ChildIdentifiers, ChildCharacteristics } = census.tables;
    expect(CINplanDates.length).toBeGreaterThan(300);
    const reasons = new Set(CINdetails.map((c) => c.ReasonForClosure).filter((r) => r !== ''));
    for (const reason of ['RC3', 'RC4', 'RC5', 'RC7', 'RC8', 'RC9']) expect(reasons).toContain(reason);
    const codes = new Set(Disabilities.map((d) => d.Disability));
    expect(codes.size).toBeGreaterThanOrEqual(9);
    expect(ChildIdentifiers.some((c) => c.ExpectedPersonBirthDate !== '')).toBe(true);
    expect(new Set(ChildCharacteristics.map((c) => c.Ethnicity)).size).toBeGreaterThanOrEqual(12);
  });
});
