import { type Kysely, sql } from 'kysely';

/**
 * CIN census tables (per authority and collection year, like SSDA903), local records, measure targets, manual
 * values and baselines, links from actions to measures, and generated reports with their frozen inputs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- CIN census ChildIdentifiers
    CREATE TABLE cin_child (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      upn text,
      former_upn text,
      upnunknown text,
      person_birth_date date,
      expected_person_birth_date date,
      gender_current text,
      sex text,
      person_death_date date,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_child_child ON cin_child (authority_id, child_id);

    -- CIN census ChildCharacteristics
    CREATE TABLE cin_characteristic (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      ethnicity text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_characteristic_child ON cin_characteristic (authority_id, child_id);

    -- CIN census Disabilities
    CREATE TABLE cin_disability (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      disability text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_disability_child ON cin_disability (authority_id, child_id);

    -- CIN census CINdetails
    CREATE TABLE cin_referral (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      cindetails_id text,
      cinreferral_date date,
      referral_source text,
      primary_need_code text,
      cinclosure_date date,
      reason_for_closure text,
      date_of_initial_cpc date,
      referral_nfa text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_referral_child ON cin_referral (authority_id, child_id);

    -- CIN census Assessments
    CREATE TABLE cin_assessment (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      cindetails_id text,
      assessment_id text,
      assessment_actual_start_date date,
      assessment_internal_review_date date,
      assessment_authorisation_date date,
      assessment_factors text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_assessment_child ON cin_assessment (authority_id, child_id);

    -- CIN census CINplanDates
    CREATE TABLE cin_plan (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      cindetails_id text,
      cinplan_start_date date,
      cinplan_end_date date,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_plan_child ON cin_plan (authority_id, child_id);

    -- CIN census Section47
    CREATE TABLE cin_section47 (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      cindetails_id text,
      s47_actual_start_date date,
      initial_cpctarget text,
      date_of_initial_cpc date,
      icpcnot_required text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_section47_child ON cin_section47 (authority_id, child_id);

    -- CIN census ChildProtectionPlans
    CREATE TABLE cin_cp_plan (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      cindetails_id text,
      cppid text,
      cppstart_date date,
      cppend_date date,
      initial_category_of_abuse text,
      latest_category_of_abuse text,
      number_of_previous_cpp text,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_cp_plan_child ON cin_cp_plan (authority_id, child_id);

    -- CIN census Reviews
    CREATE TABLE cin_cp_review (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      cindetails_id text,
      cppid text,
      cppreview_date date,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_cp_review_child ON cin_cp_review (authority_id, child_id);

    -- CIN census PreProceedings
    CREATE TABLE cin_pre_proceedings (
      authority_id uuid NOT NULL REFERENCES authority(id),
      collection_year integer NOT NULL,
      import_id uuid NOT NULL REFERENCES statutory_import(id),
      row_index integer NOT NULL,
      child_id text NOT NULL,
      cindetails_id text,
      ppstart_date date,
      lbpsent_date date,
      fgdmmeeting_offer text,
      fgdmmeeting_fac text,
      initial_ppmeeting_date date,
      review_meetings_count text,
      step_decision_date date,
      ppoutcome text,
      court_app_date date,
      letter_init_cpdate date,
      PRIMARY KEY (authority_id, collection_year, row_index)
    );
    CREATE INDEX cin_pre_proceedings_child ON cin_pre_proceedings (authority_id, child_id);

    -- Local records (visits, supervision, audits, workforce, missing log, homeless presentations, placement register …):
    -- one JSON document per record, validated by the application against the measures' record types.
    CREATE TABLE local_record (
      authority_id uuid NOT NULL REFERENCES authority(id),
      record_type text NOT NULL,
      record_key text NOT NULL,
      child_id text,
      record_date date,
      data jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authority_id, record_type, record_key)
    );
    CREATE INDEX local_record_child ON local_record (authority_id, child_id);

    CREATE TABLE measure_target (
      authority_id uuid NOT NULL REFERENCES authority(id),
      measure_id text NOT NULL,
      baseline_value numeric,
      baseline_date date,
      final_value numeric NOT NULL,
      final_date date NOT NULL,
      tolerance numeric,
      trajectory jsonb NOT NULL DEFAULT '[]',
      note text NOT NULL DEFAULT '',
      set_by uuid REFERENCES app_user(id),
      set_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authority_id, measure_id)
    );

    CREATE TABLE measure_manual_value (
      authority_id uuid NOT NULL REFERENCES authority(id),
      measure_id text NOT NULL,
      period_end date NOT NULL,
      value numeric NOT NULL,
      numerator numeric,
      denominator numeric,
      note text NOT NULL DEFAULT '',
      entered_by uuid REFERENCES app_user(id),
      entered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authority_id, measure_id, period_end)
    );

    CREATE TABLE measure_baseline (
      authority_id uuid NOT NULL REFERENCES authority(id),
      measure_id text NOT NULL,
      from_month date NOT NULL,
      reason text NOT NULL CHECK (length(trim(reason)) > 0),
      set_by uuid REFERENCES app_user(id),
      set_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authority_id, measure_id)
    );

    CREATE TABLE action_measure (
      action_id uuid NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
      authority_id uuid NOT NULL REFERENCES authority(id),
      measure_id text NOT NULL,
      baseline_value numeric,
      baseline_date date,
      target_value numeric,
      target_date date,
      PRIMARY KEY (action_id, measure_id)
    );

    CREATE TABLE priority_area_measure (
      priority_area_id uuid NOT NULL REFERENCES priority_area(id) ON DELETE CASCADE,
      authority_id uuid NOT NULL REFERENCES authority(id),
      measure_id text NOT NULL,
      position integer NOT NULL DEFAULT 0,
      PRIMARY KEY (priority_area_id, measure_id)
    );

    CREATE TABLE report (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      authority_id uuid NOT NULL REFERENCES authority(id),
      kind text NOT NULL CHECK (kind IN ('scrutiny', 'statement', 'exceptions', 'public')),
      title text NOT NULL,
      meeting_committee text,
      meeting_date date,
      plan_id uuid REFERENCES plan(id),
      plan_version integer,
      data_as_at timestamptz NOT NULL,
      generated_by uuid REFERENCES app_user(id),
      generated_at timestamptz NOT NULL,
      model jsonb NOT NULL
    );
    CREATE INDEX report_authority ON report (authority_id, generated_at DESC);

    CREATE FUNCTION report_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'generated reports are frozen: % is not allowed', TG_OP;
    END;
    $$;
    CREATE TRIGGER report_no_update BEFORE UPDATE ON report FOR EACH ROW EXECUTE FUNCTION report_is_frozen();
  `.execute(db);
}
