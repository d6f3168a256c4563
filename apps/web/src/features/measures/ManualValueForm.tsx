import { useRef } from 'react';
import { api } from '../../api/client.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { text, useFormSubmit } from '../../lib/forms.ts';
import { monthLabel, numberField, unitLabel } from './measure-format.ts';
import type { MeasureDetail } from './types.ts';

/** Props for `ManualValueForm`. */
export interface ManualValueFormProps {
  measure: MeasureDetail;
  onSaved: (detail: MeasureDetail, month: string) => void;
}

/** Enters (or corrects) a measure's value for one month by hand, with its numerator, denominator and a note. */
export function ManualValueForm({ measure, onSaved }: ManualValueFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<MeasureDetail>({
    month: 'manual-month',
    value: 'manual-value',
    numerator: 'manual-numerator',
    denominator: 'manual-denominator',
    note: 'manual-note',
  });
  const months = [...measure.series].reverse().map((p) => p.month);
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const month = text(data, 'manual-month');
    const saved = await form.submit(() =>
      api<MeasureDetail>(`/measures/${encodeURIComponent(measure.id)}/manual-values`, {
        body: {
          month,
          value: numberField(text(data, 'manual-value')) ?? undefined,
          numerator: numberField(text(data, 'manual-numerator')),
          denominator: numberField(text(data, 'manual-denominator')),
          note: text(data, 'manual-note'),
        },
      }),
    );
    if (saved) {
      formRef.current?.reset();
      onSaved(saved, month);
    }
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Enter a monthly value">
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      <Select
        name="manual-month"
        id="manual-month"
        label={{ text: 'Month', className: 'govuk-label--s' }}
        hint={{ text: 'A value already entered for the month is replaced' }}
        items={months.map((m) => ({ value: m, text: monthLabel(m) }))}
        defaultValue={months[0]}
        errorMessage={form.message('month')}
      />
      <Input
        name="manual-value"
        id="manual-value"
        inputmode="decimal"
        className="govuk-input--width-5"
        label={{ text: 'Value', className: 'govuk-label--s' }}
        hint={{ text: `In the measure’s unit: ${unitLabel(measure.unit, measure.countNoun).toLowerCase()}` }}
        suffix={measure.unit === 'percent' ? { text: '%' } : undefined}
        errorMessage={form.message('value')}
      />
      <Input
        name="manual-numerator"
        id="manual-numerator"
        inputmode="numeric"
        className="govuk-input--width-5"
        label={{ text: 'Numerator (optional)', className: 'govuk-label--s' }}
        hint={{ text: measure.numerator }}
        errorMessage={form.message('numerator')}
      />
      <Input
        name="manual-denominator"
        id="manual-denominator"
        inputmode="numeric"
        className="govuk-input--width-5"
        label={{ text: 'Denominator (optional)', className: 'govuk-label--s' }}
        hint={measure.denominator ? { text: measure.denominator } : undefined}
        errorMessage={form.message('denominator')}
      />
      <Textarea
        name="manual-note"
        id="manual-note"
        rows={2}
        label={{ text: 'Note (optional)', className: 'govuk-label--s' }}
        hint={{ text: 'Where the figure comes from' }}
        errorMessage={form.message('note')}
      />
      {/* No preventDoubleClick: entering month after month is the normal use; pending disables the button. */}
      <Button disabled={form.pending}>Save value</Button>
    </form>
  );
}
