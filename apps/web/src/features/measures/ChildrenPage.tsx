import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { InsetText } from '../../components/govuk/InsetText.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date } from '../../lib/format.ts';
import { text } from '../../lib/forms.ts';
import { countOf, monthLabel } from './measure-format.ts';
import { useMeasure } from './queries.ts';
import { type ChildrenSearch, childrenHref, measureHref } from './search.ts';
import type { DrillDown, MeasureDetail } from './types.ts';

/** The children counted in one month, fetched once per visit: every fetch is written to the audit log. */
function useDrillDown(measureId: string, search: ChildrenSearch, enabled: boolean) {
  return useQuery({
    queryKey: ['measure-children', measureId, search.month, search.team ?? '', search.ageBand ?? ''],
    queryFn: () => api<DrillDown>(childrenHref(measureId, search)),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** The table of children behind the figure, or why there is none. */
function ChildrenTable({ drill }: { drill: DrillDown }) {
  const month = monthLabel(drill.month);
  if (drill.status === 'no-data')
    return (
      <p className="govuk-body">
        There is no figure for {month}: {drill.reason ?? 'no data held for this month'}
      </p>
    );
  const figure =
    drill.numerator === null
      ? ''
      : drill.denominator === null
        ? ` The figure counts ${countOf(drill.numerator, drill.countNoun)}.`
        : ` The figure is ${drill.numerator} of ${drill.denominator}.`;
  const filtered = drill.filters.team !== null || drill.filters.ageBand !== null;
  const caption = `${countOf(drill.rows.length, drill.countNoun)} counted in ${month}${
    filtered ? ` (of ${drill.totalRows} in the figure)` : ''
  }`;
  // Child protection measures (the neglect drift watchlist among them) show the plan: start, length, category, earlier plans.
  const cpView = drill.rows.some((r) => r.cpPlanStart !== null);
  return (
    <>
      <p className="govuk-body">
        The {drill.countNoun} behind the figure for the month ending {date(drill.periodEnd)}.{figure}
      </p>
      {drill.rows.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">{caption}</h2>
          <p className="govuk-body">No {drill.countNoun} were counted in this month.</p>
        </>
      ) : (
        <Table
          caption={caption}
          captionClasses="govuk-table__caption--m"
          firstCellIsHeader
          head={[
            { text: 'Child ID' },
            { text: 'Age', format: 'numeric' },
            ...(cpView
              ? [
                  { text: 'CP plan started' },
                  { text: 'Months on plan', format: 'numeric' as const },
                  { text: 'Category' },
                  { text: 'Previous plans', format: 'numeric' as const },
                ]
              : [{ text: 'Latest episode of care started' }, { text: 'Placement' }, { text: 'Latest referral' }]),
            { text: 'Team' },
          ]}
          rows={drill.rows.map((r) => [
            { text: r.id },
            { text: r.age === null ? '–' : String(r.age), format: 'numeric' },
            ...(cpView
              ? [
                  { text: date(r.cpPlanStart) },
                  { text: r.cpPlanMonths === null ? '–' : String(r.cpPlanMonths), format: 'numeric' as const },
                  { text: r.cpCategory ?? '–' },
                  { text: r.previousCpPlans === null ? '–' : String(r.previousCpPlans), format: 'numeric' as const },
                ]
              : [{ text: date(r.latestEpisodeStart) }, { text: r.placement ?? '–' }, { text: date(r.latestReferral) }]),
            { text: r.teamName ?? 'No allocation recorded' },
          ])}
        />
      )}
    </>
  );
}

/** The month, team and age band chosen (in the URL), then the table. */
function DrillDownFilters({
  measure,
  search,
  drill,
}: {
  measure: MeasureDetail;
  search: ChildrenSearch;
  drill: DrillDown | undefined;
}) {
  const navigate = useNavigate();
  const months = [...measure.series].reverse().map((p) => p.month);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void navigate({
      href: childrenHref(measure.id, {
        month: text(data, 'month') || undefined,
        team: text(data, 'team') || undefined,
        ageBand: (text(data, 'ageBand') || undefined) as ChildrenSearch['ageBand'],
      }),
    });
  };
  const teams = drill?.teams ?? [];
  return (
    <form onSubmit={onSubmit} className="app-filter" aria-label="Choose the month, team and age band">
      <Select
        name="month"
        label={{ text: 'Month' }}
        items={months.map((m) => ({ value: m, text: monthLabel(m) }))}
        defaultValue={search.month}
      />
      <Select
        name="team"
        label={{ text: 'Team' }}
        items={[
          { value: '', text: 'All teams' },
          ...teams.map((t) => ({ value: t.id, text: t.name })),
          ...(search.team && !teams.some((t) => t.id === search.team)
            ? [{ value: search.team, text: search.team }]
            : []),
        ]}
        defaultValue={search.team ?? ''}
      />
      <Select
        name="ageBand"
        label={{ text: 'Age at the month end' }}
        items={[
          { value: '', text: 'All ages' },
          ...(drill?.ageBands ?? []).map((b) => ({ value: b.id, text: b.label })),
        ]}
        defaultValue={search.ageBand ?? ''}
      />
      <Button variant="secondary">Show children</Button>
    </form>
  );
}

/** Filters and table, once the measure is known. */
function DrillDownBody({ measure, search }: { measure: MeasureDetail; search: ChildrenSearch }) {
  const query = useDrillDown(measure.id, search, measure.drillDownAllowed);
  if (!measure.drillDownAllowed)
    return (
      <p className="govuk-body">
        The children behind this measure cannot be shown: it has no figure computed from the records, or your role does
        not allow child-level data.
      </p>
    );
  return (
    <>
      <InsetText>
        This list shows child-level data. Each time you open it, your name, the measure, the month and the children’s
        IDs are recorded in the audit log.
      </InsetText>
      {query.data && <DrillDownFilters measure={measure} search={search} drill={query.data} />}
      <QueryState query={query}>
        {(drill) => (
          <>
            {(search.team || search.ageBand) && (
              <p className="govuk-body">
                <RouterLink href={childrenHref(measure.id, { month: search.month })} className="govuk-link">
                  Show every child in the figure
                </RouterLink>
              </p>
            )}
            <ChildrenTable drill={drill} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** The children counted in a measure's figure for a month (analysts, improvement leads, administrators; audited). */
export function ChildrenPage() {
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const search = useSearch({ strict: false }) as ChildrenSearch;
  const query = useMeasure(measureId);
  return (
    <QueryState query={query}>
      {(measure) => {
        const month = search.month ?? measure.latest?.month ?? measure.series.at(-1)?.month ?? '';
        return (
          <AppPage
            title={`${measure.countNoun.charAt(0).toUpperCase()}${measure.countNoun.slice(1)} counted: ${measure.title}`}
            caption={monthLabel(month)}
            before={<BackLink href={measureHref(measure.id)}>Back to the measure</BackLink>}
          >
            <DrillDownBody
              key={`${month}|${search.team ?? ''}|${search.ageBand ?? ''}`}
              measure={measure}
              search={{ ...search, month }}
            />
          </AppPage>
        );
      }}
    </QueryState>
  );
}
