import { type Kysely, sql } from 'kysely';

/** Inspections, findings, improvement plans, priority areas, actions, updates, evidence and plan versions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE inspection (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      type text NOT NULL CHECK (type IN ('ilacs-standard', 'ilacs-short', 'focused-visit', 'monitoring-visit', 'jtai')),
      title text NOT NULL DEFAULT '',
      on_site_start date,
      on_site_end date,
      report_received date,
      published date,
      lead_inspector text NOT NULL DEFAULT '',
      has_priority_actions boolean NOT NULL DEFAULT false,
      summary text NOT NULL DEFAULT '',
      deadline_anchor_override date,
      deadline_anchor_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX inspection_authority ON inspection (authority_id);

    CREATE TABLE judgement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      inspection_id uuid NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
      area text NOT NULL,
      grade text NOT NULL CHECK (grade IN ('outstanding', 'good', 'requires-improvement', 'inadequate')),
      UNIQUE (inspection_id, area)
    );

    CREATE TABLE finding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      inspection_id uuid NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
      number integer NOT NULL,
      text text NOT NULL,
      judgement_area text,
      is_priority_action boolean NOT NULL DEFAULT false,
      UNIQUE (inspection_id, number)
    );

    CREATE TABLE plan (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      inspection_id uuid NOT NULL REFERENCES inspection(id),
      title text NOT NULL,
      status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'at-scrutiny', 'approved', 'submitted', 'monitoring', 'closed')),
      accountable_officer text NOT NULL DEFAULT '',
      public_summary text NOT NULL DEFAULT '',
      submitted_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX plan_authority ON plan (authority_id);

    CREATE TABLE priority_area (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      position integer NOT NULL,
      reference text NOT NULL,
      title text NOT NULL,
      outcome text NOT NULL DEFAULT '',
      lead_officer text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (plan_id, reference)
    );

    CREATE TABLE priority_area_finding (
      priority_area_id uuid NOT NULL REFERENCES priority_area(id) ON DELETE CASCADE,
      finding_id uuid NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
      PRIMARY KEY (priority_area_id, finding_id)
    );

    CREATE TABLE plan_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      priority_area_id uuid NOT NULL REFERENCES priority_area(id) ON DELETE CASCADE,
      reference text NOT NULL,
      title text NOT NULL,
      how text NOT NULL DEFAULT '',
      lead_officer text NOT NULL DEFAULT '',
      owner_user_id uuid REFERENCES app_user(id),
      partners text NOT NULL DEFAULT '',
      start_date date,
      due_date date NOT NULL,
      status text NOT NULL DEFAULT 'not-started'
        CHECK (status IN ('not-started', 'in-progress', 'complete', 'closed-superseded')),
      percent_complete integer NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
      completed_on date,
      success_measures text NOT NULL DEFAULT '',
      risks text NOT NULL DEFAULT '',
      rag_override text CHECK (rag_override IN ('green', 'amber', 'red')),
      rag_override_reason text,
      rag_override_by uuid REFERENCES app_user(id),
      rag_override_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (plan_id, reference),
      CHECK (rag_override IS NULL OR length(trim(rag_override_reason)) > 0)
    );
    CREATE INDEX plan_action_area ON plan_action (priority_area_id);
    CREATE INDEX plan_action_owner ON plan_action (owner_user_id);

    CREATE TABLE action_finding (
      action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
      finding_id uuid NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
      PRIMARY KEY (action_id, finding_id)
    );

    CREATE TABLE action_dependency (
      action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
      depends_on_action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
      PRIMARY KEY (action_id, depends_on_action_id),
      CHECK (action_id <> depends_on_action_id)
    );

    CREATE TABLE action_milestone (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
      title text NOT NULL,
      due_date date NOT NULL,
      completed_on date,
      position integer NOT NULL DEFAULT 0
    );
    CREATE INDEX action_milestone_action ON action_milestone (action_id);

    CREATE TABLE progress_update (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
      author_user_id uuid NOT NULL REFERENCES app_user(id),
      update_date date NOT NULL,
      narrative text NOT NULL,
      percent_complete integer CHECK (percent_complete BETWEEN 0 AND 100),
      status text CHECK (status IN ('not-started', 'in-progress', 'complete', 'closed-superseded')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX progress_update_action ON progress_update (action_id, update_date DESC);

    CREATE TABLE evidence_file (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
      progress_update_id uuid NOT NULL REFERENCES progress_update(id) ON DELETE CASCADE,
      file_name text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL,
      sha256 text NOT NULL,
      content bytea NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX evidence_file_update ON evidence_file (progress_update_id);

    CREATE TABLE plan_transition (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      from_status text NOT NULL,
      to_status text NOT NULL,
      occurred_on date NOT NULL,
      actor_user_id uuid NOT NULL REFERENCES app_user(id),
      note text NOT NULL DEFAULT '',
      meeting text NOT NULL DEFAULT '',
      version_number integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE committee_recommendation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      transition_id uuid REFERENCES plan_transition(id) ON DELETE SET NULL,
      committee text NOT NULL,
      meeting_date date NOT NULL,
      text text NOT NULL,
      response text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'partly-accepted', 'rejected', 'done')),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE plan_version (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      number integer NOT NULL,
      status text NOT NULL,
      label text NOT NULL,
      created_at timestamptz NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user(id),
      snapshot jsonb NOT NULL,
      UNIQUE (plan_id, number)
    );

    CREATE FUNCTION plan_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'plan versions are frozen: % is not allowed', TG_OP;
    END;
    $$;
    CREATE TRIGGER plan_version_no_update BEFORE UPDATE ON plan_version
      FOR EACH ROW EXECUTE FUNCTION plan_version_is_immutable();
  `.execute(db);
}
