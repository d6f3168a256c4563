import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { api } from '../../api/client.ts';
import type { AuditPage as AuditPageData } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Details } from '../../components/govuk/Details.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Pagination } from '../../components/govuk/Pagination.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { dateTime } from '../../lib/format.ts';
import { text } from '../../lib/forms.ts';

/** Filters of the audit log, kept in the URL. */
export interface AuditSearch {
  action?: string;
  actor?: string;
  entityType?: string;
  from?: string;
  to?: string;
  page?: number;
}

/** Administrators browse and filter the append-only audit log of their authority. */
export function AuditPage() {
  const search = useSearch({ strict: false }) as AuditSearch;
  const navigate = useNavigate();
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (v !== undefined && v !== '') params.set(k, String(v));
  const query = useQuery({
    queryKey: ['audit', params.toString()],
    queryFn: () => api<AuditPageData>(`/audit?${params}`),
  });
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: AuditSearch = {};
    for (const k of ['action', 'actor', 'entityType', 'from', 'to'] as const)
      if (text(data, k)) next[k] = text(data, k);
    void navigate({ href: `/audit?${new URLSearchParams(next as Record<string, string>)}` });
  };
  const pageHref = (page: number) => {
    const p = new URLSearchParams(params);
    p.set('page', String(page));
    return `/audit?${p}`;
  };
  return (
    <AppPage title="Audit log">
      <p className="govuk-body">
        Every sign-in, change and view of child-level data, newest first. Events cannot be changed or removed.
      </p>
      <form onSubmit={onSubmit} className="app-filter">
        <Input
          name="action"
          label={{ text: 'Event' }}
          hint={{ text: 'For example action. or auth.sign-in' }}
          defaultValue={search.action}
        />
        <Input name="actor" label={{ text: 'Who (email)' }} defaultValue={search.actor} />
        <Input
          name="entityType"
          label={{ text: 'Record type' }}
          hint={{ text: 'For example plan, action, user' }}
          defaultValue={search.entityType}
        />
        <Input name="from" type="date" label={{ text: 'From' }} defaultValue={search.from} />
        <Input name="to" type="date" label={{ text: 'To' }} defaultValue={search.to} />
        <Button variant="secondary">Filter</Button>
      </form>
      <QueryState query={query}>
        {(page) => {
          const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
          return (
            <>
              <p className="govuk-body">{page.total} events</p>
              <Table
                caption="Audit events"
                captionClasses="govuk-visually-hidden"
                head={[{ text: 'When' }, { text: 'Who' }, { text: 'Event' }, { text: 'Details' }]}
                rows={page.events.map((e) => [
                  { text: dateTime(e.at) },
                  { text: `${e.actor ?? '–'}${e.role ? ` (${e.role})` : ''}` },
                  {
                    text: (
                      <>
                        <code>{e.action}</code>
                        <br />
                        {e.summary}
                      </>
                    ),
                  },
                  {
                    text: (
                      <Details summary="Show details">
                        <pre className="app-pre">
                          {JSON.stringify(
                            {
                              record: `${e.entityType} ${e.entityId ?? ''}`,
                              before: e.before,
                              after: e.after,
                              request: e.requestId,
                              ip: e.ip,
                              hash: e.hash,
                            },
                            null,
                            2,
                          )}
                        </pre>
                      </Details>
                    ),
                  },
                ])}
              />
              {pages > 1 && (
                <Pagination
                  previous={page.page > 1 ? { href: pageHref(page.page - 1) } : undefined}
                  next={page.page < pages ? { href: pageHref(page.page + 1) } : undefined}
                  items={Array.from({ length: Math.min(pages, 7) }, (_, i) => ({
                    number: String(i + 1),
                    href: pageHref(i + 1),
                    current: i + 1 === page.page,
                  }))}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </AppPage>
  );
}
