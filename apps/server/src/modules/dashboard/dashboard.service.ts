import { addDays } from '@waypoint/calendar';
import type { DeliveryRag } from '@waypoint/contracts';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { currentPlanId, getPlanDetail } from '../plans/plans.service.ts';

const RAGS: readonly DeliveryRag[] = ['red', 'amber', 'green', 'complete', 'closed'];

/**
 * The improvement dashboard for a plan (by default the authority's current one): delivery RAG counts per
 * priority area, overdue actions, actions due in the next 4 and 8 weeks, and the next deadlines.
 */
export async function getDashboard(deps: AppDeps, user: UserActor, planId?: string) {
  const id = planId ?? (await currentPlanId(deps, user));
  if (!id) return { plan: null };
  const plan = await getPlanDetail(deps, user, id);
  const today = plan.today;
  const in4Weeks = addDays(today, 28);
  const in8Weeks = addDays(today, 56);
  const actions = plan.areas.flatMap((a) => a.actions);
  const open = actions.filter((a) => a.status !== 'complete' && a.status !== 'closed-superseded');
  const count = (list: typeof actions) =>
    Object.fromEntries(RAGS.map((r) => [r, list.filter((a) => a.rag.rag === r).length])) as Record<DeliveryRag, number>;
  const summary = (a: (typeof actions)[number]) => ({
    id: a.id,
    reference: a.reference,
    title: a.title,
    owner: a.owner?.name ?? a.leadOfficer,
    dueDate: a.dueDate,
    rag: a.rag.rag,
    ragReasons: a.rag.reasons,
    areaReference: a.areaReference,
  });
  const milestoneDeadlines = open.flatMap((a) =>
    a.milestones
      .filter((m) => !m.completedOn && m.dueDate >= today && m.dueDate <= in8Weeks)
      .map((m) => ({
        kind: 'milestone' as const,
        date: m.dueDate,
        label: `${a.reference} milestone: ${m.title}`,
        actionId: a.id,
      })),
  );
  const statutory = plan.deadlines
    .filter((d) => d.state !== 'passed')
    .map((d) => ({
      kind: 'statutory' as const,
      date: d.dueDate,
      label: d.label,
      workingDaysRemaining: d.workingDaysRemaining,
      calendarDaysRemaining: d.calendarDaysRemaining,
    }));
  return {
    plan: { id: plan.id, title: plan.title, status: plan.status, statusLabel: plan.statusLabel },
    today,
    totals: { actions: actions.length, ...count(actions) },
    byArea: plan.areas.map((a) => ({
      id: a.id,
      reference: a.reference,
      title: a.title,
      total: a.actions.length,
      ...count(a.actions),
    })),
    overdue: open.filter((a) => a.dueDate < today).map(summary),
    dueIn4Weeks: open.filter((a) => a.dueDate >= today && a.dueDate <= in4Weeks).map(summary),
    dueIn8Weeks: open.filter((a) => a.dueDate > in4Weeks && a.dueDate <= in8Weeks).map(summary),
    deadlines: plan.deadlines,
    nextDeadlines: [...statutory, ...milestoneDeadlines].sort((a, b) => a.date.localeCompare(b.date)).slice(0, 10),
    uncoveredFindings: plan.coverage.uncovered.length,
    openRecommendations: plan.recommendations.filter((r) => r.status === 'open').length,
  };
}
