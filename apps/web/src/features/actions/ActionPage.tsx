import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, DELIVERY_RAG_LABELS, OVERRIDE_RAGS } from '@waypoint/contracts';
import { useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { ActionDetail } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { DeliveryRagTag } from '../../app/DeliveryRagTag.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { canEditPlan, useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { DateInput } from '../../components/govuk/DateInput.tsx';
import { Details } from '../../components/govuk/Details.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { FileUpload } from '../../components/govuk/FileUpload.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { SummaryList } from '../../components/govuk/SummaryList.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { date, dateTime, fileSize } from '../../lib/format.ts';
import { dateParts, readDate, text, useFormSubmit } from '../../lib/forms.ts';
import { ActionSuccessMeasures } from '../measures/ActionSuccessMeasures.tsx';

/** Post a progress update with optional evidence files. */
function UpdateForm({
  action,
  today,
  onSaved,
}: {
  action: ActionDetail;
  today: string;
  onSaved: (a: ActionDetail) => void;
}) {
  const form = useFormSubmit<ActionDetail>({ updateDate: 'updateDate-day', evidence: 'evidence' });
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const raw = new FormData(event.currentTarget);
    const body = new FormData();
    body.set('updateDate', readDate(raw, 'updateDate'));
    body.set('narrative', text(raw, 'narrative'));
    if (text(raw, 'percentComplete')) body.set('percentComplete', text(raw, 'percentComplete'));
    if (text(raw, 'status')) body.set('status', text(raw, 'status'));
    for (const file of raw.getAll('evidence'))
      if (file instanceof File && file.size > 0) body.append('evidence', file, file.name);
    const saved = await form.submit(() => api<ActionDetail>(`/actions/${action.id}/updates`, { body }));
    if (saved) {
      formRef.current?.reset();
      onSaved(saved);
    }
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate encType="multipart/form-data">
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      <DateInput
        id="updateDate"
        namePrefix="updateDate"
        fieldset={{ legend: { text: 'Date of the update', className: 'govuk-fieldset__legend--s' } }}
        defaultValues={dateParts(today, 'updateDate')}
        errorMessage={form.message('updateDate')}
      />
      <Textarea
        name="narrative"
        label={{ text: 'What has happened since the last update?', className: 'govuk-label--s' }}
        errorMessage={form.message('narrative')}
      />
      <Input
        name="percentComplete"
        inputmode="numeric"
        className="govuk-input--width-3"
        label={{ text: 'How complete is the action? (optional)' }}
        suffix={{ text: '%' }}
        defaultValue={String(action.percentComplete)}
        errorMessage={form.message('percentComplete')}
      />
      <Select
        name="status"
        label={{ text: 'Status' }}
        items={ACTION_STATUSES.map((s) => ({ value: s, text: ACTION_STATUS_LABELS[s] }))}
        defaultValue={action.status === 'not-started' ? 'in-progress' : action.status}
        errorMessage={form.message('status')}
      />
      <FileUpload
        name="evidence"
        multiple
        label={{ text: 'Evidence (optional)', className: 'govuk-label--s' }}
        hint={{
          text: 'Up to 5 files, each smaller than 10 MB: PDF, Word, Excel, PowerPoint, PNG, JPG, CSV or TXT. Do not upload children’s case records.',
        }}
        accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.csv,.txt"
        errorMessage={form.message('evidence')}
      />
      <Button preventDoubleClick disabled={form.pending}>
        Post update
      </Button>
    </form>
  );
}

