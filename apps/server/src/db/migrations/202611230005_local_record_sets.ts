import { type Kysely, sql } from 'kysely';

/**
 * One row per authority and local record type: how many records it holds and a revision that goes up each time the
 * set is replaced. Measures read it to know whether their cached computation is still current without counting or
 * scanning the records themselves (hundreds of thousands of rows in a large authority).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE local_record_set (
      authority_id uuid NOT NULL REFERENCES authority(id),
      record_type text NOT NULL,
      record_count integer NOT NULL,
      revision bigint NOT NULL DEFAULT 1,
      replaced_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authority_id, record_type)
    );
    INSERT INTO local_record_set (authority_id, record_type, record_count, replaced_at)
      SELECT authority_id, record_type, count(*)::int, max(updated_at) FROM local_record GROUP BY authority_id, record_type;
  `.execute(db);
}
