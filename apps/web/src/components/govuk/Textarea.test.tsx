import fixtures from 'govuk-frontend/dist/govuk/components/textarea/fixtures.json';
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
import { Textarea } from './Textarea.tsx';

interface NjTextarea {
  id?: string;
  name: string;
  rows?: number;
  value?: string;
  label: NjLabel;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  describedBy?: string;
  formGroup?: NjFormGroup;
  autocomplete?: string;
  spellcheck?: boolean;
  disabled?: boolean;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjTextarea>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Textarea
      id={o.id}
      name={o.name}
      rows={o.rows}
      defaultValue={o.value}
      label={toLabel(o.label)}
      hint={toHint(o.hint)}
      errorMessage={toError(o.errorMessage)}
      describedBy={o.describedBy}
      formGroup={toFormGroup(o.formGroup)}
      autocomplete={o.autocomplete}
      spellcheck={o.spellcheck}
      disabled={o.disabled}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
