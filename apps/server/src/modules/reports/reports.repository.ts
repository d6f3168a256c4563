import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

/** Stores a generated report with its frozen model; returns its id. */
export async function insertReport(
  db: Executor,
  v: {
    authority_id: string;
    kind: string;
    title: string;
    meeting_committee: string | null;
    meeting_date: string | null;
    plan_id: string | null;
    plan_version: number | null;
    data_as_at: Date;
    generated_by: string | null;
    generated_at: Date;
    model: unknown;
  },
): Promise<string> {
  const row = await db
    .insertInto('report')
    .values({ ...v, model: JSON.stringify(v.model) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The reports of an authority, newest first (without their models). */
export async function listReports(db: Executor, authorityId: string) {
  return db
    .selectFrom('report as r')
    .leftJoin('app_user as u', 'u.id', 'r.generated_by')
    .select([
      'r.id',
      'r.kind',
      'r.title',
      'r.meeting_committee',
      'r.meeting_date',
      'r.plan_version',
      'r.data_as_at',
      'r.generated_at',
      'u.display_name as generated_by_name',
    ])
    .where('r.authority_id', '=', authorityId)
    .orderBy('r.generated_at', 'desc')
    .limit(200)
    .execute();
}

/** One report with its model. */
export async function findReport(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('report')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}
