import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { hidesSmallCounts } from './access.ts';
import { MeasureTable } from './MeasureTable.tsx';
import { useScorecard } from './queries.ts';
import type { MeasureSummary } from './types.ts';

/** Props for `PlanAreaMeasures`. */
export interface PlanAreaMeasuresProps {
  planId: string;
  areaId: string;
  areaReference: string;
  /** Plan editors get a link to choose the area's measures. */
  editable: boolean;
}

/** A priority area's measures on the plan page: latest value, rating with distance to target, and SPC reading. */
export function PlanAreaMeasures({ planId, areaId, areaReference, editable }: PlanAreaMeasuresProps) {
  const query = useScorecard();
  const { data: me } = useMe();
  const card = query.data;
  const ids = card?.planAreas.find((a) => a.id === areaId)?.measureIds ?? [];
  const measures = ids
    .map((id) => card?.measures.find((m) => m.id === id))
    .filter((m): m is MeasureSummary => m !== undefined);
  return (
    <div className="app-plan-area-measures">
      <h4 className="govuk-heading-s">Measures</h4>
      {query.isPending ? (
        <p className="govuk-body">Loading measures…</p>
      ) : query.isError ? (
        <p className="govuk-body">The measures could not be loaded: {query.error.message}</p>
      ) : measures.length === 0 ? (
        <p className="govuk-body">No measures chosen yet.</p>
      ) : (
        <MeasureTable
          caption={`Measures for priority area ${areaReference}`}
          measures={measures}
          columns={['measure', 'latest', 'target', 'rating', 'spc']}
          hideSmall={hidesSmallCounts(me?.role)}
        />
      )}
      {editable && (
        <p className="govuk-body">
          <RouterLink href={`/plans/${planId}/areas/${areaId}/measures`} className="govuk-link">
            Choose measures<span className="govuk-visually-hidden"> for priority area {areaReference}</span>
          </RouterLink>
        </p>
      )}
    </div>
  );
}
