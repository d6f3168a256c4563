import type { ActionStatus, OverrideRag } from '@waypoint/contracts';
import { deliveryRag } from '@waypoint/improvement-plan';
import type * as repo from './actions.repository.ts';

type ActionRow = Awaited<ReturnType<typeof repo.listPlanActions>>[number];
type MilestoneRow = Awaited<ReturnType<typeof repo.listMilestones>>[number];
type LatestUpdate = Awaited<ReturnType<typeof repo.latestUpdates>>[number];

/** An action as every list and page shows it: fields, owner, milestones, latest update and delivery RAG. */
export function presentAction(
  a: ActionRow,
  milestones: readonly MilestoneRow[],
  latest: LatestUpdate | undefined,
  today: string,
  extra: { findingIds?: string[]; dependsOn?: string[]; areaReference?: string; areaTitle?: string } = {},
) {
  const ms = milestones
    .filter((m) => m.action_id === a.id)
    .map((m) => ({ id: m.id, title: m.title, dueDate: m.due_date, completedOn: m.completed_on }));
  const rag = deliveryRag(
    {
      status: a.status as ActionStatus,
      startDate: a.start_date,
      dueDate: a.due_date,
      percentComplete: a.percent_complete,
      lastUpdateDate: latest?.update_date ?? null,
      milestones: ms,
      override: a.rag_override ? { rag: a.rag_override as OverrideRag, reason: a.rag_override_reason ?? '' } : null,
    },
    today,
  );
  return {
    id: a.id,
    planId: a.plan_id,
    priorityAreaId: a.priority_area_id,
    areaReference: extra.areaReference,
    areaTitle: extra.areaTitle,
    reference: a.reference,
    title: a.title,
    how: a.how,
    leadOfficer: a.lead_officer,
    owner: a.owner_user_id ? { id: a.owner_user_id, name: a.owner_name ?? '' } : null,
    partners: a.partners,
    startDate: a.start_date,
    dueDate: a.due_date,
    status: a.status as ActionStatus,
    percentComplete: a.percent_complete,
    completedOn: a.completed_on,
    successMeasures: a.success_measures,
    risks: a.risks,
    milestones: ms,
    findingIds: extra.findingIds ?? [],
    dependsOn: extra.dependsOn ?? [],
    latestUpdate: latest ? { date: latest.update_date, narrative: latest.narrative, author: latest.author_name } : null,
    rag: {
      ...rag,
      override: a.rag_override
        ? { rag: a.rag_override, reason: a.rag_override_reason, by: a.rag_override_by_name, at: a.rag_override_at }
        : null,
    },
    overdue: a.status !== 'complete' && a.status !== 'closed-superseded' && a.due_date < today,
  };
}

/** The API shape of an action. */
export type ActionView = ReturnType<typeof presentAction>;
