import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { currentPlanId } from '../plans/plans.repository.ts';

type Executor = Database | Transaction<DB>;

/** Every target of an authority. */
export async function listTargets(db: Executor, authorityId: string) {
  return db.selectFrom('measure_target').selectAll().where('authority_id', '=', authorityId).execute();
}

/** The practice standards an authority has set (standard → value; unset standards use the default). */
export async function listPracticeStandards(db: Executor, authorityId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('practice_standard')
    .select(['standard_id', 'value'])
    .where('authority_id', '=', authorityId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.standard_id, Number(r.value)]));
}

/** Replaces an authority's practice standards with the given values (standards left out go back to the default). */
export async function replacePracticeStandards(
  trx: Transaction<DB>,
  authorityId: string,
  values: Readonly<Partial<Record<string, number>>>,
  setBy: string | null,
  setAt: Date,
): Promise<void> {
  await trx.deleteFrom('practice_standard').where('authority_id', '=', authorityId).execute();
  const rows = Object.entries(values).flatMap(([standard_id, value]) =>
    value === undefined ? [] : [{ authority_id: authorityId, standard_id, value, set_by: setBy, set_at: setAt }],
  );
  if (rows.length > 0) await trx.insertInto('practice_standard').values(rows).execute();
}

/** Sets (replaces) a measure's target. */
export async function upsertTarget(
  db: Executor,
  v: {
    authority_id: string;
    measure_id: string;
    baseline_value: number | null;
    baseline_date: string | null;
    final_value: number;
    final_date: string;
    tolerance: number | null;
    trajectory: Array<{ date: string; value: number }>;
    note: string;
    set_by: string | null;
  },
) {
  const values = { ...v, trajectory: JSON.stringify(v.trajectory), set_at: new Date() };
  await db
    .insertInto('measure_target')
    .values(values)
    .onConflict((oc) => oc.columns(['authority_id', 'measure_id']).doUpdateSet(values))
    .execute();
}

/** Manual monthly values of an authority. */
export async function listManualValues(db: Executor, authorityId: string) {
  return db
    .selectFrom('measure_manual_value as m')
    .leftJoin('app_user as u', 'u.id', 'm.entered_by')
    .selectAll('m')
    .select('u.display_name as entered_by_name')
    .where('m.authority_id', '=', authorityId)
    .orderBy('m.period_end')
    .execute();
}

/** Records (or corrects) a manual monthly value. */
export async function upsertManualValue(
  db: Executor,
  v: {
    authority_id: string;
    measure_id: string;
    period_end: string;
    value: number;
    numerator: number | null;
    denominator: number | null;
    note: string;
    entered_by: string | null;
  },
) {
  const values = { ...v, entered_at: new Date() };
  await db
    .insertInto('measure_manual_value')
    .values(values)
    .onConflict((oc) => oc.columns(['authority_id', 'measure_id', 'period_end']).doUpdateSet(values))
    .execute();
}

/** SPC baselines recalculated from a chosen month. */
export async function listBaselines(db: Executor, authorityId: string) {
  return db
    .selectFrom('measure_baseline as b')
    .leftJoin('app_user as u', 'u.id', 'b.set_by')
    .selectAll('b')
    .select('u.display_name as set_by_name')
    .where('b.authority_id', '=', authorityId)
    .execute();
}

/** Sets or clears a baseline. */
export async function setBaseline(
  db: Executor,
  v:
    | { authority_id: string; measure_id: string; from_month: string; reason: string; set_by: string | null }
    | { authority_id: string; measure_id: string; clear: true },
) {
  await db
    .deleteFrom('measure_baseline')
    .where('authority_id', '=', v.authority_id)
    .where('measure_id', '=', v.measure_id)
    .execute();
  if ('clear' in v) return;
  await db.insertInto('measure_baseline').values(v).execute();
}

/** Every priority area's measures, of every plan (or only the current plan's), in plan order. */
export async function listAreaMeasures(db: Executor, authorityId: string, { currentPlanOnly = false } = {}) {
  return db
    .selectFrom('priority_area_measure as m')
    .innerJoin('priority_area as a', 'a.id', 'm.priority_area_id')
    .select([
      'm.priority_area_id',
      'm.measure_id',
      'm.position',
      'a.plan_id',
      'a.reference',
      'a.title',
      'a.position as area_position',
    ])
    .where('m.authority_id', '=', authorityId)
    .$if(currentPlanOnly, (q) => q.where('a.plan_id', '=', currentPlanId(db, authorityId)))
    .orderBy('a.position')
    .orderBy('m.position')
    .execute();
}

/** Replaces a priority area's measures. */
export async function replaceAreaMeasures(
  db: Executor,
  authorityId: string,
  areaId: string,
  measureIds: readonly string[],
) {
  await db.deleteFrom('priority_area_measure').where('priority_area_id', '=', areaId).execute();
  if (measureIds.length === 0) return;
  await db
    .insertInto('priority_area_measure')
    .values(
      measureIds.map((measure_id, position) => ({
        priority_area_id: areaId,
        authority_id: authorityId,
        measure_id,
        position,
      })),
    )
    .execute();
}

/** Measures linked to actions (success measures). */
export async function listActionMeasures(db: Executor, authorityId: string, actionId?: string) {
  return db
    .selectFrom('action_measure as m')
    .innerJoin('plan_action as a', 'a.id', 'm.action_id')
    .select([
      'm.action_id',
      'm.measure_id',
      'm.baseline_value',
      'm.baseline_date',
      'm.target_value',
      'm.target_date',
      'a.reference',
      'a.title',
      'a.priority_area_id',
    ])
    .where('m.authority_id', '=', authorityId)
    .$if(!!actionId, (q) => q.where('m.action_id', '=', actionId!))
    .execute();
}

/** Replaces an action's success measures. */
export async function replaceActionMeasures(
  db: Executor,
  authorityId: string,
  actionId: string,
  links: ReadonlyArray<{
    measureId: string;
    baselineValue: number | null;
    baselineDate: string | null;
    targetValue: number | null;
    targetDate: string | null;
  }>,
) {
  await db.deleteFrom('action_measure').where('action_id', '=', actionId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('action_measure')
    .values(
      links.map((l) => ({
        action_id: actionId,
        authority_id: authorityId,
        measure_id: l.measureId,
        baseline_value: l.baselineValue,
        baseline_date: l.baselineDate,
        target_value: l.targetValue,
        target_date: l.targetDate,
      })),
    )
    .execute();
}
