import { useNavigate, useSearch } from '@tanstack/react-router';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { InsetText } from '../../components/govuk/InsetText.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { date } from '../../lib/format.ts';
import { text } from '../../lib/forms.ts';
import { hidesSmallCounts } from './access.ts';
import { MeasureTable } from './MeasureTable.tsx';
import { monthLabel, serviceAreaLabel, subsetText } from './measure-format.ts';
import { useScorecard } from './queries.ts';
import { type ScorecardSearch, type ScorecardView, scorecardDownloadHref, scorecardHref } from './search.ts';
import type { MeasureSummary, Scorecard } from './types.ts';
import './measures.scss';

/** A heading and the measures under it. */
interface Group {
  key: string;
  title: string;
  measures: MeasureSummary[];
}

/** Groups by plan priority area (in plan order), then "Other measures" for those no area has chosen. */
function byPlanArea(card: Scorecard, measures: readonly MeasureSummary[]): Group[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const linked = new Set(card.planAreas.flatMap((a) => a.measureIds));
  const groups: Group[] = card.planAreas.map((a) => ({
    key: a.id,
    title: `${a.reference}. ${a.title}`,
    measures: a.measureIds.map((id) => byId.get(id)).filter((m): m is MeasureSummary => m !== undefined),
  }));
  groups.push({ key: 'other', title: 'Other measures', measures: measures.filter((m) => !linked.has(m.id)) });
  return groups.filter((g) => g.measures.length > 0);
}

/** Groups by service area, in catalogue order. */
function byServiceArea(card: Scorecard, measures: readonly MeasureSummary[]): Group[] {
  return card.serviceAreas
    .map((s) => ({ key: s, title: serviceAreaLabel(s), measures: measures.filter((m) => m.serviceArea === s) }))
    .filter((g) => g.measures.length > 0);
}

const VIEWS: ReadonlyArray<{ view: ScorecardView; text: string }> = [
  { view: 'plan', text: 'By plan priority area' },
  { view: 'service', text: 'By service area' },
];