/** Set the delivery RAG by hand (always with a reason), or go back to the computed rating. */
function RagOverrideForm({ action, onSaved }: { action: ActionDetail; onSaved: (a: ActionDetail) => void }) {
  const form = useFormSubmit<ActionDetail>({ rag: 'rag', reason: 'reason' });
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const saved = await form.submit(() =>
      api<ActionDetail>(`/actions/${action.id}/rag-override`, {
        method: 'PUT',
        body: { rag: text(data, 'rag'), reason: text(data, 'reason') },
      }),
    );
    if (saved) onSaved(saved);
  };
  const clear = async () => {
    const saved = await form.submit(() =>
      api<ActionDetail>(`/actions/${action.id}/rag-override`, { method: 'DELETE' }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      <Radios
        name="rag"
        fieldset={{ legend: { text: 'Delivery rating', className: 'govuk-fieldset__legend--s' } }}
        items={OVERRIDE_RAGS.map((r) => ({ value: r, text: DELIVERY_RAG_LABELS[r] }))}
        defaultValue={action.rag.override?.rag}
        errorMessage={form.message('rag')}
      />
      <Textarea
        name="reason"
        rows={3}
        label={{ text: 'Why is this the right rating?' }}
        hint={{ text: 'Councillors will see this reason beside the rating.' }}
        defaultValue={action.rag.override?.reason ?? ''}
        errorMessage={form.message('reason')}
      />
      <div className="govuk-button-group">
        <Button variant="secondary" preventDoubleClick disabled={form.pending}>
          Set rating
        </Button>
        {action.rag.overridden && (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void clear()}>
            Use the computed rating
          </button>
        )}
      </div>
    </form>
  );
}

/** Add a milestone (plan editors). */
function MilestoneForm({ action, onSaved }: { action: ActionDetail; onSaved: (a: ActionDetail) => void }) {
  const form = useFormSubmit<ActionDetail>({ dueDate: 'milestoneDue-day', title: 'milestoneTitle' });
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const saved = await form.submit(() =>
      api<ActionDetail>(`/actions/${action.id}/milestones`, {
        body: { title: text(data, 'milestoneTitle'), dueDate: readDate(data, 'milestoneDue') },
      }),
    );
    if (saved) {
      event.currentTarget?.reset?.();
      onSaved(saved);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      <Input name="milestoneTitle" label={{ text: 'Milestone' }} errorMessage={form.message('title')} />
      <DateInput
        id="milestoneDue"
        namePrefix="milestoneDue"
        fieldset={{ legend: { text: 'Due date' } }}
        errorMessage={form.message('dueDate')}
      />
      <Button variant="secondary" preventDoubleClick disabled={form.pending}>
        Add milestone
      </Button>
    </form>
  );
}

