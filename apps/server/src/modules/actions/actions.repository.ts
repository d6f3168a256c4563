import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

/** Column values of an action that users edit. */
export interface ActionValues {
  reference: string;
  title: string;
  how: string;
  lead_officer: string;
  owner_user_id: string | null;
  partners: string;
  start_date: string | null;
  due_date: string;
  success_measures: string;
  risks: string;
  status: string;
  percent_complete: number;
  completed_on: string | null;
  priority_area_id: string;
}

const ACTION_COLUMNS = [
  'a.id',
  'a.plan_id',
  'a.priority_area_id',
  'a.reference',
  'a.title',
  'a.how',
  'a.lead_officer',
  'a.owner_user_id',
  'a.partners',
  'a.start_date',
  'a.due_date',
  'a.status',
  'a.percent_complete',
  'a.completed_on',
  'a.success_measures',
  'a.risks',
  'a.rag_override',
  'a.rag_override_reason',
  'a.rag_override_at',
  'a.updated_at',
  'u.display_name as owner_name',
  'ob.display_name as rag_override_by_name',
] as const;

function actionsQuery(db: Executor) {
  return db
    .selectFrom('plan_action as a')
    .leftJoin('app_user as u', 'u.id', 'a.owner_user_id')
    .leftJoin('app_user as ob', 'ob.id', 'a.rag_override_by')
    .select(ACTION_COLUMNS);
}

/** An action row with its owner's name. */
export type ActionRow = Awaited<ReturnType<typeof findAction>> & object;

/** The actions of a plan. */
export async function listPlanActions(db: Executor, planId: string) {
  return actionsQuery(db).where('a.plan_id', '=', planId).execute();
}

/** The actions owned by a user, across the authority's plans that are not closed. */
export async function listOwnedActions(db: Executor, authorityId: string, userId: string) {
  return actionsQuery(db)
    .innerJoin('plan as p', 'p.id', 'a.plan_id')
    .where('a.authority_id', '=', authorityId)
    .where('a.owner_user_id', '=', userId)
    .where('p.status', '<>', 'closed')
    .execute();
}

/** One action of the authority. */
export async function findAction(db: Executor, authorityId: string, id: string) {
  return actionsQuery(db).where('a.authority_id', '=', authorityId).where('a.id', '=', id).executeTakeFirst();
}

/** True when the plan already has an action with the reference. */
export async function actionReferenceTaken(db: Executor, planId: string, reference: string, exceptId?: string) {
  const row = await db
    .selectFrom('plan_action')
    .select('id')
    .where('plan_id', '=', planId)
    .where('reference', '=', reference)
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return row !== undefined;
}

