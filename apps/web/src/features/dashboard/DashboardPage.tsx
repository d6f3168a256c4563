import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ActionSummary, Dashboard } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { DeliveryRagTag } from '../../app/DeliveryRagTag.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date, plural } from '../../lib/format.ts';

function ActionTable({
  caption,
  actions,
  empty,
}: {
  caption: string;
  actions: readonly ActionSummary[];
  empty: string;
}) {
  if (actions.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{empty}</p>
      </>
    );
  }
  return (
    <Table
      caption={`${caption} (${actions.length})`}
      captionClasses="govuk-table__caption--m"
      head={[{ text: 'Action' }, { text: 'Owner' }, { text: 'Due' }, { text: 'Delivery' }]}
      rows={actions.map((a) => [
        {
          text: <RouterLink href={`/actions/${a.id}`} className="govuk-link">{`${a.reference} ${a.title}`}</RouterLink>,
        },
        { text: a.owner },
        { text: date(a.dueDate) },
        {
          text: (
            <>
              <DeliveryRagTag rag={a.rag} />
              <span className="govuk-body-s app-rag-reason">{a.ragReasons[0]}</span>
            </>
          ),
        },
      ])}
    />
  );
}

/** Delivery at a glance: deadlines, RAG counts by priority area, overdue and upcoming actions. */
export function DashboardPage() {
  const query = useQuery({ queryKey: ['dashboard'], queryFn: () => api<Dashboard>('/dashboard') });
  return (
    <QueryState query={query}>
      {(d) => {
        if (!d.plan) {
          return (
            <AppPage title="Dashboard">
              <p className="govuk-body">
                There is no improvement plan yet.{' '}
                <RouterLink href="/inspections" className="govuk-link">
                  Record the inspection
                </RouterLink>{' '}
                and start a plan from it.
              </p>
            </AppPage>
          );
        }
        const submit = d.deadlines.find((x) => x.id === 'submit-plan');
        return (
          <AppPage
            title="Dashboard"
            caption={d.plan.title}
            before={
              submit &&
              submit.state !== 'passed' &&
              d.plan.status !== 'submitted' &&
              d.plan.status !== 'monitoring' &&
              d.plan.status !== 'closed' && (
                <NotificationBanner title="Important" disableAutoFocus>
                  <p className="govuk-notification-banner__heading">
                    The plan must be submitted to Ofsted by {date(submit.dueDate)}:{' '}
                    {plural(submit.workingDaysRemaining, 'working day')} left.
                  </p>
                </NotificationBanner>
              )
            }
          >
            <p className="govuk-body">
              Plan status: <strong>{d.plan.statusLabel}</strong>. Figures as at {date(d.today)}.{' '}
              <RouterLink href={`/plans/${d.plan.id}`} className="govuk-link">
                View the plan
              </RouterLink>
            </p>
            <ul className="app-key-figures">
              <li className="app-key-figure">
                <span className="app-key-figure__value">{d.totals.actions}</span> actions
              </li>
              <li className="app-key-figure app-key-figure--red">
                <span className="app-key-figure__value">{d.totals.red}</span> off track
              </li>
              <li className="app-key-figure app-key-figure--amber">
                <span className="app-key-figure__value">{d.totals.amber}</span> at risk
              </li>
              <li className="app-key-figure">
                <span className="app-key-figure__value">{d.overdue.length}</span> overdue
              </li>
              <li className="app-key-figure">
                <span className="app-key-figure__value">{d.totals.complete}</span> complete
              </li>
            </ul>
            {d.uncoveredFindings > 0 && (
              <p className="govuk-body">
                <strong>{plural(d.uncoveredFindings, 'finding')}</strong> not yet addressed by any action.
              </p>
            )}
            <Table
              caption="Delivery by priority area"
              captionClasses="govuk-table__caption--m"
              head={[
                { text: 'Priority area' },
                { text: 'Off track', format: 'numeric' },
                { text: 'At risk', format: 'numeric' },
                { text: 'On track', format: 'numeric' },
                { text: 'Complete', format: 'numeric' },
                { text: 'Actions', format: 'numeric' },
              ]}
              firstCellIsHeader
              rows={d.byArea.map((a) => [
                { text: `${a.reference}. ${a.title}` },
                { text: String(a.red), format: 'numeric' },
                { text: String(a.amber), format: 'numeric' },
                { text: String(a.green), format: 'numeric' },
                { text: String(a.complete), format: 'numeric' },
                { text: String(a.total), format: 'numeric' },
              ])}
            />
            <ActionTable caption="Overdue actions" actions={d.overdue} empty="No actions are overdue." />
            <ActionTable
              caption="Due in the next 4 weeks"
              actions={d.dueIn4Weeks}
              empty="No actions are due in the next 4 weeks."
            />
            <ActionTable
              caption="Due in 4 to 8 weeks"
              actions={d.dueIn8Weeks}
              empty="No actions are due in 4 to 8 weeks."
            />
            <h2 className="govuk-heading-m">Next deadlines</h2>
            {d.nextDeadlines.length === 0 ? (
              <p className="govuk-body">No deadlines in the next 8 weeks.</p>
            ) : (
              <ul className="govuk-list govuk-list--bullet">
                {d.nextDeadlines.map((n) => (
                  <li key={`${n.kind}-${n.label}-${n.date}`}>
                    <strong>{date(n.date)}</strong>:{' '}
                    {n.actionId ? (
                      <RouterLink href={`/actions/${n.actionId}`} className="govuk-link">
                        {n.label}
                      </RouterLink>
                    ) : (
                      n.label
                    )}
                    {n.workingDaysRemaining !== undefined && ` (${plural(n.workingDaysRemaining, 'working day')} left)`}
                  </li>
                ))}
              </ul>
            )}
          </AppPage>
        );
      }}
    </QueryState>
  );
}
