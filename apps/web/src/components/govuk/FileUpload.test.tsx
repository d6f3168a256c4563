import fixtures from 'govuk-frontend/dist/govuk/components/file-upload/fixtures.json';
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
import { FileUpload } from './FileUpload.tsx';

interface NjFileUpload {
  id?: string;
  name: string;
  javascript?: boolean;
  multiple?: boolean;
  disabled?: boolean;
  label: NjLabel;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  describedBy?: string;
  formGroup?: NjFormGroup;
  wrapperClasses?: string;
  wrapperAttributes?: NjAttributes;
  classes?: string;
  attributes?: NjAttributes;
}

// Not covered: the two "translated" fixtures (i18n data attributes; Waypoint is English only).
describeFixtures<NjFileUpload>(
  fixtures,
  fixtures.fixtures.map((f) => f.name).filter((name) => !name.startsWith('translated')),
  (o) => (
    <FileUpload
      id={o.id}
      name={o.name}
      javascript={o.javascript}
      multiple={o.multiple}
      disabled={o.disabled}
      label={toLabel(o.label)}
      hint={toHint(o.hint)}
      errorMessage={toError(o.errorMessage)}
      describedBy={o.describedBy}
      formGroup={toFormGroup(o.formGroup)}
      wrapperClasses={o.wrapperClasses}
      wrapperAttributes={attrs(o.wrapperAttributes)}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
