/** Shapes the API returns (see apps/server presenters). Only what the UI reads is typed. */
import type {
  ActionStatus,
  DeliveryRag,
  Grade,
  InspectionType,
  JudgementArea,
  PlanStatus,
  Role,
} from '@waypoint/contracts';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  authority: { id: string; code: string; name: string; shortName: string };
  today: string;
}

export interface Deadline {
  id: 'early-draft' | 'publish-report' | 'submit-plan';
  label: string;
  basis: string;
  workingDays: number;
  anchor: string;
  dueDate: string;
  workingDaysRemaining: number;
  calendarDaysRemaining: number;
  state: 'upcoming' | 'due-today' | 'passed';
}

export interface Finding {
  id: string;
  number: number;
  text: string;
  judgementArea?: JudgementArea | null;
  isPriorityAction: boolean;
}

export interface Inspection {
  id: string;
  type: InspectionType;
  title: string;
  onSiteStart: string | null;
  onSiteEnd: string | null;
  reportReceived: string | null;
  published: string | null;
  leadInspector: string;
  hasPriorityActions: boolean;
  summary: string;
  deadlineAnchorOverride: string | null;
  deadlineAnchorReason: string | null;
  judgementAreas: JudgementArea[];
  judgements: Array<{ area: JudgementArea; grade: Grade }>;
  findings: Finding[];
  deadlines: Deadline[];
}

export interface RagView {
  rag: DeliveryRag;
  computed: DeliveryRag;
  overridden: boolean;
  reasons: string[];
  override: { rag: string; reason: string | null; by: string | null; at: string | null } | null;
}

export interface ActionView {
  id: string;
  planId: string;
  priorityAreaId: string;
  areaReference?: string;
  areaTitle?: string;
  reference: string;
  title: string;
  how: string;
  leadOfficer: string;
  owner: { id: string; name: string } | null;
  partners: string;
  startDate: string | null;
  dueDate: string;
  status: ActionStatus;
  percentComplete: number;
  completedOn: string | null;
  successMeasures: string;
  risks: string;
  milestones: Array<{ id: string; title: string; dueDate: string; completedOn: string | null }>;
  findingIds: string[];
  dependsOn: string[];
  latestUpdate: { date: string; narrative: string; author: string } | null;
  rag: RagView;
  overdue: boolean;
}

export interface ActionDetail extends ActionView {
  plan: { id: string; title: string; status: PlanStatus; statusLabel: string } | null;
  canUpdate: boolean;
  updates: Array<{
    id: string;
    date: string;
    narrative: string;
    percentComplete: number | null;
    status: ActionStatus | null;
    author: string;
    recordedAt: string;
    evidence: Array<{ id: string; fileName: string; contentType: string; sizeBytes: number }>;
  }>;
  history: Array<{ at: string; action: string; summary: string; by: string | null; before: unknown; after: unknown }>;
}

export interface PlanArea {
  id: string;
  reference: string;
  title: string;
  outcome: string;
  leadOfficer: string;
  position: number;
  findingIds: string[];
  actions: ActionView[];
}

export interface PlanDetail {
  id: string;
  title: string;
  status: PlanStatus;
  statusLabel: string;
  nextStatuses: Array<{ status: PlanStatus; label: string }>;
  accountableOfficer: string;
  publicSummary: string;
  submittedOn: string | null;
  inspection: {
    id: string;
    type: InspectionType;
    title: string;
    onSiteStart: string | null;
    onSiteEnd: string | null;
    reportReceived: string | null;
    published: string | null;
    judgements: Array<{ area: JudgementArea; grade: Grade }>;
  };
  findings: Finding[];
  areas: PlanArea[];
  coverage: {
    covered: Array<{ id: string; number: number; text: string; actionReferences: string[] }>;
    uncovered: Array<{ id: string; number: number; text: string }>;
  };
  deadlines: Deadline[];
  transitions: Array<{
    fromStatus: PlanStatus;
    toStatus: PlanStatus;
    toLabel: string;
    occurredOn: string;
    note: string;
    meeting: string;
    versionNumber: number;
    by: string;
    recordedAt: string;
  }>;
  recommendations: Array<{
    id: string;
    committee: string;
    meetingDate: string;
    text: string;
    response: string;
    status: string;
  }>;
  versions: Array<{ number: number; status: PlanStatus; label: string; createdAt: string; createdBy: string }>;
  today: string;
}

export interface PlanSummary {
  id: string;
  title: string;
  status: PlanStatus;
  statusLabel: string;
  inspectionId: string;
  inspectionType: InspectionType;
  inspectionDate: string | null;
  updatedAt: string;
}

export interface ActionSummary {
  id: string;
  reference: string;
  title: string;
  owner: string;
  dueDate: string;
  rag: DeliveryRag;
  ragReasons: string[];
  areaReference?: string;
}

export interface Dashboard {
  plan: { id: string; title: string; status: PlanStatus; statusLabel: string } | null;
  today: string;
  totals: Record<DeliveryRag, number> & { actions: number };
  byArea: Array<Record<DeliveryRag, number> & { id: string; reference: string; title: string; total: number }>;
  overdue: ActionSummary[];
  dueIn4Weeks: ActionSummary[];
  dueIn8Weeks: ActionSummary[];
  deadlines: Deadline[];
  nextDeadlines: Array<{
    kind: 'statutory' | 'milestone';
    date: string;
    label: string;
    actionId?: string;
    workingDaysRemaining?: number;
    calendarDaysRemaining?: number;
  }>;
  uncoveredFindings: number;
  openRecommendations: number;
}

export interface UserSummary {
  id: string;
  displayName: string;
  jobTitle: string;
  role: Role;
  roleLabel: string;
}

export interface PlanComparison {
  from: { number: number; label: string };
  to: { number: number; label: string };
  areas: {
    added: Array<{ reference: string; title: string }>;
    removed: Array<{ reference: string; title: string }>;
    changed: Array<{ reference: string; title: string; changes: FieldChange[] }>;
  };
  actions: {
    added: Array<{ reference: string; title: string; dueDate: string }>;
    removed: Array<{ reference: string; title: string; dueDate: string }>;
    changed: Array<{ reference: string; title: string; changes: FieldChange[] }>;
  };
  dueDatesMoved: Array<{ reference: string; title: string; from: string; to: string }>;
}

export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

export interface AuditPage {
  page: number;
  pageSize: number;
  total: number;
  events: Array<{
    id: number;
    seq: number;
    at: string;
    actor: string | null;
    role: string | null;
    action: string;
    entityType: string;
    entityId: string | null;
    summary: string;
    before: unknown;
    after: unknown;
    requestId: string | null;
    ip: string | null;
    hash: string;
  }>;
}
