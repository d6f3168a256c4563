import { Checkboxes as CheckboxesModule } from 'govuk-frontend';
import { Fragment, type ReactNode } from 'react';
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
import { Hint } from './Hint.tsx';
import { hasContent, Label } from './Label.tsx';
import { cx, describedByList, type HtmlAttributes } from './shared.ts';
import { useControllable } from './use-controllable.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** One checkbox option. */
export interface CheckboxesOption {
  value: string;
  /** Label text or markup (`text`/`html`). */
  text: ReactNode;
  /** Defaults to `<idPrefix>` for the first item and `<idPrefix>-<n>` after. */
  id?: string;
  /** Overrides the group's `name` for this box. */
  name?: string;
  hint?: HintOptions;
  /** Initially checked (uncontrolled use); `false` stops `defaultValues` checking it. */
  checked?: boolean;
  disabled?: boolean;
  /** `exclusive` for a "None of these" option: checking it clears the others, and the reverse. */
  behaviour?: 'exclusive';
  /** Content revealed under the option while it is checked. */
  conditional?: ReactNode;
  label?: { className?: string; attributes?: HtmlAttributes };
  attributes?: HtmlAttributes;
}

/** An item: an option, or a divider such as "or". */
export type CheckboxesItem = CheckboxesOption | { divider: string };

/** Props for `Checkboxes` (govukCheckboxes macro options). Pass `values` + `onChange` or `defaultValues`. */
export interface CheckboxesProps {
  name: string;
  /** Prefix for item, hint and error ids; defaults to `name`. */
  idPrefix?: string;
  /** Empty entries are skipped but still count for ids, as upstream. */
  items: ReadonlyArray<CheckboxesItem | null | undefined | false>;
  values?: readonly string[];
  defaultValues?: readonly string[];
  onChange?: (values: readonly string[]) => void;
  /** Extra ids for `aria-describedby`. */
  describedBy?: string;
  fieldset?: FieldsetOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false | null;
  formGroup?: FormGroupOptions;
  /** For example `govuk-checkboxes--small`. */
  className?: string;
  attributes?: HtmlAttributes;
}

function isOption(item: CheckboxesItem | null | undefined | false): item is CheckboxesOption {
  return Boolean(item) && !('divider' in Object(item));
}

function initialValues(props: CheckboxesProps): readonly string[] {
  return props.items
    .filter(isOption)
    .filter((item) => item.checked || (item.checked !== false && (props.defaultValues ?? []).includes(item.value)))
    .map((item) => item.value);
}

/** GOV.UK checkboxes with hints, dividers, an exclusive "None" option and conditional reveals. */
export function Checkboxes(props: CheckboxesProps) {
  const { name, items, fieldset, hint, errorMessage, formGroup } = props;
  const ref = useGovukModule<HTMLDivElement>(CheckboxesModule);
  const [checked, setChecked] = useControllable(props.values, initialValues(props), props.onChange);
  const idPrefix = props.idPrefix || name;
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const describedBy = describedByList(
    fieldset?.describedBy || props.describedBy,
    hint && hintId,
    errorMessage && errorId,
  );
  const options = items.filter(isOption);
  const toggle = (item: CheckboxesOption, on: boolean) => {
    if (!on) return setChecked(checked.filter((v) => v !== item.value));
    // Exclusive options and the rest clear each other, as GOV.UK Frontend's script does, but in React state.
    const keep = checked.filter((v) => {
      const other = options.find((o) => o.value === v);
      return item.behaviour === 'exclusive' ? false : other?.behaviour !== 'exclusive';
    });
    setChecked([...keep, item.value]);
  };
  const inner = (
    <>
      <FieldHint hint={hint} id={hintId} />
      <FieldError error={errorMessage} id={errorId} />
      <div
        ref={ref}
        className={cx('govuk-checkboxes', props.className)}
        {...props.attributes}
        data-module="govuk-checkboxes"
      >
        <Slot content={formGroup?.beforeInput} />
        {items.map((item, index) => {
          if (!item) return null;
          if ('divider' in item) {
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a divider has no identity but its position.
              <div key={`divider-${index}`} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id || (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const isChecked = checked.includes(item.value);
          const hasConditional = hasContent(item.conditional);
          const hasHint = item.hint !== undefined && hasContent(item.hint.text);
          const itemHintId = `${itemId}-item-hint`;
          return (
            <Fragment key={itemId}>
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={item.name || name}
                  type="checkbox"
                  value={item.value}
                  checked={isChecked}
                  onChange={(event) => toggle(item, event.currentTarget.checked)}
                  disabled={item.disabled || undefined}
                  data-aria-controls={hasConditional ? conditionalId : undefined}
                  data-behaviour={item.behaviour}
                  aria-describedby={describedByList(!fieldset && describedBy, hasHint && itemHintId)}
                  {...item.attributes}
                />
                <Label
                  htmlFor={itemId}
                  className={cx('govuk-checkboxes__label', item.label?.className)}
                  attributes={item.label?.attributes}
                >
                  {item.text}
                </Label>
                {hasHint && item.hint && (
                  <Hint
                    id={itemHintId}
                    className={cx('govuk-checkboxes__hint', item.hint.className)}
                    attributes={item.hint.attributes}
                  >
                    {item.hint.text}
                  </Hint>
                )}
              </div>
              {hasConditional && (
                <div
                  className={cx('govuk-checkboxes__conditional', !isChecked && 'govuk-checkboxes__conditional--hidden')}
                  id={conditionalId}
                >
                  {item.conditional}
                </div>
              )}
            </Fragment>
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
          describedBy={describedBy}
          className={fieldset.className}
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
