import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
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

/** Props for `Textarea` (govukTextarea macro options). Pass `value` + `onChange` (controlled) or `defaultValue`. */
export interface TextareaProps {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false | null;
  /** Defaults to 5. */
  rows?: number;
  value?: string;
  defaultValue?: string;
  onChange?: ChangeEventHandler<HTMLTextAreaElement>;
  onBlur?: FocusEventHandler<HTMLTextAreaElement>;
  ref?: Ref<HTMLTextAreaElement>;
  /** Extra ids for `aria-describedby`, before the hint and error ids. */
  describedBy?: string;
  formGroup?: FormGroupOptions;
  /** The form group element (used by `CharacterCount` to start its script). */
  formGroupRef?: Ref<HTMLDivElement>;
  spellcheck?: boolean;
  autocomplete?: string;
  disabled?: boolean;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK textarea with label, hint and error message. */
export function Textarea(props: TextareaProps) {
  const { name, label, hint, errorMessage, formGroup } = props;
  const id = props.id || name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <FormGroup hasError={Boolean(errorMessage)} options={formGroup} ref={props.formGroupRef}>
      <FieldLabel label={label} htmlFor={id} />
      <FieldHint hint={hint} id={hintId} />
      <FieldError error={errorMessage} id={errorId} />
      <Slot content={formGroup?.beforeInput} />
      <textarea
        ref={props.ref}
        className={cx('govuk-textarea', errorMessage && 'govuk-textarea--error', props.className)}
        id={id}
        name={name}
        rows={props.rows || 5}
        spellCheck={props.spellcheck}
        disabled={props.disabled || undefined}
        aria-describedby={describedByList(props.describedBy, hint && hintId, errorMessage && errorId)}
        autoComplete={props.autocomplete || undefined}
        value={props.value}
        defaultValue={props.defaultValue}
        onChange={props.onChange}
        onBlur={props.onBlur}
        {...props.attributes}
      />
      <Slot content={formGroup?.afterInput} />
    </FormGroup>
  );
}
