import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '@waypoint/contracts';
import { api } from '../../api/client.ts';
import type { ActionDetail, UserSummary } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Checkboxes } from '../../components/govuk/Checkboxes.tsx';
import { DateInput } from '../../components/govuk/DateInput.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { dateParts, readDate, text, useFormSubmit } from '../../lib/forms.ts';
import { usePlan } from './PlanPage.tsx';

/** The authority's users, for choosing an owner. */
export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => api<UserSummary[]>('/users'), staleTime: 300_000 });
}

/** Add an action to a priority area, or change an action (route `/actions/$actionId/edit`). */
export function ActionFormPage() {
  const params = useParams({ strict: false }) as { planId?: string; areaId?: string; actionId?: string };
  const existing = useQuery({
    queryKey: ['action', params.actionId],
    queryFn: () => api<ActionDetail>(`/actions/${params.actionId}`),
    enabled: !!params.actionId,
  });
  const planId = params.planId ?? existing.data?.planId ?? '';
  const plan = usePlan(planId);
  const users = useUsers();
  const form = useFormSubmit<ActionDetail>({ startDate: 'startDate-day', dueDate: 'dueDate-day' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  if (params.actionId && existing.isPending) return <p className="govuk-body">Loading…</p>;
  return (
    <QueryState query={plan}>
      {(p) => {
        const action = existing.data;
        const areaId = params.areaId ?? action?.priorityAreaId;
        const area = p.areas.find((a) => a.id === areaId);
        const otherActions = p.areas.flatMap((a) => a.actions).filter((a) => a.id !== action?.id);
        const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const body: Record<string, unknown> = {
            reference: text(data, 'reference'),
            title: text(data, 'title'),
            how: text(data, 'how'),
            leadOfficer: text(data, 'leadOfficer'),
            ownerUserId: text(data, 'ownerUserId') || null,
            partners: text(data, 'partners'),
            startDate: readDate(data, 'startDate'),
            dueDate: readDate(data, 'dueDate'),
            successMeasures: text(data, 'successMeasures'),
            risks: text(data, 'risks'),
            findingIds: data.getAll('findingIds').map(String),
            dependsOn: data.getAll('dependsOn').map(String),
          };
          if (action) body.status = text(data, 'status');
          // A new action with no findings ticked addresses its priority area's findings.
          if (!action && (body.findingIds as string[]).length === 0) delete body.findingIds;
          const saved = await form.submit(() =>
            action
              ? api<ActionDetail>(`/actions/${action.id}`, { method: 'PATCH', body })
              : api<ActionDetail>(`/areas/${areaId}/actions`, { body }),
          );
          if (saved) {
            queryClient.setQueryData(['action', saved.id], saved);
            await queryClient.invalidateQueries({ queryKey: ['plan', planId] });
            await queryClient.invalidateQueries({ queryKey: ['dashboard'] });
            await navigate({ href: `/actions/${saved.id}` });
          }
        };
        return (
          <AppPage
            title={action ? `Change action ${action.reference}` : 'Add an action'}
            caption={area ? `${area.reference}. ${area.title}` : p.title}
            wide={false}
            hasErrors={form.hasErrors}
            before={
              <>
                <BackLink href={action ? `/actions/${action.id}` : `/plans/${p.id}`}>Back</BackLink>
                {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
              </>
            }
          >
            <form onSubmit={onSubmit} noValidate>
              <Input
                name="reference"
                label={{ text: 'Reference' }}
                hint={{ text: 'For example 3.2' }}
                className="govuk-input--width-5"
                defaultValue={action?.reference}
                errorMessage={form.message('reference')}
              />
              <Textarea
                name="title"
                rows={2}
                label={{ text: 'Action' }}
                defaultValue={action?.title}
                errorMessage={form.message('title')}
              />
              <Textarea
                name="how"
                label={{ text: 'How it will be done (optional)' }}
                defaultValue={action?.how}
                errorMessage={form.message('how')}
              />
              <Input
                name="leadOfficer"
                label={{ text: 'Lead officer (accountable)' }}
                defaultValue={action?.leadOfficer}
                errorMessage={form.message('leadOfficer')}
              />
              <Select
                name="ownerUserId"
                label={{ text: 'Owner (updates progress)' }}
                items={[
                  { value: '', text: 'No owner yet' },
                  ...(users.data ?? []).map((u) => ({
                    value: u.id,
                    text: `${u.displayName} (${u.jobTitle || u.roleLabel})`,
                  })),
                ]}
                defaultValue={action?.owner?.id ?? ''}
                errorMessage={form.message('ownerUserId')}
              />
              <Input
                name="partners"
                label={{ text: 'Partners (optional)' }}
                hint={{ text: 'For example housing, police, health' }}
                defaultValue={action?.partners}
                errorMessage={form.message('partners')}
              />
              <DateInput
                id="startDate"
                namePrefix="startDate"
                fieldset={{ legend: { text: 'Start date (optional)', className: 'govuk-fieldset__legend--s' } }}
                hint={{ text: 'For example, 1 6 2026' }}
                defaultValues={dateParts(action?.startDate, 'startDate')}
                errorMessage={form.message('startDate')}
              />
              <DateInput
                id="dueDate"
                namePrefix="dueDate"
                fieldset={{ legend: { text: 'Due date', className: 'govuk-fieldset__legend--s' } }}
                hint={{ text: 'For example, 28 7 2026' }}
                defaultValues={dateParts(action?.dueDate, 'dueDate')}
                errorMessage={form.message('dueDate')}
              />
              {action && (
                <Select
                  name="status"
                  label={{ text: 'Status' }}
                  items={ACTION_STATUSES.map((s) => ({ value: s, text: ACTION_STATUS_LABELS[s] }))}
                  defaultValue={action.status}
                  errorMessage={form.message('status')}
                />
              )}
              <Textarea
                name="successMeasures"
                label={{ text: 'Success measures (optional)' }}
                hint={{
                  text: 'Baseline, target and date, for example “Supervision on time: 61% → 90% by December 2026”',
                }}
                defaultValue={action?.successMeasures}
                errorMessage={form.message('successMeasures')}
              />
              <Textarea
                name="risks"
                rows={3}
                label={{ text: 'Risks (optional)' }}
                defaultValue={action?.risks}
                errorMessage={form.message('risks')}
              />
              {p.findings.length > 0 && (
                <Checkboxes
                  name="findingIds"
                  fieldset={{
                    legend: { text: 'Findings this action addresses', className: 'govuk-fieldset__legend--s' },
                  }}
                  hint={
                    action
                      ? undefined
                      : { text: 'If you choose none, the action addresses its priority area’s findings.' }
                  }
                  items={p.findings.map((f) => ({ value: f.id, text: `${f.number}. ${f.text}` }))}
                  defaultValues={action?.findingIds ?? []}
                  errorMessage={form.message('findingIds')}
                />
              )}
              {otherActions.length > 0 && (
                <Checkboxes
                  name="dependsOn"
                  className="govuk-checkboxes--small"
                  fieldset={{ legend: { text: 'Depends on (optional)', className: 'govuk-fieldset__legend--s' } }}
                  items={otherActions.map((a) => ({ value: a.id, text: `${a.reference} ${a.title}` }))}
                  defaultValues={action?.dependsOn ?? []}
                  errorMessage={form.message('dependsOn')}
                />
              )}
              <Button preventDoubleClick disabled={form.pending}>
                Save action
              </Button>
            </form>
          </AppPage>
        );
      }}
    </QueryState>
  );
}
