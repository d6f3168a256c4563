/**
 * Monthly workforce snapshots (demo-scenario §3): employees, agency workers and vacant posts by team,
 * with starters, leavers (and reasons), cases held and sickness days, so the CSWW formulas give the
 * workforce story: agency 24.1% (Sep 2023) → 16.5% (Jun 2026), two agency-free teams, and so on.
 *
 * Snapshots start a year before the other local records (April 2022) so the rolling 12-month turnover
 * and absence figures are whole from the first month of the demo years.
 */
import { toEpochDay } from '@waypoint/calendar';
import type { WorkforceSnapshot } from '@waypoint/measures';
import type { GenContext } from './context.ts';
import { addMonthsDay } from './context.ts';
import type { Rng } from './random.ts';
import { caseHoldingTeams, DEMO_LEADERS, DEMO_TEAMS, LEADERSHIP_TEAM } from './teams.ts';
import { curve, iso, type MonthWindow, steps, workingDaysBetween } from './timeline.ts';

/** Story curves of the workforce (§3 table; the April 2022 values are the lead-in). */
export const WORKFORCE_STORY = {
  inPostFte: curve([
    ['2022-04-30', 101.0],
    ['2023-09-30', 104.2],
    ['2024-09-30', 108.9],
    ['2025-09-30', 112.4],
    ['2026-06-30', 117.8],
  ]),
  agencyRate: curve([
    ['2022-04-30', 25.0],
    ['2023-09-30', 24.1],
    ['2024-09-30', 22.5],
    ['2025-09-30', 19.7],
    ['2026-06-30', 16.5],
  ]),
  vacancyRate: curve([
    ['2022-04-30', 21.8],
    ['2023-09-30', 21.0],
    ['2024-09-30', 19.4],
    ['2025-09-30', 17.6],
    ['2026-06-30', 13.8],
  ]),
  turnover: curve([
    ['2022-04-30', 23.0],
    ['2023-09-30', 22.3],
    ['2024-09-30', 20.8],
    ['2025-09-30', 19.1],
    ['2026-06-30', 16.9],
  ]),
  caseload: curve([
    ['2022-04-30', 19.9],
    ['2023-09-30', 19.4],
    ['2024-09-30', 18.3],
    ['2025-09-30', 17.6],
    ['2026-06-30', 16.2],
  ]),
  absenceRate: curve([
    ['2022-04-30', 4.8],
    ['2023-09-30', 4.6],
    ['2024-09-30', 4.3],
    ['2025-09-30', 4.1],
    ['2026-06-30', 3.9],
  ]),
} as const;

/** Agency case-holding social workers per team over story time (Children in Care agency-free from January 2026, Family Safeguarding West from May 2026). */
const TEAM_AGENCY: Record<string, ReturnType<typeof steps>> = {
  'front-door': steps([
    ['2022-04-01', 4],
    ['2023-07-01', 3],
  ]),
  'assessment-north': steps([
    ['2022-04-01', 5],
    ['2024-05-01', 4],
  ]),
  'assessment-south': steps([
    ['2022-04-01', 4],
    ['2025-02-01', 3],
  ]),
  'family-safeguarding-east': steps([['2022-04-01', 4]]),
  'family-safeguarding-west': steps([
    ['2022-04-01', 3],
    ['2025-06-01', 2],
    ['2026-03-01', 1],
    ['2026-05-01', 0],
  ]),
  'court-permanence': steps([['2022-04-01', 3]]),
  'children-in-care': steps([
    ['2022-04-01', 5],
    ['2023-06-01', 4],
    ['2024-06-01', 3],
    ['2025-03-01', 2],
    ['2026-01-01', 0],
  ]),
  'leaving-care': steps([
    ['2022-04-01', 2],
    ['2025-01-01', 1],
  ]),
};

