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
}
