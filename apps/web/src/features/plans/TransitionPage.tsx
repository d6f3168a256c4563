import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { COMMITTEE_LABELS, COMMITTEES } from '@waypoint/contracts';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { PlanDetail } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { DateInput } from '../../components/govuk/DateInput.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { dateParts, readDate, text, useFormSubmit } from '../../lib/forms.ts';
import { usePlan } from './PlanPage.tsx';

/** Move the plan to its next stage, with the date, meeting, note and any committee recommendations. */
export function TransitionPage() {
  const { planId } = useParams({ strict: false }) as { planId: string };
  const query = usePlan(planId);
  const { data: me } = useMe();
  const [recommendations, setRecommendations] = useState(0);
  const form = useFormSubmit<PlanDetail>({
    to: 'to',
    occurredOn: 'occurredOn-day',
    recommendations: 'recommendation-0-text',
  });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <QueryState query={query}>
      {(plan) => {
        const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const body = {
            to: text(data, 'to'),
            occurredOn: readDate(data, 'occurredOn'),
            meeting: text(data, 'meeting'),
            note: text(data, 'note'),
            recommendations: Array.from({ length: recommendations }, (_, i) => ({
              committee: text(data, `recommendation-${i}-committee`),
              meetingDate: readDate(data, `recommendation-${i}-date`),
              text: text(data, `recommendation-${i}-text`),
              response: text(data, `recommendation-${i}-response`),
              status: 'open',
            })).filter((r) => r.text),
          };
          const updated = await form.submit(() => api<PlanDetail>(`/plans/${planId}/transitions`, { body }));
          if (updated) {
            queryClient.setQueryData(['plan', planId], updated);
            await queryClient.invalidateQueries({ queryKey: ['dashboard'] });
            await navigate({ href: `/plans/${planId}` });
          }
        };
        return (
          <AppPage
            title="Move the plan to its next stage"
            caption={plan.title}
            wide={false}
            hasErrors={form.hasErrors}
            before={
              <>
                <BackLink href={`/plans/${planId}`}>Back to the plan</BackLink>
                {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
              </>
            }
          >
            <p className="govuk-body">
              The plan is now <strong>{plan.statusLabel}</strong>. Moving it on freezes a version that cannot be
              changed, so councillors and Ofsted can always see what was agreed.
            </p>
            <form onSubmit={onSubmit} noValidate>
              <Radios
                name="to"
                fieldset={{ legend: { text: 'Next stage', className: 'govuk-fieldset__legend--m' } }}
                items={plan.nextStatuses.map((s) => ({ value: s.status, text: s.label }))}
                defaultValue={plan.nextStatuses.length === 1 ? plan.nextStatuses[0]!.status : undefined}
                errorMessage={form.message('to')}
              />
              <DateInput
                id="occurredOn"
                namePrefix="occurredOn"
                fieldset={{ legend: { text: 'Date', className: 'govuk-fieldset__legend--s' } }}
                hint={{ text: 'The date of the meeting or decision' }}
                defaultValues={dateParts(me?.today, 'occurredOn')}
                errorMessage={form.message('occurredOn')}
              />
              <Input
                name="meeting"
                label={{ text: 'Meeting (optional)' }}
                hint={{ text: 'For example, Children and Young People’s Scrutiny Committee, 30 June 2026' }}
                errorMessage={form.message('meeting')}
              />
              <Textarea name="note" label={{ text: 'Note (optional)' }} errorMessage={form.message('note')} />
              <h2 className="govuk-heading-m">Committee recommendations</h2>
              {Array.from({ length: recommendations }, (_, i) => `recommendation-${i}`).map((key, i) => (
                <fieldset className="govuk-fieldset app-repeat" key={key}>
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Recommendation {i + 1}</legend>
                  <Select
                    name={`recommendation-${i}-committee`}
                    label={{ text: 'Committee' }}
                    items={COMMITTEES.map((c) => ({ value: c, text: COMMITTEE_LABELS[c] }))}
                  />
                  <DateInput
                    id={`recommendation-${i}-date`}
                    namePrefix={`recommendation-${i}-date`}
                    fieldset={{ legend: { text: 'Meeting date' } }}
                    defaultValues={dateParts(me?.today, `recommendation-${i}-date`)}
                  />
                  <Textarea name={`recommendation-${i}-text`} rows={2} label={{ text: 'Recommendation' }} />
                  <Textarea name={`recommendation-${i}-response`} rows={2} label={{ text: 'Response (optional)' }} />
                </fieldset>
              ))}
              <Button type="button" variant="secondary" onClick={() => setRecommendations((n) => n + 1)}>
                Add a recommendation
              </Button>
              <div className="govuk-button-group">
                <Button preventDoubleClick disabled={form.pending}>
                  Move to next stage and freeze a version
                </Button>
              </div>
            </form>
          </AppPage>
        );
      }}
    </QueryState>
  );
}
