import type { ChangeEventHandler, FocusEventHandler, HTMLInputTypeAttribute, ReactNode, Ref } from 'react';
import {
  type ErrorMessageOptions,
  FieldError,
  FieldHint,
  FieldLabel,
  FormGroup,
  type FormGroupOptions,
  type HintOptions,
  type LabelOptions,
} from './form-field.tsx';
import { hasContent } from './Label.tsx';
import { cx, describedByList, type HtmlAttributes } from './shared.ts';

/** A prefix or suffix shown beside the input, for example "£" or "per week". */
export interface InputAffix {
  /** Text or markup (`text`/`html`). */
  text: ReactNode;
  className?: string;
  attributes?: HtmlAttributes;
}

/** Props for `Input` (govukInput macro options). Pass `value` + `onChange` (controlled) or `defaultValue`. */
export interface InputProps {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false | null;
  /** Defaults to `text`. */
  type?: HTMLInputTypeAttribute;
  /** For example `numeric` for whole numbers (GOV.UK advises `type="text"` with `inputmode`). */
  inputmode?: 'none' | 'text' | 'decimal' | 'numeric' | 'tel' | 'search' | 'email' | 'url';
  value?: string;
  defaultValue?: string;
  onChange?: ChangeEventHandler<HTMLInputElement>;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  ref?: Ref<HTMLInputElement>;
  /** Extra ids for `aria-describedby`, before the hint and error ids. */
  describedBy?: string;
  prefix?: InputAffix;
  suffix?: InputAffix;
  formGroup?: FormGroupOptions;
  inputWrapper?: { className?: string; attributes?: HtmlAttributes };
  autocomplete?: string;
  pattern?: string;
  spellcheck?: boolean;
  autocapitalize?: string;
  disabled?: boolean;
  /** For example `govuk-input--width-10`. */
  className?: string;
  attributes?: HtmlAttributes;
}

function Affix({ affix, type }: { affix: InputAffix | undefined; type: 'prefix' | 'suffix' }) {
  if (!affix || !hasContent(affix.text)) return null;
  return (
    <div className={cx(`govuk-input__${type}`, affix.className)} aria-hidden="true" {...affix.attributes}>
      {affix.text}
    </div>
  );
}

/** GOV.UK text input with label, hint, error message and optional prefix/suffix. */
export function Input(props: InputProps) {
  const { name, label, hint, errorMessage, prefix, suffix, formGroup, inputWrapper } = props;
  const id = props.id || name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = (
    <input
      ref={props.ref}
      className={cx('govuk-input', props.className, errorMessage && 'govuk-input--error')}
      id={id}
      name={name}
      type={props.type || 'text'}
      spellCheck={props.spellcheck}
      value={props.value}
      defaultValue={props.defaultValue}
      onChange={props.onChange}
      onBlur={props.onBlur}
      disabled={props.disabled || undefined}
      aria-describedby={describedByList(props.describedBy, hint && hintId, errorMessage && errorId)}
      autoComplete={props.autocomplete || undefined}
      autoCapitalize={props.autocapitalize || undefined}
      pattern={props.pattern || undefined}
      inputMode={props.inputmode || undefined}
      {...props.attributes}
    />
  );
  const hasPrefix = prefix !== undefined && hasContent(prefix.text);
  const hasSuffix = suffix !== undefined && hasContent(suffix.text);
  const hasBefore = hasContent(formGroup?.beforeInput);
  const hasAfter = hasContent(formGroup?.afterInput);
  return (
    <FormGroup hasError={Boolean(errorMessage)} options={formGroup}>
      <FieldLabel label={label} htmlFor={id} />
      <FieldHint hint={hint} id={hintId} />
      <FieldError error={errorMessage} id={errorId} />
      {hasPrefix || hasSuffix || hasBefore || hasAfter ? (
        <div className={cx('govuk-input__wrapper', inputWrapper?.className)} {...inputWrapper?.attributes}>
          {hasBefore && formGroup?.beforeInput}
          <Affix affix={prefix} type="prefix" />
          {input}
          <Affix affix={suffix} type="suffix" />
          {hasAfter && formGroup?.afterInput}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
