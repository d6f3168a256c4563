import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

/** An authority's plans, newest first. */
export async function listPlans(db: Executor, authorityId: string) {
  return db
    .selectFrom('plan')
    .innerJoin('inspection', 'inspection.id', 'plan.inspection_id')
    .select([
      'plan.id',
      'plan.title',
      'plan.status',
      'plan.inspection_id',
      'plan.created_at',
      'plan.updated_at',
      'inspection.type as inspection_type',
      'inspection.on_site_start',
    ])
    .where('plan.authority_id', '=', authorityId)
    .orderBy('plan.created_at', 'desc')
    .execute();
}

/** One plan of the authority. */
export async function findPlan(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('plan')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The plan the dashboard follows: the newest that is not closed, else the newest. */
export async function findCurrentPlan(db: Executor, authorityId: string) {
  return currentPlanQuery(db, authorityId).selectAll().executeTakeFirst();
}

/** The id of the authority's current plan, as a subquery for other queries. */
export function currentPlanId(db: Executor, authorityId: string) {
  return currentPlanQuery(db, authorityId).select('id');
}

/** The current plan is the newest that is not closed, or the newest of all when every plan is closed. */
function currentPlanQuery(db: Executor, authorityId: string) {
  return db
    .selectFrom('plan')
    .where('authority_id', '=', authorityId)
    .orderBy((eb) => eb.case().when('status', '=', 'closed').then(1).else(0).end())
    .orderBy('created_at', 'desc')
    .limit(1);
}

/** Creates a plan; returns its id. */
export async function insertPlan(
  db: Executor,
  v: {
    authority_id: string;
    inspection_id: string;
    title: string;
    accountable_officer: string;
    public_summary: string;
  },
): Promise<string> {
  return (await db.insertInto('plan').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a plan's fields. */
export async function updatePlan(
  db: Executor,
  id: string,
  v: Partial<{
    title: string;
    accountable_officer: string;
    public_summary: string;
    status: string;
    submitted_on: string | null;
  }>,
): Promise<void> {
  await db
    .updateTable('plan')
    .set({ ...v, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Priority areas of a plan, in order. */
export async function listAreas(db: Executor, planId: string) {
  return db.selectFrom('priority_area').selectAll().where('plan_id', '=', planId).orderBy('position').execute();
}

/** One priority area of the authority. */
export async function findArea(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('priority_area')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Finding links of a plan's priority areas. */
export async function listAreaFindings(db: Executor, planId: string) {
  return db
    .selectFrom('priority_area_finding as paf')
    .innerJoin('priority_area as pa', 'pa.id', 'paf.priority_area_id')
    .select(['paf.priority_area_id', 'paf.finding_id'])
    .where('pa.plan_id', '=', planId)
    .execute();
}

/** Adds a priority area at the end; returns its id. */
export async function insertArea(
  db: Executor,
  v: { authority_id: string; plan_id: string; reference: string; title: string; outcome: string; lead_officer: string },
): Promise<string> {
  const last = await db
    .selectFrom('priority_area')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('plan_id', '=', v.plan_id)
    .executeTakeFirst();
  const position = Number(last?.max ?? 0) + 1;
  return (
    await db
      .insertInto('priority_area')
      .values({ ...v, position })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Updates a priority area. */
export async function updateArea(
  db: Executor,
  id: string,
  v: Partial<{ reference: string; title: string; outcome: string; lead_officer: string; position: number }>,
): Promise<void> {
  await db
    .updateTable('priority_area')
    .set({ ...v, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Replaces the findings a priority area answers. */
export async function replaceAreaFindings(db: Executor, areaId: string, findingIds: readonly string[]): Promise<void> {
  await db.deleteFrom('priority_area_finding').where('priority_area_id', '=', areaId).execute();
  if (findingIds.length === 0) return;
  await db
    .insertInto('priority_area_finding')
    .values(findingIds.map((finding_id) => ({ priority_area_id: areaId, finding_id })))
    .execute();
}

/** True when the plan already has an area with the reference. */
export async function areaReferenceTaken(db: Executor, planId: string, reference: string, exceptId?: string) {
  const row = await db
    .selectFrom('priority_area')
    .select('id')
    .where('plan_id', '=', planId)
    .where('reference', '=', reference)
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return row !== undefined;
}

/** Ids of the findings of an inspection (to check links belong to the plan's inspection). */
export async function findingIdsOfInspection(db: Executor, inspectionId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('finding').select('id').where('inspection_id', '=', inspectionId).execute();
  return new Set(rows.map((r) => r.id));
}

/** Records a lifecycle step. */
export async function insertTransition(
  db: Executor,
  v: {
    authority_id: string;
    plan_id: string;
    from_status: string;
    to_status: string;
    occurred_on: string;
    actor_user_id: string;
    note: string;
    meeting: string;
    version_number: number;
  },
): Promise<string> {
  return (await db.insertInto('plan_transition').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** A plan's lifecycle steps with who made them, oldest first. */
export async function listTransitions(db: Executor, planId: string) {
  return db
    .selectFrom('plan_transition as t')
    .innerJoin('app_user as u', 'u.id', 't.actor_user_id')
    .select([
      't.id',
      't.from_status',
      't.to_status',
      't.occurred_on',
      't.note',
      't.meeting',
      't.version_number',
      't.created_at',
      'u.display_name as actor_name',
    ])
    .where('t.plan_id', '=', planId)
    .orderBy('t.created_at')
    .execute();
}

/** Adds a committee recommendation. */
export async function insertRecommendation(
  db: Executor,
  v: {
    authority_id: string;
    plan_id: string;
    transition_id: string | null;
    committee: string;
    meeting_date: string;
    text: string;
    response: string;
    status: string;
  },
): Promise<string> {
  return (await db.insertInto('committee_recommendation').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** A plan's committee recommendations, by meeting. */
export async function listRecommendations(db: Executor, planId: string) {
  return db
    .selectFrom('committee_recommendation')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('meeting_date')
    .orderBy('created_at')
    .execute();
}

/** One recommendation of the authority. */
export async function findRecommendation(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('committee_recommendation')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Records the response to a recommendation. */
export async function updateRecommendation(db: Executor, id: string, v: { response: string; status: string }) {
  await db.updateTable('committee_recommendation').set(v).where('id', '=', id).execute();
}

/** The next version number of a plan. */
export async function nextVersionNumber(db: Executor, planId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_version')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Freezes a version of the plan. */
export async function insertVersion(
  db: Executor,
  v: {
    authority_id: string;
    plan_id: string;
    number: number;
    status: string;
    label: string;
    created_at: Date;
    created_by: string;
    snapshot: unknown;
  },
): Promise<void> {
  await db
    .insertInto('plan_version')
    .values({ ...v, snapshot: JSON.stringify(v.snapshot) })
    .execute();
}

/** A plan's versions (without their snapshots). */
export async function listVersions(db: Executor, planId: string) {
  return db
    .selectFrom('plan_version as v')
    .innerJoin('app_user as u', 'u.id', 'v.created_by')
    .select(['v.number', 'v.status', 'v.label', 'v.created_at', 'u.display_name as created_by_name'])
    .where('v.plan_id', '=', planId)
    .orderBy('v.number')
    .execute();
}

/** One version with its snapshot. */
export async function findVersion(db: Executor, planId: string, number: number) {
  return db
    .selectFrom('plan_version as v')
    .innerJoin('app_user as u', 'u.id', 'v.created_by')
    .select(['v.number', 'v.status', 'v.label', 'v.created_at', 'v.snapshot', 'u.display_name as created_by_name'])
    .where('v.plan_id', '=', planId)
    .where('v.number', '=', number)
    .executeTakeFirst();
}
