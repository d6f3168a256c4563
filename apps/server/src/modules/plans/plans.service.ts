import { englandAndWales } from '@waypoint/calendar';
import {
  type InspectionType,
  PLAN_STATUS_LABELS,
  PLAN_TRANSITIONS,
  type PlanRequest,
  type PlanStatus,
  type PriorityAreaRequest,
  type TransitionRequest,
} from '@waypoint/contracts';
import { comparePlanVersions, coverageCheck, type PlanSnapshot, statutoryDeadlines } from '@waypoint/improvement-plan';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { presentAction } from '../actions/actions.presenter.ts';
import * as actionsRepo from '../actions/actions.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as inspectionsRepo from '../inspections/inspections.repository.ts';
import * as repo from './plans.repository.ts';

type Executor = AppDeps['db'] | Transaction<DB>;

/** Loads a plan of the user's authority or throws 404 (another authority's plan looks the same as none). */
async function requirePlan(db: Executor, user: UserActor, planId: string) {
  const plan = await repo.findPlan(db, user.authorityId, planId);
  if (!plan) throw new NotFoundError('Plan');
  return plan;
}

/** Plans of the user's authority. */
export async function listPlans(deps: AppDeps, user: UserActor) {
  const rows = await repo.listPlans(deps.db, user.authorityId);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status as PlanStatus,
    statusLabel: PLAN_STATUS_LABELS[r.status as PlanStatus],
    inspectionId: r.inspection_id,
    inspectionType: r.inspection_type,
    inspectionDate: r.on_site_start,
    updatedAt: r.updated_at,
  }));
}

/** The id of the plan the dashboard follows, or null when the authority has none. */
export async function currentPlanId(deps: AppDeps, user: UserActor): Promise<string | null> {
  return (await repo.findCurrentPlan(deps.db, user.authorityId))?.id ?? null;
}

/**
 * Everything the plan page shows: the plan, its inspection and findings, priority areas with their actions
 * (each with delivery RAG), the coverage check, statutory deadlines, lifecycle history and recommendations.
 */
