import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as giveWay } from 'node:timers/promises';
import { ageOn, type IsoDate } from '@waypoint/calendar';
import {
  type BenchmarkSet,
  computeMeasure,
  getMeasure,
  MEASURES,
  type MeasureData,
  type MeasureDefinition,
  PRACTICE_STANDARDS,
  type PracticeStandardId,
  type PracticeStandardValues,
  type PreparedData,
  practiceStandardSettings,
  prepare,
  restrictToChildren,
  subsetLimitation,
  type Target,
  UnknownMeasureError,
} from '@waypoint/measures';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import { can } from '../../platform/policies.ts';
import * as actionsRepo from '../actions/actions.repository.ts';
import { recordAudit, recordAuditNow } from '../audit/audit.service.ts';
import * as plansRepo from '../plans/plans.repository.ts';
import * as dataRepo from './measure-data.repository.ts';
import { type Allocation, assembleMeasureData, cinMeasureData, ssda903MeasureData, teamOn } from './measure-data.ts';
import {
  lastCompleteMonth,
  type MeasureView,
  type Month,
  measureView,
  summariseMeasure,
  type ViewContext,
} from './measure-view.ts';
import * as repo from './measures.repository.ts';

/** Months of history the scorecard and measure pages show. */
export const SERIES_MONTHS = 36;

const BENCHMARKS_FILE = path.resolve(
  import.meta.dirname,
  '../../../../../packages/measures/reference-data/benchmarks.json',
);

function loadBenchmarks(deps: AppDeps): Promise<BenchmarkSet | null> {
  return deps.cache.getOrCompute('benchmarks', 'static', () => {
    try {
      return JSON.parse(readFileSync(BENCHMARKS_FILE, 'utf8')) as BenchmarkSet;
    } catch {
      return null;
    }
  });
}

interface LoadedData {
  version: string;
  data: MeasureData;
  prepared: PreparedData;
  ctx: ViewContext;
  authorityName: string;
  /** Per child: date of birth (from either return) and case allocations (local records), for the drill-down. */
  children: Map<string, { dateOfBirth: string | null; allocations: Allocation[] }>;
  /** Team names by id (local `teams` records). */
  teamNames: Map<string, string>;
}

