import { useRef } from 'react';
import { Fieldset } from './Fieldset.tsx';
import {
  type ErrorMessageOptions,
  FieldError,
  FieldHint,
  type FieldsetOptions,
  FormGroup,
  type FormGroupOptions,
  type HintOptions,
  Slot,
} from './form-field.tsx';
import { Input } from './Input.tsx';
import { cx, describedByList, type HtmlAttributes } from './shared.ts';

/** One of the day, month and year boxes. */
export interface DateInputItem {
  /** `day`, `month`, `year` or a custom name; the field's name is `<namePrefix>-<name>`. */
  name: string;
  /** Which part this box holds when the name is custom; the year box is wider. Defaults from `name`. */
  part?: 'day' | 'month' | 'year';
  /** Defaults to the capitalised name ("Day"). */
  label?: string;
  /** Defaults to `<id>-<name>`. */
  id?: string;
  /** Marks only this box as in error (otherwise all boxes are, when the group has an error message). */
  error?: boolean;
  /** Width class; defaults to `govuk-input--width-2`, or `-4` for the year. */
  className?: string;
  autocomplete?: string;
  pattern?: string;
  /** Defaults to `numeric`. */
  inputmode?: 'numeric' | 'text';
  attributes?: HtmlAttributes;
}

/** Field values keyed by field name (for example `{ 'dob-day': '31' }`). */
export type DateInputValues = Readonly<Record<string, string>>;

/** Props for `DateInput` (govukDateInput macro options). Pass `values` + `onChange` or `defaultValues`. */
export interface DateInputProps {
  /** The group's id; hint, error and box ids derive from it. Link the error summary to `#<id>-day`. */
  id: string;
  namePrefix?: string;
  /** Defaults to day, month and year. */
  items?: readonly DateInputItem[];
  values?: DateInputValues;
  defaultValues?: DateInputValues;
  onChange?: (values: DateInputValues) => void;
  fieldset?: FieldsetOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false | null;
  formGroup?: FormGroupOptions;
  className?: string;
  attributes?: HtmlAttributes;
}

const defaultItems: readonly DateInputItem[] = [{ name: 'day' }, { name: 'month' }, { name: 'year' }];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** GOV.UK date input: separate day, month and year boxes in a fieldset with `role="group"`. */
export function DateInput(props: DateInputProps) {
  const { id, items = defaultItems, fieldset, hint, errorMessage, formGroup } = props;
  const latest = useRef<DateInputValues>(props.values ?? props.defaultValues ?? {});
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const namePrefix = props.namePrefix ? `${props.namePrefix}-` : '';
  const anyItemHasError = items.some((item) => item.error || item.className?.includes('govuk-input--error'));
  const controlled = props.values !== undefined;
  const inner = (
    <>
      <FieldHint hint={hint} id={hintId} />
      <FieldError error={errorMessage} id={errorId} />
      <div className={cx('govuk-date-input', props.className)} {...props.attributes} id={id}>
        <Slot content={formGroup?.beforeInput} />
        {items.map((item) => {
          const fieldName = namePrefix + item.name;
          const classes = item.className ?? '';
          const width = (item.part ?? item.name) === 'year' ? 4 : 2;
          const inError =
            !classes.includes('govuk-input--error') &&
            (item.error || (item.error !== false && Boolean(errorMessage) && !anyItemHasError));
          const itemClasses = cx(
            inError && 'govuk-input--error',
            !classes.includes('govuk-input--width-') && `govuk-input--width-${width}`,
            classes,
          );
          return (
            <div key={fieldName} className="govuk-date-input__item">
              <Input
                label={{ text: item.label || capitalise(item.name), className: 'govuk-date-input__label' }}
                id={item.id || `${id}-${item.name}`}
                className={cx('govuk-date-input__input', itemClasses)}
                name={fieldName}
                value={controlled ? (props.values?.[fieldName] ?? '') : undefined}
                defaultValue={controlled ? undefined : props.defaultValues?.[fieldName]}
                onChange={(event) => {
                  latest.current = { ...(props.values ?? latest.current), [fieldName]: event.currentTarget.value };
                  props.onChange?.(latest.current);
                }}
                type="text"
                inputmode={item.inputmode || 'numeric'}
                autocomplete={item.autocomplete}
                pattern={item.pattern}
                attributes={item.attributes}
              />
            </div>
          );
        })}
        <Slot content={formGroup?.afterInput} />
      </div>
    </>
  );
  return (
    <FormGroup hasError={Boolean(errorMessage)} options={formGroup}>
      {fieldset ? (
        <Fieldset
          describedBy={describedByList(fieldset.describedBy, hint && hintId, errorMessage && errorId)}
          className={fieldset.className}
          role="group"
          attributes={fieldset.attributes}
          legend={fieldset.legend}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
