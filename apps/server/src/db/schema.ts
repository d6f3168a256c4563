import type { ColumnType, Generated } from 'kysely';

/** A `date` column: ISO `YYYY-MM-DD` text in and out. */
type DateColumn = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export interface AuthorityTable {
  id: Generated<string>;
  code: string;
  la_number: string | null;
  name: string;
  short_name: string;
  population_0_17: number | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  authority_id: string;
  email: string;
  display_name: string;
  job_title: Generated<string>;
  team: string | null;
  role: string;
  password_hash: string;
  disabled_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  absolute_expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  chain: string;
  seq: number;
  authority_id: string | null;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  before: Json | null;
  after: Json | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  chain: string;
  seq: number;
  hash: string;
}

export interface InspectionTable {
  id: Generated<string>;
  authority_id: string;
  type: string;
  title: Generated<string>;
  on_site_start: DateColumn | null;
  on_site_end: DateColumn | null;
  report_received: DateColumn | null;
  published: DateColumn | null;
  lead_inspector: Generated<string>;
  has_priority_actions: Generated<boolean>;
  summary: Generated<string>;
  deadline_anchor_override: DateColumn | null;
  deadline_anchor_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JudgementTable {
  id: Generated<string>;
  authority_id: string;
  inspection_id: string;
  area: string;
  grade: string;
}

export interface FindingTable {
  id: Generated<string>;
  authority_id: string;
  inspection_id: string;
  number: number;
  text: string;
  judgement_area: string | null;
  is_priority_action: Generated<boolean>;
}

export interface PlanTable {
  id: Generated<string>;
  authority_id: string;
  inspection_id: string;
  title: string;
  status: Generated<string>;
  accountable_officer: Generated<string>;
  public_summary: Generated<string>;
  submitted_on: DateColumn | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PriorityAreaTable {
  id: Generated<string>;
  authority_id: string;
  plan_id: string;
  position: number;
  reference: string;
  title: string;
  outcome: Generated<string>;
  lead_officer: Generated<string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PriorityAreaFindingTable {
  priority_area_id: string;
  finding_id: string;
}

export interface PlanActionTable {
  id: Generated<string>;
  authority_id: string;
  plan_id: string;
  priority_area_id: string;
  reference: string;
  title: string;
  how: Generated<string>;
  lead_officer: Generated<string>;
  owner_user_id: string | null;
  partners: Generated<string>;
  start_date: DateColumn | null;
  due_date: DateColumn;
  status: Generated<string>;
  percent_complete: Generated<number>;
  completed_on: DateColumn | null;
  success_measures: Generated<string>;
  risks: Generated<string>;
  rag_override: string | null;
  rag_override_reason: string | null;
  rag_override_by: string | null;
  rag_override_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ActionFindingTable {
  action_id: string;
  finding_id: string;
}

export interface ActionDependencyTable {
  action_id: string;
  depends_on_action_id: string;
}

export interface ActionMilestoneTable {
  id: Generated<string>;
  authority_id: string;
  action_id: string;
  title: string;
  due_date: DateColumn;
  completed_on: DateColumn | null;
  position: Generated<number>;
}

export interface ProgressUpdateTable {
  id: Generated<string>;
  authority_id: string;
  action_id: string;
  author_user_id: string;
  update_date: DateColumn;
  narrative: string;
  percent_complete: number | null;
  status: string | null;
  created_at: CreatedAt;
}

export interface EvidenceFileTable {
  id: Generated<string>;
  authority_id: string;
  action_id: string;
  progress_update_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  created_at: CreatedAt;
}

export interface PlanTransitionTable {
  id: Generated<string>;
  authority_id: string;
  plan_id: string;
  from_status: string;
  to_status: string;
  occurred_on: DateColumn;
  actor_user_id: string;
  note: Generated<string>;
  meeting: Generated<string>;
  version_number: number;
  created_at: CreatedAt;
}

export interface CommitteeRecommendationTable {
  id: Generated<string>;
  authority_id: string;
  plan_id: string;
  transition_id: string | null;
  committee: string;
  meeting_date: DateColumn;
  text: string;
  response: Generated<string>;
  status: Generated<string>;
  created_at: CreatedAt;
}

export interface PlanVersionTable {
  id: Generated<string>;
  authority_id: string;
  plan_id: string;
  number: number;
  status: string;
  label: string;
  created_at: Timestamp;
  created_by: string;
  snapshot: Json;
}

export interface StatutoryImportTable {
  id: Generated<string>;
  authority_id: string;
  dataset: string;
  collection_year: number;
  status: string;
  stage: Generated<string>;
  progress_done: Generated<number>;
  progress_total: Generated<number>;
  message: Generated<string>;
  rule_pack: Generated<string>;
  counts: ColumnType<unknown, string | undefined, string>;
  summary: ColumnType<unknown, string | undefined, string>;
  error_count: Generated<number>;
  query_count: Generated<number>;
  blocking_problems: ColumnType<unknown, string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
  validated_at: Date | null;
  stored_by: string | null;
  stored_at: Date | null;
}

export interface StatutoryImportFileTable {
  id: Generated<string>;
  import_id: string;
  role: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  detected_table: string | null;
  row_count: number | null;
  content: Buffer;
}

export interface StatutoryIssueTable {
  import_id: string;
  seq: number;
  rule: string;
  severity: string;
  child_id: string;
  table_name: string;
  row_index: number | null;
  line: number | null;
  file_name: string | null;
  fields: string[];
  field_values: ColumnType<unknown, string, string>;
  locator: string | null;
}

export interface StatutoryYearTable {
  authority_id: string;
  dataset: string;
  collection_year: number;
  import_id: string;
  stored_at: Date;
}

/** SSDA903 tables (generated shape: one column per return field, dates as ISO text). */
export interface Ssda903ChildTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  sex: string | null;
  dob: string | null;
  ethnic: string | null;
  upn: string | null;
  mother: string | null;
  mc_dob: string | null;
  uasc: Generated<boolean>;
}
export interface Ssda903EpisodeTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  decom: string | null;
  rne: string | null;
  ls: string | null;
  cin: string | null;
  place: string | null;
  place_provider: string | null;
  dec: string | null;
  rec: string | null;
  reason_place_change: string | null;
  home_post: string | null;
  pl_post: string | null;
  urn: string | null;
  pl_la: string | null;
  pl_location: string | null;
  pl_distance: number | null;
}
export interface Ssda903UascTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  sex: string | null;
  dob: string | null;
  duc: string | null;
}
export interface Ssda903ReviewTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  review: string | null;
  review_code: string | null;
}
export interface Ssda903Oc2Table {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  sdq_score: string | null;
  sdq_reason: string | null;
  convicted: string | null;
  health_check: string | null;
  immunisations: string | null;
  teeth_check: string | null;
  health_assessment: string | null;
  substance_misuse: string | null;
  intervention_received: string | null;
  intervention_offered: string | null;
}
export interface Ssda903Oc3Table {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  in_touch: string | null;
  activ: string | null;
  accom: string | null;
}
export interface Ssda903Ad1Table {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  date_int: string | null;
  date_match: string | null;
  foster_care: string | null;
  nb_adoptr: string | null;
  sex_adoptr: string | null;
  ls_adoptr: string | null;
}
export interface Ssda903PlacedAdoptionTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  date_placed: string | null;
  date_placed_ceased: string | null;
  reason_placed_ceased: string | null;
}
export interface Ssda903PrevPermTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  prev_perm: string | null;
  la_perm: string | null;
  date_perm: string | null;
}
export interface Ssda903MissingTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  missing: string | null;
  mis_start: string | null;
  mis_end: string | null;
}
export interface Ssda903SwEpisodeTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  sw_id: string | null;
  sw_decom: string | null;
  sw_dec: string | null;
  sw_reason: string | null;
}
export interface Ssda903DoloTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  dob: string | null;
  dolo_start: string | null;
  dolo_end: string | null;
}

