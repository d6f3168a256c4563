import fixtures from 'govuk-frontend/dist/govuk/components/input/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
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
import { Input, type InputAffix, type InputProps } from './Input.tsx';

interface NjAffix extends NjContent {
  classes?: string;
  attributes?: NjAttributes;
}

interface NjInput {
  id?: string;
  name: string;
  type?: string;
  inputmode?: InputProps['inputmode'];
  value?: string | number;
  label: NjLabel;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  describedBy?: string;
  prefix?: NjAffix;
  suffix?: NjAffix;
  formGroup?: NjFormGroup;
  inputWrapper?: { classes?: string; attributes?: NjAttributes };
  autocomplete?: string;
  pattern?: string;
  spellcheck?: boolean;
  autocapitalize?: string;
  disabled?: boolean;
  classes?: string;
  attributes?: NjAttributes;
}

function affix(a: NjAffix | undefined): InputAffix | undefined {
  return a && { text: content(a), className: a.classes, attributes: attrs(a.attributes) };
}

/** Maps Nunjucks input options to props; `value` becomes `defaultValue` (uncontrolled, as server-rendered). */
export function inputProps(o: NjInput): InputProps {
  return {
    id: o.id,
    name: o.name,
    type: o.type,
    inputmode: o.inputmode,
    defaultValue: o.value === undefined ? undefined : String(o.value),
    label: toLabel(o.label),
    hint: toHint(o.hint),
    errorMessage: toError(o.errorMessage),
    describedBy: o.describedBy,
    prefix: affix(o.prefix),
    suffix: affix(o.suffix),
    formGroup: toFormGroup(o.formGroup),
    inputWrapper: o.inputWrapper && { className: o.inputWrapper.classes, attributes: attrs(o.inputWrapper.attributes) },
    autocomplete: o.autocomplete,
    pattern: o.pattern,
    spellcheck: o.spellcheck,
    autocapitalize: o.autocapitalize,
    disabled: o.disabled,
    className: o.classes,
    attributes: attrs(o.attributes),
  };
}

describeFixtures<NjInput>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => <Input {...inputProps(o)} />,
);
