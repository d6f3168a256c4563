import {
  type ActionRequest,
  type ActionStatus,
  type ActionUpdateRequest,
  PLAN_STATUS_LABELS,
  type PlanStatus,
  type ProgressUpdateRequest,
} from '@waypoint/contracts';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { canUpdateAction } from '../../platform/policies.ts';
import * as auditRepo from '../audit/audit.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as plansRepo from '../plans/plans.repository.ts';
import * as usersRepo from '../users/users.repository.ts';
import { presentAction } from './actions.presenter.ts';
import * as repo from './actions.repository.ts';
import type { EvidenceUpload } from './evidence-files.ts';

type Executor = AppDeps['db'] | Transaction<DB>;

async function requireAction(db: Executor, user: UserActor, id: string) {
  const action = await repo.findAction(db, user.authorityId, id);
  if (!action) throw new NotFoundError('Action');
  return action;
}

async function checkEditablePlan(db: Executor, user: UserActor, planId: string) {
  const plan = await plansRepo.findPlan(db, user.authorityId, planId);
  if (!plan) throw new NotFoundError('Plan');
  if (plan.status === 'closed') throw new ConflictError('The plan is closed; its actions can no longer change.');
  return plan;
}

async function checkLinks(
  db: Executor,
  user: UserActor,
  plan: { id: string; inspection_id: string },
  input: { ownerUserId?: string | null; findingIds?: string[]; dependsOn?: string[] },
  selfId?: string,
) {
  if (input.ownerUserId && !(await usersRepo.findUser(db, user.authorityId, input.ownerUserId))) {
    throw new ValidationError('Choose an owner from your authority', [
      { field: 'ownerUserId', message: 'Choose an owner from your authority' },
    ]);
  }
  if (input.findingIds) {
    const valid = await plansRepo.findingIdsOfInspection(db, plan.inspection_id);
    if (input.findingIds.some((id) => !valid.has(id))) {
      throw new ValidationError('Link only findings of the plan’s inspection', [
        { field: 'findingIds', message: 'Choose findings from this inspection' },
      ]);
    }
  }
  if (input.dependsOn && input.dependsOn.length > 0) {
    const planActions = new Set((await repo.listPlanActions(db, plan.id)).map((a) => a.id));
    if (input.dependsOn.some((id) => id === selfId || !planActions.has(id))) {
      throw new ValidationError('An action can depend only on other actions of the same plan', [
        { field: 'dependsOn', message: 'Choose other actions of this plan' },
      ]);
    }
  }
}

/** An action with everything its page shows: milestones, updates with evidence, and its change history. */
export async function getActionDetail(deps: AppDeps, user: UserActor, id: string) {
  const db = deps.db;
  const a = await requireAction(db, user, id);
  const plan = await plansRepo.findPlan(db, user.authorityId, a.plan_id);
  const area = await plansRepo.findArea(db, user.authorityId, a.priority_area_id);
  const milestones = await repo.listMilestones(db, [id]);
  const updates = await repo.listUpdates(db, id);
  const evidence = await repo.listEvidence(
    db,
    updates.map((u) => u.id),
  );
  const findings = await repo.listActionFindings(db, [id]);
  const dependencies = await repo.listDependencies(db, [id]);
  const history = await auditRepo.eventsForEntity(db, user.authorityId, 'action', id);
  const latest = updates[0]
    ? {
        action_id: id,
        update_date: updates[0].update_date,
        narrative: updates[0].narrative,
        author_name: updates[0].author_name,
      }
    : undefined;
  return {
    ...presentAction(a, milestones, latest, deps.clock.today(), {
      findingIds: findings.map((f) => f.finding_id),
      dependsOn: dependencies.map((d) => d.depends_on_action_id),
      areaReference: area?.reference,
      areaTitle: area?.title,
    }),
    plan: plan
      ? {
          id: plan.id,
          title: plan.title,
          status: plan.status,
          statusLabel: PLAN_STATUS_LABELS[plan.status as PlanStatus],
        }
      : null,
    canUpdate: canUpdateAction({ id: user.userId, role: user.role }, { ownerUserId: a.owner_user_id }),
    updates: updates.map((u) => ({
      id: u.id,
      date: u.update_date,
      narrative: u.narrative,
      percentComplete: u.percent_complete,
      status: u.status,
      author: u.author_name,
      recordedAt: u.created_at,
      evidence: evidence
        .filter((e) => e.progress_update_id === u.id)
        .map((e) => ({ id: e.id, fileName: e.file_name, contentType: e.content_type, sizeBytes: e.size_bytes })),
    })),
    history: history.map((h) => ({
      at: h.occurred_at,
      action: h.action,
      summary: h.summary,
      by: h.actor_email,
      before: h.before,
      after: h.after,
    })),
  };
}

