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

/** One `<option>`; without `value` its text is its value. */
export interface SelectItem {
  text: string;
  value?: string;
  /** Initially selected (uncontrolled use); `false` stops `defaultValue` selecting it. */
  selected?: boolean;
  disabled?: boolean;
  attributes?: HtmlAttributes;
}

/** Props for `Select` (govukSelect macro options). Pass `value` + `onChange` (controlled) or `defaultValue`. */
export interface SelectProps {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false | null;
  items: ReadonlyArray<SelectItem | null | undefined | false>;
  value?: string;
  defaultValue?: string;
  onChange?: ChangeEventHandler<HTMLSelectElement>;
  onBlur?: FocusEventHandler<HTMLSelectElement>;
  ref?: Ref<HTMLSelectElement>;
  describedBy?: string;
  formGroup?: FormGroupOptions;
  disabled?: boolean;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK select. Prefer radios for fewer than about 8 options. */
export function Select(props: SelectProps) {
  const { name, label, hint, errorMessage, items, formGroup } = props;
  const id = props.id || name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // Upstream marks `selected` options; React selects through the <select>'s value, so find the initial one here.
  const present = items.filter((item): item is SelectItem => Boolean(item));
  const explicit = present.find((item) => item.selected);
  const byValue =
    props.defaultValue === undefined
      ? undefined
      : present.find((item) => (item.value ?? item.text) === props.defaultValue && item.selected !== false);
  const initial = explicit ?? byValue;
  const defaultValue = props.value === undefined && initial ? (initial.value ?? initial.text) : undefined;
  return (
    <FormGroup hasError={Boolean(errorMessage)} options={formGroup}>
      <FieldLabel label={label} htmlFor={id} />
      <FieldHint hint={hint} id={hintId} />
      <FieldError error={errorMessage} id={errorId} />
      <Slot content={formGroup?.beforeInput} />
      <select
        ref={props.ref}
        className={cx('govuk-select', props.className, errorMessage && 'govuk-select--error')}
        id={id}
        name={name}
        disabled={props.disabled || undefined}
        aria-describedby={describedByList(props.describedBy, hint && hintId, errorMessage && errorId)}
        value={props.value}
        defaultValue={defaultValue}
        onChange={props.onChange}
        onBlur={props.onBlur}
        {...props.attributes}
      >
        {present.map((item) => (
          <option
            key={`${item.value ?? ''}|${item.text}`}
            value={item.value}
            disabled={item.disabled || undefined}
            {...item.attributes}
          >
            {item.text}
          </option>
        ))}
      </select>
      <Slot content={formGroup?.afterInput} />
    </FormGroup>
  );
}