/** One action: what, who, when, delivery RAG with its reasons, milestones, updates with evidence, and history. */
export function ActionPage() {
  const { actionId } = useParams({ strict: false }) as { actionId: string };
  const query = useQuery({ queryKey: ['action', actionId], queryFn: () => api<ActionDetail>(`/actions/${actionId}`) });
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const onSaved = (message: string) => (a: ActionDetail) => {
    queryClient.setQueryData(['action', actionId], a);
    void queryClient.invalidateQueries({ queryKey: ['plan', a.planId] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    void queryClient.invalidateQueries({ queryKey: ['my-actions'] });
    setSaved(message);
  };
  return (
    <QueryState query={query}>
      {(a) => {
        const editor = canEditPlan(me?.role);
        return (
          <AppPage
            title={`${a.reference} ${a.title}`}
            caption={a.areaReference ? `Priority area ${a.areaReference}: ${a.areaTitle}` : a.plan?.title}
            before={
              <>
                <BackLink href={`/plans/${a.planId}`}>Back to the plan</BackLink>
                {saved && (
                  <NotificationBanner type="success" key={`${saved}-${a.updates.length}-${a.rag.rag}`}>
                    <p className="govuk-notification-banner__heading">{saved}</p>
                  </NotificationBanner>
                )}
              </>
            }
          >
            <p className="govuk-body">
              <DeliveryRagTag rag={a.rag.rag} overridden={a.rag.overridden} />
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {a.rag.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {a.rag.overridden && (
              <p className="govuk-body-s">
                Rating set by {a.rag.override?.by} on {dateTime(a.rag.override?.at)}. The dates and progress alone would
                give “{DELIVERY_RAG_LABELS[a.rag.computed]}”.
              </p>
            )}
            <SummaryList
              rows={[
                {
                  key: { text: 'Status' },
                  value: { text: `${ACTION_STATUS_LABELS[a.status]}, ${a.percentComplete}% complete` },
                },
                { key: { text: 'Lead officer' }, value: { text: a.leadOfficer || '–' } },
                { key: { text: 'Owner' }, value: { text: a.owner?.name ?? 'No owner yet' } },
                { key: { text: 'Partners' }, value: { text: a.partners || '–' } },
                { key: { text: 'Start date' }, value: { text: date(a.startDate) } },
                { key: { text: 'Due date' }, value: { text: date(a.dueDate) } },
                a.completedOn ? { key: { text: 'Completed' }, value: { text: date(a.completedOn) } } : null,
                { key: { text: 'How' }, value: { text: a.how || '–' } },
                { key: { text: 'Success measures' }, value: { text: a.successMeasures || '–' } },
                { key: { text: 'Risks' }, value: { text: a.risks || '–' } },
              ]}
            />
            {editor && (
              <p className="govuk-body">
                <RouterLink href={`/actions/${a.id}/edit`} className="govuk-link">
                  Change this action
                </RouterLink>
              </p>
            )}

            <ActionSuccessMeasures actionId={a.id} editable={editor} />

            <h2 className="govuk-heading-m">Milestones</h2>
            {a.milestones.length === 0 ? (
              <p className="govuk-body">No milestones.</p>
            ) : (
              <Table
                caption="Milestones"
                captionClasses="govuk-visually-hidden"
                head={[{ text: 'Milestone' }, { text: 'Due' }, { text: 'Done' }]}
                rows={a.milestones.map((m) => [
                  { text: m.title },
                  { text: date(m.dueDate) },
                  { text: m.completedOn ? date(m.completedOn) : 'Not yet' },
                ])}
              />
            )}
            {editor && (
              <Details summary="Add a milestone">
                <MilestoneForm action={a} onSaved={onSaved('Milestone added')} />
              </Details>
            )}

            <h2 className="govuk-heading-m">Progress updates</h2>
            {a.canUpdate && a.plan?.status !== 'closed' && (
              <Details summary="Post a progress update" open={a.updates.length === 0}>
                <UpdateForm action={a} today={me?.today ?? ''} onSaved={onSaved('Update posted')} />
              </Details>
            )}
            {a.updates.length === 0 ? (
              <p className="govuk-body">No updates yet.</p>
            ) : (
              <ol className="app-timeline">
                {a.updates.map((u) => (
                  <li key={u.id} className="app-timeline__item">
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                      {date(u.date)}, {u.author}
                      {u.percentComplete !== null && ` (${u.percentComplete}% complete)`}
                    </h3>
                    <p className="govuk-body app-pre-line">{u.narrative}</p>
                    {u.evidence.length > 0 && (
                      <ul className="govuk-list">
                        {u.evidence.map((e) => (
                          <li key={e.id}>
                            <a className="govuk-link" href={`/api/evidence/${e.id}`} download>
                              {e.fileName} ({fileSize(e.sizeBytes)})
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}

            {a.canUpdate && a.plan?.status !== 'closed' && (
              <>
                <h2 className="govuk-heading-m">Delivery rating</h2>
                <Details summary="Set the rating by hand">
                  <RagOverrideForm action={a} onSaved={onSaved('Rating saved')} />
                </Details>
              </>
            )}

            <h2 className="govuk-heading-m">History</h2>
            <Table
              caption="Every change to this action"
              captionClasses="govuk-visually-hidden"
              head={[{ text: 'When' }, { text: 'Who' }, { text: 'What' }]}
              rows={[...a.history]
                .reverse()
                .map((h) => [{ text: dateTime(h.at) }, { text: h.by ?? '–' }, { text: h.summary }])}
            />
          </AppPage>
        );
      }}
    </QueryState>
  );
}
