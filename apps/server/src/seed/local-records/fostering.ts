/**
 * In-house foster carers (P6): the household register (81 on 1 April 2025 → 76 on 31 March 2026 with
 * 7 approved and 12 deregistered; +2 in April–June 2026) and the recruitment funnel (214 enquiries →
 * 61 initial visits → 19 applications → 7 approvals in 2025/26; enquiries up 40% after the June 2026 campaign).
 */
import type { FosterEnquiry, FosterHousehold } from '@waypoint/measures';
import type { GenContext } from './context.ts';
import type { Rng } from './random.ts';
import { iso, onOrNextWorkingDay } from './timeline.ts';

/** Households on the register on 1 April 2023 (story). */
const HOUSEHOLDS_AT_START = 86;

/**
 * Approvals and deregistrations by story period (from, to inclusive). 2025/26 is 7 approved and 12
 * deregistered, with the losses early in the year, so the rolling 12-month net climbs from −5 (March 2026)
 * to +2 (June 2026) once the campaign's approvals arrive.
 */
const HOUSEHOLD_CHANGES: { from: string; to: string; approved: number; deregistered: number }[] = [
  { from: '2023-04-01', to: '2024-03-31', approved: 9, deregistered: 11 },
  { from: '2024-04-01', to: '2025-03-31', approved: 8, deregistered: 11 },
  { from: '2025-04-01', to: '2025-06-30', approved: 0, deregistered: 5 },
  { from: '2025-07-01', to: '2026-03-31', approved: 7, deregistered: 7 },
  { from: '2026-04-01', to: '2026-04-30', approved: 0, deregistered: 1 },
  { from: '2026-05-01', to: '2026-06-30', approved: 3, deregistered: 0 },
];

/** Funnel events by story reporting year (approvals equal the households approved). */
const FUNNEL: { from: string; to: string; enquiries: number; visits: number; applications: number }[] = [
  { from: '2023-04-01', to: '2024-03-31', enquiries: 230, visits: 64, applications: 20 },
  { from: '2024-04-01', to: '2025-03-31', enquiries: 221, visits: 62, applications: 19 },
  { from: '2025-04-01', to: '2026-03-31', enquiries: 214, visits: 61, applications: 19 },
  { from: '2026-04-01', to: '2026-05-31', enquiries: 36, visits: 10, applications: 3 },
  { from: '2026-06-01', to: '2026-07-15', enquiries: 38, visits: 9, applications: 3 },
];

const DEREGISTRATION_REASONS = [
  'retired',
  'moved to an independent fostering agency',
  'change in household circumstances',
  'child stayed under a special guardianship order',
  'resigned',
  'standards of care concerns',
];

