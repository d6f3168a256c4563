import { FileUpload as FileUploadModule } from 'govuk-frontend';
import type { ChangeEventHandler, ReactNode, Ref } from 'react';
import {
  type ErrorMessageOptions,
  FieldError,
  FieldHint,
  FieldLabel,
  FormGroup,
  type FormGroupOptions,
  type HintOptions,
  type LabelOptions,
  Slot,
} from './form-field.tsx';
import { cx, describedByList, type HtmlAttributes } from './shared.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** Props for `FileUpload` (govukFileUpload macro options). File inputs are always uncontrolled. */
export interface FileUploadProps {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false | null;
  /** Adds GOV.UK Frontend's enhanced drop zone (`javascript: true`). */
  javascript?: boolean;
  multiple?: boolean;
  disabled?: boolean;
  /** Accepted types, for example `.csv,.xml`. */
  accept?: string;
  onChange?: ChangeEventHandler<HTMLInputElement>;
  ref?: Ref<HTMLInputElement>;
  describedBy?: string;
  formGroup?: FormGroupOptions;
  wrapperClasses?: string;
  wrapperAttributes?: HtmlAttributes;
  className?: string;
  attributes?: HtmlAttributes;
}

function Enhanced({
  enabled,
  className,
  attributes,
  children,
}: {
  enabled: boolean;
  className?: string;
  attributes?: HtmlAttributes;
  children: ReactNode;
}) {
  const ref = useGovukModule<HTMLDivElement>(FileUploadModule);
  if (!enabled) return children;
  return (
    <div
      ref={ref}
      className={cx('govuk-file-upload-wrapper', className)}
      data-module="govuk-file-upload"
      {...attributes}
    >
      {children}
    </div>
  );
}

/** GOV.UK file upload (imports of SSDA903 and CIN census files). */
export function FileUpload(props: FileUploadProps) {
  const { name, label, hint, errorMessage, formGroup } = props;
  const id = props.id || name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <FormGroup hasError={Boolean(errorMessage)} options={formGroup}>
      <FieldLabel label={label} htmlFor={id} />
      <FieldHint hint={hint} id={hintId} />
      <FieldError error={errorMessage} id={errorId} />
      <Slot content={formGroup?.beforeInput} />
      <Enhanced
        enabled={Boolean(props.javascript)}
        className={props.wrapperClasses}
        attributes={props.wrapperAttributes}
      >
        <input
          ref={props.ref}
          className={cx('govuk-file-upload', props.className, errorMessage && 'govuk-file-upload--error')}
          id={id}
          name={name}
          type="file"
          disabled={props.disabled || undefined}
          multiple={props.multiple || undefined}
          accept={props.accept}
          onChange={props.onChange}
          aria-describedby={describedByList(props.describedBy, hint && hintId, errorMessage && errorId)}
          {...props.attributes}
        />
      </Enhanced>
      <Slot content={formGroup?.afterInput} />
    </FormGroup>
  );
}