export async function getPlanDetail(deps: AppDeps, user: UserActor, planId: string) {
  const db = deps.db;
  const today = deps.clock.today();
  const plan = await requirePlan(db, user, planId);
  const inspection = await inspectionsRepo.findInspection(db, user.authorityId, plan.inspection_id);
  if (!inspection) throw new NotFoundError('Inspection');
  const findings = await inspectionsRepo.listFindings(db, [inspection.id]);
  const judgements = await inspectionsRepo.listJudgements(db, [inspection.id]);
  const areas = await repo.listAreas(db, planId);
  const areaFindings = await repo.listAreaFindings(db, planId);
  const actions = await actionsRepo.listPlanActions(db, planId);
  const actionIds = actions.map((a) => a.id);
  const milestones = await actionsRepo.listMilestones(db, actionIds);
  const latest = await actionsRepo.latestUpdates(db, actionIds);
  const actionFindings = await actionsRepo.listActionFindings(db, actionIds);
  const dependencies = await actionsRepo.listDependencies(db, actionIds);
  const transitions = await repo.listTransitions(db, planId);
  const recommendations = await repo.listRecommendations(db, planId);
  const versions = await repo.listVersions(db, planId);

  const areaById = new Map(areas.map((a) => [a.id, a]));
  const actionViews = actions
    .map((a) =>
      presentAction(
        a,
        milestones,
        latest.find((u) => u.action_id === a.id),
        today,
        {
          findingIds: actionFindings.filter((f) => f.action_id === a.id).map((f) => f.finding_id),
          dependsOn: dependencies.filter((d) => d.action_id === a.id).map((d) => d.depends_on_action_id),
          areaReference: areaById.get(a.priority_area_id)?.reference,
          areaTitle: areaById.get(a.priority_area_id)?.title,
        },
      ),
    )
    .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));

  const coverage = coverageCheck(
    findings.map((f) => ({ id: f.id, number: f.number, text: f.text })),
    actionViews.map((a) => ({ id: a.id, reference: a.reference, findingIds: a.findingIds, status: a.status })),
  );
  const status = plan.status as PlanStatus;
  return {
    id: plan.id,
    title: plan.title,
    status,
    statusLabel: PLAN_STATUS_LABELS[status],
    nextStatuses: PLAN_TRANSITIONS[status].map((s) => ({ status: s, label: PLAN_STATUS_LABELS[s] })),
    accountableOfficer: plan.accountable_officer,
    publicSummary: plan.public_summary,
    submittedOn: plan.submitted_on,
    inspection: {
      id: inspection.id,
      type: inspection.type,
      title: inspection.title,
      onSiteStart: inspection.on_site_start,
      onSiteEnd: inspection.on_site_end,
      reportReceived: inspection.report_received,
      published: inspection.published,
      judgements: judgements.map((j) => ({ area: j.area, grade: j.grade })),
    },
    findings: findings.map((f) => ({
      id: f.id,
      number: f.number,
      text: f.text,
      isPriorityAction: f.is_priority_action,
    })),
    areas: areas.map((a) => ({
      id: a.id,
      reference: a.reference,
      title: a.title,
      outcome: a.outcome,
      leadOfficer: a.lead_officer,
      position: a.position,
      findingIds: areaFindings.filter((f) => f.priority_area_id === a.id).map((f) => f.finding_id),
      actions: actionViews.filter((v) => v.priorityAreaId === a.id),
    })),
    coverage,
    deadlines: statutoryDeadlines(
      {
        type: inspection.type as InspectionType,
        reportReceived: inspection.report_received,
        hasPriorityActions: inspection.has_priority_actions,
        anchorOverride: inspection.deadline_anchor_override,
      },
      englandAndWales,
      today,
    ),
    transitions: transitions.map((t) => ({
      fromStatus: t.from_status,
      toStatus: t.to_status,
      toLabel: PLAN_STATUS_LABELS[t.to_status as PlanStatus],
      occurredOn: t.occurred_on,
      note: t.note,
      meeting: t.meeting,
      versionNumber: t.version_number,
      by: t.actor_name,
      recordedAt: t.created_at,
    })),
    recommendations: recommendations.map((r) => ({
      id: r.id,
      committee: r.committee,
      meetingDate: r.meeting_date,
      text: r.text,
      response: r.response,
      status: r.status,
    })),
    versions: versions.map((v) => ({
      number: v.number,
      status: v.status,
      label: v.label,
      createdAt: v.created_at,
      createdBy: v.created_by_name,
    })),
    today,
  };
}

/** Starts a plan for an inspection. */
export async function createPlan(deps: AppDeps, user: UserActor, input: PlanRequest) {
  const id = await deps.db.transaction().execute(async (trx) => {
    const inspection = await inspectionsRepo.findInspection(trx, user.authorityId, input.inspectionId);
    if (!inspection)
      throw new ValidationError('Choose an inspection of your authority', [
        { field: 'inspectionId', message: 'Choose an inspection' },
      ]);
    const newId = await repo.insertPlan(trx, {
      authority_id: user.authorityId,
      inspection_id: input.inspectionId,
      title: input.title,
      accountable_officer: input.accountableOfficer,
      public_summary: input.publicSummary,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: newId,
      summary: `Started plan “${input.title}”`,
      after: input,
    });
    return newId;
  });
  return getPlanDetail(deps, user, id);
}

/** Changes a plan's title, accountable officer or public summary. */
export async function updatePlan(
  deps: AppDeps,
  user: UserActor,
  planId: string,
  input: Partial<{ title: string; accountableOfficer: string; publicSummary: string }>,
) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await requirePlan(trx, user, planId);
    const values = {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.accountableOfficer !== undefined && { accountable_officer: input.accountableOfficer }),
      ...(input.publicSummary !== undefined && { public_summary: input.publicSummary }),
    };
    await repo.updatePlan(trx, planId, values);
    await recordAudit(trx, deps.clock, user, {
      action: 'plan.update',
      entityType: 'plan',
      entityId: planId,
      summary: 'Updated plan details',
      before: {
        title: before.title,
        accountableOfficer: before.accountable_officer,
        publicSummary: before.public_summary,
      },
      after: input,
    });
  });
  return getPlanDetail(deps, user, planId);
}

