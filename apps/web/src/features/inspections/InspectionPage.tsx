import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import {
  GRADE_LABELS,
  INSPECTION_TYPE_LABELS,
  JUDGEMENT_AREA_LABELS,
  JUDGEMENT_AREAS,
  type JudgementArea,
} from '@waypoint/contracts';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Inspection } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { DeadlineList } from '../../app/DeadlineList.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { canEditPlan, useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Checkboxes } from '../../components/govuk/Checkboxes.tsx';
import { Details } from '../../components/govuk/Details.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { SummaryList } from '../../components/govuk/SummaryList.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { date } from '../../lib/format.ts';
import { text, useFormSubmit } from '../../lib/forms.ts';

function FindingForm({ inspection, onSaved }: { inspection: Inspection; onSaved: (i: Inspection) => void }) {
  const form = useFormSubmit<Inspection>();
  const next = Math.max(0, ...inspection.findings.map((f) => f.number)) + 1;
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const el = event.currentTarget;
    const data = new FormData(el);
    const saved = await form.submit(() =>
      api<Inspection>(`/inspections/${inspection.id}/findings`, {
        body: {
          number: Number(text(data, 'number')),
          text: text(data, 'text'),
          judgementArea: (text(data, 'judgementArea') || null) as JudgementArea | null,
          isPriorityAction: data.getAll('isPriorityAction').length > 0,
        },
      }),
    );
    if (saved) {
      el.reset();
      onSaved(saved);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      <Input
        name="number"
        inputmode="numeric"
        className="govuk-input--width-3"
        label={{ text: 'Number' }}
        defaultValue={String(next)}
        key={next}
        errorMessage={form.message('number')}
      />
      <Textarea
        name="text"
        label={{ text: 'What needs to improve' }}
        hint={{ text: 'Copy the wording from the report' }}
        errorMessage={form.message('text')}
      />
      <Select
        name="judgementArea"
        label={{ text: 'Judgement it relates to (optional)' }}
        items={[
          { value: '', text: 'None' },
          ...JUDGEMENT_AREAS.filter((a) => inspection.judgementAreas.includes(a)).map((a) => ({
            value: a,
            text: JUDGEMENT_AREA_LABELS[a],
          })),
        ]}
      />
      <Checkboxes name="isPriorityAction" items={[{ value: 'yes', text: 'This is an area for priority action' }]} />
      <Button variant="secondary" preventDoubleClick disabled={form.pending}>
        Add finding
      </Button>
    </form>
  );
}

/** An inspection: dates, judgements, findings ("What needs to improve?") and the deadlines that follow. */
export function InspectionPage() {
  const { inspectionId } = useParams({ strict: false }) as { inspectionId: string };
  const query = useQuery({
    queryKey: ['inspection', inspectionId],
    queryFn: () => api<Inspection>(`/inspections/${inspectionId}`),
  });
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState(0);
  return (
    <QueryState query={query}>
      {(i) => {
        const editor = canEditPlan(me?.role);
        const onSaved = (updated: Inspection) => {
          queryClient.setQueryData(['inspection', inspectionId], updated);
          void queryClient.invalidateQueries({ queryKey: ['inspections'] });
          setAdded((n) => n + 1);
        };
        return (
          <AppPage
            title={i.title || INSPECTION_TYPE_LABELS[i.type]}
            caption={INSPECTION_TYPE_LABELS[i.type]}
            before={
              <>
                <BackLink href="/inspections">Back to inspections</BackLink>
                {added > 0 && (
                  <NotificationBanner type="success" key={added}>
                    <p className="govuk-notification-banner__heading">Finding added</p>
                  </NotificationBanner>
                )}
              </>
            }
          >
            <SummaryList
              rows={[
                { key: { text: 'On site' }, value: { text: `${date(i.onSiteStart)} to ${date(i.onSiteEnd)}` } },
                { key: { text: 'Report received' }, value: { text: date(i.reportReceived) } },
                { key: { text: 'Published' }, value: { text: date(i.published) } },
                { key: { text: 'Lead inspector' }, value: { text: i.leadInspector || '–' } },
                { key: { text: 'Areas for priority action' }, value: { text: i.hasPriorityActions ? 'Yes' : 'No' } },
                i.summary ? { key: { text: 'Summary' }, value: { text: i.summary } } : null,
              ]}
            />
            {editor && (
              <div className="govuk-button-group">
                <Button href={`/inspections/${i.id}/edit`} variant="secondary">
                  Change inspection details
                </Button>
                <Button href={`/plans/new?inspectionId=${i.id}`} variant="secondary">
                  Start a plan for this inspection
                </Button>
              </div>
            )}
            {i.judgements.length > 0 && (
              <Table
                caption="Judgements"
                captionClasses="govuk-table__caption--m"
                head={[{ text: 'Judgement' }, { text: 'Grade' }]}
                firstCellIsHeader
                rows={i.judgements.map((j) => [
                  { text: JUDGEMENT_AREA_LABELS[j.area] },
                  { text: GRADE_LABELS[j.grade] },
                ])}
              />
            )}
            <h2 className="govuk-heading-m">What needs to improve</h2>
            {i.findings.length === 0 ? (
              <p className="govuk-body">No findings recorded.</p>
            ) : (
              <ol className="govuk-list govuk-list--number">
                {i.findings.map((f) => (
                  <li key={f.id} value={f.number}>
                    {f.text}
                    {f.isPriorityAction && <strong> (area for priority action)</strong>}
                  </li>
                ))}
              </ol>
            )}
            {editor && (
              <Details summary="Add a finding">
                <FindingForm inspection={i} onSaved={onSaved} />
              </Details>
            )}
            <h2 className="govuk-heading-m">Deadlines</h2>
            <DeadlineList deadlines={i.deadlines} />
            {i.deadlineAnchorOverride && (
              <p className="govuk-body-s">
                Counted from {date(i.deadlineAnchorOverride)} instead of the date the report was received:{' '}
                {i.deadlineAnchorReason}
              </p>
            )}
            <p className="govuk-body">
              <RouterLink href="/plans" className="govuk-link">
                Go to improvement plans
              </RouterLink>
            </p>
          </AppPage>
        );
      }}
    </QueryState>
  );
}