/** Adds an action to a priority area. Findings default to the area's findings. */
export async function createAction(deps: AppDeps, user: UserActor, areaId: string, input: ActionRequest) {
  const id = await deps.db.transaction().execute(async (trx) => {
    const area = await plansRepo.findArea(trx, user.authorityId, areaId);
    if (!area) throw new NotFoundError('Priority area');
    const plan = await checkEditablePlan(trx, user, area.plan_id);
    await checkLinks(trx, user, plan, input);
    if (await repo.actionReferenceTaken(trx, plan.id, input.reference)) {
      throw new ValidationError(`Action ${input.reference} already exists`, [
        {
          field: 'reference',
          message: `Action ${input.reference} already exists in this plan; choose another reference`,
        },
      ]);
    }
    const newId = await repo.insertAction(trx, {
      authority_id: user.authorityId,
      plan_id: plan.id,
      priority_area_id: areaId,
      reference: input.reference,
      title: input.title,
      how: input.how,
      lead_officer: input.leadOfficer,
      owner_user_id: input.ownerUserId,
      partners: input.partners,
      start_date: input.startDate,
      due_date: input.dueDate,
      success_measures: input.successMeasures,
      risks: input.risks,
    });
    const findingIds =
      input.findingIds ??
      (await plansRepo.listAreaFindings(trx, plan.id))
        .filter((f) => f.priority_area_id === areaId)
        .map((f) => f.finding_id);
    await repo.replaceActionFindings(trx, newId, findingIds);
    await repo.replaceDependencies(trx, newId, input.dependsOn);
    await recordAudit(trx, deps.clock, user, {
      action: 'action.create',
      entityType: 'action',
      entityId: newId,
      summary: `Added action ${input.reference}`,
      after: { ...input, findingIds },
    });
    return newId;
  });
  return getActionDetail(deps, user, id);
}

const FIELD_MAP: Record<string, keyof repo.ActionValues> = {
  reference: 'reference',
  title: 'title',
  how: 'how',
  leadOfficer: 'lead_officer',
  ownerUserId: 'owner_user_id',
  partners: 'partners',
  startDate: 'start_date',
  dueDate: 'due_date',
  successMeasures: 'success_measures',
  risks: 'risks',
  status: 'status',
  priorityAreaId: 'priority_area_id',
};

/** Changes an action's fields (plan editors) or its status (its owner too). */
export async function updateAction(deps: AppDeps, user: UserActor, id: string, input: ActionUpdateRequest) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await requireAction(trx, user, id);
    const plan = await checkEditablePlan(trx, user, before.plan_id);
    const editsPlan = Object.keys(input).some((k) => k !== 'status');
    const isEditor = user.role === 'admin' || user.role === 'improvement-lead';
    if (editsPlan && !isEditor) throw new ForbiddenError('Only improvement leads can change an action’s details');
    if (!isEditor && !canUpdateAction({ id: user.userId, role: user.role }, { ownerUserId: before.owner_user_id })) {
      throw new ForbiddenError('Only the action’s owner or an improvement lead can change it');
    }
    await checkLinks(trx, user, plan, input, id);
    if (input.priorityAreaId) {
      const area = await plansRepo.findArea(trx, user.authorityId, input.priorityAreaId);
      if (!area || area.plan_id !== plan.id)
        throw new ValidationError('Choose a priority area of this plan', [
          { field: 'priorityAreaId', message: 'Choose a priority area of this plan' },
        ]);
    }
    if (input.reference && (await repo.actionReferenceTaken(trx, plan.id, input.reference, id))) {
      throw new ValidationError(`Action ${input.reference} already exists`, [
        {
          field: 'reference',
          message: `Action ${input.reference} already exists in this plan; choose another reference`,
        },
      ]);
    }
    const startDate = input.startDate !== undefined ? input.startDate : before.start_date;
    const dueDate = input.dueDate ?? before.due_date;
    if (startDate && dueDate < startDate) {
      throw new ValidationError('The due date must be the same as or after the start date', [
        { field: 'dueDate', message: 'The due date must be the same as or after the start date' },
      ]);
    }
    const values: Partial<repo.ActionValues> = {};
    const changedBefore: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(FIELD_MAP)) {
      const value = (input as Record<string, unknown>)[key];
      if (value === undefined) continue;
      (values as Record<string, unknown>)[column] = value;
      changedBefore[key] = (before as Record<string, unknown>)[column];
    }
    if (input.status === 'complete' && before.status !== 'complete') {
      values.completed_on = deps.clock.today();
      values.percent_complete = 100;
    }
    if (input.status && input.status !== 'complete') values.completed_on = null;
    await repo.updateAction(trx, id, values);
    if (input.findingIds) await repo.replaceActionFindings(trx, id, input.findingIds);
    if (input.dependsOn) await repo.replaceDependencies(trx, id, input.dependsOn);
    await recordAudit(trx, deps.clock, user, {
      action: 'action.update',
      entityType: 'action',
      entityId: id,
      summary: `Updated action ${before.reference}`,
      before: changedBefore,
      after: input,
    });
  });
  return getActionDetail(deps, user, id);
}