/** Creates an action; returns its id. */
export async function insertAction(
  db: Executor,
  v: Omit<ActionValues, 'status' | 'percent_complete' | 'completed_on'> & { authority_id: string; plan_id: string },
): Promise<string> {
  return (await db.insertInto('plan_action').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates an action. */
export async function updateAction(db: Executor, id: string, v: Partial<ActionValues>): Promise<void> {
  await db
    .updateTable('plan_action')
    .set({ ...v, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Sets or clears the manual RAG. */
export async function setRagOverride(
  db: Executor,
  id: string,
  v: { rag: string; reason: string; by: string; at: Date } | null,
): Promise<void> {
  await db
    .updateTable('plan_action')
    .set({
      rag_override: v?.rag ?? null,
      rag_override_reason: v?.reason ?? null,
      rag_override_by: v?.by ?? null,
      rag_override_at: v?.at ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Finding links of actions. */
export async function listActionFindings(db: Executor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db.selectFrom('action_finding').selectAll().where('action_id', 'in', actionIds).execute();
}

/** Replaces the findings an action addresses. */
export async function replaceActionFindings(db: Executor, actionId: string, findingIds: readonly string[]) {
  await db.deleteFrom('action_finding').where('action_id', '=', actionId).execute();
  if (findingIds.length === 0) return;
  await db
    .insertInto('action_finding')
    .values(findingIds.map((finding_id) => ({ action_id: actionId, finding_id })))
    .execute();
}

/** Dependencies between actions. */
export async function listDependencies(db: Executor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db.selectFrom('action_dependency').selectAll().where('action_id', 'in', actionIds).execute();
}

/** Replaces what an action depends on. */
export async function replaceDependencies(db: Executor, actionId: string, dependsOn: readonly string[]) {
  await db.deleteFrom('action_dependency').where('action_id', '=', actionId).execute();
  if (dependsOn.length === 0) return;
  await db
    .insertInto('action_dependency')
    .values(dependsOn.map((depends_on_action_id) => ({ action_id: actionId, depends_on_action_id })))
    .execute();
}

/** Milestones of actions, in order. */
export async function listMilestones(db: Executor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db
    .selectFrom('action_milestone')
    .selectAll()
    .where('action_id', 'in', actionIds)
    .orderBy('due_date')
    .orderBy('position')
    .execute();
}

/** One milestone of the authority. */
export async function findMilestone(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('action_milestone')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Adds a milestone. */
export async function insertMilestone(
  db: Executor,
  v: { authority_id: string; action_id: string; title: string; due_date: string; completed_on: string | null },
): Promise<string> {
  return (await db.insertInto('action_milestone').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a milestone. */
export async function updateMilestone(
  db: Executor,
  id: string,
  v: { title: string; due_date: string; completed_on: string | null },
) {
  await db.updateTable('action_milestone').set(v).where('id', '=', id).execute();
}

/** Removes a milestone. */
export async function deleteMilestone(db: Executor, id: string) {
  await db.deleteFrom('action_milestone').where('id', '=', id).execute();
}

/** Progress updates of an action, newest first, with their authors. */
export async function listUpdates(db: Executor, actionId: string) {
  return db
    .selectFrom('progress_update as p')
    .innerJoin('app_user as u', 'u.id', 'p.author_user_id')
    .select([
      'p.id',
      'p.update_date',
      'p.narrative',
      'p.percent_complete',
      'p.status',
      'p.created_at',
      'u.display_name as author_name',
    ])
    .where('p.action_id', '=', actionId)
    .orderBy('p.update_date', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
}

/** The latest progress update of each action. */
export async function latestUpdates(db: Executor, actionIds: readonly string[]) {
  if (actionIds.length === 0) return [];
  return db
    .selectFrom('progress_update as p')
    .innerJoin('app_user as u', 'u.id', 'p.author_user_id')
    .distinctOn('p.action_id')
    .select(['p.action_id', 'p.update_date', 'p.narrative', 'u.display_name as author_name'])
    .where('p.action_id', 'in', actionIds)
    .orderBy('p.action_id')
    .orderBy('p.update_date', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
}

/** Stores a progress update; returns its id. */
export async function insertUpdate(
  db: Executor,
  v: {
    authority_id: string;
    action_id: string;
    author_user_id: string;
    update_date: string;
    narrative: string;
    percent_complete: number | null;
    status: string | null;
  },
): Promise<string> {
  return (await db.insertInto('progress_update').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** Stores an evidence file. */
export async function insertEvidence(
  db: Executor,
  v: {
    authority_id: string;
    action_id: string;
    progress_update_id: string;
    file_name: string;
    content_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
  },
): Promise<string> {
  return (await db.insertInto('evidence_file').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

/** Evidence files (metadata only) of some updates. */
export async function listEvidence(db: Executor, updateIds: readonly string[]) {
  if (updateIds.length === 0) return [];
  return db
    .selectFrom('evidence_file')
    .select(['id', 'progress_update_id', 'file_name', 'content_type', 'size_bytes', 'sha256', 'created_at'])
    .where('progress_update_id', 'in', updateIds)
    .orderBy('created_at')
    .execute();
}

/** One evidence file with its content. */
export async function findEvidence(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('evidence_file')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}
