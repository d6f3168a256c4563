import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { api } from '../../api/client.ts';
import type { PlanDetail } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Checkboxes } from '../../components/govuk/Checkboxes.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { text, useFormSubmit } from '../../lib/forms.ts';
import { usePlan } from './PlanPage.tsx';

/** Add or change a priority area: reference, title, outcome, lead and the findings it answers. */
export function AreaFormPage() {
  const { planId, areaId } = useParams({ strict: false }) as { planId: string; areaId?: string };
  const query = usePlan(planId);
  const form = useFormSubmit<PlanDetail>({ findingIds: 'findingIds' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <QueryState query={query}>
      {(plan) => {
        const area = plan.areas.find((a) => a.id === areaId);
        const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const body = {
            reference: text(data, 'reference'),
            title: text(data, 'title'),
            outcome: text(data, 'outcome'),
            leadOfficer: text(data, 'leadOfficer'),
            findingIds: data.getAll('findingIds').map(String),
          };
          const updated = await form.submit(() =>
            area
              ? api<PlanDetail>(`/areas/${area.id}`, { method: 'PUT', body })
              : api<PlanDetail>(`/plans/${planId}/areas`, { body }),
          );
          if (updated) {
            queryClient.setQueryData(['plan', planId], updated);
            await navigate({ href: `/plans/${planId}` });
          }
        };
        return (
          <AppPage
            title={area ? `Change priority area ${area.reference}` : 'Add a priority area'}
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
            <form onSubmit={onSubmit} noValidate>
              <Input
                name="reference"
                label={{ text: 'Reference' }}
                hint={{ text: 'For example 3, or W for a cross-cutting area' }}
                className="govuk-input--width-4"
                defaultValue={area?.reference}
                errorMessage={form.message('reference')}
              />
              <Input
                name="title"
                label={{ text: 'Title' }}
                defaultValue={area?.title}
                errorMessage={form.message('title')}
              />
              <Textarea
                name="outcome"
                label={{ text: 'What will be different for children' }}
                defaultValue={area?.outcome}
                errorMessage={form.message('outcome')}
              />
              <Input
                name="leadOfficer"
                label={{ text: 'Lead officer' }}
                defaultValue={area?.leadOfficer}
                errorMessage={form.message('leadOfficer')}
              />
              <Checkboxes
                name="findingIds"
                fieldset={{
                  legend: { text: 'Which findings does this area answer?', className: 'govuk-fieldset__legend--s' },
                }}
                items={plan.findings.map((f) => ({ value: f.id, text: `${f.number}. ${f.text}` }))}
                defaultValues={area?.findingIds ?? []}
                errorMessage={form.message('findingIds')}
              />
              <Button preventDoubleClick disabled={form.pending}>
                Save priority area
              </Button>
            </form>
          </AppPage>
        );
      }}
    </QueryState>
  );
}