export interface CinChildTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  upn: string | null;
  former_upn: string | null;
  upnunknown: string | null;
  person_birth_date: string | null;
  expected_person_birth_date: string | null;
  gender_current: string | null;
  sex: string | null;
  person_death_date: string | null;
}

export interface CinCharacteristicTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  ethnicity: string | null;
}

export interface CinDisabilityTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  disability: string | null;
}

export interface CinReferralTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  cindetails_id: string | null;
  cinreferral_date: string | null;
  referral_source: string | null;
  primary_need_code: string | null;
  cinclosure_date: string | null;
  reason_for_closure: string | null;
  date_of_initial_cpc: string | null;
  referral_nfa: string | null;
}

export interface CinAssessmentTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  cindetails_id: string | null;
  assessment_id: string | null;
  assessment_actual_start_date: string | null;
  assessment_internal_review_date: string | null;
  assessment_authorisation_date: string | null;
  assessment_factors: string | null;
}

export interface CinPlanTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  cindetails_id: string | null;
  cinplan_start_date: string | null;
  cinplan_end_date: string | null;
}

export interface CinSection47Table {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  cindetails_id: string | null;
  s47_actual_start_date: string | null;
  initial_cpctarget: string | null;
  date_of_initial_cpc: string | null;
  icpcnot_required: string | null;
}

export interface CinCpPlanTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  cindetails_id: string | null;
  cppid: string | null;
  cppstart_date: string | null;
  cppend_date: string | null;
  initial_category_of_abuse: string | null;
  latest_category_of_abuse: string | null;
  number_of_previous_cpp: string | null;
}

export interface CinCpReviewTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  cindetails_id: string | null;
  cppid: string | null;
  cppreview_date: string | null;
}

