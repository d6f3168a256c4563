import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useMe } from '../../app/session.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { DateInput } from '../../components/govuk/DateInput.tsx';
import { Details } from '../../components/govuk/Details.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date } from '../../lib/format.ts';
import { dateParts, readDate, text, useFormSubmit } from '../../lib/forms.ts';
import { hidesSmallCounts } from './access.ts';
import { LatestValue, MeasureLink, MeasureRagTag, TrendValue } from './MeasureParts.tsx';
import { formatMeasureValue, numberField, serviceAreaLabel } from './measure-format.ts';
import { useActionMeasures, useScorecard } from './queries.ts';
import type { ActionMeasure, MeasureSummary } from './types.ts';
import './measures.scss';

/** The most success measures an action can have (the API's limit). */
const MAX_LINKS = 10;

/** "61.0% on 31 January 2026 → 80.0% by 31 March 2027" for an action's own baseline and target. */
function linkTargetText(item: ActionMeasure): string {
  const { link, measure } = item;
  const value = (v: number) => formatMeasureValue(v, measure.unit, measure.countNoun);
  const from =
    link.baselineValue === null
      ? ''
      : `From ${value(link.baselineValue)}${link.baselineDate ? ` on ${date(link.baselineDate)}` : ''} to `;
  if (link.targetValue === null) return from ? `${from}no target set` : 'No target for this action';
  const to = `${value(link.targetValue)}${link.targetDate ? ` by ${date(link.targetDate)}` : ''}`;
  return from ? `${from}${to}` : to;
}

/** A row of the form: a stable key and the link it starts with. */
interface LinkRow {
  key: number;
  link?: ActionMeasure['link'];
}

/** Plan editors choose an action's success measures: a measure, baseline, target and date per row. */
function SuccessMeasuresForm({
  actionId,
  current,
  catalogue,
  onSaved,
}: {
  actionId: string;
  current: readonly ActionMeasure[];
  catalogue: readonly MeasureSummary[];
  onSaved: (items: ActionMeasure[]) => void;
}) {
  const nextKey = useRef(current.length + 1);
  const [rows, setRows] = useState<LinkRow[]>(() =>
    current.length > 0 ? current.map((c, i) => ({ key: i, link: c.link })) : [{ key: 0 }],
  );
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRow.current === null || !rows.some((r) => r.key === focusRow.current)) return;
    document.getElementById(`success-${focusRow.current}-measure`)?.focus();
    focusRow.current = null;
  }, [rows]);
  const form = useFormSubmit<ActionMeasure[]>({
    links: rows[0] ? `success-${rows[0].key}-measure` : 'success-add',
  });
  const options = [...catalogue]
    .sort((a, b) => serviceAreaLabel(a.serviceArea).localeCompare(serviceAreaLabel(b.serviceArea)))
    .map((m) => ({ value: m.id, text: `${serviceAreaLabel(m.serviceArea)}: ${m.title}` }));

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const links = rows
      .map((row, i) => {
        const p = `success-${row.key}`;
        return {
          row: i + 1,
          measureId: text(data, `${p}-measure`),
          baselineValue: numberField(text(data, `${p}-baseline`)),
          baselineDate: readDate(data, `${p}-baseline-date`) || null,
          targetValue: numberField(text(data, `${p}-target`)),
          targetDate: readDate(data, `${p}-target-date`) || null,
        };
      })
      .filter((l) => l.measureId || l.baselineValue !== null || l.targetValue !== null || l.targetDate);
    const saved = await form.submit(async () => {
      const missing = links.find((l) => !l.measureId);
      if (missing)
        throw new ApiError(400, `Choose the measure for success measure ${missing.row}`, [
          { field: 'links', message: `Choose the measure for success measure ${missing.row}` },
        ]);
      return api<ActionMeasure[]>(`/actions/${actionId}/measures`, {
        method: 'PUT',
        body: { links: links.map(({ row: _row, ...l }) => l) },
      });
    });
    if (saved) onSaved(saved);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Choose success measures">
      {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
      {form.message('links') && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {form.message('links')?.text}
        </p>
      )}
      {rows.length === 0 && <p className="govuk-body">No success measures. Saving removes them all.</p>}
      {rows.map((row, i) => {
        const p = `success-${row.key}`;
        return (
          <fieldset className="govuk-fieldset app-measure-repeat" key={row.key}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Success measure {i + 1}</legend>
            <Select
              name={`${p}-measure`}
              id={`${p}-measure`}
              label={{ text: `Measure ${i + 1}` }}
              items={[{ value: '', text: 'Choose a measure' }, ...options]}
              defaultValue={row.link?.measureId ?? ''}
            />
            <Input
              name={`${p}-baseline`}
              id={`${p}-baseline`}
              inputmode="decimal"
              className="govuk-input--width-5"
              label={{ text: `Baseline value for measure ${i + 1} (optional)` }}
              defaultValue={row.link?.baselineValue == null ? '' : String(row.link.baselineValue)}
            />
            <DateInput
              id={`${p}-baseline-date`}
              namePrefix={`${p}-baseline-date`}
              fieldset={{ legend: { text: `Baseline date for measure ${i + 1} (optional)` } }}
              defaultValues={dateParts(row.link?.baselineDate, `${p}-baseline-date`)}
            />
            <Input
              name={`${p}-target`}
              id={`${p}-target`}
              inputmode="decimal"
              className="govuk-input--width-5"
              label={{ text: `Target value for measure ${i + 1} (optional)` }}
              defaultValue={row.link?.targetValue == null ? '' : String(row.link.targetValue)}
            />
            <DateInput
              id={`${p}-target-date`}
              namePrefix={`${p}-target-date`}
              fieldset={{ legend: { text: `Target date for measure ${i + 1} (optional)` } }}
              defaultValues={dateParts(row.link?.targetDate, `${p}-target-date`)}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
              onClick={() => {
                setRows((r) => r.filter((x) => x.key !== row.key));
                addButton.current?.focus();
              }}
            >
              Remove<span className="govuk-visually-hidden"> success measure {i + 1}</span>
            </button>
          </fieldset>
        );
      })}
      {rows.length < MAX_LINKS && (
        <button
          type="button"
          id="success-add"
          ref={addButton}
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            const key = nextKey.current++;
            focusRow.current = key;
            setRows((r) => [...r, { key }]);
          }}
        >
          Add a success measure
        </button>
      )}
      <div className="govuk-button-group">
        <Button preventDoubleClick disabled={form.pending}>
          Save success measures
        </Button>
      </div>
    </form>
  );
}