/** The foster household register and recruitment enquiries. */
export function generateFostering(ctx: GenContext): { households: FosterHousehold[]; enquiries: FosterEnquiry[] } {
  const rng = ctx.rng('fostering');
  const { tl } = ctx;
  const within = (from: string, to: string) => {
    const a = tl.at(from);
    const b = Math.min(tl.at(to), tl.today);
    return { a, b };
  };
  // Households approved before the demo years.
  const households: { approved: number; deregistered?: number; reason?: string }[] = [];
  for (let i = 0; i < HOUSEHOLDS_AT_START; i++) {
    households.push({ approved: tl.at('2023-03-31') - rng.int(30, 6500) });
  }
  const enquiries: FosterEnquiry[] = [];
  const approvals: number[] = [];
  for (const change of HOUSEHOLD_CHANGES) {
    const { a, b } = within(change.from, change.to);
    if (a > b) continue;
    const full = tl.at(change.to) <= tl.today;
    const approved = full ? change.approved : Math.round((change.approved * (b - a + 1)) / (tl.at(change.to) - a + 1));
    const deregistered = full
      ? change.deregistered
      : Math.round((change.deregistered * (b - a + 1)) / (tl.at(change.to) - a + 1));
    for (let i = 0; i < approved; i++) approvals.push(onOrNextWorkingDay(rng.int(a, b - 3)));
    for (let i = 0; i < deregistered; i++) {
      const day = onOrNextWorkingDay(rng.int(a, b - 3));
      const open = households.filter((h) => h.approved < day - 60 && h.deregistered === undefined);
      const h = rng.pick(open);
      h.deregistered = day;
      h.reason = rng.pick(DEREGISTRATION_REASONS);
    }
  }
  approvals.sort((x, y) => x - y);
  for (const day of approvals) households.push({ approved: day });
  // Each approval comes from an enquiry chain: enquiry → visit → application → panel → approval.
  // Weeks from application to approval: a median of 36 in every year's approvals.
  const weeks = [36, 33, 39, 35, 37, 31, 41, 34, 38];
  approvals.forEach((day, i) => {
    const application = day - weeks[i % weeks.length]! * 7;
    const visit = application - rng.int(3, 8) * 7;
    const enquiry = visit - rng.int(7, 28);
    enquiries.push({
      enquiryId: '',
      enquiryDate: iso(enquiry),
      initialVisitDate: iso(visit),
      applicationDate: iso(application),
      panelDate: iso(day - rng.int(7, 14)),
      approvalDate: iso(day),
    });
  });
  // Further enquiries to make each period's funnel counts (by the date of each step). Latest period
  // first: a chain's earlier steps fall in earlier periods, which then need fewer of their own.
  const counted = (field: 'enquiryDate' | 'initialVisitDate' | 'applicationDate', a: number, b: number) =>
    enquiries.filter((e) => {
      const v = e[field];
      return v !== undefined && v >= iso(a) && v <= iso(b);
    }).length;
  for (const period of [...FUNNEL].reverse()) {
    const { a, b } = within(period.from, period.to);
    if (a > b) continue;
    const scale = Math.min(1, (b - a + 1) / (tl.at(period.to) - a + 1));
    addChains(ctx, rng, enquiries, a, b, {
      applications: Math.round(period.applications * scale) - counted('applicationDate', a, b),
      visits: Math.round(period.visits * scale) - counted('initialVisitDate', a, b),
      enquiries: Math.round(period.enquiries * scale) - counted('enquiryDate', a, b),
    });
  }
  enquiries.sort((x, y) => (x.enquiryDate < y.enquiryDate ? -1 : x.enquiryDate > y.enquiryDate ? 1 : 0));
  enquiries.forEach((e, i) => {
    e.enquiryId = `FE${String(i + 1).padStart(5, '0')}`;
  });
  households.sort((x, y) => x.approved - y.approved);
  return {
    households: households.map((h, i) => ({
      householdId: `FH${String(i + 1).padStart(4, '0')}`,
      approvedDate: iso(h.approved),
      ...(h.deregistered !== undefined
        ? { deregisteredDate: iso(h.deregistered), deregistrationReason: h.reason }
        : {}),
    })),
    enquiries,
  };
}

/**
 * Adds chains ending at an application (withdrawn later, or still being assessed), at a visit, or at
 * an enquiry, dated so that the step's date falls in [a, b].
 */
function addChains(
  ctx: GenContext,
  rng: Rng,
  out: FosterEnquiry[],
  a: number,
  b: number,
  need: { applications: number; visits: number; enquiries: number },
): void {
  const today = ctx.tl.today;
  const withdraw = (from: number): { withdrawnDate?: string } => {
    const day = from + rng.int(14, 120);
    return day <= today && rng.chance(0.85) ? { withdrawnDate: iso(day) } : {};
  };
  let visits = need.visits;
  let enquiries = need.enquiries;
  for (let i = 0; i < need.applications; i++) {
    const application = onOrNextWorkingDay(rng.int(a, b));
    const visit = application - rng.int(3, 8) * 7;
    const enquiry = visit - rng.int(7, 28);
    if (visit >= a) visits--;
    if (enquiry >= a) enquiries--;
    const assessment = application + rng.int(8, 30) * 7;
    out.push({
      enquiryId: '',
      enquiryDate: iso(enquiry),
      initialVisitDate: iso(visit),
      applicationDate: iso(Math.min(application, today)),
      ...(assessment <= today && rng.chance(0.8) ? { withdrawnDate: iso(assessment) } : {}),
    });
  }
  for (let i = 0; i < visits; i++) {
    const visit = onOrNextWorkingDay(rng.int(a, b));
    const enquiry = visit - rng.int(7, 28);
    if (enquiry >= a) enquiries--;
    out.push({
      enquiryId: '',
      enquiryDate: iso(enquiry),
      initialVisitDate: iso(Math.min(visit, today)),
      ...withdraw(visit),
    });
  }
  for (let i = 0; i < enquiries; i++) {
    const enquiry = Math.min(today, rng.int(a, b));
    out.push({ enquiryId: '', enquiryDate: iso(enquiry), ...withdraw(enquiry) });
  }
}
