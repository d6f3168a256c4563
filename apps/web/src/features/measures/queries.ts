import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ActionMeasure, MeasureDetail, Scorecard } from './types.ts';

const withAsOf = (path: string, asOf: string | undefined) => (asOf ? `${path}?asOf=${encodeURIComponent(asOf)}` : path);

/** The scorecard as of a date (today when not given); `enabled: false` waits (for example until a form needs it). */
export function useScorecard(asOf?: string, enabled = true) {
  return useQuery({
    queryKey: ['measures', asOf ?? 'today'],
    queryFn: () => api<Scorecard>(withAsOf('/measures', asOf)),
    staleTime: 30_000,
    enabled,
  });
}

/** One measure in full, as of a date (today when not given). */
export function useMeasure(measureId: string, asOf?: string) {
  return useQuery({
    queryKey: ['measure', measureId, asOf ?? 'today'],
    queryFn: () => api<MeasureDetail>(withAsOf(`/measures/${encodeURIComponent(measureId)}`, asOf)),
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
