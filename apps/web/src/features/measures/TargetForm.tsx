import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { DateInput } from '../../components/govuk/DateInput.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { dateParts, readDate, text, useFormSubmit } from '../../lib/forms.ts';
import { numberField, unitLabel } from './measure-format.ts';
import type { MeasureDetail, MeasureUnit } from './types.ts';

/** A trajectory row: a stable key for React and the field names, and what it starts with. */
interface TrajectoryRow {
  key: number;
  date?: string;
  value?: number;
}

/** The suffix of a value box: "%" for percentages, nothing otherwise (the hint names the unit). */
function valueSuffix(unit: MeasureUnit) {
  return unit === 'percent' ? { text: '%' } : undefined;
}

/** Props for `TargetForm`. */
export interface TargetFormProps {
  measure: MeasureDetail;
  onSaved: (detail: MeasureDetail) => void;
}

/**
 * Sets a measure's target: optional baseline, the final value and date, a tolerance and interim trajectory points
 * (a repeatable list: add and remove rows). Saving replaces the whole target.
 */
export function TargetForm({ measure, onSaved }: TargetFormProps) {
  const nextKey = useRef(1);
  const [rows, setRows] = useState<TrajectoryRow[]>(() => [
    measure.target?.trajectoryPoint
      ? { key: 0, date: measure.target.trajectoryPoint.date, value: measure.target.trajectoryPoint.value }
      : { key: 0 },
  ]);
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const form = useFormSubmit<MeasureDetail>({
    baselineValue: 'target-baseline',
    baselineDate: 'target-baseline-date-day',
    finalValue: 'target-final',
    finalDate: 'target-final-date-day',
    tolerance: 'target-tolerance',
    trajectory: rows[0] ? `trajectory-${rows[0].key}-date-day` : 'target-add-point',
    note: 'target-note',
  });

  useEffect(() => {
    if (focusRow.current === null || !rows.some((r) => r.key === focusRow.current)) return;
    document.getElementById(`trajectory-${focusRow.current}-date-day`)?.focus();
    focusRow.current = null;
  }, [rows]);

  const add = () => {
    const key = nextKey.current++;
    focusRow.current = key;
    setRows((r) => [...r, { key }]);
  };
  const remove = (key: number) => {
    setRows((r) => r.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  const unitHint = `In the measure’s unit: ${unitLabel(measure.unit, measure.countNoun).toLowerCase()}`;
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const tolerance = numberField(text(data, 'target-tolerance'));
    const trajectory = rows
      .map((row) => ({
        date: readDate(data, `trajectory-${row.key}-date`),
        value: numberField(text(data, `trajectory-${row.key}-value`)),
      }))
      .filter((p) => p.date !== '' || p.value !== null);
    const saved = await form.submit(async () => {
      if (typeof tolerance === 'number' && (tolerance < 0 || tolerance > 100))
        throw new ApiError(400, 'Enter a tolerance from 0% to 100%', [
          { field: 'tolerance', message: 'Enter a tolerance from 0% to 100%' },
        ]);
      return api<MeasureDetail>(`/measures/${encodeURIComponent(measure.id)}/target`, {
        method: 'PUT',
        body: {
          baselineValue: numberField(text(data, 'target-baseline')),
          baselineDate: readDate(data, 'target-baseline-date') || null,
          finalValue: numberField(text(data, 'target-final')) ?? undefined,
          finalDate: readDate(data, 'target-final-date'),
          tolerance: typeof tolerance === 'number' ? tolerance / 100 : tolerance,
          trajectory,
          note: text(data, 'target-note'),
        },
      });
    });
    if (saved) onSaved(saved);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Set the target">
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      <p className="govuk-body">Saving replaces the whole target, including its trajectory.</p>
      <Input
        name="target-baseline"
        id="target-baseline"
        inputmode="decimal"
        className="govuk-input--width-5"
        label={{ text: 'Baseline value (optional)', className: 'govuk-label--s' }}
        hint={{ text: unitHint }}
        suffix={valueSuffix(measure.unit)}
        errorMessage={form.message('baselineValue')}
      />
      <DateInput
        id="target-baseline-date"
        namePrefix="target-baseline-date"
        fieldset={{ legend: { text: 'Baseline date (optional)', className: 'govuk-fieldset__legend--s' } }}
        errorMessage={form.message('baselineDate')}
      />
      <Input
        name="target-final"
        id="target-final"
        inputmode="decimal"
        className="govuk-input--width-5"
        label={{ text: 'Target value', className: 'govuk-label--s' }}
        hint={{ text: unitHint }}
        suffix={valueSuffix(measure.unit)}
        defaultValue={measure.target ? String(measure.target.value) : ''}
        errorMessage={form.message('finalValue')}
      />
      <DateInput
        id="target-final-date"
        namePrefix="target-final-date"
        fieldset={{ legend: { text: 'Target date', className: 'govuk-fieldset__legend--s' } }}
        hint={{ text: 'The date the target should be met by, for example 31 3 2027' }}
        defaultValues={dateParts(measure.target?.date, 'target-final-date')}
        errorMessage={form.message('finalDate')}
      />
      <Input
        name="target-tolerance"
        id="target-tolerance"
        inputmode="decimal"
        className="govuk-input--width-3"
        label={{ text: 'Tolerance for “at risk” (optional)', className: 'govuk-label--s' }}
        hint={{ text: 'How far from the trajectory, relative to it, still counts as at risk. Leave blank for 10%.' }}
        suffix={{ text: '%' }}
        errorMessage={form.message('tolerance')}
      />
      <fieldset className="govuk-fieldset" aria-describedby="target-trajectory-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Trajectory points</legend>
        <div className="govuk-hint" id="target-trajectory-hint">
          Interim values to reach on the way to the target. Each month is judged against the next point on or after it.
        </div>
        {form.message('trajectory') && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {form.message('trajectory')?.text}
          </p>
        )}
        {rows.length === 0 && <p className="govuk-body">No trajectory points.</p>}
        {rows.map((row, i) => (
          <fieldset className="govuk-fieldset app-measure-repeat" key={row.key}>
            <legend className="govuk-fieldset__legend">Trajectory point {i + 1}</legend>
            <DateInput
              id={`trajectory-${row.key}-date`}
              namePrefix={`trajectory-${row.key}-date`}
              fieldset={{ legend: { text: `Date of trajectory point ${i + 1}` } }}
              defaultValues={dateParts(row.date, `trajectory-${row.key}-date`)}
            />
            <Input
              name={`trajectory-${row.key}-value`}
              id={`trajectory-${row.key}-value`}
              inputmode="decimal"
              className="govuk-input--width-5"
              label={{ text: `Value of trajectory point ${i + 1}` }}
              suffix={valueSuffix(measure.unit)}
              defaultValue={row.value === undefined ? '' : String(row.value)}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
              onClick={() => remove(row.key)}
            >
              Remove<span className="govuk-visually-hidden"> trajectory point {i + 1}</span>
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id="target-add-point"
          ref={addButton}
          className="govuk-button govuk-button--secondary"
          onClick={add}
        >
          Add a trajectory point
        </button>
      </fieldset>
      <Textarea
        name="target-note"
        id="target-note"
        rows={3}
        label={{ text: 'Note (optional)', className: 'govuk-label--s' }}
        hint={{ text: 'Where the target comes from, for example the plan agreed at scrutiny' }}
        defaultValue={measure.target?.note ?? ''}
        errorMessage={form.message('note')}
      />
      <Button preventDoubleClick disabled={form.pending}>
        Save target
      </Button>
    </form>
  );
}
