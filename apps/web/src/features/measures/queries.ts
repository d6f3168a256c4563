import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { type FigureFilter, figureQuery } from './search.ts';
import type { ActionMeasure, MeasureDetail, Scorecard } from './types.ts';

/**
 * The scorecard as of a date (today when not given), for everyone or a team or age band; `enabled: false` waits
 * (for example until a form needs it).
 */
export function useScorecard(asOf?: string, enabled = true, filter: FigureFilter = {}) {
  const query = figureQuery({ asOf, ...filter });
  return useQuery({
    queryKey: ['measures', asOf ?? 'today', filter.team ?? '', filter.ageBand ?? ''],
    queryFn: () => api<Scorecard>(query ? `/measures?${query}` : '/measures'),
    staleTime: 30_000,
    enabled,
  });
}

/** One measure in full, as of a date (today when not given), for everyone or a team or age band. */
export function useMeasure(measureId: string, asOf?: string, filter: FigureFilter = {}) {
  const query = figureQuery({ asOf, ...filter });
  const path = `/measures/${encodeURIComponent(measureId)}`;
  return useQuery({
    queryKey: ['measure', measureId, asOf ?? 'today', filter.team ?? '', filter.ageBand ?? ''],
    queryFn: () => api<MeasureDetail>(query ? `${path}?${query}` : path),
  });
}

/** An action's success measures. */
export function useActionMeasures(actionId: string) {
  return useQuery({
    queryKey: ['action-measures', actionId],
    queryFn: () => api<ActionMeasure[]>(`/actions/${actionId}/measures`),
  });
}

/** After a change to a measure: everything that shows measures is fetched again. */
export function refreshMeasures(queryClient: QueryClient, measureId?: string): void {
  void queryClient.invalidateQueries({ queryKey: ['measures'] });
  void queryClient.invalidateQueries({ queryKey: measureId ? ['measure', measureId] : ['measure'] });
  void queryClient.invalidateQueries({ queryKey: ['action-measures'] });
}
