/**
 * Workforce measures with the CSWW formulas, computed monthly from local workforce snapshots or
 * annually from the CSWW return (30 September).
 */
import { toEpochDay } from '@waypoint/calendar';
import type { CswwSummary, WorkforceSnapshot } from '../records.ts';
import type { Computation, ComputeContext, ComputeFn, Figure, NoDataOutput } from '../types.ts';
import { workingDaysIn } from './common.ts';
import { dayOf } from './dates.ts';
import { count, mean, percent } from './figures.ts';

interface SnapshotIndex {
  days: number[];
  rows: Map<number, WorkforceSnapshot[]>;
  /** Last snapshot row of each worker (for leavers' FTE). */
  leavers: { workerId: string; leave: number; fte: number }[];
}

function snapshotIndex(ctx: ComputeContext): SnapshotIndex {
  return ctx.data.memo('workforce-snapshots', () => {
    const rows = new Map<number, WorkforceSnapshot[]>();
    const latest = new Map<string, { day: number; row: WorkforceSnapshot; index: number }>();
    (ctx.data.raw.workforce ?? []).forEach((r, i) => {
      const day = dayOf(r.date, () => `workforce[${i}].date`);
      const list = rows.get(day) ?? [];
      list.push(r);
      rows.set(day, list);
      const seen = latest.get(r.workerId);
      if (r.kind === 'employee' && (!seen || seen.day < day)) latest.set(r.workerId, { day, row: r, index: i });
    });
    const leavers: SnapshotIndex['leavers'] = [];
    for (const { row, index } of latest.values()) {
      if (row.leaveDate) {
        leavers.push({
          workerId: row.workerId,
          leave: dayOf(row.leaveDate, () => `workforce[${index}].leaveDate`),
          fte: row.fte,
        });
      }
    }
    return { days: [...rows.keys()].sort((a, b) => a - b), rows, leavers };
  });
}

/** The latest workforce snapshot on or before the period end and within 31 days of it, if any. */
export function snapshotOn(ctx: ComputeContext): { day: number; rows: WorkforceSnapshot[] } | undefined {
  const idx = snapshotIndex(ctx);
  let found: number | undefined;
  for (const d of idx.days) {
    if (d > ctx.endDay) break;
    found = d;
  }
  if (found === undefined || ctx.endDay - found > 31) return undefined;
  return { day: found, rows: idx.rows.get(found)! };
}

function fte(rows: WorkforceSnapshot[], kind: WorkforceSnapshot['kind']): number {
  return rows.reduce((sum, r) => (r.kind === kind ? sum + r.fte : sum), 0);
}

type Source = { kind: 'local'; day: number; rows: WorkforceSnapshot[] } | { kind: 'csww'; summary: CswwSummary };

function chooseSource(ctx: ComputeContext): Source | NoDataOutput {
  const wanted = ctx.options.workforceSource;
  if (wanted !== 'csww' && ctx.data.raw.workforce) {
    const snap = snapshotOn(ctx);
    if (snap) return { kind: 'local', ...snap };
    if (wanted === 'local') return { noData: `No workforce snapshot in the 31 days to ${ctx.period.end}.` };
  }
  const summaries = (ctx.data.raw.csww ?? [])
    .filter((s) => toEpochDay(`${s.year}-09-30`) <= ctx.endDay)
    .sort((a, b) => b.year - a.year);
  const summary = summaries[0];
  if (!summary) return { noData: `No workforce snapshot or CSWW return on or before ${ctx.period.end}.` };
  return { kind: 'csww', summary };
}

function cswwNote(s: CswwSummary): string[] {
  return [`CSWW return at 30 September ${s.year}.`];
}

function withSource(
  ctx: ComputeContext,
  local: (src: Extract<Source, { kind: 'local' }>) => Computation,
  csww: (s: CswwSummary) => Figure,
) {
  const src = chooseSource(ctx);
  if ('noData' in src) return src;
  if (src.kind === 'local') return local(src);
  return { main: csww(src.summary), notes: cswwNote(src.summary) };
}