async function checkFindingLinks(trx: Executor, inspectionId: string, findingIds: readonly string[]) {
  const valid = await repo.findingIdsOfInspection(trx, inspectionId);
  if (findingIds.some((id) => !valid.has(id))) {
    throw new ValidationError('Link only findings of the plan’s inspection', [
      { field: 'findingIds', message: 'Choose findings from this inspection' },
    ]);
  }
}

/** Adds a priority area at the end of the plan. */
export async function addArea(deps: AppDeps, user: UserActor, planId: string, input: PriorityAreaRequest) {
  await deps.db.transaction().execute(async (trx) => {
    const plan = await requirePlan(trx, user, planId);
    await checkFindingLinks(trx, plan.inspection_id, input.findingIds);
    if (await repo.areaReferenceTaken(trx, planId, input.reference)) {
      throw new ValidationError(`Priority area ${input.reference} already exists`, [
        { field: 'reference', message: `Priority area ${input.reference} already exists; choose another reference` },
      ]);
    }
    const id = await repo.insertArea(trx, {
      authority_id: user.authorityId,
      plan_id: planId,
      reference: input.reference,
      title: input.title,
      outcome: input.outcome,
      lead_officer: input.leadOfficer,
    });
    await repo.replaceAreaFindings(trx, id, input.findingIds);
    await recordAudit(trx, deps.clock, user, {
      action: 'priority-area.create',
      entityType: 'priority-area',
      entityId: id,
      summary: `Added priority area ${input.reference}`,
      after: input,
    });
  });
  return getPlanDetail(deps, user, planId);
}

/** Changes a priority area. */
export async function updateArea(deps: AppDeps, user: UserActor, areaId: string, input: PriorityAreaRequest) {
  const planId = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findArea(trx, user.authorityId, areaId);
    if (!before) throw new NotFoundError('Priority area');
    const plan = await requirePlan(trx, user, before.plan_id);
    await checkFindingLinks(trx, plan.inspection_id, input.findingIds);
    if (await repo.areaReferenceTaken(trx, plan.id, input.reference, areaId)) {
      throw new ValidationError(`Priority area ${input.reference} already exists`, [
        { field: 'reference', message: `Priority area ${input.reference} already exists; choose another reference` },
      ]);
    }
    await repo.updateArea(trx, areaId, {
      reference: input.reference,
      title: input.title,
      outcome: input.outcome,
      lead_officer: input.leadOfficer,
    });
    await repo.replaceAreaFindings(trx, areaId, input.findingIds);
    await recordAudit(trx, deps.clock, user, {
      action: 'priority-area.update',
      entityType: 'priority-area',
      entityId: areaId,
      summary: `Updated priority area ${input.reference}`,
      before: {
        reference: before.reference,
        title: before.title,
        outcome: before.outcome,
        leadOfficer: before.lead_officer,
      },
      after: input,
    });
    return plan.id;
  });
  return getPlanDetail(deps, user, planId);
}

/** Moves a priority area one place up or down (a button alternative to dragging, WCAG 2.5.7). */
export async function moveArea(deps: AppDeps, user: UserActor, areaId: string, direction: 'up' | 'down') {
  const planId = await deps.db.transaction().execute(async (trx) => {
    const area = await repo.findArea(trx, user.authorityId, areaId);
    if (!area) throw new NotFoundError('Priority area');
    const areas = await repo.listAreas(trx, area.plan_id);
    const index = areas.findIndex((a) => a.id === areaId);
    const swapWith = areas[direction === 'up' ? index - 1 : index + 1];
    if (!swapWith) return area.plan_id;
    await repo.updateArea(trx, area.id, { position: swapWith.position });
    await repo.updateArea(trx, swapWith.id, { position: area.position });
    await recordAudit(trx, deps.clock, user, {
      action: 'priority-area.move',
      entityType: 'priority-area',
      entityId: areaId,
      summary: `Moved priority area ${area.reference} ${direction}`,
      before: { position: area.position },
      after: { position: swapWith.position },
    });
    return area.plan_id;
  });
  return getPlanDetail(deps, user, planId);
}