/** Props for `ActionSuccessMeasures`. */
export interface ActionSuccessMeasuresProps {
  actionId: string;
  /** Plan editors may choose the measures. */
  editable: boolean;
}

/**
 * The action page's "Success measures": each linked measure with its latest value, the action's own baseline and
 * target, the measure's rating with distance to target, and its trend; plan editors get a form to choose them.
 */
export function ActionSuccessMeasures({ actionId, editable }: ActionSuccessMeasuresProps) {
  const query = useActionMeasures(actionId);
  const catalogue = useScorecard(undefined, editable);
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [savedAt, setSavedAt] = useState<number | null>(null);
  return (
    <section aria-labelledby="success-measures">
      <h2 className="govuk-heading-m" id="success-measures">
        Success measures
      </h2>
      <QueryState query={query}>
        {(items) => (
          <>
            {savedAt !== null && (
              <p className="govuk-body" role="status">
                Success measures saved.
              </p>
            )}
            {items.length === 0 ? (
              <p className="govuk-body">No measures from the catalogue are linked to this action yet.</p>
            ) : (
              <Table
                caption="Success measures of this action"
                captionClasses="govuk-visually-hidden"
                firstCellIsHeader
                className="app-measure-table"
                head={[
                  { text: 'Measure' },
                  { text: 'Latest' },
                  { text: 'Target for this action' },
                  { text: 'Rating and distance to the measure’s target' },
                  { text: 'Trend' },
                ]}
                rows={items.map((item) => [
                  { text: <MeasureLink view={item.measure} /> },
                  { text: <LatestValue view={item.measure} hideSmall={hidesSmallCounts(me?.role)} /> },
                  { text: linkTargetText(item) },
                  { text: <MeasureRagTag view={item.measure} /> },
                  { text: <TrendValue view={item.measure} /> },
                ])}
              />
            )}
            {editable && catalogue.data && (
              <Details summary="Choose success measures">
                <SuccessMeasuresForm
                  key={savedAt ?? 0}
                  actionId={actionId}
                  current={items}
                  catalogue={catalogue.data.measures}
                  onSaved={(saved) => {
                    queryClient.setQueryData(['action-measures', actionId], saved);
                    void queryClient.invalidateQueries({ queryKey: ['measure'] });
                    setSavedAt(Date.now());
                  }}
                />
              </Details>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