/** Age bands as DfE's children looked after statistics use them (age at the end of the period). */
export const AGE_BANDS = [
  { id: 'under-1', label: 'Under 1', from: 0, to: 0 },
  { id: '1-4', label: '1 to 4', from: 1, to: 4 },
  { id: '5-9', label: '5 to 9', from: 5, to: 9 },
  { id: '10-15', label: '10 to 15', from: 10, to: 15 },
  { id: '16-17', label: '16 and 17', from: 16, to: 17 },
  { id: '18-plus', label: '18 and over', from: 18, to: Number.POSITIVE_INFINITY },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['id'];

/** Whether an age (null when the date of birth is not known) is in the band; any age is when no band is chosen. */
function inAgeBand(band: (typeof AGE_BANDS)[number] | undefined, age: number | null): boolean {
  return !band || (age !== null && age >= band.from && age <= band.to);
}

/** Date of birth and allocations for every child the returns and local records mention. */
function childFacts(
  data: MeasureData,
  cinChildren: ReadonlyArray<{ child_id: string; person_birth_date: string | null }>,
  allocations: readonly Allocation[],
): LoadedData['children'] {
  const facts: LoadedData['children'] = new Map();
  const of = (childId: string) => {
    let f = facts.get(childId);
    if (!f) {
      f = { dateOfBirth: null, allocations: [] };
      facts.set(childId, f);
    }
    return f;
  };
  for (const c of data.claChildren ?? []) of(c.childId).dateOfBirth ??= c.dateOfBirth;
  for (const c of cinChildren) if (c.person_birth_date) of(c.child_id).dateOfBirth ??= c.person_birth_date;
  for (const c of data.careLeavers ?? []) of(c.childId).dateOfBirth ??= c.dateOfBirth;
  for (const a of allocations) of(a.childId).allocations.push(a);
  return facts;
}

/** Loads (or reuses) everything measures are computed from, for one authority. */
async function loadData(deps: AppDeps, authorityId: string): Promise<LoadedData> {
  const version = await dataRepo.dataVersion(deps.db, authorityId);
  return deps.cache.getOrCompute(`measure-data:${authorityId}`, version, async () => {
    const facts = await dataRepo.authorityFacts(deps.db, authorityId);
    const [ssda903, cin, local] = [
      await dataRepo.loadSsda903(deps.db, authorityId),
      await dataRepo.loadCin(deps.db, authorityId),
      await dataRepo.loadLocalRecords(deps.db, authorityId),
    ];
    const year = Number(deps.clock.today().slice(0, 4));
    const data = assembleMeasureData(ssda903MeasureData(ssda903), cinMeasureData(cin), local, facts.population_0_17, {
      from: year - 12,
      to: year + 2,
    });
    const targets = new Map<string, Target & { note: string }>();
    for (const t of await repo.listTargets(deps.db, authorityId)) {
      targets.set(t.measure_id, {
        baseline:
          t.baseline_value !== null && t.baseline_date
            ? { value: Number(t.baseline_value), date: t.baseline_date }
            : undefined,
        trajectory: (t.trajectory as Array<{ date: string; value: number }>).map((p) => ({
          date: p.date,
          value: Number(p.value),
        })),
        final: { value: Number(t.final_value), date: t.final_date },
        tolerance: t.tolerance === null ? undefined : Number(t.tolerance),
        note: t.note,
      });
    }
    const manual: ViewContext['manual'] = new Map();
    for (const m of await repo.listManualValues(deps.db, authorityId)) {
      const byDate = manual.get(m.measure_id) ?? new Map();
      byDate.set(m.period_end, {
        value: Number(m.value),
        numerator: m.numerator === null ? null : Number(m.numerator),
        denominator: m.denominator === null ? null : Number(m.denominator),
        note: m.note,
        by: m.entered_by_name,
      });
      manual.set(m.measure_id, byDate);
    }
    const baselines: ViewContext['baselines'] = new Map();
    for (const b of await repo.listBaselines(deps.db, authorityId))
      baselines.set(b.measure_id, { fromMonth: b.from_month.slice(0, 7), reason: b.reason, by: b.set_by_name });
    const teams = (local.teams ?? []) as Array<{ id: string; name: string }>;
    return {
      version,
      data,
      prepared: prepare(data),
      ctx: {
        targets,
        manual,
        baselines,
        benchmarks: await loadBenchmarks(deps),
        laCode: facts.code,
        standards: await loadPracticeStandards(deps, authorityId),
      },
      authorityName: facts.name,
      children: childFacts(data, cin.children, (local.allocations ?? []) as Allocation[]),
      teamNames: new Map(teams.map((t) => [t.id, t.name])),
    };
  });
}

function definitionOf(id: string) {
  try {
    return getMeasure(id);
  } catch (error) {
    if (error instanceof UnknownMeasureError) throw new NotFoundError('Measure');
    throw error;
  }
}

/** Small numbers (1–4) are never shown to read-only users: the value becomes "fewer than 5". */
export function suppressForViewer(view: MeasureView): MeasureView {
  const small = (n: number | null) => n !== null && n >= 1 && n <= 4;
  const series = view.series.map((p) =>
    small(p.numerator) || (view.unit === 'count' && small(p.value))
      ? { ...p, numerator: null, denominator: null, value: view.unit === 'count' ? null : p.value }
      : { ...p },
  );
  const latest =
    view.latest && (small(view.latest.numerator) || (view.unit === 'count' && small(view.latest.value)))
      ? {
          ...view.latest,
          numerator: null,
          denominator: null,
          ...(view.unit === 'count' && { value: Number.NaN, valueText: 'fewer than 5' }),
        }
      : view.latest;
  return { ...view, series, latest };
}

/** The as-of date and the last complete month it gives. */
function period(deps: AppDeps, asOf?: IsoDate): { asOf: IsoDate; month: Month } {
  const date = asOf ?? deps.clock.today();
  return { asOf: date, month: lastCompleteMonth(date) };
}

/** A subset of children the figures can be narrowed to: a team's cases, or an age band, on the as-of date. */
export interface MeasureFilter {
  team?: string;
  ageBand?: AgeBand;
}

const filterKey = (f: MeasureFilter) => `${f.team ?? ''}|${f.ageBand ?? ''}`;
const isFiltered = (f: MeasureFilter) => Boolean(f.team || f.ageBand);

/**
 * The records of the children in the filter on the as-of date (held by the team, or of an age in the band), ready
 * to compute from: the cohort view, so each child's whole 36 months counts for the team that holds them now.
 */
async function filteredRecords(
  deps: AppDeps,
  authorityId: string,
  loaded: LoadedData,
  f: MeasureFilter,
  asOf: IsoDate,
) {
  return deps.cache.getOrCompute(`measure-subset:${authorityId}:${asOf}:${filterKey(f)}`, loaded.version, () => {
    const band = AGE_BANDS.find((b) => b.id === f.ageBand);
    const keep = (childId: string) => {
      const facts = loaded.children.get(childId);
      if (f.team && (!facts || teamOn(facts.allocations, asOf) !== f.team)) return false;
      return inAgeBand(band, facts?.dateOfBirth ? ageOn(facts.dateOfBirth, asOf) : null);
    };
    return prepare(restrictToChildren(loaded.data, keep));
  });
}

/** A measure's view for everyone, or for the children in a filter (saying so when it cannot be split). */
async function viewsFor(
  deps: AppDeps,
  authorityId: string,
  loaded: LoadedData,
  defs: readonly MeasureDefinition[],
  p: { asOf: IsoDate; month: Month },
  f: MeasureFilter,
): Promise<MeasureView[]> {
  const filtered = isFiltered(f);
  const prepared = filtered ? await filteredRecords(deps, authorityId, loaded, f, p.asOf) : loaded.prepared;
  // Hand-entered monthly values are the authority's own figures, never a team's.
  const ctx = filtered ? { ...loaded.ctx, manual: new Map() } : loaded.ctx;
  const views: MeasureView[] = [];
  for (const def of defs) {
    const unavailable = filtered ? (subsetLimitation(def) ?? undefined) : undefined;
    views.push(measureView(def, prepared, ctx, p.month, SERIES_MONTHS, p.asOf, unavailable));
    await giveWay();
  }
  return views;
}

/**
 * Every catalogue measure's view as of a date (for everyone, or a filter's children), computed once per data
 * version and shared by every request. The computation gives way to other requests between measures, so a large
 * authority's first scorecard after new data (seconds of work) does not hold up everyone else's pages.
 */
async function scorecardViews(deps: AppDeps, authorityId: string, asOf?: IsoDate, f: MeasureFilter = {}) {
  const loaded = await loadData(deps, authorityId);
  const p = period(deps, asOf);
  const views = await deps.cache.getOrCompute(
    `scorecard:${authorityId}:${p.asOf}:${filterKey(f)}`,
    loaded.version,
    () => viewsFor(deps, authorityId, loaded, MEASURES, p, f),
  );
  return { period: p, version: loaded.version, views, loaded };
}

/** The filter as applied, with the choices a form offers. */
function filterChoices(loaded: LoadedData, f: MeasureFilter) {
  return {
    filters: { team: f.team ?? null, ageBand: f.ageBand ?? null },
    teams: [...loaded.teamNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    ageBands: AGE_BANDS.map((b) => ({ id: b.id, label: b.label })),
  };
}

/** The current plan's priority areas with the measures chosen for each. */
async function planAreaMeasures(deps: AppDeps, authorityId: string) {
  const areaLinks = await repo.listAreaMeasures(deps.db, authorityId, { currentPlanOnly: true });
  const areas = new Map<string, { id: string; reference: string; title: string; measureIds: string[] }>();
  for (const l of areaLinks) {
    const a = areas.get(l.priority_area_id) ?? {
      id: l.priority_area_id,
      reference: l.reference,
      title: l.title,
      measureIds: [],
    };
    a.measureIds.push(l.measure_id);
    areas.set(l.priority_area_id, a);
  }
  return [...areas.values()];
}

const SERVICE_AREAS = [...new Set(MEASURES.map((m) => m.serviceArea))];

/**
 * The scorecard: every catalogue measure with latest value, target, RAG and distance, SPC reading, a 36-month
 * series (for sparklines) and England / neighbours, grouped by plan priority area and by service area.
 */
export async function scorecard(deps: AppDeps, user: UserActor, asOf?: IsoDate, f: MeasureFilter = {}) {
  const { period: p, views, loaded } = await scorecardViews(deps, user.authorityId, asOf, f);
  const viewer = !can(user.role, 'child:read');
  return {
    asOf: p.asOf,
    month: p.month,
    measures: views.map((v) => (viewer ? suppressForViewer(v) : v)),
    planAreas: await planAreaMeasures(deps, user.authorityId),
    serviceAreas: SERVICE_AREAS,
    ...filterChoices(loaded, f),
  };
}

/**
 * The scorecard as the API sends it, as UTF-8 JSON: `scorecard` with each measure summarised (its series cut to
 * month, value and source for the sparkline; the measure page has the rest). The measures are serialised and
 * encoded once per data version and role view, so a busy morning of councillors and managers opening the
 * scorecard costs each request a few small queries and a copy.
 */
export async function scorecardJson(
  deps: AppDeps,
  user: UserActor,
  asOf?: IsoDate,
  f: MeasureFilter = {},
): Promise<Buffer> {
  const { period: p, version, views, loaded } = await scorecardViews(deps, user.authorityId, asOf, f);
  const viewer = !can(user.role, 'child:read');
  const measures = await deps.cache.getOrCompute(
    `scorecard-json:${user.authorityId}:${p.asOf}:${filterKey(f)}:${viewer ? 'aggregate' : 'full'}`,
    version,
    () => Buffer.from(JSON.stringify(views.map((v) => summariseMeasure(viewer ? suppressForViewer(v) : v)))),
  );
  const areas = await planAreaMeasures(deps, user.authorityId);
  return Buffer.concat([
    Buffer.from(`{"asOf":${JSON.stringify(p.asOf)},"month":${JSON.stringify(p.month)},"measures":`),
    measures,
    Buffer.from(
      `,"planAreas":${JSON.stringify(areas)},"serviceAreas":${JSON.stringify(SERVICE_AREAS)},${JSON.stringify(
        filterChoices(loaded, f),
      ).slice(1)}`,
    ),
  ]);
}

/** One measure in full: series with SPC lines, target, benchmarks, definition, notes, manual values, links. */
export async function measureDetail(deps: AppDeps, user: UserActor, id: string, asOf?: IsoDate, f: MeasureFilter = {}) {
  const def = definitionOf(id);
  const loaded = await loadData(deps, user.authorityId);
  const p = period(deps, asOf);
  const [view] = await viewsFor(deps, user.authorityId, loaded, [def], p, f);
  if (!view) throw new NotFoundError('Measure');
  const actions = (await repo.listActionMeasures(deps.db, user.authorityId)).filter((a) => a.measure_id === id);
  const areas = (await repo.listAreaMeasures(deps.db, user.authorityId)).filter((a) => a.measure_id === id);
  const manual = [...(loaded.ctx.manual.get(id)?.entries() ?? [])].map(([date, m]) => ({ date, ...m }));
  const storedTarget = loaded.ctx.targets.get(id);
  const viewer = !can(user.role, 'child:read');
  return {
    asOf: p.asOf,
    ...(viewer ? suppressForViewer(view) : view),
    numerator: def.numerator,
    denominator: def.denominator,
    statutoryBasis: def.statutoryBasis,
    frequency: def.frequency,
    periodKind: def.periodKind,
    notes: def.notes,
    variants: def.variants?.map((v) => ({ id: v.id, title: v.title })) ?? [],
    manualValues: viewer ? [] : manual,
    acceptsManualValues: def.calc !== 'R' || view.status !== 'computed',
    drillDownAllowed: can(user.role, 'child:read') && view.status === 'computed',
    ...filterChoices(loaded, f),
    linkedActions: actions.map((a) => ({
      actionId: a.action_id,
      reference: a.reference,
      title: a.title,
      baselineValue: a.baseline_value,
      targetValue: a.target_value,
      targetDate: a.target_date,
    })),
    linkedAreas: areas.map((a) => ({
      areaId: a.priority_area_id,
      planId: a.plan_id,
      reference: a.reference,
      title: a.title,
    })),
    storedTarget: storedTarget
      ? {
          baseline: storedTarget.baseline ?? null,
          trajectory: storedTarget.trajectory,
          final: storedTarget.final,
          tolerance: storedTarget.tolerance ?? null,
          note: storedTarget.note,
        }
      : null,
  };
}

/**
 * The children (or workers) counted in a month's figure, with key dates and team. Child-level: only analysts,
 * improvement leads and administrators, and every view is written to the audit log with the ids shown.
 */
export async function drillDown(
  deps: AppDeps,
  user: UserActor,
  id: string,
  month: Month,
  filter: { team?: string; ageBand?: AgeBand } = {},
) {
  const def = definitionOf(id);
  if (!/^\d{4}-\d{2}$/.test(month))
    throw new ValidationError('Choose a month like 2026-06', [
      { field: 'month', message: 'Choose a month like 2026-06' },
    ]);
  const loaded = await loadData(deps, user.authorityId);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const outcome = computeMeasure(def.id, loaded.prepared, end, loaded.ctx.standards);
  const contributors = outcome.status === 'ok' ? outcome.contributors : [];
  const children = loaded.data.claChildren ?? [];
  const childById = new Map(children.map((c) => [c.childId, c]));
  const referralsByChild = new Map<string, string>();
  for (const r of loaded.data.cinReferrals ?? [])
    if (!referralsByChild.has(r.childId) || referralsByChild.get(r.childId)! < r.referralDate)
      referralsByChild.set(r.childId, r.referralDate);
  const episodesByChild = new Map<string, { start: string; placement: string }>();
  for (const e of loaded.data.claEpisodes ?? [])
    if (e.start <= end) episodesByChild.set(e.childId, { start: e.start, placement: e.placement });
  // The child protection plan open at the period end (for the neglect drift watchlist and CP measures).
  const openPlan = new Map<string, { start: string; category: string; previous: number | null }>();
  for (const p of loaded.data.cpPlans ?? []) {
    if (p.start > end || (p.end && p.end <= end)) continue;
    const current = openPlan.get(p.childId);
    if (!current || current.start < p.start)
      openPlan.set(p.childId, { start: p.start, category: p.latestCategory, previous: p.previousPlans ?? null });
  }
  const monthsBetween = (from: string, to: string) => {
    const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
    return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  };
  const allRows = contributors.map((cid) => {
    const c = childById.get(cid);
    const ep = episodesByChild.get(cid);
    const plan = openPlan.get(cid);
    const facts = loaded.children.get(cid);
    // Dates of birth from the SSDA903 return come first, then the CIN census, then the care leaver records.
    const dateOfBirth = facts?.dateOfBirth ?? null;
    const team = (facts && teamOn(facts.allocations, end)) ?? c?.team ?? null;
    return {
      id: cid,
      age: dateOfBirth ? ageOn(dateOfBirth, end) : null,
      latestEpisodeStart: ep?.start ?? null,
      placement: ep?.placement ?? null,
      latestReferral: referralsByChild.get(cid) ?? null,
      cpPlanStart: plan?.start ?? null,
      cpPlanMonths: plan ? monthsBetween(plan.start, end) : null,
      cpCategory: plan?.category ?? null,
      previousCpPlans: plan?.previous ?? null,
      team,
      teamName: team ? (loaded.teamNames.get(team) ?? team) : null,
    };
  });
  const band = AGE_BANDS.find((b) => b.id === filter.ageBand);
  const rows = allRows.filter((r) => (!filter.team || r.team === filter.team) && inAgeBand(band, r.age));
  const teamsInFigure = [...new Set(allRows.map((r) => r.team).filter((t): t is string => t !== null))]
    .map((t) => ({ id: t, name: loaded.teamNames.get(t) ?? t }))
    .sort((a, b) => a.name.localeCompare(b.name));
  await recordAuditNow(deps.db, deps.clock, user, {
    action: 'child-data.view',
    entityType: 'measure',
    entityId: id,
    summary: `Viewed the ${rows.length} ${def.countNoun ?? 'children'} behind “${def.title}” for ${month}${
      filter.team || band
        ? ` (${[filter.team && `team ${filter.team}`, band && `aged ${band.label}`].filter(Boolean).join(', ')})`
        : ''
    }`,
    after: { measure: id, month, ...filter, ids: rows.map((r) => r.id) },
  });
  return {
    id,
    title: def.title,
    month,
    periodEnd: end,
    status: outcome.status,
    reason: outcome.status === 'no-data' ? outcome.reason : undefined,
    numerator: outcome.status === 'ok' ? outcome.numerator : null,
    denominator: outcome.status === 'ok' ? outcome.denominator : null,
    countNoun: def.countNoun ?? 'children',
    rows,
    /** Children in the figure before the team and age filters. */
    totalRows: allRows.length,
    filters: { team: filter.team ?? null, ageBand: band?.id ?? null },
    teams: teamsInFigure,
    ageBands: AGE_BANDS.map((b) => ({ id: b.id, label: b.label })),
  };
}

/** An authority's practice standards as stored (unknown ids, from an older catalogue, are left out). */
async function loadPracticeStandards(deps: AppDeps, authorityId: string): Promise<PracticeStandardValues> {
  const stored = await repo.listPracticeStandards(deps.db, authorityId);
  const values: PracticeStandardValues = {};
  for (const standard of PRACTICE_STANDARDS) {
    const value = stored[standard.id];
    if (value !== undefined) values[standard.id] = value;
  }
  return values;
}

/** The practice standards measures are judged by: each with its value, default and the measures it applies to. */
export async function practiceStandards(deps: AppDeps, user: UserActor) {
  const values = await loadPracticeStandards(deps, user.authorityId);
  return {
    standards: practiceStandardSettings(values).map((standard) => ({
      ...standard,
      measures: standard.measures.map((id) => ({ id, title: getMeasure(id).title })),
    })),
  };
}

/**
 * Sets the authority's practice standards: a value per standard, or null to use the default. Values are whole
 * numbers within each standard's range; anything else is refused naming the standard. Audited with the values
 * before and after; every measure is recomputed with them on its next view.
 */
export async function setPracticeStandards(
  deps: AppDeps,
  user: UserActor,
  input: Partial<Record<string, number | null>>,
) {
  const known = new Map(PRACTICE_STANDARDS.map((s) => [s.id as string, s] as const));
  const problems: Array<{ field: string; message: string }> = [];
  const next: PracticeStandardValues = {};
  for (const [id, value] of Object.entries(input)) {
    const standard = known.get(id);
    if (!standard) {
      problems.push({ field: id, message: `${id} is not a practice standard Waypoint knows` });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < standard.min || value > standard.max) {
      problems.push({
        field: id,
        message: `${standard.label} must be a whole number of ${standard.unit} from ${standard.min} to ${standard.max}`,
      });
      continue;
    }
    if (value !== standard.default) next[id as PracticeStandardId] = value;
  }
  if (problems.length > 0) throw new ValidationError('Some practice standards are not valid', problems);
  const before = await loadPracticeStandards(deps, user.authorityId);
  await deps.db.transaction().execute(async (trx) => {
    await repo.replacePracticeStandards(trx, user.authorityId, next, user.userId, deps.clock.now());
    await recordAudit(trx, deps.clock, user, {
      action: 'measure.practice-standards',
      entityType: 'authority',
      entityId: user.authorityId,
      summary: 'Set the practice standards measures are judged by',
      before,
      after: next,
    });
  });
  return practiceStandards(deps, user);
}

/** Sets a measure's target and trajectory. */
export async function setTarget(
  deps: AppDeps,
  user: UserActor,
  id: string,
  input: {
    baselineValue: number | null;
    baselineDate: string | null;
    finalValue: number;
    finalDate: string;
    tolerance: number | null;
    trajectory: Array<{ date: string; value: number }>;
    note: string;
  },
) {
  definitionOf(id);
  await deps.db.transaction().execute(async (trx) => {
    await repo.upsertTarget(trx, {
      authority_id: user.authorityId,
      measure_id: id,
      baseline_value: input.baselineValue,
      baseline_date: input.baselineDate,
      final_value: input.finalValue,
      final_date: input.finalDate,
      tolerance: input.tolerance,
      trajectory: [...input.trajectory].sort((a, b) => a.date.localeCompare(b.date)),
      note: input.note,
      set_by: user.userId,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'measure.target',
      entityType: 'measure',
      entityId: id,
      summary: `Set the target for ${id}`,
      after: input,
    });
  });
  return measureDetail(deps, user, id);
}

/** Sets many targets in one transaction (seeding and bulk loads), one audit event each. */
export async function setTargets(
  deps: AppDeps,
  user: UserActor,
  targets: ReadonlyArray<{ measureId: string; target: Parameters<typeof setTarget>[3] }>,
): Promise<void> {
  for (const t of targets) definitionOf(t.measureId);
  await deps.db.transaction().execute(async (trx) => {
    for (const { measureId, target } of targets) {
      await repo.upsertTarget(trx, {
        authority_id: user.authorityId,
        measure_id: measureId,
        baseline_value: target.baselineValue,
        baseline_date: target.baselineDate,
        final_value: target.finalValue,
        final_date: target.finalDate,
        tolerance: target.tolerance,
        trajectory: [...target.trajectory].sort((a, b) => a.date.localeCompare(b.date)),
        note: target.note,
        set_by: user.userId,
      });
      await recordAudit(trx, deps.clock, user, {
        action: 'measure.target',
        entityType: 'measure',
        entityId: measureId,
        summary: `Set the target for ${measureId}`,
        after: target,
      });
    }
  });
}

/** Records a manual monthly value (for measures whose data Waypoint does not import yet). */
export async function addManualValue(
  deps: AppDeps,
  user: UserActor,
  id: string,
  input: { month: string; value: number; numerator: number | null; denominator: number | null; note: string },
) {
  definitionOf(id);
  const [y, m] = input.month.split('-').map(Number) as [number, number];
  const periodEnd = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  await deps.db.transaction().execute(async (trx) => {
    await repo.upsertManualValue(trx, {
      authority_id: user.authorityId,
      measure_id: id,
      period_end: periodEnd,
      value: input.value,
      numerator: input.numerator,
      denominator: input.denominator,
      note: input.note,
      entered_by: user.userId,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'measure.manual-value',
      entityType: 'measure',
      entityId: id,
      summary: `Entered ${id} for ${input.month} by hand`,
      after: input,
    });
  });
  return measureDetail(deps, user, id);
}

/** Recalculates the SPC limits from a month (e.g. after a practice change), with the reason; or clears it. */
export async function setBaseline(
  deps: AppDeps,
  user: UserActor,
  id: string,
  input: { fromMonth: string; reason: string } | null,
) {
  definitionOf(id);
  await deps.db.transaction().execute(async (trx) => {
    await repo.setBaseline(
      trx,
      input
        ? {
            authority_id: user.authorityId,
            measure_id: id,
            from_month: `${input.fromMonth}-01`,
            reason: input.reason,
            set_by: user.userId,
          }
        : { authority_id: user.authorityId, measure_id: id, clear: true },
    );
    await recordAudit(trx, deps.clock, user, {
      action: 'measure.baseline',
      entityType: 'measure',
      entityId: id,
      summary: input ? `SPC baseline for ${id} recalculated from ${input.fromMonth}` : `SPC baseline for ${id} reset`,
      after: input,
    });
  });
  return measureDetail(deps, user, id);
}

/** Chooses the measures shown with a priority area. */
export async function setAreaMeasures(deps: AppDeps, user: UserActor, areaId: string, measureIds: string[]) {
  for (const id of measureIds) definitionOf(id);
  await deps.db.transaction().execute(async (trx) => {
    const area = await plansRepo.findArea(trx, user.authorityId, areaId);
    if (!area) throw new NotFoundError('Priority area');
    await repo.replaceAreaMeasures(trx, user.authorityId, areaId, measureIds);
    await recordAudit(trx, deps.clock, user, {
      action: 'priority-area.measures',
      entityType: 'priority-area',
      entityId: areaId,
      summary: `Measures for priority area ${area.reference}: ${measureIds.join(', ') || 'none'}`,
      after: { measureIds },
    });
  });
  return { areaId, measureIds };
}

/** Sets an action's success measures (catalogue measures with baseline, target and date). */
export async function setActionMeasures(
  deps: AppDeps,
  user: UserActor,
  actionId: string,
  links: Array<{
    measureId: string;
    baselineValue: number | null;
    baselineDate: string | null;
    targetValue: number | null;
    targetDate: string | null;
  }>,
) {
  for (const l of links) definitionOf(l.measureId);
  await deps.db.transaction().execute(async (trx) => {
    const action = await actionsRepo.findAction(trx, user.authorityId, actionId);
    if (!action) throw new NotFoundError('Action');
    await repo.replaceActionMeasures(trx, user.authorityId, actionId, links);
    await recordAudit(trx, deps.clock, user, {
      action: 'action.measures',
      entityType: 'action',
      entityId: actionId,
      summary: `Success measures for ${action.reference}: ${links.map((l) => l.measureId).join(', ') || 'none'}`,
      after: { links },
    });
  });
  return actionMeasureViews(deps, user, actionId);
}

/** An action's success measures with their trend, for the action page. */
export async function actionMeasureViews(deps: AppDeps, user: UserActor, actionId: string) {
  if (!(await actionsRepo.findAction(deps.db, user.authorityId, actionId))) throw new NotFoundError('Action');
  const links = await repo.listActionMeasures(deps.db, user.authorityId, actionId);
  if (links.length === 0) return [];
  const card = await scorecard(deps, user);
  return links.map((l) => {
    const view = card.measures.find((m) => m.id === l.measure_id)!;
    return {
      link: {
        measureId: l.measure_id,
        baselineValue: l.baseline_value,
        baselineDate: l.baseline_date,
        targetValue: l.target_value,
        targetDate: l.target_date,
      },
      measure: view,
    };
  });
}