/** Builds the frozen copy of a plan stored with a version. */
export async function buildSnapshot(
  db: Executor,
  authorityId: string,
  planId: string,
  statusOverride?: PlanStatus,
): Promise<PlanSnapshot> {
  const plan = await repo.findPlan(db, authorityId, planId);
  if (!plan) throw new NotFoundError('Plan');
  const findings = await inspectionsRepo.listFindings(db, [plan.inspection_id]);
  const numberOf = new Map(findings.map((f) => [f.id, f.number]));
  const areas = await repo.listAreas(db, planId);
  const areaFindings = await repo.listAreaFindings(db, planId);
  const actions = await actionsRepo.listPlanActions(db, planId);
  const ids = actions.map((a) => a.id);
  const milestones = await actionsRepo.listMilestones(db, ids);
  const actionFindings = await actionsRepo.listActionFindings(db, ids);
  const deps = await actionsRepo.listDependencies(db, ids);
  const referenceOf = new Map(actions.map((a) => [a.id, a.reference]));
  const areaRef = new Map(areas.map((a) => [a.id, a.reference]));
  const numbers = (ids: string[]) => ids.map((id) => numberOf.get(id) ?? 0).sort((a, b) => a - b);
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      status: statusOverride ?? (plan.status as PlanStatus),
      accountableOfficer: plan.accountable_officer,
    },
    areas: areas.map((a) => ({
      id: a.id,
      reference: a.reference,
      title: a.title,
      outcome: a.outcome,
      leadOfficer: a.lead_officer,
      findingNumbers: numbers(areaFindings.filter((f) => f.priority_area_id === a.id).map((f) => f.finding_id)),
    })),
    actions: actions
      .map((a) => ({
        id: a.id,
        reference: a.reference,
        areaReference: areaRef.get(a.priority_area_id) ?? '',
        title: a.title,
        how: a.how,
        leadOfficer: a.lead_officer,
        owner: a.owner_name ?? null,
        partners: a.partners,
        startDate: a.start_date,
        dueDate: a.due_date,
        status: a.status as PlanSnapshot['actions'][number]['status'],
        successMeasures: a.success_measures,
        milestones: milestones
          .filter((m) => m.action_id === a.id)
          .map((m) => ({ title: m.title, dueDate: m.due_date, completedOn: m.completed_on })),
        dependsOn: deps.filter((d) => d.action_id === a.id).map((d) => referenceOf.get(d.depends_on_action_id) ?? ''),
        findingNumbers: numbers(actionFindings.filter((f) => f.action_id === a.id).map((f) => f.finding_id)),
      }))
      .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true })),
  };
}

/**
 * Moves the plan to its next lifecycle stage, recording who and when, any committee recommendations, and
 * freezing an immutable version of the plan as it stands.
 */
