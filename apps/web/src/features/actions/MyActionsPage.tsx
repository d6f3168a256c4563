import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ActionView } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { DeliveryRagTag } from '../../app/DeliveryRagTag.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date } from '../../lib/format.ts';

/** The actions the signed-in user owns, soonest due first. */
export function MyActionsPage() {
  const query = useQuery({ queryKey: ['my-actions'], queryFn: () => api<ActionView[]>('/my-actions') });
  return (
    <QueryState query={query}>
      {(actions) => (
        <AppPage title="My actions">
          {actions.length === 0 ? (
            <p className="govuk-body">You do not own any actions in an open plan.</p>
          ) : (
            <Table
              caption="Actions you own"
              captionClasses="govuk-visually-hidden"
              head={[{ text: 'Action' }, { text: 'Due' }, { text: 'Delivery' }, { text: 'Latest update' }]}
              rows={actions.map((a) => [
                {
                  text: (
                    <RouterLink
                      href={`/actions/${a.id}`}
                      className="govuk-link"
                    >{`${a.reference} ${a.title}`}</RouterLink>
                  ),
                },
                { text: date(a.dueDate) },
                {
                  text: (
                    <>
                      <DeliveryRagTag rag={a.rag.rag} overridden={a.rag.overridden} />
                      <span className="govuk-body-s app-rag-reason">{a.rag.reasons[0]}</span>
                    </>
                  ),
                },
                { text: a.latestUpdate ? date(a.latestUpdate.date) : 'None yet' },
              ])}
            />
          )}
        </AppPage>
      )}
    </QueryState>
  );
}