/**
 * Posts a progress update (with optional evidence files) in one transaction; it may also set the status and
 * percentage complete. Owners may update their own actions; leads any action.
 */
export async function postProgressUpdate(
  deps: AppDeps,
  user: UserActor,
  id: string,
  input: ProgressUpdateRequest,
  files: readonly EvidenceUpload[],
) {
  await deps.db.transaction().execute(async (trx) => {
    const action = await requireAction(trx, user, id);
    await checkEditablePlan(trx, user, action.plan_id);
    if (!canUpdateAction({ id: user.userId, role: user.role }, { ownerUserId: action.owner_user_id })) {
      throw new ForbiddenError('Only the action’s owner or an improvement lead can post updates');
    }
    if (input.updateDate > deps.clock.today()) {
      throw new ValidationError('The date of the update must be today or in the past', [
        { field: 'updateDate', message: 'The date of the update must be today or in the past' },
      ]);
    }
    const updateId = await repo.insertUpdate(trx, {
      authority_id: user.authorityId,
      action_id: id,
      author_user_id: user.userId,
      update_date: input.updateDate,
      narrative: input.narrative,
      percent_complete: input.percentComplete ?? null,
      status: input.status ?? null,
    });
    const status = (input.status ?? (action.status === 'not-started' ? 'in-progress' : action.status)) as ActionStatus;
    const percent = status === 'complete' ? 100 : (input.percentComplete ?? action.percent_complete);
    await repo.updateAction(trx, id, {
      status,
      percent_complete: percent,
      completed_on: status === 'complete' ? (action.completed_on ?? input.updateDate) : null,
    });
    const stored: Array<{ fileName: string; sha256: string; size: number }> = [];
    for (const f of files) {
      await repo.insertEvidence(trx, {
        authority_id: user.authorityId,
        action_id: id,
        progress_update_id: updateId,
        file_name: f.fileName,
        content_type: f.contentType,
        size_bytes: f.content.length,
        sha256: f.sha256,
        content: f.content,
        uploaded_by: user.userId,
      });
      stored.push({ fileName: f.fileName, sha256: f.sha256, size: f.content.length });
    }
    await recordAudit(trx, deps.clock, user, {
      action: 'action.progress-update',
      entityType: 'action',
      entityId: id,
      summary: `Progress update on ${action.reference}${stored.length ? ` with ${stored.length} evidence file(s)` : ''}`,
      before: { status: action.status, percentComplete: action.percent_complete },
      after: { updateId, updateDate: input.updateDate, status, percentComplete: percent, evidence: stored },
    });
  });
  return getActionDetail(deps, user, id);
}

