import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { canEditPlan, useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Checkboxes } from '../../components/govuk/Checkboxes.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { useFormSubmit } from '../../lib/forms.ts';
import { usePlan } from '../plans/PlanPage.tsx';
import { serviceAreaLabel } from './measure-format.ts';
import { useScorecard } from './queries.ts';
import type { Scorecard } from './types.ts';

/** The most measures a priority area can show (the API's limit). */
const MAX_AREA_MEASURES = 30;

/** Plan editors choose the measures shown with a priority area: checkboxes grouped by service area. */
export function AreaMeasuresPage() {
  const { planId, areaId } = useParams({ strict: false }) as { planId: string; areaId: string };
  const planQuery = usePlan(planId);
  const cardQuery = useScorecard();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const firstBox = 'measures-0';
  const form = useFormSubmit<{ areaId: string; measureIds: string[] }>({ measureIds: firstBox });

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const measureIds = new FormData(event.currentTarget).getAll('measureIds').map(String);
    const saved = await form.submit(() =>
      api<{ areaId: string; measureIds: string[] }>(`/areas/${areaId}/measures`, {
        method: 'PUT',
        body: { measureIds },
      }),
    );
    if (saved) {
      await queryClient.invalidateQueries({ queryKey: ['measures'] });
      await navigate({ href: `/plans/${planId}#area-${areaId}` });
    }
  };

  return (
    <QueryState query={planQuery}>
      {(plan) => {
        const area = plan.areas.find((a) => a.id === areaId);
        if (!area)
          return (
            <AppPage title="Page not found">
              <p className="govuk-body">The priority area is not in this plan.</p>
            </AppPage>
          );
        const title = `Choose measures for priority area ${area.reference}`;
        return (
          <AppPage
            title={title}
            caption={`${area.reference}. ${area.title}`}
            hasErrors={form.hasErrors}
            before={
              <>
                <BackLink href={`/plans/${planId}`}>Back to the plan</BackLink>
                {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
              </>
            }
          >
            {!canEditPlan(me?.role) ? (
              <p className="govuk-body">Only improvement leads and administrators can choose an area’s measures.</p>
            ) : (
              <QueryState query={cardQuery}>
                {(card: Scorecard) => {
                  const chosen = card.planAreas.find((a) => a.id === areaId)?.measureIds ?? [];
                  return (
                    <form onSubmit={onSubmit} noValidate>
                      <p className="govuk-body">
                        The measures show whether the area’s work is changing practice. They appear under the area on
                        the plan and on the measures scorecard. Choose up to {MAX_AREA_MEASURES}.
                      </p>
                      {card.serviceAreas.map((s, i) => (
                        <Checkboxes
                          key={s}
                          name="measureIds"
                          idPrefix={`measures-${i}`}
                          className="govuk-checkboxes--small"
                          fieldset={{ legend: { text: serviceAreaLabel(s), className: 'govuk-fieldset__legend--s' } }}
                          items={card.measures
                            .filter((m) => m.serviceArea === s)
                            .map((m) => ({ value: m.id, text: m.title }))}
                          defaultValues={chosen}
                          errorMessage={i === 0 ? form.message('measureIds') : undefined}
                        />
                      ))}
                      <Button preventDoubleClick disabled={form.pending}>
                        Save measures
                      </Button>
                    </form>
                  );
                }}
              </QueryState>
            )}
          </AppPage>
        );
      }}
    </QueryState>
  );
}
