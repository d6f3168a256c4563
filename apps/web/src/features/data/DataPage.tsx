import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { Details } from '../../components/govuk/Details.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { dateTime } from '../../lib/format.ts';
import { DataAccess, ImportStatusTag } from './DataAccess.tsx';
import { canImportData, countOf, DATASETS, type DatasetInfo, yearLabel } from './datasets.ts';
import { FileList } from './FileList.tsx';
import type { ImportHistory } from './types.ts';

/** The query of a dataset's history (shared with the import page, which needs the years stored). */
export function historyQuery(dataset: string) {
  return {
    queryKey: ['imports', dataset],
    queryFn: () => api<ImportHistory>(`/imports?dataset=${encodeURIComponent(dataset)}`),
  };
}

function StoredYears({ dataset, history }: { dataset: DatasetInfo; history: ImportHistory }) {
  if (history.storedYears.length === 0) return <p className="govuk-body">No {dataset.shortName} data is stored yet.</p>;
  return (
    <Table
      caption={`${dataset.shortName} years stored`}
      captionClasses="govuk-table__caption--s"
      head={[{ text: 'Collection year' }, { text: 'Stored' }, { text: 'From' }]}
      firstCellIsHeader
      rows={[...history.storedYears]
        .sort((a, b) => b.year - a.year)
        .map((y) => [
          { text: yearLabel(y.year) },
          { text: dateTime(y.storedAt) },
          {
            text: (
              <RouterLink href={`/data/imports/${y.importId}`} className="govuk-link">
                View the import<span className="govuk-visually-hidden"> stored for {yearLabel(y.year)}</span>
              </RouterLink>
            ),
          },
        ])}
    />
  );
}

function History({ dataset, history }: { dataset: DatasetInfo; history: ImportHistory }) {
  if (history.imports.length === 0) return <p className="govuk-body">Nothing has been uploaded yet.</p>;
  return (
    <Table
      caption={`${dataset.shortName} uploads, newest first`}
      captionClasses="govuk-table__caption--s"
      head={[
        { text: 'Collection year' },
        { text: 'Status' },
        { text: 'Uploaded' },
        { text: 'Stored' },
        { text: 'Errors and queries' },
      ]}
      rows={history.imports.flatMap((i) => [
        [
          {
            text: (
              <RouterLink href={`/data/imports/${i.id}`} className="govuk-link">
                {yearLabel(i.year)}
                <span className="govuk-visually-hidden">, uploaded {dateTime(i.createdAt)}</span>
              </RouterLink>
            ),
            className: 'app-data-history__main',
          },
          { text: <ImportStatusTag status={i.status} />, className: 'app-data-history__main' },
          { text: `${i.createdBy ?? 'Command line'}, ${dateTime(i.createdAt)}`, className: 'app-data-history__main' },
          {
            text: i.storedAt ? `${i.storedBy ?? 'Command line'}, ${dateTime(i.storedAt)}` : 'Not stored',
            className: 'app-data-history__main',
          },
          {
            text: !i.rulePack ? (
              '–'
            ) : (
              <>
                {countOf(i.errorCount, 'error')}
                <br />
                {countOf(i.queryCount, 'query', 'queries')}
              </>
            ),
            className: 'app-data-history__main',
          },
        ],
        [
          {
            text: (
              <Details
                summary={
                  <>
                    {countOf(i.files.length, 'file')} with their SHA-256 digests
                    <span className="govuk-visually-hidden">
                      , {yearLabel(i.year)} uploaded {dateTime(i.createdAt)}
                    </span>
                  </>
                }
                className="govuk-!-margin-bottom-0"
              >
                <FileList files={i.files} />
              </Details>
            ),
            colspan: 5,
          },
        ],
      ])}
    />
  );
}

function DatasetSection({ dataset, canImport }: { dataset: DatasetInfo; canImport: boolean }) {
  const query = useQuery(historyQuery(dataset.id));
  return (
    <section className="govuk-!-margin-bottom-9" aria-labelledby={`dataset-${dataset.id}`}>
      <h2 className="govuk-heading-m" id={`dataset-${dataset.id}`}>
        {dataset.name}
      </h2>
      <p className="govuk-body">{dataset.purpose}</p>
      {canImport && <Button href={`/data/${dataset.id}/upload`}>Upload {dataset.aReturn}</Button>}
      {query.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : query.isError ? (
        <p className="govuk-body">
          The {dataset.shortName} history could not be loaded: {query.error.message}
        </p>
      ) : (
        <>
          <StoredYears dataset={dataset} history={query.data} />
          <History dataset={dataset} history={query.data} />
        </>
      )}
    </section>
  );
}

/** Statutory data: per dataset, the years stored, an upload button and the history of imports. */
export function DataPage() {
  const { data: me } = useMe();
  return (
    <DataAccess>
      <AppPage title="Statutory data">
        <p className="govuk-body">
          Upload the statutory returns you send to the Department for Education. Waypoint checks them with the
          department’s validation rules, shows the errors so you can fix them in your case management system, and stores
          the data for measures.
        </p>
        {DATASETS.map((d) => (
          <DatasetSection key={d.id} dataset={d} canImport={canImportData(me?.role)} />
        ))}
        <section className="govuk-!-margin-bottom-9" aria-labelledby="local-records">
          <h2 className="govuk-heading-m" id="local-records">
            Local records
          </h2>
          <p className="govuk-body">
            Supervision, case audits, workforce, missing episodes, homelessness, fostering, court and care leaver
            records you keep yourselves, uploaded as CSV files.
          </p>
          <p className="govuk-body">
            <RouterLink href="/data/local-records" className="govuk-link">
              See and upload local records
            </RouterLink>
          </p>
        </section>
      </AppPage>
    </DataAccess>
  );
}
