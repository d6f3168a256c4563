import { describe, expect, it } from 'vitest';
import { type CinCensus, generateCensus, readCensus, validateCensus } from '../src/index.ts';
import {
  CLOSED_EARLIER,
  DEMO_STORIES,
  LONG_NEGLECT_PLAN,
  PREVIOUS_PLANS_MISSING,
  SATURDAY_CONFERENCE,
  STEPPED_DOWN_AND_BACK,
  THIRD_PLAN,
} from './demo-stories.ts';

const generate = (year: number) =>
  generateCensus({ children: 40, year, seed: 1, laNumber: '990', errorRate: 0, extraChildren: DEMO_STORIES });

function rowsOf(census: CinCensus, id: string) {
  const pick = <T extends { LAchildID: string }>(rows: T[]) => rows.filter((r) => r.LAchildID === id);
  const t = census.tables;
  return {
    child: pick(t.ChildIdentifiers)[0],
    episodes: pick(t.CINdetails),
    assessments: pick(t.Assessments),
    section47s: pick(t.Section47),
    cinPlans: pick(t.CINplanDates),
    plans: pick(t.ChildProtectionPlans),
    reviews: pick(t.Reviews).map((r) => r.CPPreviewDate),
  };
}

describe('extraChildren: named stories in a generated return', () => {
  it('adds each story child after the generated ones, leaving out a child with nothing in the year', async () => {
    const census = await readCensus(generate(2026));
    const ids = census.tables.ChildIdentifiers.map((c) => c.LAchildID);
    expect(ids.slice(40)).toEqual(DEMO_STORIES.filter((s) => s !== CLOSED_EARLIER).map((s) => s.id));
    expect(ids).not.toContain(CLOSED_EARLIER.id);
    // ...who does appear in 2024/25, when the episode was open.
    expect((await readCensus(generate(2025))).tables.ChildIdentifiers.map((c) => c.LAchildID)).toContain(
      CLOSED_EARLIER.id,
    );
  });

  it('keeps only what each census year holds of a story spanning three years', async () => {
    const in2025 = rowsOf(await readCensus(generate(2025)), STEPPED_DOWN_AND_BACK.id);
    // 2024/25: the first episode is open at 31 March 2025, its CP plan ended on 6 March and a CIN plan began.
    expect(in2025.episodes.map((e) => [e.CINreferralDate, e.CINclosureDate])).toEqual([['2024-03-04', '']]);
    expect(in2025.assessments.map((a) => a.AssessmentAuthorisationDate)).toEqual(['2024-04-16']);
    expect(in2025.plans.map((p) => [p.CPPstartDate, p.CPPendDate, p.NumberOfPreviousCPP])).toEqual([
      ['2024-04-05', '2025-03-06', '0'],
    ]);
    expect(in2025.cinPlans.map((p) => [p.CINPlanStartDate, p.CINPlanEndDate])).toEqual([['2025-03-06', '']]);

    const in2026 = rowsOf(await readCensus(generate(2026)), STEPPED_DOWN_AND_BACK.id);
    // 2025/26: the first episode closes in June (its assessment, S47 and plan belong to last year); the re-referral
    // in October leads to a repeat plan counted from the story.
    expect(in2026.episodes.map((e) => [e.CINreferralDate, e.CINclosureDate, e.ReasonForClosure])).toEqual([
      ['2024-03-04', '2025-06-27', 'RC7'],
      ['2025-10-20', '', ''],
    ]);
    expect(in2026.assessments.map((a) => a.AssessmentActualStartDate)).toEqual(['2025-10-21']);
    expect(in2026.section47s.map((s) => s.DateOfInitialCPC)).toEqual(['2025-11-12']);
    expect(in2026.plans.map((p) => [p.CPPstartDate, p.NumberOfPreviousCPP])).toEqual([['2025-11-12', '1']]);
    expect(in2026.cinPlans.map((p) => [p.CINPlanStartDate, p.CINPlanEndDate])).toEqual([['2025-03-06', '2025-06-19']]);
  });

  it('shows a long plan open at the census date with its reviews to date and the stated previous plans', async () => {
    const in2026 = rowsOf(await readCensus(generate(2026)), THIRD_PLAN.id);
    expect(in2026.plans.map((p) => [p.CPPstartDate, p.CPPendDate, p.NumberOfPreviousCPP])).toEqual([
      ['2024-12-19', '', '2'],
    ]);
    expect(in2026.section47s).toEqual([]);
    expect(in2026.reviews).toEqual(['2025-03-13', '2025-09-04', '2026-02-26']);
    const in2025 = rowsOf(await readCensus(generate(2025)), THIRD_PLAN.id);
    expect(in2025.reviews).toEqual(['2025-03-13']);
    expect(in2025.section47s.map((s) => s.DateOfInitialCPC)).toEqual(['2024-12-19']);

    const drift = rowsOf(await readCensus(generate(2026)), LONG_NEGLECT_PLAN.id);
    expect(drift.plans.map((p) => [p.CPPstartDate, p.LatestCategoryOfAbuse, p.NumberOfPreviousCPP])).toEqual([
      ['2024-01-25', 'NEG', '1'],
    ]);
  });

  it('writes a story child with the same made-up UPN every year', async () => {
    const upn2025 = rowsOf(await readCensus(generate(2025)), THIRD_PLAN.id).child?.UPN;
    const upn2026 = rowsOf(await readCensus(generate(2026)), THIRD_PLAN.id).child?.UPN;
    expect(upn2025).toMatch(/^[A-Z]990\d{9}$/);
    expect(upn2026).toBe(upn2025);
  });

  it('carries the seeded issues the stories tell (8875 Saturday ICPC, 8730 missing previous plans) and no others', async () => {
    const result = await validateCensus(generate(2026), { year: 2026 });
    const storyIssues = result.issues.filter((i) => i.child?.startsWith('KF') && i.rule !== '1530');
    expect(storyIssues.map((i) => `${i.child} ${i.rule} ${i.column}=${i.value}`)).toEqual([
      `${SATURDAY_CONFERENCE.id} 8875 DateOfInitialCPC=2026-02-14`,
      `${PREVIOUS_PLANS_MISSING.id} 8730 NumberOfPreviousCPP=`,
    ]);
  });

  it('refuses two stories with the same LAchildID', () => {
    expect(() =>
      generateCensus({
        children: 1,
        year: 2026,
        seed: 1,
        laNumber: '990',
        extraChildren: [THIRD_PLAN, { ...LONG_NEGLECT_PLAN, id: THIRD_PLAN.id }],
      }),
    ).toThrow(/LAchildID 'KF188402' is used by two stories/);
  });

  it('refuses a story date that is not a real date, naming the story, record and field', () => {
    const broken = {
      ...THIRD_PLAN,
      episodes: [{ ...THIRD_PLAN.episodes[0]!, cpPlans: [{ start: '2024-02-30', initialCategory: 'NEG' }] }],
    };
    expect(() =>
      generateCensus({ children: 1, year: 2026, seed: 1, laNumber: '990', extraChildren: [broken] }),
    ).toThrow(
      `extraChildren: story 'KF188402', episode 1 CP plan 1 start: "2024-02-30" is not a real date — write dates as YYYY-MM-DD`,
    );
  });
});
