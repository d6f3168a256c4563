import { fireEvent, render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/radios/fixtures.json';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attrs, content, describeFixtures, markup, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { enableGovukFrontendScripts } from '../test-utils/govuk-frontend-env.ts';
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
import { Radios } from './Radios.tsx';

interface NjRadios {
  name: string;
  idPrefix?: string;
  value?: string;
  items: Array<
    | (NjContent & {
        value?: string;
        id?: string;
        hint?: NjHint;
        checked?: boolean;
        disabled?: boolean;
        divider?: string;
        conditional?: { html?: string | false };
        label?: { classes?: string; attributes?: NjAttributes };
        attributes?: NjAttributes;
      })
    | null
    | false
    | ''
  >;
  fieldset?: NjFieldset;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  formGroup?: NjFormGroup;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjRadios>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Radios
      name={o.name}
      idPrefix={o.idPrefix}
      defaultValue={o.value}
      items={o.items.map((item) => {
        if (!item) return null;
        if (item.divider) return { divider: item.divider };
        return {
          value: item.value ?? '',
          text: content(item),
          id: item.id,
          hint: toHint(item.hint),
          checked: item.checked,
          disabled: item.disabled,
          conditional: markup(item.conditional?.html || undefined),
          label: item.label && { className: item.label.classes, attributes: attrs(item.label.attributes) },
          attributes: attrs(item.attributes),
        };
      })}
      fieldset={toFieldset(o.fieldset)}
      hint={toHint(o.hint)}
      errorMessage={toError(o.errorMessage)}
      formGroup={toFormGroup(o.formGroup)}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);

describe('Radios behaviour', () => {
  const items = [
    { value: 'yes', text: 'Yes', conditional: <p>Explain the change</p> },
    { value: 'no', text: 'No' },
  ];

  it('reveals conditional content when its option is chosen (uncontrolled)', () => {
    const onChange = vi.fn();
    const { getByLabelText, container } = render(<Radios name="changed" items={items} onChange={onChange} />);
    const conditional = container.querySelector('#conditional-changed');
    expect(conditional?.classList.contains('govuk-radios__conditional--hidden')).toBe(true);
    fireEvent.click(getByLabelText('Yes'));
    expect(onChange).toHaveBeenCalledWith('yes');
    expect(conditional?.classList.contains('govuk-radios__conditional--hidden')).toBe(false);
    fireEvent.click(getByLabelText('No'));
    expect(conditional?.classList.contains('govuk-radios__conditional--hidden')).toBe(true);
  });

  it('follows the value prop when controlled', () => {
    const { getByLabelText, rerender } = render(<Radios name="changed" items={items} value="no" onChange={() => {}} />);
    expect((getByLabelText('No') as HTMLInputElement).checked).toBe(true);
    rerender(<Radios name="changed" items={items} value="yes" onChange={() => {}} />);
    expect((getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
  });

  describe('with GOV.UK Frontend script running', () => {
    beforeEach(enableGovukFrontendScripts);

    it('initialises once under StrictMode and wires aria-controls', () => {
      const { getByLabelText } = render(
        <StrictMode>
          <Radios name="changed" items={items} />
        </StrictMode>,
      );
      expect(getByLabelText('Yes').getAttribute('aria-controls')).toBe('conditional-changed');
      expect(getByLabelText('Yes').getAttribute('aria-expanded')).toBe('false');
    });
  });
});
