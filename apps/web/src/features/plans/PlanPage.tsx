import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { GRADE_LABELS, INSPECTION_TYPE_LABELS, JUDGEMENT_AREA_LABELS } from '@waypoint/contracts';
import { api } from '../../api/client.ts';
import type { PlanArea, PlanDetail } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { DeadlineList } from '../../app/DeadlineList.tsx';
import { DeliveryRagTag } from '../../app/DeliveryRagTag.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { canEditPlan, useMe } from '../../app/session.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { SummaryList } from '../../components/govuk/SummaryList.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date } from '../../lib/format.ts';
import { PlanAreaMeasures } from '../measures/PlanAreaMeasures.tsx';

/** Fetches a plan (shared by the plan's pages). */
export function usePlan(planId: string) {
  return useQuery({
    queryKey: ['plan', planId],
    queryFn: () => api<PlanDetail>(`/plans/${planId}`),
    enabled: planId !== '',
  });
}

function AreaSection({
  plan,
  area,
  index,
  editable,
}: {
  plan: PlanDetail;
  area: PlanArea;
  index: number;
  editable: boolean;
}) {
  const queryClient = useQueryClient();
  const move = async (direction: 'up' | 'down') => {
    const updated = await api<PlanDetail>(`/areas/${area.id}/move`, { body: { direction } });
    queryClient.setQueryData(['plan', plan.id], updated);
  };
  const findings = plan.findings.filter((f) => area.findingIds.includes(f.id));
  return (
    <section className="app-area" aria-labelledby={`area-${area.id}`}>
      <h3 className="govuk-heading-m" id={`area-${area.id}`}>
        {area.reference}. {area.title}
      </h3>
      <p className="govuk-body">
        Lead: {area.leadOfficer || 'not set'}.{' '}
        {findings.length > 0 &&
          `Answers finding${findings.length > 1 ? 's' : ''} ${findings.map((f) => f.number).join(', ')}.`}
      </p>
      {area.outcome && (
        <p className="govuk-body govuk-!-font-weight-bold">What will be different for children: {area.outcome}</p>
      )}
      {area.actions.length === 0 ? (
        <p className="govuk-body">No actions yet.</p>
      ) : (
        <Table
          caption={`Actions for priority area ${area.reference}`}
          captionClasses="govuk-visually-hidden"
          head={[
            { text: 'Ref' },
            { text: 'Action' },
            { text: 'Owner' },
            { text: 'Due' },
            { text: 'Delivery' },
            { text: 'Latest update' },
          ]}
          rows={area.actions.map((a) => [
            { text: a.reference },
            {
              text: (
                <RouterLink href={`/actions/${a.id}`} className="govuk-link">
                  {a.title}
                </RouterLink>
              ),
            },
            { text: a.owner?.name ?? a.leadOfficer },
            { text: date(a.dueDate) },
            {
              text: (
                <>
                  <DeliveryRagTag rag={a.rag.rag} overridden={a.rag.overridden} />
                  <span className="govuk-body-s app-rag-reason">{a.rag.reasons[0]}</span>
                </>
              ),
            },
            { text: a.latestUpdate ? `${date(a.latestUpdate.date)}: ${a.latestUpdate.narrative}` : 'None yet' },
          ])}
        />
      )}
      {editable && (
        <div className="govuk-button-group">
          <Button href={`/plans/${plan.id}/areas/${area.id}/actions/new`} variant="secondary">
            Add an action<span className="govuk-visually-hidden"> to priority area {area.reference}</span>
          </Button>
          <RouterLink href={`/plans/${plan.id}/areas/${area.id}/edit`} className="govuk-link">
            Change priority area<span className="govuk-visually-hidden"> {area.reference}</span>
          </RouterLink>
          {index > 0 && (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void move('up')}>
              Move up<span className="govuk-visually-hidden"> priority area {area.reference}</span>
            </button>
          )}
          {index < plan.areas.length - 1 && (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void move('down')}>
              Move down<span className="govuk-visually-hidden"> priority area {area.reference}</span>
            </button>
          )}
        </div>
      )}
      <PlanAreaMeasures planId={plan.id} areaId={area.id} areaReference={area.reference} editable={editable} />
    </section>
  );
}

