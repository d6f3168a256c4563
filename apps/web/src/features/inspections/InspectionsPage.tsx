import { useQuery } from '@tanstack/react-query';
import { GRADE_LABELS, INSPECTION_TYPE_LABELS } from '@waypoint/contracts';
import { api } from '../../api/client.ts';
import type { Inspection } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { canEditPlan, useMe } from '../../app/session.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date } from '../../lib/format.ts';

/** Every inspection and visit, newest first (the history is kept). */
export function InspectionsPage() {
  const query = useQuery({ queryKey: ['inspections'], queryFn: () => api<Inspection[]>('/inspections') });
  const { data: me } = useMe();
  return (
    <QueryState query={query}>
      {(inspections) => (
        <AppPage title="Inspections">
          {canEditPlan(me?.role) && <Button href="/inspections/new">Record an inspection</Button>}
          {inspections.length === 0 ? (
            <p className="govuk-body">No inspections recorded yet.</p>
          ) : (
            <Table
              caption="Inspections and visits, newest first"
              captionClasses="govuk-visually-hidden"
              head={[
                { text: 'Inspection' },
                { text: 'On site' },
                { text: 'Overall effectiveness' },
                { text: 'Findings', format: 'numeric' },
              ]}
              rows={inspections.map((i) => {
                const overall = i.judgements.find((j) => j.area === 'overall');
                return [
                  {
                    text: (
                      <RouterLink href={`/inspections/${i.id}`} className="govuk-link">
                        {i.title || INSPECTION_TYPE_LABELS[i.type]}
                        <span className="govuk-visually-hidden">, {date(i.onSiteStart)}</span>
                      </RouterLink>
                    ),
                  },
                  { text: `${date(i.onSiteStart)} to ${date(i.onSiteEnd)}` },
                  { text: overall ? GRADE_LABELS[overall.grade] : 'Not graded' },
                  { text: String(i.findings.length), format: 'numeric' },
                ];
              })}
            />
          )}
        </AppPage>
      )}
    </QueryState>
  );
}