export interface CinPreProceedingsTable {
  authority_id: string;
  collection_year: number;
  import_id: string;
  row_index: number;
  child_id: string;
  cindetails_id: string | null;
  ppstart_date: string | null;
  lbpsent_date: string | null;
  fgdmmeeting_offer: string | null;
  fgdmmeeting_fac: string | null;
  initial_ppmeeting_date: string | null;
  review_meetings_count: string | null;
  step_decision_date: string | null;
  ppoutcome: string | null;
  court_app_date: string | null;
  letter_init_cpdate: string | null;
}

export interface LocalRecordTable {
  authority_id: string;
  record_type: string;
  record_key: string;
  child_id: string | null;
  record_date: string | null;
  data: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
}

export interface LocalRecordSetTable {
  authority_id: string;
  record_type: string;
  record_count: number;
  revision: ColumnType<string, string | number | undefined, string | number>;
  replaced_at: Generated<Date>;
}

export interface PracticeStandardTable {
  authority_id: string;
  standard_id: string;
  value: ColumnType<string, number, number>;
  set_by: string | null;
  set_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MeasureTargetTable {
  authority_id: string;
  measure_id: string;
  baseline_value: number | null;
  baseline_date: string | null;
  final_value: number;
  final_date: string;
  tolerance: number | null;
  trajectory: ColumnType<unknown, string | undefined, string>;
  note: Generated<string>;
  set_by: string | null;
  set_at: Generated<Date>;
}

export interface MeasureManualValueTable {
  authority_id: string;
  measure_id: string;
  period_end: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: Generated<string>;
  entered_by: string | null;
  entered_at: Generated<Date>;
}

export interface MeasureBaselineTable {
  authority_id: string;
  measure_id: string;
  from_month: string;
  reason: string;
  set_by: string | null;
  set_at: Generated<Date>;
}

export interface ActionMeasureTable {
  action_id: string;
  authority_id: string;
  measure_id: string;
  baseline_value: number | null;
  baseline_date: string | null;
  target_value: number | null;
  target_date: string | null;
}

export interface PriorityAreaMeasureTable {
  priority_area_id: string;
  authority_id: string;
  measure_id: string;
  position: Generated<number>;
}

export interface ReportTable {
  id: Generated<string>;
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
  model: ColumnType<unknown, string, string>;
}

/** Every table Waypoint's repositories may query. */
export interface DB {
  authority: AuthorityTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  audit_event: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  inspection: InspectionTable;
  judgement: JudgementTable;
  finding: FindingTable;
  plan: PlanTable;
  priority_area: PriorityAreaTable;
  priority_area_finding: PriorityAreaFindingTable;
  plan_action: PlanActionTable;
  action_finding: ActionFindingTable;
  action_dependency: ActionDependencyTable;
  action_milestone: ActionMilestoneTable;
  progress_update: ProgressUpdateTable;
  evidence_file: EvidenceFileTable;
  plan_transition: PlanTransitionTable;
  committee_recommendation: CommitteeRecommendationTable;
  plan_version: PlanVersionTable;
  statutory_import: StatutoryImportTable;
  statutory_import_file: StatutoryImportFileTable;
  statutory_issue: StatutoryIssueTable;
  statutory_year: StatutoryYearTable;
  ssda903_child: Ssda903ChildTable;
  ssda903_episode: Ssda903EpisodeTable;
  ssda903_uasc: Ssda903UascTable;
  ssda903_review: Ssda903ReviewTable;
  ssda903_oc2: Ssda903Oc2Table;
  ssda903_oc3: Ssda903Oc3Table;
  ssda903_ad1: Ssda903Ad1Table;
  ssda903_placed_adoption: Ssda903PlacedAdoptionTable;
  ssda903_prev_perm: Ssda903PrevPermTable;
  ssda903_missing: Ssda903MissingTable;
  ssda903_sw_episode: Ssda903SwEpisodeTable;
  ssda903_dolo: Ssda903DoloTable;
  cin_child: CinChildTable;
  cin_characteristic: CinCharacteristicTable;
  cin_disability: CinDisabilityTable;
  cin_referral: CinReferralTable;
  cin_assessment: CinAssessmentTable;
  cin_plan: CinPlanTable;
  cin_section47: CinSection47Table;
  cin_cp_plan: CinCpPlanTable;
  cin_cp_review: CinCpReviewTable;
  cin_pre_proceedings: CinPreProceedingsTable;
  local_record: LocalRecordTable;
  local_record_set: LocalRecordSetTable;
  measure_target: MeasureTargetTable;
  practice_standard: PracticeStandardTable;
  measure_manual_value: MeasureManualValueTable;
  measure_baseline: MeasureBaselineTable;
  action_measure: ActionMeasureTable;
  priority_area_measure: PriorityAreaMeasureTable;
  report: ReportTable;
}
