import { type Kysely, sql } from 'kysely';

/**
 * Statutory returns: each upload (an "import") with its files, validation result and issues, and the SSDA903
 * tables stored per authority and collection year. A year's rows are replaced in one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE statutory_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      dataset text NOT NULL CHECK (dataset IN ('ssda903', 'cin')),
      collection_year integer NOT NULL,
      status text NOT NULL CHECK (status IN ('validating', 'validated', 'rejected', 'storing', 'stored', 'failed', 'cancelled', 'superseded')),
      stage text NOT NULL DEFAULT '',
      progress_done integer NOT NULL DEFAULT 0,
      progress_total integer NOT NULL DEFAULT 0,
      message text NOT NULL DEFAULT '',
      rule_pack text NOT NULL DEFAULT '',
      counts jsonb NOT NULL DEFAULT '{}',
      summary jsonb NOT NULL DEFAULT '{}',
      error_count integer NOT NULL DEFAULT 0,
      query_count integer NOT NULL DEFAULT 0,
      blocking_problems jsonb NOT NULL DEFAULT '[]',
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      validated_at timestamptz,
      stored_by uuid REFERENCES app_user(id),
      stored_at timestamptz
    );
    CREATE INDEX statutory_import_authority ON statutory_import (authority_id, dataset, collection_year, created_at DESC);

    CREATE TABLE statutory_import_file (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      import_id uuid NOT NULL REFERENCES statutory_import(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('current', 'previous', 'providers', 'postcodes', 'authorities')),
      file_name text NOT NULL,
      size_bytes bigint NOT NULL,
      sha256 text NOT NULL,
      detected_table text,
      row_count integer,
      content bytea NOT NULL
    );
    CREATE INDEX statutory_import_file_import ON statutory_import_file (import_id);

    CREATE TABLE statutory_issue (
      import_id uuid NOT NULL REFERENCES statutory_import(id) ON DELETE CASCADE,
      seq integer NOT NULL,
      rule text NOT NULL,
      severity text NOT NULL,
      child_id text NOT NULL DEFAULT '',
      table_name text NOT NULL DEFAULT '',
      row_index integer,
      line integer,
      file_name text,
      fields text[] NOT NULL DEFAULT '{}',
      field_values jsonb NOT NULL DEFAULT '{}',
      locator text,
      PRIMARY KEY (import_id, seq)
    );
    CREATE INDEX statutory_issue_rule ON statutory_issue (import_id, rule);
    CREATE INDEX statutory_issue_child ON statutory_issue (import_id, child_id);

    -- The stored (current) import of each dataset and year per authority.
    CREATE TABLE statutory_year (
      authority_id uuid NOT NULL REFERENCES authority(id),
      dataset text NOT NULL,
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      stored_at timestamptz NOT NULL,
      PRIMARY KEY (authority_id, dataset, collection_year)
    );

    -- Header
    CREATE TABLE ssda903_child (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      sex text,
      dob date,
      ethnic text,
      upn text,
      mother text,
      mc_dob date,
      uasc boolean NOT NULL DEFAULT false,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_child_child ON ssda903_child (authority_id, child_id);

    -- Episodes
    CREATE TABLE ssda903_episode (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      decom date,
      rne text,
      ls text,
      cin text,
      place text,
      place_provider text,
      dec date,
      rec text,
      reason_place_change text,
      home_post text,
      pl_post text,
      urn text,
      pl_la text,
      pl_location text,
      pl_distance numeric(7,1),
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_episode_child ON ssda903_episode (authority_id, child_id);

    -- UASC
    CREATE TABLE ssda903_uasc (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      sex text,
      dob date,
      duc date,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_uasc_child ON ssda903_uasc (authority_id, child_id);

    -- Reviews
    CREATE TABLE ssda903_review (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      review date,
      review_code text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_review_child ON ssda903_review (authority_id, child_id);

    -- OC2
    CREATE TABLE ssda903_oc2 (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      sdq_score text,
      sdq_reason text,
      convicted text,
      health_check text,
      immunisations text,
      teeth_check text,
      health_assessment text,
      substance_misuse text,
      intervention_received text,
      intervention_offered text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_oc2_child ON ssda903_oc2 (authority_id, child_id);

    -- OC3
    CREATE TABLE ssda903_oc3 (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      in_touch text,
      activ text,
      accom text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_oc3_child ON ssda903_oc3 (authority_id, child_id);

    -- AD1
    CREATE TABLE ssda903_ad1 (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      date_int date,
      date_match date,
      foster_care text,
      nb_adoptr text,
      sex_adoptr text,
      ls_adoptr text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_ad1_child ON ssda903_ad1 (authority_id, child_id);

    -- PlacedAdoption
    CREATE TABLE ssda903_placed_adoption (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      date_placed date,
      date_placed_ceased date,
      reason_placed_ceased text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_placed_adoption_child ON ssda903_placed_adoption (authority_id, child_id);

    -- PrevPerm
    CREATE TABLE ssda903_prev_perm (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      prev_perm text,
      la_perm text,
      date_perm text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_prev_perm_child ON ssda903_prev_perm (authority_id, child_id);

    -- Missing
    CREATE TABLE ssda903_missing (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      missing text,
      mis_start date,
      mis_end date,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_missing_child ON ssda903_missing (authority_id, child_id);

    -- SWEpisodes
    CREATE TABLE ssda903_sw_episode (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      sw_id text,
      sw_decom date,
      sw_dec date,
      sw_reason text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_sw_episode_child ON ssda903_sw_episode (authority_id, child_id);

    -- DoLo
    CREATE TABLE ssda903_dolo (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      dob date,
      dolo_start date,
      dolo_end date,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX ssda903_dolo_child ON ssda903_dolo (authority_id, child_id);
  `.execute(db);
}
