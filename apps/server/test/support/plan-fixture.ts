import * as actions from '../../src/modules/actions/actions.service.ts';
import * as inspections from '../../src/modules/inspections/inspections.service.ts';
import * as plans from '../../src/modules/plans/plans.service.ts';
import type { UserActor } from '../../src/platform/actor.ts';
import type { AppDeps } from '../../src/platform/deps.ts';
import type { TestAuthority } from './harness.ts';

/** The user of a test authority as a service actor. */
export function actorOf(a: TestAuthority, role: keyof TestAuthority['users']): UserActor {
  const u = a.users[role];
  return {
    userId: u.id,
    email: u.email,
    displayName: u.name,
    role: u.role,
    authorityId: a.id,
    requestId: 'test',
    ip: null,
  };
}

/** An inspection with two findings, a plan with one area and one action owned by the authority's action owner. */
export async function createPlanFixture(deps: AppDeps, a: TestAuthority) {
  const lead = actorOf(a, 'improvement-lead');
  const inspection = await inspections.createInspection(deps, lead, {
    type: 'ilacs-standard',
    title: 'ILACS',
    onSiteStart: '2026-03-09',
    onSiteEnd: '2026-03-20',
    reportReceived: '2026-05-01',
    published: '2026-05-12',
    leadInspector: 'HMI',
    hasPriorityActions: false,
    summary: '',
    judgements: [{ area: 'overall', grade: 'requires-improvement' }],
  });
  await inspections.addFinding(deps, lead, inspection.id, {
    number: 1,
    text: 'Supervision',
    judgementArea: 'leaders',
    isPriorityAction: false,
  });
  const withFindings = await inspections.addFinding(deps, lead, inspection.id, {
    number: 2,
    text: 'Assessments',
    judgementArea: null,
    isPriorityAction: false,
  });
  const plan = await plans.createPlan(deps, lead, {
    inspectionId: inspection.id,
    title: 'Plan',
    accountableOfficer: 'DCS',
    publicSummary: '',
  });
  const withArea = await plans.addArea(deps, lead, plan.id, {
    reference: '1',
    title: 'Supervision',
    outcome: '',
    leadOfficer: '',
    findingIds: [withFindings.findings[0]!.id],
  });
  const area = withArea.areas[0]!;
  const action = await actions.createAction(deps, lead, area.id, {
    reference: '1.1',
    title: 'Relaunch supervision policy',
    how: '',
    leadOfficer: 'PSW',
    ownerUserId: a.users['action-owner'].id,
    partners: '',
    startDate: '2026-06-01',
    dueDate: '2026-08-01',
    successMeasures: '',
    risks: '',
    dependsOn: [],
  });
  const withMilestone = await actions.saveMilestone(
    deps,
    lead,
    { actionId: action.id },
    { title: 'Template agreed', dueDate: '2026-07-01', completedOn: null },
  );
  return {
    inspectionId: inspection.id,
    findingIds: withFindings.findings.map((f) => f.id),
    planId: plan.id,
    areaId: area.id,
    actionId: action.id,
    milestoneId: withMilestone.milestones[0]!.id,
  };
}