/** The plan: summary, deadlines, lifecycle, coverage check, priority areas with actions, versions. */
export function PlanPage() {
  const { planId } = useParams({ strict: false }) as { planId: string };
  const query = usePlan(planId);
  const { data: me } = useMe();
  const editable = canEditPlan(me?.role);
  return (
    <QueryState query={query}>
      {(plan) => (
        <AppPage title={plan.title} caption="Improvement plan">
          <SummaryList
            rows={[
              { key: { text: 'Status' }, value: { text: plan.statusLabel } },
              { key: { text: 'Accountable officer' }, value: { text: plan.accountableOfficer || 'Not set' } },
              {
                key: { text: 'Inspection' },
                value: {
                  text: (
                    <RouterLink href={`/inspections/${plan.inspection.id}`} className="govuk-link">
                      {INSPECTION_TYPE_LABELS[plan.inspection.type]}, {date(plan.inspection.onSiteStart)} to{' '}
                      {date(plan.inspection.onSiteEnd)}
                    </RouterLink>
                  ),
                },
              },
              plan.inspection.judgements.length > 0 && {
                key: { text: 'Judgements' },
                value: {
                  text: (
                    <ul className="govuk-list">
                      {plan.inspection.judgements.map((j) => (
                        <li key={j.area}>
                          {JUDGEMENT_AREA_LABELS[j.area]}: <strong>{GRADE_LABELS[j.grade]}</strong>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              },
            ]}
          />
          {editable && (
            <p className="govuk-body">
              <RouterLink href={`/plans/${plan.id}/edit`} className="govuk-link">
                Change plan details
              </RouterLink>
            </p>
          )}

          <h2 className="govuk-heading-l">Deadlines</h2>
          <DeadlineList deadlines={plan.deadlines} />

          <h2 className="govuk-heading-l">Stage and history</h2>
          {editable && plan.nextStatuses.length > 0 && (
            <Button href={`/plans/${plan.id}/transition`}>Move the plan to its next stage</Button>
          )}
          {plan.transitions.length === 0 ? (
            <p className="govuk-body">The plan is a draft and has not been to committee yet.</p>
          ) : (
            <Table
              caption="Stages the plan has been through"
              captionClasses="govuk-table__caption--s"
              head={[{ text: 'Date' }, { text: 'Stage' }, { text: 'Meeting' }, { text: 'By' }, { text: 'Version' }]}
              rows={plan.transitions.map((t) => [
                { text: date(t.occurredOn) },
                {
                  text: t.note ? (
                    <>
                      {t.toLabel}
                      <br />
                      <span className="govuk-body-s">{t.note}</span>
                    </>
                  ) : (
                    t.toLabel
                  ),
                },
                { text: t.meeting || '–' },
                { text: t.by },
                {
                  text: (
                    <RouterLink href={`/plans/${plan.id}/versions/${t.versionNumber}`} className="govuk-link">
                      Version {t.versionNumber}
                    </RouterLink>
                  ),
                },
              ])}
            />
          )}
          {plan.versions.length > 0 && (
            <p className="govuk-body">
              <RouterLink
                href={`/plans/${plan.id}/compare?from=${plan.versions.at(-1)!.number}&to=0`}
                className="govuk-link"
              >
                Compare versions of the plan
              </RouterLink>
            </p>
          )}

          {plan.recommendations.length > 0 && (
            <Table
              caption="Committee recommendations"
              captionClasses="govuk-table__caption--m"
              head={[{ text: 'Meeting' }, { text: 'Recommendation' }, { text: 'Response' }, { text: 'Status' }]}
              rows={plan.recommendations.map((r) => [
                { text: date(r.meetingDate) },
                { text: r.text },
                { text: r.response || 'None yet' },
                { text: r.status.replace('-', ' ') },
              ])}
            />
          )}

          <h2 className="govuk-heading-l">Coverage check</h2>
          {plan.coverage.uncovered.length === 0 ? (
            <p className="govuk-body">Every finding is addressed by at least one action.</p>
          ) : (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <div className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {plan.coverage.uncovered.length === 1
                  ? 'One finding is'
                  : `${plan.coverage.uncovered.length} findings are`}{' '}
                not addressed by any action:
                <ul className="govuk-list govuk-list--bullet">
                  {plan.coverage.uncovered.map((f) => (
                    <li key={f.id}>
                      {f.number}. {f.text}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}

          <h2 className="govuk-heading-l">Priority areas and actions</h2>
          {plan.areas.map((area, i) => (
            <AreaSection key={area.id} plan={plan} area={area} index={i} editable={editable} />
          ))}
          {editable && (
            <Button href={`/plans/${plan.id}/areas/new`} variant="secondary">
              Add a priority area
            </Button>
          )}
        </AppPage>
      )}
    </QueryState>
  );
}
