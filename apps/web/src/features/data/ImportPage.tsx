import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { InsetText } from '../../components/govuk/InsetText.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { useFormSubmit } from '../../lib/forms.ts';
import { DataAccess, DataNotFound } from './DataAccess.tsx';
import { historyQuery } from './DataPage.tsx';
import {
  canImportData,
  count,
  countOf,
  datasetInfo,
  isImportId,
  isRunning,
  stageLabel,
  yearLabel,
} from './datasets.ts';
import { ImportReport } from './ImportReport.tsx';
import { problemText } from './issue-format.ts';
import type { BlockingProblem, ImportDetail } from './types.ts';

/** Blocking problems listed on the page; the rest are counted (the downloads are for rule failures, not these). */
const MAX_PROBLEMS_SHOWN = 50;

function datasetName(detail: ImportDetail): string {
  return datasetInfo(detail.dataset)?.shortName ?? detail.dataset;
}

/** The running view: the progress bar (stage in words, "120 of 311 rules") and, for importers, Cancel. */
function Running({
  detail,
  canCancel,
  onCancel,
  cancelling,
}: {
  detail: ImportDetail;
  canCancel: boolean;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const progress = detail.progress ?? {
    stage: detail.status === 'storing' ? 'Storing' : 'Starting',
    done: 0,
    total: 0,
  };
  const counted = progress.stage === 'Validating' && progress.total > 0;
  return (
    <>
      <ProgressBar
        label={
          detail.status === 'storing'
            ? `Storing the ${yearLabel(detail.year)} ${datasetName(detail)} return`
            : `Checking the ${yearLabel(detail.year)} ${datasetName(detail)} return`
        }
        value={counted ? progress.done : 0}
        max={counted ? progress.total : undefined}
        status={stageLabel(progress.stage)}
      />
      {counted && (
        <p className="govuk-body">
          {count(progress.done)} of {count(progress.total)} rules
        </p>
      )}
      <p className="govuk-body">
        {detail.status === 'storing'
          ? 'The data held for this year stays as it is until storing has finished.'
          : 'You can leave this page and come back: the checks carry on. Nothing is stored until you choose to store the return.'}
      </p>
      {canCancel && detail.status === 'validating' && (
        <Button variant="secondary" type="button" onClick={onCancel} disabled={cancelling}>
          Cancel<span className="govuk-visually-hidden"> the checks</span>
        </Button>
      )}
    </>
  );
}

function Blocking({ problems, focus }: { problems: readonly BlockingProblem[]; focus: boolean }) {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  return (
    <ErrorSummary
      title="The return cannot be stored"
      description="Correct these problems in your case management system, then upload the return again."
      disableAutoFocus={!focus}
      errorList={[
        ...shown.map((p) => ({ text: problemText(p) })),
        ...(more > 0 ? [{ text: `and ${countOf(more, 'more problem')} of the same kind` }] : []),
      ]}
    />
  );
}

/** What storing will do, said before the warning button: it replaces the year, and errors are stored as they are. */
function StoreSection({
  detail,
  storedAt,
  onStore,
  pending,
}: {
  detail: ImportDetail;
  storedAt: string | null | undefined;
  onStore: () => void;
  pending: boolean;
}) {
  const year = yearLabel(detail.year);
  const errors = detail.errorCount ?? 0;
  return (
    <section aria-labelledby="store-heading">
      <h2 className="govuk-heading-m" id="store-heading">
        Store this return
      </h2>
      <p className="govuk-body">
        {storedAt === undefined
          ? `This replaces any ${year} data held now.`
          : storedAt
            ? `This replaces the ${year} data held now.`
            : `No ${year} data is held yet: this return becomes the data for that year.`}{' '}
        {errors === 0
          ? 'No errors were found.'
          : `The ${countOf(errors, 'error')} will be stored as ${errors === 1 ? 'it is' : 'they are'}; fix ${errors === 1 ? 'it' : 'them'} in your case management system and upload again.`}
      </p>
      <Button variant="warning" type="button" onClick={onStore} disabled={pending}>
        Store this return
      </Button>
    </section>
  );
}

function ImportView({ detail }: { detail: ImportDetail }) {
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const canImport = canImportData(me?.role);
  const store = useFormSubmit<ImportDetail>();
  const cancel = useFormSubmit<ImportDetail>();
  const [storedNow, setStoredNow] = useState(false);
  const sawRunning = useRef(false);
  if (isRunning(detail.status)) sawRunning.current = true;
  const history = useQuery({ ...historyQuery(detail.dataset), enabled: detail.status === 'validated' });
  const heldYear = history.data
    ? (history.data.storedYears.find((y) => y.year === detail.year)?.storedAt ?? null)
    : undefined;
  const name = datasetName(detail);
  const year = yearLabel(detail.year);

  const saved = (d: ImportDetail) => {
    queryClient.setQueryData(['import', detail.id], d);
    void queryClient.invalidateQueries({ queryKey: ['imports', detail.dataset] });
  };
  const onStore = async () => {
    const d = await store.submit(() => api<ImportDetail>(`/imports/${detail.id}/store`, { body: {} }));
    if (d) {
      setStoredNow(true);
      saved(d);
    } else void queryClient.invalidateQueries({ queryKey: ['import', detail.id] });
  };
  const onCancel = async () => {
    const d = await cancel.submit(() => api<ImportDetail>(`/imports/${detail.id}/cancel`, { body: {} }));
    if (d) saved(d);
    else void queryClient.invalidateQueries({ queryKey: ['import', detail.id] });
  };

  const running = isRunning(detail.status) || store.pending;
  const problems = detail.blockingProblems ?? [];
  const hasReport =
    Boolean(detail.rulePack) && ['validated', 'rejected', 'stored', 'superseded'].includes(detail.status);
  const errors = [...store.errors.summary, ...cancel.errors.summary];

  return (
    <AppPage
      title={`${name} return ${year}`}
      caption={datasetInfo(detail.dataset)?.name ?? 'Statutory data'}
      hasErrors={errors.length > 0}
      before={
        <>
          <BackLink href="/data">Back to statutory data</BackLink>
          {errors.length > 0 && <ErrorSummary key={store.errors.attempt + cancel.errors.attempt} errorList={errors} />}
          {storedNow && detail.status === 'stored' && (
            <NotificationBanner type="success">
              <h3 className="govuk-notification-banner__heading">Return stored</h3>
              <p className="govuk-body">
                The {year} {name} data now comes from this return.{' '}
                <RouterLink href="/data" className="govuk-notification-banner__link">
                  Go to statutory data
                </RouterLink>
              </p>
            </NotificationBanner>
          )}
        </>
      }
    >
      {/* Announces the outcome when the checks finish while the page is open. */}
      <p className="govuk-visually-hidden" role="status">
        {sawRunning.current && !running ? (detail.message ?? '') : ''}
      </p>
      {running ? (
        <Running
          detail={store.pending ? { ...detail, status: 'storing', progress: detail.progress } : detail}
          canCancel={canImport}
          onCancel={() => void onCancel()}
          cancelling={cancel.pending}
        />
      ) : (
        <>
          {detail.status === 'rejected' && (
            <>
              {problems.length > 0 ? (
                <Blocking problems={problems} focus={sawRunning.current} />
              ) : (
                <p className="govuk-body">{detail.message}</p>
              )}
              <p className="govuk-body govuk-!-font-weight-bold">Nothing was stored.</p>
            </>
          )}
          {detail.status === 'failed' && (
            <p className="govuk-body govuk-!-font-weight-bold">
              Waypoint could not check the files. Nothing was stored. Try uploading them again; if it fails again, tell
              your Waypoint administrator.
            </p>
          )}
          {detail.status === 'superseded' && (
            <InsetText>
              A later upload of {year} was stored and replaced this one. This is the report of the data as it was
              uploaded.
            </InsetText>
          )}
          {hasReport && <ImportReport detail={detail} />}
          {!hasReport && <ImportReport detail={detail} filesOnly />}
          {detail.status === 'validated' && canImport && (
            <StoreSection detail={detail} storedAt={heldYear} onStore={() => void onStore()} pending={store.pending} />
          )}
          {detail.status === 'validated' && !canImport && (
            <p className="govuk-body">An analyst or administrator can store this return.</p>
          )}
          {canImport && ['rejected', 'cancelled', 'failed'].includes(detail.status) && (
            <Button href={`/data/${detail.dataset}/upload`} variant="secondary">
              Upload the return again
            </Button>
          )}
        </>
      )}
    </AppPage>
  );
}

/**
 * One import: progress while it is checked or stored (polled every second), then the blocking problems, or the
 * report by rule with downloads and, once validated, the choice to store it.
 */
export function ImportPage() {
  const { importId } = useParams({ strict: false }) as { importId: string };
  const query = useQuery({
    queryKey: ['import', importId],
    queryFn: () => api<ImportDetail>(`/imports/${importId}`),
    enabled: isImportId(importId),
    refetchInterval: (q) => (q.state.data && isRunning(q.state.data.status) ? 1000 : false),
  });
  return (
    <DataAccess>
      {!isImportId(importId) ? (
        <DataNotFound />
      ) : (
        <QueryState query={query}>{(detail) => <ImportView detail={detail} />}</QueryState>
      )}
    </DataAccess>
  );
}
