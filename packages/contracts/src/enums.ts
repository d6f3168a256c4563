/** Roles a Waypoint user can hold within their authority. */
export const ROLES = ['admin', 'improvement-lead', 'action-owner', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  'improvement-lead': 'Improvement lead',
  'action-owner': 'Action owner',
  analyst: 'Performance analyst',
  viewer: 'Viewer (read only)',
};

/** Ofsted inspection and visit types under ILACS (and the joint JTAI). */
export const INSPECTION_TYPES = ['ilacs-standard', 'ilacs-short', 'focused-visit', 'monitoring-visit', 'jtai'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

export const INSPECTION_TYPE_LABELS: Record<InspectionType, string> = {
  'ilacs-standard': 'ILACS standard inspection',
  'ilacs-short': 'ILACS short inspection',
  'focused-visit': 'Focused visit',
  'monitoring-visit': 'Monitoring visit',
  jtai: 'Joint targeted area inspection (JTAI)',
};

/** Inspection types that carry graded judgements. */
export const GRADED_INSPECTION_TYPES: readonly InspectionType[] = ['ilacs-standard', 'ilacs-short'];

/** Ofsted's 4-point scale. */
export const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement to be good',
  inadequate: 'Inadequate',
};

/** ILACS judgement areas. Care leavers have had their own judgement since January 2023. */
export const JUDGEMENT_AREAS = [
  'leaders',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'children-in-care-and-care-leavers',
  'overall',
] as const;
export type JudgementArea = (typeof JUDGEMENT_AREAS)[number];

export const JUDGEMENT_AREA_LABELS: Record<JudgementArea, string> = {
  leaders: 'The impact of leaders on social work practice with children and families',
  'help-and-protection': 'The experiences and progress of children who need help and protection',
  'children-in-care': 'The experiences and progress of children in care',
  'care-leavers': 'The experiences and progress of care leavers',
  'children-in-care-and-care-leavers': 'The experiences and progress of children in care and care leavers',
  overall: 'Overall effectiveness',
};

/** The judgement set for an inspection on-site date: five since January 2023, four before. */
export function judgementAreasFor(onSiteStart: string | null | undefined): JudgementArea[] {
  const separateCareLeavers = !onSiteStart || onSiteStart >= '2023-01-01';
  return separateCareLeavers
    ? ['leaders', 'help-and-protection', 'children-in-care', 'care-leavers', 'overall']
    : ['leaders', 'help-and-protection', 'children-in-care-and-care-leavers', 'overall'];
}

/** Improvement plan lifecycle. */
export const PLAN_STATUSES = ['draft', 'at-scrutiny', 'approved', 'submitted', 'monitoring', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  'at-scrutiny': 'At scrutiny',
  approved: 'Approved',
  submitted: 'Submitted to Ofsted',
  monitoring: 'Monitoring delivery',
  closed: 'Closed',
};

/** Allowed lifecycle steps. A plan at scrutiny can go back to draft for changes the committee asked for. */
export const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['at-scrutiny'],
  'at-scrutiny': ['draft', 'approved'],
  approved: ['submitted'],
  submitted: ['monitoring'],
  monitoring: ['closed'],
  closed: [],
};

/** Action delivery status, set by the owner. */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'complete', 'closed-superseded'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  'closed-superseded': 'Closed (superseded)',
};

/** Delivery RAG: is the action being done as planned? */
export const DELIVERY_RAGS = ['green', 'amber', 'red', 'complete', 'closed'] as const;
export type DeliveryRag = (typeof DELIVERY_RAGS)[number];

export const DELIVERY_RAG_LABELS: Record<DeliveryRag, string> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
  complete: 'Complete',
  closed: 'Closed',
};

/** A RAG an owner may set by hand, always with a reason. */
export const OVERRIDE_RAGS = ['green', 'amber', 'red'] as const;
export type OverrideRag = (typeof OVERRIDE_RAGS)[number];

/** Committees and boards in the governance cycle. */
export const COMMITTEES = ['scrutiny', 'cabinet', 'improvement-board'] as const;
export type Committee = (typeof COMMITTEES)[number];

export const COMMITTEE_LABELS: Record<Committee, string> = {
  scrutiny: "Children's scrutiny committee",
  cabinet: 'Cabinet',
  'improvement-board': 'Improvement board',
};

export const RECOMMENDATION_STATUSES = ['open', 'accepted', 'partly-accepted', 'rejected', 'done'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
