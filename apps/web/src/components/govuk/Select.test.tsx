import fixtures from 'govuk-frontend/dist/govuk/components/select/fixtures.json';
import { attrs, describeFixtures, type NjAttributes } from '../test-utils/fixtures.ts';
import {
  type NjErrorMessage,
  type NjFormGroup,
  type NjHint,
  type NjLabel,
  toError,
  toFormGroup,
  toHint,
  toLabel,
} from '../test-utils/nunjucks-options.ts';
import { Select } from './Select.tsx';

interface NjSelect {
  id?: string;
  name: string;
  value?: string | number;
  items?: Array<
    | {
        value?: string | number | boolean;
        text: string;
        selected?: boolean;
        disabled?: boolean;
        attributes?: NjAttributes;
      }
    | null
    | false
    | ''
  >;
  label: NjLabel;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  describedBy?: string;
  formGroup?: NjFormGroup;
  disabled?: boolean;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjSelect>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Select
      id={o.id}
      name={o.name}
      defaultValue={o.value === undefined ? undefined : String(o.value)}
      items={(o.items ?? []).map((item) =>
        item
          ? {
              value: item.value === undefined ? undefined : String(item.value),
              text: item.text,
              selected: item.selected,
              disabled: item.disabled,
              attributes: attrs(item.attributes),
            }
          : null,
      )}
      label={toLabel(o.label)}
      hint={toHint(o.hint)}
      errorMessage={toError(o.errorMessage)}
      describedBy={o.describedBy}
      formGroup={toFormGroup(o.formGroup)}
      disabled={o.disabled}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
