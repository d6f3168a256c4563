import { englandAndWales } from '@waypoint/calendar';
import {
  type FindingRequest,
  GRADED_INSPECTION_TYPES,
  type InspectionRequest,
  type InspectionType,
  judgementAreasFor,
} from '@waypoint/contracts';
import { statutoryDeadlines } from '@waypoint/improvement-plan';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './inspections.repository.ts';

type InspectionRow = NonNullable<Awaited<ReturnType<typeof repo.findInspection>>>;

function toValues(r: InspectionRequest): repo.InspectionValues {
  return {
    type: r.type,
    title: r.title,
    on_site_start: r.onSiteStart,
    on_site_end: r.onSiteEnd,
    report_received: r.reportReceived,
    published: r.published,
    lead_inspector: r.leadInspector,
    has_priority_actions: r.hasPriorityActions,
    summary: r.summary,
  };
}

function checkJudgements(r: InspectionRequest): void {
  if (r.judgements.length === 0) return;
  if (!GRADED_INSPECTION_TYPES.includes(r.type)) {
    throw new ValidationError('Only ILACS standard and short inspections have graded judgements', [
      { field: 'judgements', message: 'Remove the grades: this type of inspection is not graded' },
    ]);
  }
  const allowed = judgementAreasFor(r.onSiteStart);
  const wrong = r.judgements.find((j) => !allowed.includes(j.area));
  if (wrong) {
    throw new ValidationError(`“${wrong.area}” is not a judgement for an inspection on these dates`, [
      {
        field: 'judgements',
        message:
          r.onSiteStart && r.onSiteStart < '2023-01-01'
            ? 'Before January 2023 children in care and care leavers shared one judgement'
            : 'Since January 2023 care leavers have their own judgement',
      },
    ]);
  }
  if (new Set(r.judgements.map((j) => j.area)).size !== r.judgements.length) {
    throw new ValidationError('Each judgement can be graded once', [
      { field: 'judgements', message: 'Each judgement can be graded once' },
    ]);
  }
}

/** An inspection as the API returns it, with its judgements, findings and deadlines. */
export function presentInspection(
  row: InspectionRow,
  judgements: Array<{ area: string; grade: string }>,
  findings: Array<{
    id: string;
    number: number;
    text: string;
    judgement_area: string | null;
    is_priority_action: boolean;
  }>,
  today: string,
) {
  return {
    id: row.id,
    type: row.type as InspectionType,
    title: row.title,
    onSiteStart: row.on_site_start,
    onSiteEnd: row.on_site_end,
    reportReceived: row.report_received,
    published: row.published,
    leadInspector: row.lead_inspector,
    hasPriorityActions: row.has_priority_actions,
    summary: row.summary,
    deadlineAnchorOverride: row.deadline_anchor_override,
    deadlineAnchorReason: row.deadline_anchor_reason,
    judgementAreas: judgementAreasFor(row.on_site_start),
    judgements: judgements.map((j) => ({ area: j.area, grade: j.grade })),
    findings: findings.map((f) => ({
      id: f.id,
      number: f.number,
      text: f.text,
      judgementArea: f.judgement_area,
      isPriorityAction: f.is_priority_action,
    })),
    deadlines: statutoryDeadlines(
      {
        type: row.type as InspectionType,
        reportReceived: row.report_received,
        hasPriorityActions: row.has_priority_actions,
        anchorOverride: row.deadline_anchor_override,
      },
      englandAndWales,
      today,
    ),
  };
}

/** Every inspection of the user's authority, newest first (the history is kept). */
export async function listInspections(deps: AppDeps, user: UserActor) {
  const rows = await repo.listInspections(deps.db, user.authorityId);
  const ids = rows.map((r) => r.id);
  const [judgements, findings] = [await repo.listJudgements(deps.db, ids), await repo.listFindings(deps.db, ids)];
  return rows.map((r) =>
    presentInspection(
      r,
      judgements.filter((j) => j.inspection_id === r.id),
      findings.filter((f) => f.inspection_id === r.id),
      deps.clock.today(),
    ),
  );
}

/** One inspection (404 for another authority's). */
export async function getInspection(deps: AppDeps, user: UserActor, id: string) {
  const row = await repo.findInspection(deps.db, user.authorityId, id);
  if (!row) throw new NotFoundError('Inspection');
  return presentInspection(
    row,
    await repo.listJudgements(deps.db, [id]),
    await repo.listFindings(deps.db, [id]),
    deps.clock.today(),
  );
}

/** Records an inspection with its judgements. */
export async function createInspection(deps: AppDeps, user: UserActor, input: InspectionRequest) {
  checkJudgements(input);
  const id = await deps.db.transaction().execute(async (trx) => {
    const newId = await repo.insertInspection(trx, user.authorityId, toValues(input));
    await repo.replaceJudgements(trx, user.authorityId, newId, input.judgements);
    await recordAudit(trx, deps.clock, user, {
      action: 'inspection.create',
      entityType: 'inspection',
      entityId: newId,
      summary: `Recorded ${input.type} inspection`,
      after: input,
    });
    return newId;
  });
  return getInspection(deps, user, id);
}

