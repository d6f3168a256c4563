import { fireEvent, render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/date-input/fixtures.json';
import { describe, expect, it, vi } from 'vitest';
import { attrs, describeFixtures, type NjAttributes } from '../test-utils/fixtures.ts';
import {
  type NjErrorMessage,
  type NjFieldset,
  type NjFormGroup,
  type NjHint,
  toError,
  toFieldset,
  toFormGroup,
  toHint,
} from '../test-utils/nunjucks-options.ts';
import { DateInput, type DateInputItem } from './DateInput.tsx';

interface NjDateItem {
  name?: string;
  label?: string;
  id?: string;
  value?: string | number;
  error?: boolean;
  classes?: string;
  autocomplete?: string;
  pattern?: string;
  inputmode?: 'numeric' | 'text';
  attributes?: NjAttributes;
}

interface NjDateInput {
  id: string;
  namePrefix?: string;
  items?: NjDateItem[];
  day?: NjDateItem | false;
  month?: NjDateItem | false;
  year?: NjDateItem | false;
  values?: Record<string, string | number>;
  fieldset?: NjFieldset;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  formGroup?: NjFormGroup;
  classes?: string;
  attributes?: NjAttributes;
}

function item(i: NjDateItem, defaultName: string, part?: DateInputItem['part']): DateInputItem {
  return {
    name: i.name ?? defaultName,
    part,
    label: i.label,
    id: i.id,
    error: i.error,
    className: i.classes,
    autocomplete: i.autocomplete,
    pattern: i.pattern,
    inputmode: i.inputmode,
    attributes: attrs(i.attributes),
  };
}

/** Nunjucks takes `day`/`month`/`year` or `items`, with values by plain or prefixed name; Waypoint takes items and values by field name. */
function toProps(o: NjDateInput) {
  const items =
    o.items && o.items.length > 0
      ? o.items.map((i) => item(i, ''))
      : (['day', 'month', 'year'] as const).flatMap((part) => {
          const option = o[part];
          return option === false ? [] : [item(option ?? {}, part, part)];
        });
  const prefix = o.namePrefix ? `${o.namePrefix}-` : '';
  const values: Record<string, string> = {};
  for (const [index, i] of items.entries()) {
    const shorthand = (['day', 'month', 'year'] as const).find((part) => part === i.name || part === i.part);
    const option = shorthand ? o[shorthand] : undefined;
    const value =
      o.items?.[index]?.value ??
      (option ? option.value : undefined) ??
      o.values?.[i.name] ??
      o.values?.[prefix + i.name];
    if (value !== undefined) values[prefix + i.name] = String(value);
  }
  return { items, values };
}

const excluded: string[] = [];

// The day/month/year shorthands are translated to `items` by `toProps`.
describeFixtures<NjDateInput>(
  fixtures,
  fixtures.fixtures.map((f) => f.name).filter((name) => !excluded.includes(name)),
  (o) => {
    const { items, values } = toProps(o);
    return (
      <DateInput
        id={o.id}
        namePrefix={o.namePrefix}
        items={items}
        defaultValues={values}
        fieldset={toFieldset(o.fieldset)}
        hint={toHint(o.hint)}
        errorMessage={toError(o.errorMessage)}
        formGroup={toFormGroup(o.formGroup)}
        className={o.classes}
        attributes={attrs(o.attributes)}
      />
    );
  },
);

describe('DateInput behaviour', () => {
  it('reports all three parts by field name on change', () => {
    const onChange = vi.fn();
    const { getByLabelText } = render(
      <DateInput id="start" namePrefix="start" defaultValues={{ 'start-year': '2026' }} onChange={onChange} />,
    );
    fireEvent.change(getByLabelText('Day'), { target: { value: '1' } });
    fireEvent.change(getByLabelText('Month'), { target: { value: '4' } });
    expect(onChange).toHaveBeenLastCalledWith({ 'start-year': '2026', 'start-day': '1', 'start-month': '4' });
  });
});
