import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .optional()
  .catch(undefined);

/** A team id (the team whose cases the figures are for). */
const team = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,60}$/)
  .optional()
  .catch(undefined);
/** A DfE age band, as the server names them. */
const ageBand = z.enum(['under-1', '1-4', '5-9', '10-15', '16-17', '18-plus']).optional().catch(undefined);

/** How the scorecard groups measures: by plan priority area or by service area. */
export type ScorecardView = 'plan' | 'service';

/** The scorecard's filters in the URL (`/measures?view=&asOf=&serviceArea=&team=&ageBand=`); bad values are dropped. */
export const scorecardSearchSchema = z.object({
  view: z.enum(['plan', 'service']).optional().catch(undefined),
  asOf: isoDate,
  serviceArea: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional()
    .catch(undefined),
  team,
  ageBand,
});

/** Scorecard filters as the page reads them. */
export type ScorecardSearch = z.infer<typeof scorecardSearchSchema>;

/** The measure page's as-of date and filter (`/measures/$measureId?asOf=&team=&ageBand=`). */
export const measureSearchSchema = z.object({
  asOf: isoDate,
  team,
  ageBand,
});

/** The drill-down's month and filters (`/measures/$measureId/children?month=YYYY-MM&team=&ageBand=`). */
export const childrenSearchSchema = z.object({
  month,
  team,
  ageBand,
});

/** Drill-down filters as the page reads them. */
export type ChildrenSearch = z.infer<typeof childrenSearchSchema>;

/** `/measures/<id>/children?…`, leaving out empty filters. */
export function childrenHref(measureId: string, search: ChildrenSearch): string {
  const params = new URLSearchParams();
  if (search.month) params.set('month', search.month);
  if (search.team) params.set('team', search.team);
  if (search.ageBand) params.set('ageBand', search.ageBand);
  const query = params.toString();
  return `/measures/${encodeURIComponent(measureId)}/children${query ? `?${query}` : ''}`;
}

/** Builds `/measures?…` from filters, leaving out empty ones. */
export function scorecardHref(search: ScorecardSearch): string {
  const params = new URLSearchParams();
  if (search.view) params.set('view', search.view);
  if (search.asOf) params.set('asOf', search.asOf);
  if (search.serviceArea) params.set('serviceArea', search.serviceArea);
  if (search.team) params.set('team', search.team);
  if (search.ageBand) params.set('ageBand', search.ageBand);
  const query = params.toString();
  return query ? `/measures?${query}` : '/measures';
}

/** The team or age band the figures are for (the children in them on the as-of date). */
export type FigureFilter = Pick<ScorecardSearch, 'team' | 'ageBand'>;

/** The figures' filter in a query string (`team`, `ageBand`), without the leading `?`. */
export function figureQuery(search: { asOf?: string; team?: string; ageBand?: string }): string {
  const params = new URLSearchParams();
  if (search.asOf) params.set('asOf', search.asOf);
  if (search.team) params.set('team', search.team);
  if (search.ageBand) params.set('ageBand', search.ageBand);
  return params.toString();
}

/** The scorecard download (`/api/measures/export`) in a format, as of a date when one was chosen. */
export function scorecardDownloadHref(
  format: 'csv' | 'xlsx',
  search: { asOf?: string; team?: string; ageBand?: string } = {},
): string {
  const rest = figureQuery(search);
  return `/api/measures/export?format=${format}${rest ? `&${rest}` : ''}`;
}

/** `/measures/<id>`, with the as-of date and the team or age band when there are. */
export function measureHref(measureId: string, asOf?: string, filter: FigureFilter = {}): string {
  const query = figureQuery({ asOf, ...filter });
  return `/measures/${encodeURIComponent(measureId)}${query ? `?${query}` : ''}`;
}
