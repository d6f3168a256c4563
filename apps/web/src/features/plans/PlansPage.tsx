import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { INSPECTION_TYPE_LABELS } from '@waypoint/contracts';
import { api } from '../../api/client.ts';
import type { Inspection, PlanDetail, PlanSummary } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { canEditPlan, useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { date } from '../../lib/format.ts';
import { text, useFormSubmit } from '../../lib/forms.ts';
import { usePlan } from './PlanPage.tsx';

/** The authority's plans (the current one first). */
export function PlansPage() {
  const query = useQuery({ queryKey: ['plans'], queryFn: () => api<PlanSummary[]>('/plans') });
  const { data: me } = useMe();
  return (
    <QueryState query={query}>
      {(plans) => (
        <AppPage title="Improvement plans">
          {plans.length === 0 ? (
            <p className="govuk-body">There are no plans yet.</p>
          ) : (
            <Table
              caption="Plans, newest first"
              captionClasses="govuk-visually-hidden"
              head={[{ text: 'Plan' }, { text: 'Inspection' }, { text: 'Status' }]}
              rows={plans.map((p) => [
                {
                  text: (
                    <RouterLink href={`/plans/${p.id}`} className="govuk-link">
                      {p.title}
                    </RouterLink>
                  ),
                },
                { text: `${INSPECTION_TYPE_LABELS[p.inspectionType]}, ${date(p.inspectionDate)}` },
                { text: p.statusLabel },
              ])}
            />
          )}
          {canEditPlan(me?.role) && <Button href="/plans/new">Start a plan</Button>}
        </AppPage>
      )}
    </QueryState>
  );
}

/** Start a plan for an inspection, or change a plan's details (`/plans/$planId/edit`). */
export function PlanFormPage() {
  const { planId } = useParams({ strict: false }) as { planId?: string };
  const search = useSearch({ strict: false }) as { inspectionId?: string };
  const existing = usePlan(planId ?? '');
  const inspections = useQuery({ queryKey: ['inspections'], queryFn: () => api<Inspection[]>('/inspections') });
  const form = useFormSubmit<PlanDetail>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  if (planId && existing.isPending) return <p className="govuk-body">Loading…</p>;
  const plan = planId ? existing.data : undefined;
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = {
      title: text(data, 'title'),
      accountableOfficer: text(data, 'accountableOfficer'),
      publicSummary: text(data, 'publicSummary'),
    };
    const saved = await form.submit(() =>
      plan
        ? api<PlanDetail>(`/plans/${plan.id}`, { method: 'PATCH', body })
        : api<PlanDetail>('/plans', { body: { ...body, inspectionId: text(data, 'inspectionId') } }),
    );
    if (saved) {
      queryClient.setQueryData(['plan', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      await navigate({ href: `/plans/${saved.id}` });
    }
  };
  return (
    <AppPage
      title={plan ? 'Change plan details' : 'Start a plan'}
      wide={false}
      hasErrors={form.hasErrors}
      before={
        <>
          <BackLink href={plan ? `/plans/${plan.id}` : '/plans'}>Back</BackLink>
          {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        {!plan && (
          <Select
            name="inspectionId"
            label={{ text: 'Which inspection does the plan respond to?' }}
            items={[
              { value: '', text: 'Choose an inspection' },
              ...(inspections.data ?? []).map((i) => ({
                value: i.id,
                text: `${INSPECTION_TYPE_LABELS[i.type]}, ${date(i.onSiteStart)}`,
              })),
            ]}
            defaultValue={search.inspectionId ?? ''}
            errorMessage={form.message('inspectionId')}
          />
        )}
        <Input
          name="title"
          label={{ text: 'Plan title' }}
          defaultValue={plan?.title}
          errorMessage={form.message('title')}
        />
        <Input
          name="accountableOfficer"
          label={{ text: 'Accountable officer' }}
          hint={{ text: 'Usually the Director of Children’s Services' }}
          defaultValue={plan?.accountableOfficer}
          errorMessage={form.message('accountableOfficer')}
        />
        <Textarea
          name="publicSummary"
          label={{ text: 'Summary for the public version (optional)' }}
          hint={{ text: 'Plain English, no names below head of service' }}
          defaultValue={plan?.publicSummary}
          errorMessage={form.message('publicSummary')}
        />
        <Button preventDoubleClick disabled={form.pending}>
          {plan ? 'Save changes' : 'Start the plan'}
        </Button>
      </form>
    </AppPage>
  );
}
