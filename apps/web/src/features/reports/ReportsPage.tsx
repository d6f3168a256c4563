import { useQuery, useQueryClient } from '@tanstack/react-query';
import { COMMITTEE_LABELS, COMMITTEES } from '@waypoint/contracts';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { useMe } from '../../app/session.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { DateInput } from '../../components/govuk/DateInput.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { WarningText } from '../../components/govuk/WarningText.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { dateTime } from '../../lib/format.ts';
import { readDate, text, useFormSubmit } from '../../lib/forms.ts';

interface ReportSummary {
  id: string;
  kind: 'scrutiny' | 'statement' | 'exceptions' | 'public';
  title: string;
  meeting: { committee: string; date: string } | null;
  planVersion: number | null;
  dataAsAt: string;
  generatedAt: string;
  generatedBy: string | null;
}

const KIND_LABELS: Record<ReportSummary['kind'], { title: string; hint: string }> = {
  scrutiny: {
    title: 'Scrutiny progress report',
    hint: 'Per priority area: findings, actions, measures with charts, exceptions; recommendations; measure definitions',
  },
  statement: {
    title: 'Written statement to Ofsted',
    hint: 'The approved plan: findings and the actions addressing them, leads, timescales, success measures',
  },
  exceptions: {
    title: 'Improvement board exception report',
    hint: 'Only what is off track, at risk, overdue or showing a worrying change, with owner commentary',
  },
  public: {
    title: 'Public version',
    hint: 'Plain English, no staff names below head of service, small numbers shown as “fewer than 5”',
  },
};

/** Generate committee papers from live data, preview them, and download PDF, Word or HTML. */
export function ReportsPage() {
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const reports = useQuery({ queryKey: ['reports'], queryFn: () => api<ReportSummary[]>('/reports') });
  const capabilities = useQuery({
    queryKey: ['report-capabilities'],
    queryFn: () => api<{ pdf: boolean; message: string | null }>('/reports/capabilities'),
  });
  const form = useFormSubmit<{ id: string }>({ kind: 'kind', meetingDate: 'meetingDate-day' });
  const [preview, setPreview] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const canGenerate = me && ['admin', 'improvement-lead', 'analyst'].includes(me.role);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const committee = text(data, 'meetingCommittee');
    const result = await form.submit(() =>
      api<{ id: string }>('/reports', {
        body: {
          kind: text(data, 'kind'),
          meetingCommittee: committee || null,
          meetingDate: committee ? readDate(data, 'meetingDate') : null,
        },
      }),
    );
    if (result) {
      setCreated(result.id);
      setPreview(result.id);
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
    }
  };

  return (
    <AppPage
      title="Reports"
      hasErrors={form.hasErrors}
      before={
        <>
          {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
          {created && (
            <NotificationBanner type="success" key={created}>
              <p className="govuk-notification-banner__heading">
                Report generated. Its figures are frozen as they are now, so it will download the same way later.
              </p>
            </NotificationBanner>
          )}
        </>
      }
    >
      {capabilities.data && !capabilities.data.pdf && (
        <WarningText>{capabilities.data.message ?? 'PDF export is not available on this server.'}</WarningText>
      )}
      {canGenerate && (
        <form onSubmit={onSubmit} noValidate className="govuk-!-margin-bottom-8">
          <Radios
            name="kind"
            fieldset={{ legend: { text: 'Which report?', className: 'govuk-fieldset__legend--m' } }}
            items={(Object.keys(KIND_LABELS) as ReportSummary['kind'][]).map((k) => ({
              value: k,
              text: KIND_LABELS[k].title,
              hint: { text: KIND_LABELS[k].hint },
            }))}
            errorMessage={form.message('kind')}
          />
          <Select
            name="meetingCommittee"
            label={{ text: 'Meeting (optional)' }}
            items={[
              { value: '', text: 'No meeting' },
              ...COMMITTEES.map((c) => ({ value: c, text: COMMITTEE_LABELS[c] })),
            ]}
          />
          <DateInput
            id="meetingDate"
            namePrefix="meetingDate"
            fieldset={{ legend: { text: 'Meeting date', className: 'govuk-fieldset__legend--s' } }}
            hint={{ text: 'Needed when you choose a meeting' }}
            errorMessage={form.message('meetingDate')}
          />
          {form.pending && (
            <ProgressBar label="Building the report" value={0} status="Gathering the plan, its measures and updates…" />
          )}
          <Button preventDoubleClick disabled={form.pending}>
            Generate report
          </Button>
        </form>
      )}
      <QueryState query={reports}>
        {(list) =>
          list.length === 0 ? (
            <p className="govuk-body">No reports have been generated yet.</p>
          ) : (
            <Table
              caption="Reports generated"
              captionClasses="govuk-table__caption--m"
              head={[{ text: 'Report' }, { text: 'Meeting' }, { text: 'Generated' }, { text: 'Download' }]}
              rows={list.map((r) => [
                {
                  text: (
                    <>
                      {KIND_LABELS[r.kind].title}
                      {r.planVersion ? (
                        <>
                          <br />
                          <span className="govuk-body-s">Plan version {r.planVersion}</span>
                        </>
                      ) : null}
                    </>
                  ),
                },
                { text: r.meeting ? `${r.meeting.committee}, ${r.meeting.date}` : '–' },
                { text: `${dateTime(r.generatedAt)}${r.generatedBy ? ` by ${r.generatedBy}` : ''}` },
                {
                  text: (
                    <ul className="govuk-list">
                      <li>
                        <button type="button" className="govuk-link app-link-button" onClick={() => setPreview(r.id)}>
                          Preview
                          <span className="govuk-visually-hidden">
                            {' '}
                            {KIND_LABELS[r.kind].title} of {dateTime(r.generatedAt)}
                          </span>
                        </button>
                      </li>
                      {capabilities.data?.pdf !== false && (
                        <li>
                          <a className="govuk-link" href={`/api/reports/${r.id}/download?format=pdf`} download>
                            PDF
                            <span className="govuk-visually-hidden">
                              {' '}
                              of {KIND_LABELS[r.kind].title}, {dateTime(r.generatedAt)}
                            </span>
                          </a>
                        </li>
                      )}
                      <li>
                        <a className="govuk-link" href={`/api/reports/${r.id}/download?format=docx`} download>
                          Word (DOCX)
                          <span className="govuk-visually-hidden">
                            {' '}
                            of {KIND_LABELS[r.kind].title}, {dateTime(r.generatedAt)}
                          </span>
                        </a>
                      </li>
                    </ul>
                  ),
                },
              ])}
            />
          )
        }
      </QueryState>
      {preview && (
        <>
          <h2 className="govuk-heading-m">Preview</h2>
          <iframe
            className="app-report-preview"
            title="Report preview"
            src={`/api/reports/${preview}/download?format=html`}
          />
        </>
      )}
    </AppPage>
  );
}