/** Case-holding FTE in post by team in September 2023 (the 2026 values are §3's table). */
const TEAM_WEIGHTS_2023: Record<string, number> = {
  'front-door': 5.2,
  'assessment-north': 6.9,
  'assessment-south': 7.4,
  'family-safeguarding-east': 8.7,
  'family-safeguarding-west': 8.5,
  'court-permanence': 6.1,
  'children-in-care': 9.0,
  'leaving-care': 5.2,
};

/** Non-case-holding posts filled by employees (47.3 FTE): practice supervisors, IROs, fostering, QA. */
const SUPPORT_POSTS: { team: string; role: string; fte: number[] }[] = [
  ...caseHoldingTeams().map((t) => ({ team: t.id, role: 'practice-supervisor', fte: [1, 1] })),
  { team: 'iro-cp-chairs', role: 'iro', fte: [1, 1, 1, 1, 1, 1, 0.8] },
  { team: 'fostering', role: 'supervising-social-worker', fte: [1, 1, 1, 1, 1, 1, 1, 0.5] },
  { team: 'qa-audit', role: 'auditor', fte: [1, 1, 1] },
];

/** Teams that take agency managers, IROs and auditors (never the agency-free teams). */
const OTHER_AGENCY_TEAMS = [
  'iro-cp-chairs',
  'assessment-north',
  'qa-audit',
  'family-safeguarding-east',
  'iro-cp-chairs',
  'front-door',
  'court-permanence',
];

const LEAVE_REASONS = [
  'resignation',
  'resignation',
  'resignation',
  'career change',
  'retirement',
  'relocation',
  'end of fixed-term contract',
  'moved to agency work',
];

/** A worker in the simulation. */
interface Worker {
  id: string;
  kind: 'employee' | 'agency';
  team: string;
  role: string;
  fte: number;
  start: number;
  named: boolean;
  /** Support post index (employees in non-case-holding posts), to refill when they leave. */
  post?: string;
  lastRow?: WorkforceSnapshot;
}

/** The snapshots and the rows of each month (for supervision and assessment workers). */
export interface WorkforceModel {
  snapshots: WorkforceSnapshot[];
  /** Month-end snapshots in date order. */
  months: { day: number; rows: WorkforceSnapshot[] }[];
}

