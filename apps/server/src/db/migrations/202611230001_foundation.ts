import { type Kysely, sql } from 'kysely';

/** Authorities, users, sessions and the hash-chained audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE authority (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      la_number text,
      name text NOT NULL,
      short_name text NOT NULL,
      population_0_17 integer,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      email text NOT NULL UNIQUE CHECK (email = lower(email)),
      display_name text NOT NULL,
      job_title text NOT NULL DEFAULT '',
      team text,
      role text NOT NULL CHECK (role IN ('admin', 'improvement-lead', 'action-owner', 'analyst', 'viewer')),
      password_hash text NOT NULL,
      disabled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX app_user_authority ON app_user (authority_id);

    CREATE TABLE user_session (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      absolute_expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    );
    CREATE INDEX user_session_user ON user_session (user_id);

    CREATE TABLE audit_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      chain text NOT NULL,
      seq bigint NOT NULL,
      authority_id uuid REFERENCES authority(id),
      occurred_at timestamptz NOT NULL,
      actor_user_id uuid,
      actor_email text,
      actor_role text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text,
      summary text NOT NULL DEFAULT '',
      before jsonb,
      after jsonb,
      request_id text,
      ip text,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      UNIQUE (chain, seq)
    );
    CREATE INDEX audit_event_authority_time ON audit_event (authority_id, occurred_at DESC);
    CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);

    CREATE TABLE audit_chain_head (
      chain text PRIMARY KEY,
      seq bigint NOT NULL,
      hash text NOT NULL
    );

    -- The audit log is append-only: no row may be changed or removed through the application's connection.
    CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
    END;
    $$;
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
    CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
  `.execute(db);
}