/** Sets (with a reason) or clears the manual delivery RAG. */
export async function setRagOverride(
  deps: AppDeps,
  user: UserActor,
  id: string,
  override: { rag: string; reason: string } | null,
) {
  await deps.db.transaction().execute(async (trx) => {
    const action = await requireAction(trx, user, id);
    await checkEditablePlan(trx, user, action.plan_id);
    if (!canUpdateAction({ id: user.userId, role: user.role }, { ownerUserId: action.owner_user_id })) {
      throw new ForbiddenError('Only the action’s owner or an improvement lead can set its RAG rating');
    }
    await repo.setRagOverride(trx, id, override ? { ...override, by: user.userId, at: deps.clock.now() } : null);
    await recordAudit(trx, deps.clock, user, {
      action: override ? 'action.rag-override' : 'action.rag-override-cleared',
      entityType: 'action',
      entityId: id,
      summary: override
        ? `RAG for ${action.reference} set to ${override.rag}`
        : `RAG for ${action.reference} returned to the computed rating`,
      before: { rag: action.rag_override, reason: action.rag_override_reason },
      after: override,
    });
  });
  return getActionDetail(deps, user, id);
}

/** Adds, changes or removes a milestone (plan editors). */
export async function saveMilestone(
  deps: AppDeps,
  user: UserActor,
  target: { actionId: string } | { milestoneId: string; remove?: boolean },
  input: { title: string; dueDate: string; completedOn: string | null } | null,
) {
  const actionId = await deps.db.transaction().execute(async (trx) => {
    if ('actionId' in target) {
      const action = await requireAction(trx, user, target.actionId);
      await checkEditablePlan(trx, user, action.plan_id);
      if (!input) throw new ValidationError('Enter the milestone');
      const id = await repo.insertMilestone(trx, {
        authority_id: user.authorityId,
        action_id: action.id,
        title: input.title,
        due_date: input.dueDate,
        completed_on: input.completedOn,
      });
      await recordAudit(trx, deps.clock, user, {
        action: 'milestone.create',
        entityType: 'action',
        entityId: action.id,
        summary: `Added milestone “${input.title}” to ${action.reference}`,
        after: { milestoneId: id, ...input },
      });
      return action.id;
    }
    const milestone = await repo.findMilestone(trx, user.authorityId, target.milestoneId);
    if (!milestone) throw new NotFoundError('Milestone');
    const action = await requireAction(trx, user, milestone.action_id);
    await checkEditablePlan(trx, user, action.plan_id);
    const before = { title: milestone.title, dueDate: milestone.due_date, completedOn: milestone.completed_on };
    if (target.remove) {
      await repo.deleteMilestone(trx, milestone.id);
      await recordAudit(trx, deps.clock, user, {
        action: 'milestone.delete',
        entityType: 'action',
        entityId: action.id,
        summary: `Removed milestone “${milestone.title}” from ${action.reference}`,
        before,
      });
    } else if (input) {
      await repo.updateMilestone(trx, milestone.id, {
        title: input.title,
        due_date: input.dueDate,
        completed_on: input.completedOn,
      });
      await recordAudit(trx, deps.clock, user, {
        action: 'milestone.update',
        entityType: 'action',
        entityId: action.id,
        summary: `Updated milestone “${input.title}” of ${action.reference}`,
        before,
        after: input,
      });
    }
    return action.id;
  });
  return getActionDetail(deps, user, actionId);
}

/** An evidence file's content (audited: evidence can describe individual cases). */
export async function downloadEvidence(deps: AppDeps, user: UserActor, id: string) {
  const file = await repo.findEvidence(deps.db, user.authorityId, id);
  if (!file) throw new NotFoundError('Evidence file');
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps.clock, user, {
      action: 'evidence.download',
      entityType: 'action',
      entityId: file.action_id,
      summary: `Downloaded evidence ${file.file_name}`,
      after: { evidenceId: id, sha256: file.sha256 },
    }),
  );
  return { fileName: file.file_name, contentType: file.content_type, content: file.content };
}

/** The signed-in user's own actions across open plans, most urgent first. */
export async function myActions(deps: AppDeps, user: UserActor) {
  const rows = await repo.listOwnedActions(deps.db, user.authorityId, user.userId);
  const ids = rows.map((r) => r.id);
  const milestones = await repo.listMilestones(deps.db, ids);
  const latest = await repo.latestUpdates(deps.db, ids);
  const today = deps.clock.today();
  return rows
    .map((r) =>
      presentAction(
        r,
        milestones,
        latest.find((u) => u.action_id === r.id),
        today,
      ),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
