import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { AppPage } from './AppPage.tsx';

/** Renders a query's data, or a loading line, or a plain-English error page (404s say "Page not found"). */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <AppPage title={notFound ? 'Page not found' : 'Sorry, there is a problem with the service'}>
        <p className="govuk-body">
          {notFound ? 'If you typed the web address, check it is correct.' : query.error.message}
        </p>
      </AppPage>
    );
  }
  return <>{children(query.data)}</>;
}
