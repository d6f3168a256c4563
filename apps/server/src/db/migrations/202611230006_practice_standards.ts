import { type Kysely, sql } from 'kysely';

/**
 * An authority's local practice standards (supervision frequency, visit timescales, neglect drift …): one row per
 * authority and standard; a standard without a row uses the measure catalogue's default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE practice_standard (
      authority_id uuid NOT NULL REFERENCES authority(id),
      standard_id text NOT NULL,
      value numeric NOT NULL,
      set_by uuid REFERENCES app_user(id),
      set_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authority_id, standard_id)
    );
  `.execute(db);
}