/** Generates the monthly workforce snapshots from April 2022 (story) to the last complete month. */
export function generateWorkforce(ctx: GenContext): WorkforceModel {
  const rng = ctx.rng('workforce');
  const tl = ctx.tl;
  const months = tl.completeMonths(tl.at('2022-04-01'));
  const ids = new IdMaker(rng);
  const workers: Worker[] = [];
  const named = (id: string, team: string, role: string): Worker => ({
    id,
    kind: 'employee',
    team,
    role,
    fte: 1,
    start: tl.at('2016-09-05') - rng.int(0, 2000),
    named: true,
  });
  for (const leader of [
    DEMO_LEADERS.psw,
    DEMO_LEADERS.frontDoor,
    DEMO_LEADERS.safeguarding,
    DEMO_LEADERS.childrenInCare,
    DEMO_LEADERS.quality,
  ]) {
    workers.push(
      named(
        leader.workerId,
        LEADERSHIP_TEAM,
        leader === DEMO_LEADERS.psw ? 'principal-social-worker' : 'head-of-service',
      ),
    );
  }
  for (const team of DEMO_TEAMS) {
    if (team.managerId.startsWith('SW26000001')) workers.push(named(team.managerId, team.id, 'team-manager'));
  }
  const supportPosts = SUPPORT_POSTS.flatMap((p) =>
    p.fte.map((fte, i) => ({ key: `${p.team}:${p.role}:${i}`, ...p, fte })),
  );
  const chTeams = caseHoldingTeams().map((t) => t.id);
  const weights2026 = Object.fromEntries(caseHoldingTeams().map((t) => [t.id, t.caseHolding!.inPostFte]));
  const teamShares = (storyDay: number): Record<string, number> => {
    const a = toEpochDay('2023-09-30');
    const b = toEpochDay('2026-06-30');
    const f = Math.max(0, Math.min(1, (storyDay - a) / (b - a)));
    const raw = chTeams.map((t) => TEAM_WEIGHTS_2023[t]! * (1 - f) + weights2026[t]! * f);
    const total = raw.reduce((s, v) => s + v, 0);
    return Object.fromEntries(chTeams.map((t, i) => [t, raw[i]! / total]));
  };
  const supportFte = supportPosts.reduce((s, p) => s + p.fte, 0) + workers.length;

  const snapshots: WorkforceSnapshot[] = [];
  const monthRows: WorkforceModel['months'] = [];
  const leaversFte: number[] = [];
  const sicknessDays: number[] = [];
  let otherAgency: Worker[] = [];
  const teamAgency = new Map<string, Worker[]>(chTeams.map((t) => [t, []]));

  months.forEach((month, t) => {
    const story = tl.storyDay(month.end);
    const inPostTarget = WORKFORCE_STORY.inPostFte(story);
    // 1. Leavers this month (rolling 12-month leavers FTE follows the turnover curve).
    if (t > 0) {
      const rolling = (WORKFORCE_STORY.turnover(story) / 100) * inPostTarget;
      const recent = leaversFte.slice(Math.max(0, t - 11), t).reduce((s, v) => s + v, 0);
      let need = t < 12 ? rolling / 12 : rolling - recent;
      let left = 0;
      const pool = workers.filter((w) => w.kind === 'employee' && !w.named && w.start < month.start);
      for (let tries = 0; need >= 0.45 && tries < 200 && pool.length > 0; tries++) {
        const i = rng.int(0, pool.length - 1);
        const w = pool[i]!;
        const weight = w.role === 'case-holder' ? 1 : 0.6;
        if (!rng.chance(weight) || w.fte > need + 0.25) continue;
        pool.splice(i, 1);
        workers.splice(workers.indexOf(w), 1);
        const leave = rng.int(month.start, month.end);
        if (w.lastRow) {
          w.lastRow.leaveDate = iso(leave);
          w.lastRow.leaveReason = rng.pick(LEAVE_REASONS);
        }
        need -= w.fte;
        left += w.fte;
      }
      leaversFte.push(left);
    } else leaversFte.push(0);
    // 2. Support posts refilled (new starter in the month; existing staff at the first month).
    const filled = new Set(workers.filter((w) => w.post).map((w) => w.post!));
    for (const post of supportPosts) {
      if (filled.has(post.key)) continue;
      workers.push({
        id: ids.next('SW'),
        kind: 'employee',
        team: post.team,
        role: post.role,
        fte: post.fte,
        start: t === 0 ? month.start - rng.int(60, 4000) : rng.int(month.start, month.end),
        named: false,
        post: post.key,
      });
    }
    // 3. Case holders: fill teams towards their share of the case-holding target.
    const chTarget = inPostTarget - supportFte;
    const shares = teamShares(story);
    const teamFte = (team: string) =>
      workers
        .filter((w) => w.kind === 'employee' && w.role === 'case-holder' && w.team === team)
        .reduce((s, w) => s + w.fte, 0);
    let total = chTeams.reduce((s, team) => s + teamFte(team), 0);
    while (total < chTarget - 0.25) {
      const gaps = chTeams.map((team) => shares[team]! * chTarget - teamFte(team));
      const team = chTeams[gaps.indexOf(Math.max(...gaps))]!;
      const short = chTarget - total;
      const fte = short >= 0.95 ? (rng.chance(0.88) ? 1 : rng.pick([0.8, 0.6])) : nearest([0.5, 0.6, 0.8], short);
      workers.push({
        id: ids.next(rng.chance(0.03) ? 'XX' : 'SW'),
        kind: 'employee',
        team,
        role: 'case-holder',
        fte,
        start: t === 0 ? month.start - rng.int(30, 3500) : rng.int(month.start, month.end),
        named: false,
      });
      total += fte;
    }
    // 4. Agency workers: case holders per team (step story), others make up the agency FTE.
    const agencyTarget =
      (WORKFORCE_STORY.agencyRate(story) / (100 - WORKFORCE_STORY.agencyRate(story))) * total_inPost(workers);
    let chAgency = 0;
    for (const team of chTeams) {
      const want = TEAM_AGENCY[team]!(story);
      const list = teamAgency.get(team)!;
      // A little churn: agency workers move on and are replaced.
      for (const w of [...list]) if (rng.chance(0.05)) list.splice(list.indexOf(w), 1);
      while (list.length > want) list.splice(rng.int(0, list.length - 1), 1);
      while (list.length < want) {
        list.push({
          id: ids.next(rng.chance(0.08) ? 'XX' : 'SW'),
          kind: 'agency',
          team,
          role: 'case-holder',
          fte: 1,
          start: t === 0 ? month.start - rng.int(20, 400) : rng.int(month.start, month.end),
          named: false,
        });
      }
      chAgency += want;
    }
    const otherTarget = Math.max(0, agencyTarget - chAgency);
    const whole = Math.floor(otherTarget + 0.05);
    const part = Math.round((otherTarget - whole) * 10) / 10;
    const wanted = whole + (part >= 0.1 ? 1 : 0);
    otherAgency = otherAgency.filter(() => !rng.chance(0.03));
    while (otherAgency.length > wanted) otherAgency.pop();
    while (otherAgency.length < wanted) {
      const team = OTHER_AGENCY_TEAMS[otherAgency.length % OTHER_AGENCY_TEAMS.length]!;
      otherAgency.push({
        id: ids.next('SW'),
        kind: 'agency',
        team,
        role: team === 'iro-cp-chairs' ? 'iro' : team === 'qa-audit' ? 'auditor' : 'practice-supervisor',
        fte: 1,
        start: t === 0 ? month.start - rng.int(20, 400) : rng.int(month.start, month.end),
        named: false,
      });
    }
    otherAgency.forEach((w, i) => {
      w.fte = i === wanted - 1 && part >= 0.1 ? part : 1;
    });
    // 5. Rows: employees and agency workers, with cases and sickness.
    const rows: WorkforceSnapshot[] = [];
    const date = iso(month.end);
    const current = [...workers, ...[...teamAgency.values()].flat(), ...otherAgency];
    for (const w of current) {
      const row: WorkforceSnapshot = {
        date,
        workerId: w.id,
        kind: w.kind,
        team: w.team,
        role: w.role,
        fte: w.fte,
        startDate: iso(w.start),
      };
      rows.push(row);
      w.lastRow = row;
    }
    assignCases(rows, current, month, story, rng);
    const inPost = total_inPost(workers);
    sicknessDays.push(assignSickness(rows, month, story, inPost, sicknessDays, t, rng));
    // 6. Vacant posts.
    const vacancyFte = (WORKFORCE_STORY.vacancyRate(story) / (100 - WORKFORCE_STORY.vacancyRate(story))) * inPost;
    rows.push(...vacancyRows(vacancyFte, date, story, rng));
    snapshots.push(...rows);
    monthRows.push({ day: month.end, rows });
  });
  return { snapshots, months: monthRows };
}

