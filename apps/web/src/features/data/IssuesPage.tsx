import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Pagination } from '../../components/govuk/Pagination.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { text } from '../../lib/forms.ts';
import { DataAccess, DataNotFound } from './DataAccess.tsx';
import { count, datasetInfo, isImportId, yearLabel } from './datasets.ts';
import { pageItems, placeLabel, recordLabel, tableLabel, valueLines } from './issue-format.ts';
import { type IssuesSearch, issuesFilters, type issuesSearchSchema } from './issues-search.ts';
import type { ImportDetail, IssuesPage as IssuesPageData } from './types.ts';

/** The issues address with these filters; empty filters are left out. */
export function issuesSearchHref(importId: string, search: IssuesSearch): string {
  const params = new URLSearchParams();
  if (search.rule) params.set('rule', search.rule);
  if (search.child) params.set('child', search.child);
  if (search.page && search.page > 1) params.set('page', String(search.page));
  const query = params.toString();
  return `/data/imports/${importId}/issues${query ? `?${query}` : ''}`;
}

function IssuesTable({ importId, data, search }: { importId: string; data: IssuesPageData; search: IssuesSearch }) {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const last = Math.min(data.total, data.page * data.pageSize);
  const href = (page: number) => issuesSearchHref(importId, { ...search, page });
  if (data.total === 0) return <p className="govuk-body">No issues match.</p>;
  return (
    <>
      <Table
        caption={`Issues ${count(first)} to ${count(last)} of ${count(data.total)}`}
        captionClasses="govuk-table__caption--s"
        head={[
          { text: 'Child' },
          { text: 'Table' },
          { text: 'Row' },
          { text: 'Rule' },
          { text: 'Description' },
          { text: 'Values' },
          { text: 'Record' },
        ]}
        rows={data.issues.map((i) => [
          {
            text: search.child ? (
              i.child
            ) : (
              <RouterLink href={issuesSearchHref(importId, { child: i.child })} className="govuk-link">
                <span className="govuk-visually-hidden">Every issue for child </span>
                {i.child}
              </RouterLink>
            ),
          },
          { text: tableLabel(i.table) },
          { text: placeLabel(i) },
          { text: i.rule },
          { text: i.message },
          {
            text: (
              <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
                {valueLines(i).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ),
          },
          { text: recordLabel(i) || '–' },
        ])}
      />
      {pages > 1 && (
        <Pagination
          previous={data.page > 1 ? { href: href(data.page - 1) } : undefined}
          next={data.page < pages ? { href: href(data.page + 1) } : undefined}
          items={pageItems(data.page, pages, href)}
        />
      )}
    </>
  );
}

function Issues({ detail, search }: { detail: ImportDetail; search: IssuesSearch }) {
  const navigate = useNavigate();
  const params = new URLSearchParams();
  if (search.rule) params.set('rule', search.rule);
  if (search.child) params.set('child', search.child);
  params.set('page', String(search.page ?? 1));
  const query = useQuery({
    queryKey: ['import-issues', detail.id, params.toString()],
    queryFn: () => api<IssuesPageData>(`/imports/${detail.id}/issues?${params}`),
  });
  const rule = search.rule ? detail.byRule.find((r) => r.code === search.rule) : undefined;
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void navigate({ href: issuesSearchHref(detail.id, { rule: search.rule, child: text(data, 'child') }) });
  };
  const name = datasetInfo(detail.dataset)?.shortName ?? detail.dataset;
  const filtered = Boolean(search.rule || search.child);
  return (
    <AppPage
      title={search.rule ? `Issues for rule ${search.rule}` : 'Issues by child'}
      caption={`${name} return ${yearLabel(detail.year)}`}
      before={<BackLink href={`/data/imports/${detail.id}`}>Back to the return</BackLink>}
    >
      {rule && <p className="govuk-body-l">{rule.message}</p>}
      <p className="govuk-body">
        These are children’s records: viewing them is recorded in the audit log. Fix the records in your case management
        system, then upload the return again.
      </p>
      <form onSubmit={onSubmit} className="app-filter">
        <Input
          name="child"
          className="govuk-input--width-10"
          label={{ text: 'Child ID' }}
          hint={{ text: 'The CHILD field of the return' }}
          defaultValue={search.child}
          key={search.child ?? ''}
        />
        <Button variant="secondary">Filter</Button>
      </form>
      {filtered && (
        <p className="govuk-body">
          {search.child && search.rule && (
            <RouterLink href={issuesSearchHref(detail.id, { rule: search.rule })} className="govuk-link">
              Show every child for rule {search.rule}
            </RouterLink>
          )}
          {search.child && search.rule && ' · '}
          <RouterLink href={issuesSearchHref(detail.id, {})} className="govuk-link">
            Show every issue
          </RouterLink>
        </p>
      )}
      {query.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : query.isError ? (
        <p className="govuk-body">The issues could not be loaded: {query.error.message}</p>
      ) : (
        <IssuesTable importId={detail.id} data={query.data} search={search} />
      )}
    </AppPage>
  );
}

/** The issues of an import, child by child: filter by rule (from the report) and by child, 100 a page. */
export function IssuesPage() {
  const { importId } = useParams({ strict: false }) as { importId: string };
  const search = issuesFilters(useSearch({ strict: false }) as z.infer<typeof issuesSearchSchema>);
  const query = useQuery({
    queryKey: ['import', importId],
    queryFn: () => api<ImportDetail>(`/imports/${importId}`),
    enabled: isImportId(importId),
  });
  return (
    <DataAccess>
      {!isImportId(importId) ? (
        <DataNotFound />
      ) : (
        <QueryState query={query}>{(detail) => <Issues detail={detail} search={search} />}</QueryState>
      )}
    </DataAccess>
  );
}