export async function transitionPlan(deps: AppDeps, user: UserActor, planId: string, input: TransitionRequest) {
  await deps.db.transaction().execute(async (trx) => {
    const plan = await requirePlan(trx, user, planId);
    const from = plan.status as PlanStatus;
    if (!PLAN_TRANSITIONS[from].includes(input.to)) {
      const allowed =
        PLAN_TRANSITIONS[from].map((s) => PLAN_STATUS_LABELS[s]).join(' or ') || 'nothing (the plan is closed)';
      throw new ConflictError(
        `A plan that is “${PLAN_STATUS_LABELS[from]}” can move to ${allowed}, not “${PLAN_STATUS_LABELS[input.to]}”.`,
      );
    }
    if (input.to === 'at-scrutiny' || input.to === 'approved') {
      const actions = await actionsRepo.listPlanActions(trx, planId);
      if (actions.length === 0) throw new ConflictError('Add at least one action before the plan goes to committee.');
    }
    const number = await repo.nextVersionNumber(trx, planId);
    const snapshot = await buildSnapshot(trx, user.authorityId, planId, input.to);
    await repo.updatePlan(trx, planId, {
      status: input.to,
      ...(input.to === 'submitted' && { submitted_on: input.occurredOn }),
    });
    const transitionId = await repo.insertTransition(trx, {
      authority_id: user.authorityId,
      plan_id: planId,
      from_status: from,
      to_status: input.to,
      occurred_on: input.occurredOn,
      actor_user_id: user.userId,
      note: input.note,
      meeting: input.meeting,
      version_number: number,
    });
    for (const r of input.recommendations) {
      await repo.insertRecommendation(trx, {
        authority_id: user.authorityId,
        plan_id: planId,
        transition_id: transitionId,
        committee: r.committee,
        meeting_date: r.meetingDate,
        text: r.text,
        response: r.response,
        status: r.status,
      });
    }
    await repo.insertVersion(trx, {
      authority_id: user.authorityId,
      plan_id: planId,
      number,
      status: input.to,
      label: `Version ${number} – ${PLAN_STATUS_LABELS[input.to]}`,
      created_at: deps.clock.now(),
      created_by: user.userId,
      snapshot,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'plan.transition',
      entityType: 'plan',
      entityId: planId,
      summary: `Plan moved from ${PLAN_STATUS_LABELS[from]} to ${PLAN_STATUS_LABELS[input.to]} (version ${number})`,
      before: { status: from },
      after: {
        status: input.to,
        occurredOn: input.occurredOn,
        note: input.note,
        meeting: input.meeting,
        recommendations: input.recommendations.length,
        version: number,
      },
    });
  });
  return getPlanDetail(deps, user, planId);
}

/** Records the response to a committee recommendation. */
export async function respondToRecommendation(
  deps: AppDeps,
  user: UserActor,
  id: string,
  input: { response: string; status: string },
) {
  const planId = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findRecommendation(trx, user.authorityId, id);
    if (!before) throw new NotFoundError('Recommendation');
    await repo.updateRecommendation(trx, id, input);
    await recordAudit(trx, deps.clock, user, {
      action: 'recommendation.update',
      entityType: 'recommendation',
      entityId: id,
      summary: 'Recorded response to a committee recommendation',
      before: { response: before.response, status: before.status },
      after: input,
    });
    return before.plan_id;
  });
  return getPlanDetail(deps, user, planId);
}

/** A frozen version of the plan. */
export async function getVersion(deps: AppDeps, user: UserActor, planId: string, number: number) {
  await requirePlan(deps.db, user, planId);
  const version = await repo.findVersion(deps.db, planId, number);
  if (!version) throw new NotFoundError('Plan version');
  return {
    number: version.number,
    status: version.status,
    label: version.label,
    createdAt: version.created_at,
    createdBy: version.created_by_name,
    snapshot: version.snapshot as PlanSnapshot,
  };
}

/** Compares two versions; "current" (number 0) means the plan as it stands now. */
export async function compareVersions(deps: AppDeps, user: UserActor, planId: string, from: number, to: number) {
  const load = async (n: number) =>
    n === 0
      ? {
          number: 0,
          label: 'Current (not yet frozen)',
          snapshot: await buildSnapshot(deps.db, user.authorityId, planId),
        }
      : await getVersion(deps, user, planId, n);
  const older = await load(from);
  const newer = await load(to);
  return {
    from: { number: older.number, label: older.label },
    to: { number: newer.number, label: newer.label },
    ...comparePlanVersions(older.snapshot, newer.snapshot),
  };
}