function total_inPost(workers: Worker[]): number {
  return workers.reduce((s, w) => (w.kind === 'employee' ? s + w.fte : s), 0);
}

function nearest(options: number[], value: number): number {
  return options.reduce((best, o) => (Math.abs(o - value) < Math.abs(best - value) ? o : best), options[0]!);
}

/** Cases held by case holders: the story caseload × case-holding FTE, shared by FTE (new starters fewer). */
function assignCases(rows: WorkforceSnapshot[], workers: Worker[], month: MonthWindow, story: number, rng: Rng): void {
  const holders = rows.filter((r) => r.role === 'case-holder');
  const fte = holders.reduce((s, r) => s + r.fte, 0);
  const total = Math.round(WORKFORCE_STORY.caseload(story) * fte);
  const startOf = new Map(workers.map((w) => [w.id, w.start]));
  const weights = holders.map((r) => {
    const tenure = month.end - (startOf.get(r.workerId) ?? month.end);
    return r.fte * (tenure < 90 ? 0.55 : 1) * rng.float(0.85, 1.15);
  });
  const sum = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => (w / sum) * total);
  const whole = shares.map((s) => Math.max(1, Math.floor(s)));
  let left = total - whole.reduce((s, v) => s + v, 0);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) whole[order[k]![1]]! += 1;
  for (let k = order.length - 1; left < 0 && k >= 0; k--) {
    const i = order[k]![1];
    if (whole[i]! > 1) {
      whole[i]! -= 1;
      left++;
    }
  }
  holders.forEach((r, i) => {
    r.casesHeld = whole[i]!;
  });
}

