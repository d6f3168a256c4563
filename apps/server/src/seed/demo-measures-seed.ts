import { addDays } from '@waypoint/calendar';
import * as measures from '../modules/measures/measures.service.ts';
import type { UserActor } from '../platform/actor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { DEMO_ACTION_MEASURES, DEMO_AREA_MEASURES, DEMO_TARGETS } from './demo-measures.ts';

/**
 * Links the demo plan's priority areas and actions to their measures and sets the targets and trajectories the plan
 * states, with story dates moved by `offset` days.
 */
export async function seedDemoMeasureLinks(
  deps: AppDeps,
  lead: UserActor,
  plan: { areas: Array<{ id: string; reference: string; actions: Array<{ id: string; reference: string }> }> },
  offset: number,
): Promise<void> {
  const shift = (d: string) => addDays(d, offset);
  await measures.setTargets(
    deps,
    lead,
    Object.entries(DEMO_TARGETS).map(([measureId, t]) => ({
      measureId,
      target: {
        baselineValue: t.baseline?.value ?? null,
        baselineDate: t.baseline ? shift(t.baseline.date) : null,
        finalValue: t.final.value,
        finalDate: shift(t.final.date),
        tolerance: null,
        trajectory: (t.trajectory ?? []).map((p) => ({ date: shift(p.date), value: p.value })),
        note: t.note ?? '',
      },
    })),
  );
  for (const area of plan.areas) {
    const ids = DEMO_AREA_MEASURES[area.reference];
    if (ids) await measures.setAreaMeasures(deps, lead, area.id, ids);
    for (const action of area.actions) {
      const linked = DEMO_ACTION_MEASURES[action.reference];
      if (!linked) continue;
      await measures.setActionMeasures(
        deps,
        lead,
        action.id,
        linked.map((measureId) => {
          const t = DEMO_TARGETS[measureId];
          return {
            measureId,
            baselineValue: t?.baseline?.value ?? null,
            baselineDate: t?.baseline ? shift(t.baseline.date) : null,
            targetValue: t?.final.value ?? null,
            targetDate: t ? shift(t.final.date) : null,
          };
        }),
      );
    }
  }
}
