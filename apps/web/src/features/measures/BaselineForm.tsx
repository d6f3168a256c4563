import { api } from '../../api/client.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { text, useFormSubmit } from '../../lib/forms.ts';
import { monthLabel } from './measure-format.ts';
import type { MeasureDetail } from './types.ts';

/** Props for `BaselineForm`. */
export interface BaselineFormProps {
  measure: MeasureDetail;
  onSaved: (detail: MeasureDetail, message: string) => void;
}

/**
 * Recalculates the SPC mean and limits from a chosen month (after a real change to the process), always with a
 * reason; or goes back to limits from the whole series.
 */
export function BaselineForm({ measure, onSaved }: BaselineFormProps) {
  const form = useFormSubmit<MeasureDetail>({ fromMonth: 'baseline-month', reason: 'baseline-reason' });
  const months = measure.series.filter((p) => p.value !== null).map((p) => p.month);
  const path = `/measures/${encodeURIComponent(measure.id)}/baseline`;
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fromMonth = text(data, 'baseline-month');
    const saved = await form.submit(() =>
      api<MeasureDetail>(path, { method: 'PUT', body: { fromMonth, reason: text(data, 'baseline-reason') } }),
    );
    if (saved) onSaved(saved, `SPC limits recalculated from ${monthLabel(fromMonth)}`);
  };
  const reset = async () => {
    const saved = await form.submit(() => api<MeasureDetail>(path, { method: 'DELETE' }));
    if (saved) onSaved(saved, 'SPC limits calculated from the whole series again');
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Recalculate the SPC limits">
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      {months.length === 0 ? (
        <p className="govuk-body">There are no values to recalculate the limits from yet.</p>
      ) : (
        <>
          <Select
            name="baseline-month"
            id="baseline-month"
            label={{ text: 'Recalculate from', className: 'govuk-label--s' }}
            hint={{ text: 'The first month after the change to practice' }}
            items={months.map((m) => ({ value: m, text: monthLabel(m) }))}
            defaultValue={measure.baseline?.fromMonth ?? months[0]}
            errorMessage={form.message('fromMonth')}
          />
          <Textarea
            name="baseline-reason"
            id="baseline-reason"
            rows={3}
            label={{ text: 'What changed?', className: 'govuk-label--s' }}
            hint={{ text: 'For example, the new front door model went live. Councillors see this reason.' }}
            errorMessage={form.message('reason')}
          />
        </>
      )}
      <div className="govuk-button-group">
        {months.length > 0 && (
          <Button variant="secondary" preventDoubleClick disabled={form.pending}>
            Recalculate the limits
          </Button>
        )}
        {measure.baseline && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={form.pending}
            onClick={() => void reset()}
          >
            Use the whole series again
          </button>
        )}
      </div>
    </form>
  );
}
