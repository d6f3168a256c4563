import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

/** Column values of an inspection as stored. */
export interface InspectionValues {
  type: string;
  title: string;
  on_site_start: string | null;
  on_site_end: string | null;
  report_received: string | null;
  published: string | null;
  lead_inspector: string;
  has_priority_actions: boolean;
  summary: string;
}

/** An authority's inspections, newest first. */
export async function listInspections(db: Executor, authorityId: string) {
  return db
    .selectFrom('inspection')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .orderBy('on_site_start', (ob) => ob.desc().nullsLast())
    .orderBy('created_at', 'desc')
    .execute();
}

/** One inspection of the authority. */
export async function findInspection(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('inspection')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Judgements of some inspections. */
export async function listJudgements(db: Executor, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return [];
  return db.selectFrom('judgement').selectAll().where('inspection_id', 'in', inspectionIds).execute();
}

/** Findings of some inspections, by number. */
export async function listFindings(db: Executor, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return [];
  return db.selectFrom('finding').selectAll().where('inspection_id', 'in', inspectionIds).orderBy('number').execute();
}

/** One finding of the authority. */
export async function findFinding(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('finding')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Creates an inspection; returns its id. */
export async function insertInspection(db: Executor, authorityId: string, v: InspectionValues): Promise<string> {
  const row = await db
    .insertInto('inspection')
    .values({ authority_id: authorityId, ...v })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates an inspection's fields. */
export async function updateInspection(
  db: Executor,
  id: string,
  v: Partial<InspectionValues> & { deadline_anchor_override?: string | null; deadline_anchor_reason?: string | null },
) {
  await db
    .updateTable('inspection')
    .set({ ...v, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Replaces an inspection's judgements. */
export async function replaceJudgements(
  db: Executor,
  authorityId: string,
  inspectionId: string,
  judgements: ReadonlyArray<{ area: string; grade: string }>,
): Promise<void> {
  await db.deleteFrom('judgement').where('inspection_id', '=', inspectionId).execute();
  if (judgements.length === 0) return;
  await db
    .insertInto('judgement')
    .values(
      judgements.map((j) => ({ authority_id: authorityId, inspection_id: inspectionId, area: j.area, grade: j.grade })),
    )
    .execute();
}

/** Adds a finding; returns its id. */
export async function insertFinding(
  db: Executor,
  v: {
    authority_id: string;
    inspection_id: string;
    number: number;
    text: string;
    judgement_area: string | null;
    is_priority_action: boolean;
  },
): Promise<string> {
  const row = await db.insertInto('finding').values(v).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a finding. */
export async function updateFinding(
  db: Executor,
  id: string,
  v: { number: number; text: string; judgement_area: string | null; is_priority_action: boolean },
): Promise<void> {
  await db.updateTable('finding').set(v).where('id', '=', id).execute();
}

/** True when another finding of the inspection already has the number. */
export async function findingNumberTaken(db: Executor, inspectionId: string, number: number, exceptId?: string) {
  const row = await db
    .selectFrom('finding')
    .select('id')
    .where('inspection_id', '=', inspectionId)
    .where('number', '=', number)
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a finding. */
export async function deleteFinding(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('finding').where('id', '=', id).execute();
}

/** True when a priority area or action links to the finding. */
export async function findingIsLinked(db: Executor, findingId: string): Promise<boolean> {
  const row = await db
    .selectFrom('action_finding')
    .select('action_id as id')
    .where('finding_id', '=', findingId)
    .union(db.selectFrom('priority_area_finding').select('priority_area_id as id').where('finding_id', '=', findingId))
    .executeTakeFirst();
  return row !== undefined;
}