/** sw-agency-rate: agency FTE / (in-post FTE + agency FTE); companion: social work teams with no agency workers. */
export const swAgencyRate: ComputeFn = (ctx) =>
  withSource(
    ctx,
    ({ rows }) => {
      const agency = fte(rows, 'agency');
      const employees = fte(rows, 'employee');
      const teamsInData = ctx.data.raw.teams?.filter((t) => t.socialWorkTeam !== false).map((t) => t.id);
      const teams =
        teamsInData ?? [...new Set(rows.filter((r) => r.kind !== 'vacancy' && r.team).map((r) => r.team!))].sort();
      const breakdown: Record<string, Figure> = {};
      const agencyFree: string[] = [];
      for (const team of teams) {
        const teamRows = rows.filter((r) => r.team === team);
        const a = fte(teamRows, 'agency');
        breakdown[`team-${team}`] = percent(a, a + fte(teamRows, 'employee'));
        if (a === 0) agencyFree.push(team);
      }
      return {
        main: percent(agency, agency + employees),
        variants: { 'agency-free-teams': count(agencyFree.length, agencyFree, teams.length) },
        breakdown,
      };
    },
    (s) => percent(s.agencyFte, s.inPostFte + s.agencyFte),
  );

/** sw-vacancy-rate: vacancies FTE / (vacancies FTE + in-post FTE). */
export const swVacancyRate: ComputeFn = (ctx) =>
  withSource(
    ctx,
    ({ rows }) => {
      const vacancies = fte(rows, 'vacancy');
      return { main: percent(vacancies, vacancies + fte(rows, 'employee')) };
    },
    (s) => percent(s.vacancyFte, s.vacancyFte + s.inPostFte),
  );

/** sw-caseload: cases held / FTE of case holders (employees and agency workers holding cases). */
export const swCaseload: ComputeFn = (ctx) =>
  withSource(
    ctx,
    ({ rows }) => {
      const holders = rows.filter((r) => r.kind !== 'vacancy' && (r.casesHeld ?? 0) > 0);
      const cases = holders.reduce((sum, r) => sum + r.casesHeld!, 0);
      const holderFte = holders.reduce((sum, r) => sum + r.fte, 0);
      return { main: mean(cases, holderFte, 'ratio') };
    },
    (s) => mean(s.cases, s.caseHoldersFte, 'ratio'),
  );

/** sw-turnover: employees' leavers FTE in the 12 months / in-post FTE at the date. */
export const swTurnover: ComputeFn = (ctx) =>
  withSource(
    ctx,
    ({ rows }) => {
      const leavers = snapshotIndex(ctx).leavers.filter((l) => l.leave >= ctx.startDay && l.leave <= ctx.endDay);
      const leaversFte = leavers.reduce((sum, l) => sum + l.fte, 0);
      return {
        main: percent(
          leaversFte,
          fte(rows, 'employee'),
          leavers.map((l) => l.workerId),
        ),
      };
    },
    (s) => percent(s.leaversFte, s.inPostFte),
  );

/** sw-absence-rate: working days lost to sickness in the 12 months / (in-post FTE × working days in the 12 months). */
export const swAbsenceRate: ComputeFn = (ctx) =>
  withSource(
    ctx,
    ({ rows }) => {
      const idx = snapshotIndex(ctx);
      let lost = 0;
      for (const day of idx.days) {
        if (day < ctx.startDay || day > ctx.endDay) continue;
        for (const r of idx.rows.get(day)!) if (r.kind === 'employee') lost += r.sicknessDays ?? 0;
      }
      return { main: percent(lost, fte(rows, 'employee') * workingDaysIn(ctx.startDay, ctx.endDay)) };
    },
    (s) => {
      const end = toEpochDay(`${s.year}-09-30`);
      return percent(s.workingDaysLost, s.inPostFte * workingDaysIn(toEpochDay(`${s.year - 1}-10-01`), end));
    },
  );
