import { fireEvent, render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/checkboxes/fixtures.json';
import { describe, expect, it, vi } from 'vitest';
import { attrs, content, describeFixtures, markup, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
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
import { Checkboxes } from './Checkboxes.tsx';

interface NjCheckboxes {
  name: string;
  idPrefix?: string;
  values?: Array<string | number>;
  items: Array<
    | (NjContent & {
        value?: string | number;
        id?: string;
        name?: string;
        hint?: NjHint;
        checked?: boolean;
        disabled?: boolean;
        behaviour?: 'exclusive';
        divider?: string;
        conditional?: { html?: string | false };
        label?: { classes?: string; attributes?: NjAttributes };
        attributes?: NjAttributes;
      })
    | null
    | false
    | ''
  >;
  describedBy?: string;
  fieldset?: NjFieldset;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  formGroup?: NjFormGroup;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjCheckboxes>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Checkboxes
      name={o.name}
      idPrefix={o.idPrefix}
      defaultValues={o.values?.map(String)}
      items={o.items.map((item) => {
        if (!item) return null;
        if (item.divider) return { divider: item.divider };
        return {
          value: String(item.value ?? ''),
          text: content(item),
          id: item.id,
          name: item.name,
          hint: toHint(item.hint),
          checked: item.checked,
          disabled: item.disabled,
          behaviour: item.behaviour,
          conditional: markup(item.conditional?.html || undefined),
          label: item.label && { className: item.label.classes, attributes: attrs(item.label.attributes) },
          attributes: attrs(item.attributes),
        };
      })}
      describedBy={o.describedBy}
      fieldset={toFieldset(o.fieldset)}
      hint={toHint(o.hint)}
      errorMessage={toError(o.errorMessage)}
      formGroup={toFormGroup(o.formGroup)}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);

describe('Checkboxes behaviour', () => {
  const items = [
    { value: 'cla', text: 'Children looked after' },
    { value: 'cin', text: 'Children in need', conditional: <p>Which CIN census year?</p> },
    { divider: 'or' },
    { value: 'none', text: 'None of these', behaviour: 'exclusive' as const },
  ];

  it('an exclusive "None" option clears the others, and the others clear it', () => {
    const onChange = vi.fn();
    const { getByLabelText } = render(<Checkboxes name="cohorts" items={items} onChange={onChange} />);
    fireEvent.click(getByLabelText('Children looked after'));
    fireEvent.click(getByLabelText('Children in need'));
    expect(onChange).toHaveBeenLastCalledWith(['cla', 'cin']);
    fireEvent.click(getByLabelText('None of these'));
    expect(onChange).toHaveBeenLastCalledWith(['none']);
    expect((getByLabelText('Children looked after') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(getByLabelText('Children in need'));
    expect(onChange).toHaveBeenLastCalledWith(['cin']);
    expect((getByLabelText('None of these') as HTMLInputElement).checked).toBe(false);
  });

  it('reveals conditional content while its box is checked', () => {
    const { getByLabelText, container } = render(<Checkboxes name="cohorts" items={items} />);
    const conditional = container.querySelector('#conditional-cohorts-2');
    expect(conditional?.classList.contains('govuk-checkboxes__conditional--hidden')).toBe(true);
    fireEvent.click(getByLabelText('Children in need'));
    expect(conditional?.classList.contains('govuk-checkboxes__conditional--hidden')).toBe(false);
  });
});
