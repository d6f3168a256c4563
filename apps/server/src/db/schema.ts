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
}