/**
 * Sickness days in the month so that the rolling 12-month absence rate follows the story: days lost in
 * the 12 months / (in-post FTE × working days in the 12 months).
 */
function assignSickness(
  rows: WorkforceSnapshot[],
  month: MonthWindow,
  story: number,
  inPost: number,
  history: number[],
  t: number,
  rng: Rng,
): number {
  const rate = WORKFORCE_STORY.absenceRate(story) / 100;
  const monthDays = workingDaysBetween(month.start - 1, month.end);
  let target: number;
  if (t < 11) target = rate * inPost * monthDays;
  else {
    const yearStart = addMonthsDay(month.end, -12) + 1;
    const yearDays = workingDaysBetween(yearStart - 1, month.end);
    const recent = history.slice(t - 11, t).reduce((s, v) => s + v, 0);
    target = rate * inPost * yearDays - recent;
  }
  let left = Math.max(0, Math.round(target));
  const employees = rows.filter((r) => r.kind === 'employee');
  let given = 0;
  // About a third of lost days come from a few long absences; the rest are short spells.
  const longTerm = Math.round((left * 0.35) / 12);
  for (let i = 0; i < longTerm && left > 0; i++) {
    const r = rng.pick(employees);
    const days = Math.min(left, monthDays - (r.sicknessDays ?? 0), rng.int(8, 16));
    if (days <= 0) continue;
    r.sicknessDays = (r.sicknessDays ?? 0) + days;
    left -= days;
    given += days;
  }
  for (let guard = 0; left > 0 && guard < 10_000; guard++) {
    const r = rng.pick(employees);
    const days = Math.min(left, rng.int(1, 3), monthDays - (r.sicknessDays ?? 0));
    if (days <= 0) continue;
    r.sicknessDays = (r.sicknessDays ?? 0) + days;
    left -= days;
    given += days;
  }
  return given;
}

/** Vacant posts (1.0 FTE each plus one part post), spread over teams that also use agency staff. */
function vacancyRows(fte: number, date: string, story: number, rng: Rng): WorkforceSnapshot[] {
  const teams = [...caseHoldingTeams().map((t) => t.id), 'fostering', 'iro-cp-chairs'];
  const weights = teams.map((t) => (TEAM_AGENCY[t] ? TEAM_AGENCY[t](story) + 0.6 : 0.5));
  const whole = Math.floor(fte);
  const part = Math.round((fte - whole) * 10) / 10;
  const counts = new Map<string, number>();
  const rows: WorkforceSnapshot[] = [];
  const add = (team: string, value: number) => {
    const n = (counts.get(team) ?? 0) + 1;
    counts.set(team, n);
    rows.push({
      date,
      workerId: `VAC-${team}-${String(n).padStart(2, '0')}`,
      kind: 'vacancy',
      team,
      role: team === 'fostering' ? 'supervising-social-worker' : team === 'iro-cp-chairs' ? 'iro' : 'case-holder',
      fte: value,
    });
  };
  for (let i = 0; i < whole; i++) add(rng.weighted(teams, weights), 1);
  if (part >= 0.1) add(rng.weighted(teams, weights), part);
  return rows;
}

/** Unique fictional worker ids in the CSWW format (2 letters + 10 digits). */
class IdMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  next(prefix: 'SW' | 'XX'): string {
    for (;;) {
      const id = `${prefix}${String(this.rng.int(3_000_000_000, 3_999_999_999))}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
