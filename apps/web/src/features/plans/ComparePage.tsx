import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { api } from '../../api/client.ts';
import type { FieldChange, PlanComparison } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date } from '../../lib/format.ts';
import { usePlan } from './PlanPage.tsx';

function Changes({ changes }: { changes: readonly FieldChange[] }) {
  return (
    <ul className="govuk-list">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.label}:</strong> <del>{c.from}</del> → <ins>{c.to}</ins>
        </li>
      ))}
    </ul>
  );
}

/** Compare any two versions of the plan (or a version with the plan as it stands now). */
export function ComparePage() {
  const { planId } = useParams({ strict: false }) as { planId: string };
  const search = useSearch({ strict: false }) as { from?: number; to?: number };
  const from = Number(search.from ?? 1);
  const to = Number(search.to ?? 0);
  const plan = usePlan(planId);
  const navigate = useNavigate();
  const comparison = useQuery({
    queryKey: ['compare', planId, from, to],
    queryFn: () => api<PlanComparison>(`/plans/${planId}/compare?from=${from}&to=${to}`),
  });
  const options = [
    { value: '0', text: 'The plan now (not yet frozen)' },
    ...(plan.data?.versions ?? []).map((v) => ({ value: String(v.number), text: `${v.label} (${date(v.createdAt)})` })),
  ];
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void navigate({ href: `/plans/${planId}/compare?from=${Number(data.get('from'))}&to=${Number(data.get('to'))}` });
  };
  return (
    <AppPage
      title="Compare versions of the plan"
      caption={plan.data?.title}
      before={<BackLink href={`/plans/${planId}`}>Back to the plan</BackLink>}
    >
      <form onSubmit={onSubmit} className="app-inline-form">
        <Select
          name="from"
          label={{ text: 'Earlier version' }}
          items={options}
          value={String(from)}
          onChange={() => {}}
          key={`from-${from}`}
        />
        <Select
          name="to"
          label={{ text: 'Later version' }}
          items={options}
          value={String(to)}
          onChange={() => {}}
          key={`to-${to}`}
        />
        <Button variant="secondary">Compare</Button>
      </form>
      <QueryState query={comparison}>
        {(c) => {
          const nothing =
            c.actions.added.length +
              c.actions.removed.length +
              c.actions.changed.length +
              c.areas.added.length +
              c.areas.removed.length +
              c.areas.changed.length ===
            0;
          return (
            <>
              <h2 className="govuk-heading-m">
                {c.from.label} compared with {c.to.label}
              </h2>
              {nothing && <p className="govuk-body">The two versions are the same.</p>}
              {c.dueDatesMoved.length > 0 && (
                <Table
                  caption="Due dates that moved"
                  captionClasses="govuk-table__caption--m"
                  head={[{ text: 'Action' }, { text: 'Was due' }, { text: 'Now due' }]}
                  rows={c.dueDatesMoved.map((d) => [
                    { text: `${d.reference} ${d.title}` },
                    { text: date(d.from) },
                    { text: date(d.to) },
                  ])}
                />
              )}
              {c.actions.added.length > 0 && (
                <Table
                  caption="Actions added"
                  captionClasses="govuk-table__caption--m"
                  head={[{ text: 'Action' }, { text: 'Due' }]}
                  rows={c.actions.added.map((a) => [{ text: `${a.reference} ${a.title}` }, { text: date(a.dueDate) }])}
                />
              )}
              {c.actions.removed.length > 0 && (
                <Table
                  caption="Actions removed"
                  captionClasses="govuk-table__caption--m"
                  head={[{ text: 'Action' }, { text: 'Was due' }]}
                  rows={c.actions.removed.map((a) => [
                    { text: `${a.reference} ${a.title}` },
                    { text: date(a.dueDate) },
                  ])}
                />
              )}
              {c.actions.changed.length > 0 && (
                <Table
                  caption="Actions changed"
                  captionClasses="govuk-table__caption--m"
                  head={[{ text: 'Action' }, { text: 'What changed' }]}
                  rows={c.actions.changed.map((a) => [
                    { text: `${a.reference} ${a.title}` },
                    { text: <Changes changes={a.changes} /> },
                  ])}
                />
              )}
              {c.areas.added.length + c.areas.removed.length + c.areas.changed.length > 0 && (
                <Table
                  caption="Priority areas added, removed or changed"
                  captionClasses="govuk-table__caption--m"
                  head={[{ text: 'Priority area' }, { text: 'Change' }]}
                  rows={[
                    ...c.areas.added.map((a) => [{ text: `${a.reference}. ${a.title}` }, { text: 'Added' }]),
                    ...c.areas.removed.map((a) => [{ text: `${a.reference}. ${a.title}` }, { text: 'Removed' }]),
                    ...c.areas.changed.map((a) => [
                      { text: `${a.reference}. ${a.title}` },
                      { text: <Changes changes={a.changes} /> },
                    ]),
                  ]}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </AppPage>
  );
}
