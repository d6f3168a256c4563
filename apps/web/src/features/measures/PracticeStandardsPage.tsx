import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { useFormSubmit } from '../../lib/forms.ts';
import { canSetPracticeStandards } from './access.ts';
import { refreshMeasures } from './queries.ts';
import type { PracticeStandard } from './types.ts';

interface Standards {
  standards: PracticeStandard[];
}

const fieldId = (id: string) => `standard-${id}`;

/** The value as the authority set it, or "default" wording. */
function valueText(s: PracticeStandard): string {
  return `${s.value} ${s.unit}${s.isDefault ? ' (default)' : ''}`;
}

/** Which measures a standard applies to, as links. */
function MeasureLinks({ standard }: { standard: PracticeStandard }) {
  return (
    <>
      {standard.measures.map((m, i) => (
        <span key={m.id}>
          {i > 0 && ', '}
          <RouterLink href={`/measures/${m.id}`} className="govuk-link">
            {m.title}
          </RouterLink>
        </span>
      ))}
    </>
  );
}

/**
 * The local practice standards measures are judged by: supervision frequency, visit timescales, when a neglect
 * plan counts as drift. Improvement leads and admins change them (a blank box goes back to the default); everyone
 * else sees them, so a figure can be read against the standard behind it.
 */
export function PracticeStandardsPage() {
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['practice-standards'], queryFn: () => api<Standards>('/practice-standards') });
  const [saved, setSaved] = useState<number | null>(null);
  const editable = canSetPracticeStandards(me?.role);
  const ids = Object.fromEntries((query.data?.standards ?? []).map((s) => [s.id, fieldId(s.id)]));
  const form = useFormSubmit<Standards>(ids);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>, standards: PracticeStandard[]) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body: Record<string, number | null> = {};
    for (const s of standards) {
      const raw = String(data.get(fieldId(s.id)) ?? '').trim();
      body[s.id] = raw === '' ? null : Number(raw);
    }
    const result = await form.submit(() => api<Standards>('/practice-standards', { method: 'PUT', body }));
    if (result) {
      queryClient.setQueryData(['practice-standards'], result);
      refreshMeasures(queryClient);
      setSaved(Date.now());
    }
  };

  return (
    <AppPage
      title="Practice standards"
      caption="Measures"
      hasErrors={form.hasErrors}
      wide={false}
      before={
        <>
          <BackLink href="/measures">Back to measures</BackLink>
          {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
          {saved !== null && !form.hasErrors && (
            <NotificationBanner type="success" key={saved}>
              <p className="govuk-notification-banner__heading">
                Practice standards saved. The measures they apply to are worked out again with them.
              </p>
            </NotificationBanner>
          )}
        </>
      }
    >
      <p className="govuk-body">
        Some measures are judged against your own practice standards: how often workers are supervised, how soon
        children on a plan are visited, when a neglect plan counts as drift. Waypoint uses the default until you set
        your own.
      </p>
      <QueryState query={query}>
        {({ standards }) =>
          editable ? (
            <form onSubmit={(e) => void onSubmit(e, standards)} noValidate aria-label="Practice standards">
              {standards.map((s) => (
                <Input
                  key={s.id}
                  name={fieldId(s.id)}
                  id={fieldId(s.id)}
                  inputmode="numeric"
                  className="govuk-input--width-3"
                  label={{ text: s.label, className: 'govuk-label--s' }}
                  hint={{
                    text: `${s.hint} Used by: ${s.measures.map((m) => m.title).join(', ')}. From ${s.min} to ${s.max} ${s.unit}; default ${s.default}. Leave blank for the default.`,
                  }}
                  suffix={{ text: s.unit }}
                  defaultValue={s.isDefault ? '' : String(s.value)}
                  errorMessage={form.message(s.id)}
                />
              ))}
              <Button preventDoubleClick disabled={form.pending}>
                Save practice standards
              </Button>
            </form>
          ) : (
            <dl className="govuk-summary-list">
              {standards.map((s) => (
                <div className="govuk-summary-list__row" key={s.id}>
                  <dt className="govuk-summary-list__key">{s.label}</dt>
                  <dd className="govuk-summary-list__value">
                    <p className="govuk-body govuk-!-margin-bottom-1">{valueText(s)}</p>
                    <p className="govuk-body-s govuk-!-margin-bottom-0">
                      Used by <MeasureLinks standard={s} />
                    </p>
                  </dd>
                </div>
              ))}
            </dl>
          )
        }
      </QueryState>
    </AppPage>
  );
}
