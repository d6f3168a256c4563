import type { ReactNode } from 'react';
import { AppPage } from '../../app/AppPage.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { Tag } from '../../components/govuk/Tag.tsx';
import { canImportData, canViewData, STATUS_TAGS } from './datasets.ts';
import type { ImportStatus } from './types.ts';

/**
 * Shows its children only to roles that may see statutory data (child-level); others get a plain page saying
 * who can. With `needsImport`, only roles that may upload and store.
 */
export function DataAccess({ children, needsImport = false }: { children: ReactNode; needsImport?: boolean }) {
  const { data: me } = useMe();
  if (!me) return <p className="govuk-body">Loading…</p>;
  const allowed = needsImport ? canImportData(me.role) : canViewData(me.role);
  if (allowed) return <>{children}</>;
  return (
    <AppPage title={needsImport ? 'You cannot upload statutory data' : 'You cannot see statutory data'} wide={false}>
      <p className="govuk-body">
        {needsImport
          ? 'Only analysts and administrators can upload and store statutory returns.'
          : 'Statutory returns hold information about individual children, so only analysts, improvement leads and administrators can see them.'}
      </p>
      <p className="govuk-body">Ask your Waypoint administrator if you need access.</p>
    </AppPage>
  );
}

/** An import's status as a tag with words. */
export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const tag = STATUS_TAGS[status] ?? { text: status, colour: 'grey' };
  return <Tag colour={tag.colour}>{tag.text}</Tag>;
}

/** The page for an address that names no import (or an unknown dataset). */
export function DataNotFound() {
  return (
    <AppPage title="Page not found" wide={false}>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <RouterLink href="/data" className="govuk-link">
          Go to statutory data
        </RouterLink>
      </p>
    </AppPage>
  );
}