/** The scorecard: every measure, grouped by plan priority area or by service area, filtered by date and area. */
export function ScorecardPage() {
  const search = useSearch({ strict: false }) as ScorecardSearch;
  const navigate = useNavigate();
  const { data: me } = useMe();
  const view: ScorecardView = search.view ?? 'plan';
  const query = useScorecard(search.asOf, true, { team: search.team, ageBand: search.ageBand });

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const asOf = text(data, 'asOf');
    void navigate({
      href: scorecardHref({
        view: search.view,
        // Today's date is the default: only a date the user chose goes in the address.
        asOf: asOf && (search.asOf || asOf !== query.data?.asOf) ? asOf : undefined,
        serviceArea: text(data, 'serviceArea') || undefined,
        team: text(data, 'team') || undefined,
        ageBand: (text(data, 'ageBand') || undefined) as ScorecardSearch['ageBand'],
      }),
    });
  };

  return (
    <AppPage title="Measures">
      <p className="govuk-body">
        Whether practice is changing: each measure’s latest value, its target, the rating with the distance to target,
        the trend and what statistical process control (SPC) says about it, and England’s figure for comparison.
      </p>
      <nav className="app-view-switch" aria-label="Group measures">
        <ul className="app-view-switch__list">
          {VIEWS.map((v) => (
            <li key={v.view} className="app-view-switch__item">
              <RouterLink
                href={scorecardHref({ ...search, view: v.view })}
                className="govuk-link govuk-link--no-visited-state app-view-switch__link"
                aria-current={v.view === view ? 'page' : undefined}
              >
                {v.text}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={query}>
        {(card) => {
          const filtered = search.serviceArea
            ? card.measures.filter((m) => m.serviceArea === search.serviceArea)
            : card.measures;
          const groups = view === 'plan' ? byPlanArea(card, filtered) : byServiceArea(card, filtered);
          return (
            <>
              {/* Keyed by the address, so the choices shown always match it (after "Clear the filters" too). */}
              <form key={scorecardHref(search)} onSubmit={onSubmit} className="app-filter" aria-label="Filter measures">
                <Input
                  name="asOf"
                  type="date"
                  label={{ text: 'Figures as of' }}
                  defaultValue={search.asOf ?? card.asOf}
                />
                <Select
                  name="serviceArea"
                  label={{ text: 'Service area' }}
                  items={[
                    { value: '', text: 'All service areas' },
                    ...card.serviceAreas.map((s) => ({ value: s, text: serviceAreaLabel(s) })),
                  ]}
                  defaultValue={search.serviceArea ?? ''}
                />
                <Select
                  name="team"
                  label={{ text: 'Team' }}
                  items={[{ value: '', text: 'All teams' }, ...card.teams.map((t) => ({ value: t.id, text: t.name }))]}
                  defaultValue={search.team ?? ''}
                />
                <Select
                  name="ageBand"
                  label={{ text: 'Age' }}
                  items={[
                    { value: '', text: 'All ages' },
                    ...card.ageBands.map((b) => ({ value: b.id, text: b.label })),
                  ]}
                  defaultValue={search.ageBand ?? ''}
                />
                <Button variant="secondary">Show measures</Button>
              </form>
              <p className="govuk-body">
                Figures for <strong>{monthLabel(card.month)}</strong>, the last complete month on {date(card.asOf)}.
                Trends cover the 36 months to then.
                {(search.asOf || search.serviceArea || search.team || search.ageBand) && (
                  <>
                    {' '}
                    <RouterLink href={scorecardHref({ view: search.view })} className="govuk-link">
                      Clear the filters
                    </RouterLink>
                  </>
                )}
              </p>
              {(card.filters.team || card.filters.ageBand) && (
                <InsetText>
                  {subsetText(card)} Each child’s whole 36 months count, so the trend follows these children. Rates per
                  10,000 and measures of the workforce, fostering households or court evidence are not split this way:
                  they say so.
                </InsetText>
              )}
              {view === 'plan' && card.planAreas.length === 0 && (
                <p className="govuk-body">
                  No measures have been chosen for the plan’s priority areas yet, so every measure is under “Other
                  measures”.
                </p>
              )}
              {groups.length === 0 && <p className="govuk-body">No measures match the filters.</p>}
              {groups.map((g) => (
                <section key={g.key} aria-labelledby={`group-${g.key}`}>
                  <h2 className="govuk-heading-m" id={`group-${g.key}`}>
                    {g.title}
                  </h2>
                  <MeasureTable
                    caption={`Measures: ${g.title}`}
                    measures={g.measures}
                    asOf={search.asOf}
                    filter={{ team: search.team, ageBand: search.ageBand }}
                    hideSmall={hidesSmallCounts(me?.role)}
                  />
                </section>
              ))}
              <h2 className="govuk-heading-m">Practice standards</h2>
              <p className="govuk-body">
                Supervision, visits, assessments, missing children, neglect drift and pathway plans are judged against
                your own standards where you set them:{' '}
                <RouterLink href="/measures/practice-standards" className="govuk-link">
                  see or change the practice standards
                </RouterLink>
                .
              </p>
              <h2 className="govuk-heading-m">Download the scorecard</h2>
              <p className="govuk-body">
                Every measure as of {date(card.asOf)}, one row each, with its value, target, rating, distance to target,
                SPC reading and England’s figure:{' '}
                <a className="govuk-link" href={scorecardDownloadHref('xlsx', search)} download>
                  Excel spreadsheet (XLSX)
                </a>{' '}
                or{' '}
                <a className="govuk-link" href={scorecardDownloadHref('csv', search)} download>
                  CSV file
                </a>
                .
              </p>
            </>
          );
        }}
      </QueryState>
    </AppPage>
  );
}
