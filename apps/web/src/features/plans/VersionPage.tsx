import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { PlanSnapshot } from '@waypoint/improvement-plan';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date, dateTime } from '../../lib/format.ts';

interface Version {
  number: number;
  status: string;
  label: string;
  createdAt: string;
  createdBy: string;
  snapshot: PlanSnapshot;
}

/** A frozen version of the plan, exactly as it was agreed. */
export function VersionPage() {
  const { planId, number } = useParams({ strict: false }) as { planId: string; number: string };
  const query = useQuery({
    queryKey: ['plan-version', planId, number],
    queryFn: () => api<Version>(`/plans/${planId}/versions/${number}`),
  });
  return (
    <QueryState query={query}>
      {(v) => (
        <AppPage
          title={v.label}
          caption={v.snapshot.plan.title}
          before={<BackLink href={`/plans/${planId}`}>Back to the plan</BackLink>}
        >
          <p className="govuk-body">
            Frozen on {dateTime(v.createdAt)} by {v.createdBy}. This version cannot be changed.
          </p>
          {v.snapshot.areas.map((area) => (
            <Table
              key={area.id}
              caption={`${area.reference}. ${area.title}`}
              captionClasses="govuk-table__caption--m"
              head={[
                { text: 'Ref' },
                { text: 'Action' },
                { text: 'Lead' },
                { text: 'Due' },
                { text: 'Success measures' },
              ]}
              rows={v.snapshot.actions
                .filter((a) => a.areaReference === area.reference)
                .map((a) => [
                  { text: a.reference },
                  { text: a.title },
                  { text: a.leadOfficer },
                  { text: date(a.dueDate) },
                  { text: a.successMeasures || '–' },
                ])}
            />
          ))}
        </AppPage>
      )}
    </QueryState>
  );
}