/** Changes an inspection and its judgements. */
export async function updateInspection(deps: AppDeps, user: UserActor, id: string, input: InspectionRequest) {
  checkJudgements(input);
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findInspection(trx, user.authorityId, id);
    if (!before) throw new NotFoundError('Inspection');
    const beforeJudgements = await repo.listJudgements(trx, [id]);
    await repo.updateInspection(trx, id, toValues(input));
    await repo.replaceJudgements(trx, user.authorityId, id, input.judgements);
    await recordAudit(trx, deps.clock, user, {
      action: 'inspection.update',
      entityType: 'inspection',
      entityId: id,
      summary: 'Updated inspection',
      before: { ...toPlain(before), judgements: beforeJudgements.map((j) => ({ area: j.area, grade: j.grade })) },
      after: input,
    });
  });
  return getInspection(deps, user, id);
}

/** Counts deadlines from another date than the report's receipt, with the reason recorded. */
export async function setDeadlineAnchor(deps: AppDeps, user: UserActor, id: string, anchor: string, reason: string) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findInspection(trx, user.authorityId, id);
    if (!before) throw new NotFoundError('Inspection');
    await repo.updateInspection(trx, id, { deadline_anchor_override: anchor, deadline_anchor_reason: reason });
    await recordAudit(trx, deps.clock, user, {
      action: 'inspection.deadline-anchor',
      entityType: 'inspection',
      entityId: id,
      summary: `Deadlines now counted from ${anchor}`,
      before: { anchor: before.deadline_anchor_override ?? before.report_received },
      after: { anchor, reason },
    });
  });
  return getInspection(deps, user, id);
}

/** Adds a numbered finding ("What needs to improve") to an inspection. */
export async function addFinding(deps: AppDeps, user: UserActor, inspectionId: string, input: FindingRequest) {
  await deps.db.transaction().execute(async (trx) => {
    const inspection = await repo.findInspection(trx, user.authorityId, inspectionId);
    if (!inspection) throw new NotFoundError('Inspection');
    if (await repo.findingNumberTaken(trx, inspectionId, input.number)) {
      throw new ValidationError(`Finding ${input.number} already exists`, [
        { field: 'number', message: `Finding ${input.number} already exists; choose another number` },
      ]);
    }
    const id = await repo.insertFinding(trx, {
      authority_id: user.authorityId,
      inspection_id: inspectionId,
      number: input.number,
      text: input.text,
      judgement_area: input.judgementArea,
      is_priority_action: input.isPriorityAction,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'finding.create',
      entityType: 'finding',
      entityId: id,
      summary: `Added finding ${input.number}`,
      after: input,
    });
  });
  return getInspection(deps, user, inspectionId);
}

/** Changes a finding. */
export async function updateFinding(deps: AppDeps, user: UserActor, findingId: string, input: FindingRequest) {
  const inspectionId = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findFinding(trx, user.authorityId, findingId);
    if (!before) throw new NotFoundError('Finding');
    if (await repo.findingNumberTaken(trx, before.inspection_id, input.number, findingId)) {
      throw new ValidationError(`Finding ${input.number} already exists`, [
        { field: 'number', message: `Finding ${input.number} already exists; choose another number` },
      ]);
    }
    await repo.updateFinding(trx, findingId, {
      number: input.number,
      text: input.text,
      judgement_area: input.judgementArea,
      is_priority_action: input.isPriorityAction,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'finding.update',
      entityType: 'finding',
      entityId: findingId,
      summary: `Updated finding ${input.number}`,
      before: toPlain(before),
      after: input,
    });
    return before.inspection_id;
  });
  return getInspection(deps, user, inspectionId);
}

/** Removes a finding that no plan uses yet. */
export async function deleteFinding(deps: AppDeps, user: UserActor, findingId: string) {
  const inspectionId = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findFinding(trx, user.authorityId, findingId);
    if (!before) throw new NotFoundError('Finding');
    if (await repo.findingIsLinked(trx, findingId))
      throw new ConflictError(
        'This finding is linked to the plan. Remove the links from its priority areas and actions first.',
      );
    await repo.deleteFinding(trx, findingId);
    await recordAudit(trx, deps.clock, user, {
      action: 'finding.delete',
      entityType: 'finding',
      entityId: findingId,
      summary: `Removed finding ${before.number}`,
      before: toPlain(before),
    });
    return before.inspection_id;
  });
  return getInspection(deps, user, inspectionId);
}

function toPlain(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    if (k !== 'authority_id' && k !== 'created_at' && k !== 'updated_at') out[k] = v;
  return out;
}
