import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { FileUpload } from '../../components/govuk/FileUpload.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { dateTime } from '../../lib/format.ts';
import { useFormSubmit } from '../../lib/forms.ts';
import { refreshMeasures } from '../measures/queries.ts';
import { DataAccess } from './DataAccess.tsx';
import { canImportData, countOf } from './datasets.ts';
import type { LocalRecordSets, LocalRecordType } from './types.ts';

/** The query of every local record type with its layout and the records held. */
export const localRecordsQuery = {
  queryKey: ['local-records'],
  queryFn: () => api<LocalRecordSets>('/local-records'),
};

function Layout({ type }: { type: LocalRecordType }) {
  return (
    <Table
      caption={`Columns of the ${type.title.toLowerCase()} file`}
      captionClasses="govuk-table__caption--s"
      head={[{ text: 'Column' }, { text: 'Needed' }, { text: 'What to write' }]}
      firstCellIsHeader
      rows={type.columns.map((c) => [
        { text: <code>{c.column}</code> },
        { text: c.required ? 'Yes' : 'No' },
        { text: `${c.description} (${c.format})` },
      ])}
    />
  );
}

function UploadForm({ type, maxBytes, canUpload }: { type: LocalRecordType; maxBytes: number; canUpload: boolean }) {
  const queryClient = useQueryClient();
  const form = useFormSubmit<{ count: number; file: string; title: string }>({ file: 'file' });
  const [saved, setSaved] = useState<{ message: string; at: number } | null>(null);
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    const result = await form.submit(() =>
      api<{ count: number; file: string; title: string }>(`/local-records/${type.type}`, { body }),
    );
    if (result) {
      setSaved({
        message: `${result.title} replaced: ${countOf(result.count, 'record')} from ${result.file}`,
        at: Date.now(),
      });
      void queryClient.invalidateQueries({ queryKey: ['local-records'] });
      refreshMeasures(queryClient);
    }
  };
  return (
    <AppPage
      title={type.title}
      caption="Local records"
      hasErrors={form.hasErrors}
      wide={false}
      before={
        <>
          <BackLink href="/data/local-records">Back to local records</BackLink>
          {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
          {saved && !form.hasErrors && (
            <NotificationBanner type="success" key={saved.at}>
              <p className="govuk-notification-banner__heading">{saved.message}</p>
            </NotificationBanner>
          )}
        </>
      }
    >
      <p className="govuk-body">{type.description}</p>
      <p className="govuk-body">
        Held now: {countOf(type.count, 'record')}
        {type.replacedAt ? `, last replaced ${dateTime(type.replacedAt)}` : ''}.
      </p>
      {canUpload && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/api/local-records/${type.type}/download`} download>
            Download the {type.title.toLowerCase()} held (CSV)
          </a>
        </p>
      )}
      {canUpload ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate encType="multipart/form-data">
          <FileUpload
            name="file"
            id="file"
            accept=".csv,text/csv"
            label={{ text: 'Upload a CSV file', className: 'govuk-label--m' }}
            hint={{
              text: `One row per record, with the columns below (a header row first). The file replaces every ${type.title.toLowerCase()} held; if any row has a problem nothing is changed. Up to ${maxBytes / 1_048_576} MB.`,
            }}
            errorMessage={form.message('file')}
          />
          <Button disabled={form.pending}>{form.pending ? 'Uploading…' : 'Upload and replace'}</Button>
        </form>
      ) : (
        <p className="govuk-body">Analysts and administrators upload local records.</p>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={`/api/local-records/${type.type}/template`} download>
          Download an empty file with the column names
        </a>
      </p>
      <Layout type={type} />
    </AppPage>
  );
}

/** One local record type: its layout, what is held and (for analysts and admins) the upload form. */
export function LocalRecordTypePage() {
  const params = useParams({ strict: false }) as { recordType: string };
  const { data: me } = useMe();
  const query = useQuery(localRecordsQuery);
  return (
    <DataAccess>
      <QueryState query={query}>
        {(data) => {
          const type = data.types.find((t) => t.type === params.recordType);
          if (!type)
            return (
              <AppPage title="Page not found">
                <p className="govuk-body">There is no local record type “{params.recordType}”.</p>
              </AppPage>
            );
          return <UploadForm type={type} maxBytes={data.maxBytes} canUpload={canImportData(me?.role)} />;
        }}
      </QueryState>
    </DataAccess>
  );
}

/** Every local record type: records held, last replaced, and where to upload each. */
export function LocalRecordsPage() {
  const { data: me } = useMe();
  const query = useQuery(localRecordsQuery);
  const canUpload = canImportData(me?.role);
  return (
    <DataAccess>
      <AppPage title="Local records" before={<BackLink href="/data">Back to statutory data</BackLink>}>
        <p className="govuk-body">
          The records you keep outside the statutory returns — supervision, case audits, workforce, missing episodes,
          homelessness, fostering, the court tracker, care leavers and feedback. Upload each as a CSV file; each upload
          replaces that type’s records and the measures are worked out again with them.
        </p>
        <QueryState query={query}>
          {(data) => (
            <Table
              caption="Local record types"
              captionClasses="govuk-table__caption--m"
              head={[{ text: 'Records' }, { text: 'Held', format: 'numeric' }, { text: 'Last replaced' }]}
              firstCellIsHeader
              rows={data.types.map((t) => [
                {
                  text: (
                    <RouterLink className="govuk-link" href={`/data/local-records/${t.type}`}>
                      {t.title}
                      {canUpload && <span className="govuk-visually-hidden"> (upload or see the columns)</span>}
                    </RouterLink>
                  ),
                },
                { text: t.count.toLocaleString('en-GB'), format: 'numeric' },
                { text: t.replacedAt ? dateTime(t.replacedAt) : 'Never' },
              ])}
            />
          )}
        </QueryState>
      </AppPage>
    </DataAccess>
  );
}
