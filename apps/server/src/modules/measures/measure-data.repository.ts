import { sql, type Transaction } from 'kysely';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

/** Local record types: the names of the `MeasureData` arrays they fill. */
export const LOCAL_RECORD_TYPES = [
  'contacts',
  'visits',
  'supervision',
  'caseAudits',
  'workforce',
  'missingEpisodes',
  'homelessPresentations',
  'placementRegister',
  'fosterHouseholds',
  'fosterEnquiries',
  'ploCases',
  'courtEvidenceReviews',
  'careLeavers',
  'feedback',
  'csww',
  'teams',
  /** Child seen, team and worker of each CIN assessment: merged into the census assessments. */
  'assessmentDetails',
  /** Which team holds each child's case, and when (for the drill-down's team). */
  'allocations',
] as const;
export type LocalRecordType = (typeof LOCAL_RECORD_TYPES)[number];

/** A cheap fingerprint of everything measures are computed from, to know when a cached computation is stale. */
export async function dataVersion(db: Executor, authorityId: string): Promise<string> {
  const r = await sql<{
    stored: Date | null;
    local: Date | null;
    n: string;
    manual: Date | null;
    targets: Date | null;
    baselines: Date | null;
    standards: string;
  }>`
    SELECT
      (SELECT max(stored_at) FROM statutory_year WHERE authority_id = ${authorityId}) AS stored,
      (SELECT max(replaced_at) FROM local_record_set WHERE authority_id = ${authorityId}) AS local,
      (SELECT coalesce(sum(revision), 0)::text FROM local_record_set WHERE authority_id = ${authorityId}) AS n,
      (SELECT max(entered_at) FROM measure_manual_value WHERE authority_id = ${authorityId}) AS manual,
      (SELECT max(set_at) FROM measure_target WHERE authority_id = ${authorityId}) AS targets,
      (SELECT max(set_at) FROM measure_baseline WHERE authority_id = ${authorityId}) AS baselines,
      (SELECT count(*) || ':' || coalesce(max(set_at)::text, '') FROM practice_standard WHERE authority_id = ${authorityId}) AS standards`.execute(
    db,
  );
  const row = r.rows[0]!;
  return [row.stored, row.local, row.n, row.manual, row.targets, row.baselines, row.standards]
    .map((v) => (v instanceof Date ? v.toISOString() : String(v)))
    .join('|');
}

/** The stored SSDA903 rows of every collection year (latest year first), for the measure model. */
export async function loadSsda903(db: Executor, authorityId: string) {
  return {
    children: await db
      .selectFrom('ssda903_child')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .execute(),
    episodes: await db
      .selectFrom('ssda903_episode')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
    uasc: await db
      .selectFrom('ssda903_uasc')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .execute(),
    reviews: await db
      .selectFrom('ssda903_review')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .execute(),
    missing: await db
      .selectFrom('ssda903_missing')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .execute(),
    oc2: await db.selectFrom('ssda903_oc2').selectAll().where('authority_id', '=', authorityId).execute(),
    oc3: await db.selectFrom('ssda903_oc3').selectAll().where('authority_id', '=', authorityId).execute(),
    ad1: await db
      .selectFrom('ssda903_ad1')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .execute(),
    swEpisodes: await db
      .selectFrom('ssda903_sw_episode')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .execute(),
  };
}

/** The stored CIN census rows of every collection year (latest year first). */
export async function loadCin(db: Executor, authorityId: string) {
  return {
    children: await db
      .selectFrom('cin_child')
      .select(['child_id', 'person_birth_date'])
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
    referrals: await db
      .selectFrom('cin_referral')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
    assessments: await db
      .selectFrom('cin_assessment')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
    plans: await db
      .selectFrom('cin_plan')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
    section47s: await db
      .selectFrom('cin_section47')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
    cpPlans: await db
      .selectFrom('cin_cp_plan')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
    cpReviews: await db
      .selectFrom('cin_cp_review')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .orderBy('collection_year', 'desc')
      .orderBy('row_index')
      .execute(),
  };
}

/** Every local record of the authority, grouped by type. */
export async function loadLocalRecords(
  db: Executor,
  authorityId: string,
): Promise<Partial<Record<LocalRecordType, unknown[]>>> {
  const rows = await db
    .selectFrom('local_record')
    .select(['record_type', 'data'])
    .where('authority_id', '=', authorityId)
    .orderBy('record_type')
    .orderBy('record_date')
    .orderBy('record_key')
    .execute();
  const out: Partial<Record<LocalRecordType, unknown[]>> = {};
  for (const r of rows) {
    const type = r.record_type as LocalRecordType;
    const list = out[type] ?? [];
    list.push(r.data);
    out[type] = list;
  }
  return out;
}

/** Per local record type held: how many records and when they were last replaced. */
export async function listLocalRecordSets(db: Executor, authorityId: string) {
  return db
    .selectFrom('local_record_set')
    .select(['record_type', 'record_count', 'replaced_at'])
    .where('authority_id', '=', authorityId)
    .execute();
}

/** The records of one local record type, in the order they were stored. */
export async function localRecordsOfType(db: Executor, authorityId: string, type: LocalRecordType) {
  return db
    .selectFrom('local_record')
    .select(['data', 'child_id'])
    .where('authority_id', '=', authorityId)
    .where('record_type', '=', type)
    .orderBy('record_key')
    .execute();
}

/**
 * Replaces every local record of one type (one transaction in the caller), and counts the replacement in the
 * type's set row, which tells cached measure computations they are out of date.
 */
export async function replaceLocalRecords(
  trx: Transaction<DB>,
  authorityId: string,
  type: LocalRecordType,
  records: ReadonlyArray<{ key: string; childId?: string | null; date?: string | null; data: unknown }>,
): Promise<void> {
  await trx
    .deleteFrom('local_record')
    .where('authority_id', '=', authorityId)
    .where('record_type', '=', type)
    .execute();
  await trx
    .insertInto('local_record_set')
    .values({ authority_id: authorityId, record_type: type, record_count: records.length })
    .onConflict((oc) =>
      oc.columns(['authority_id', 'record_type']).doUpdateSet({
        record_count: records.length,
        revision: sql`local_record_set.revision + 1`,
        replaced_at: sql`now()`,
      }),
    )
    .execute();
  await bulkInsert(trx, 'local_record', [
    { name: 'authority_id', type: 'uuid', values: records.map(() => authorityId) },
    { name: 'record_type', type: 'text', values: records.map(() => type) },
    { name: 'record_key', type: 'text', values: records.map((r) => r.key) },
    { name: 'child_id', type: 'text', values: records.map((r) => r.childId ?? null) },
    { name: 'record_date', type: 'date', values: records.map((r) => r.date ?? null) },
    { name: 'data', type: 'jsonb', values: records.map((r) => r.data) },
  ]);
}

/** The authority's 0–17 population and GSS code. */
export async function authorityFacts(db: Executor, authorityId: string) {
  return db
    .selectFrom('authority')
    .select(['code', 'name', 'short_name', 'population_0_17'])
    .where('id', '=', authorityId)
    .executeTakeFirstOrThrow();
}
