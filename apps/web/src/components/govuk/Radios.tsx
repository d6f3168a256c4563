import { Radios as RadiosModule } from 'govuk-frontend';
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

/** One radio option. */
export interface RadiosOption {
  value: string;
  /** Label text or markup (`text`/`html`). */
  text: ReactNode;
  /** Defaults to `<idPrefix>` for the first item and `<idPrefix>-<n>` after. */
  id?: string;
  hint?: HintOptions;
  /** Initially checked (uncontrolled use); `false` stops `defaultValue` checking it. */
  checked?: boolean;
  disabled?: boolean;
  /** Content revealed under the option while it is checked (conditional reveal). */
  conditional?: ReactNode;
  label?: { className?: string; attributes?: HtmlAttributes };
  attributes?: HtmlAttributes;
}

/** An item: an option, or a divider such as "or". */
export type RadiosItem = RadiosOption | { divider: string };

/** Props for `Radios` (govukRadios macro options). Pass `value` + `onChange` (controlled) or `defaultValue`. */
export interface RadiosProps {
  name: string;
  /** Prefix for item, hint and error ids; defaults to `name`. The first item's id is the prefix itself. */
  idPrefix?: string;
  /** Empty entries are skipped but still count for ids, as upstream. */
  items: ReadonlyArray<RadiosItem | null | undefined | false>;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  fieldset?: FieldsetOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false | null;
  formGroup?: FormGroupOptions;
  /** For example `govuk-radios--inline` or `govuk-radios--small`. */
  className?: string;
  attributes?: HtmlAttributes;
}

function initialValue(props: RadiosProps): string | undefined {
  const options = props.items.filter((item): item is RadiosOption => Boolean(item) && !('divider' in Object(item)));
  const explicit = options.find((item) => item.checked);
  if (explicit) return explicit.value;
  const byValue = options.find((item) => item.value === props.defaultValue && item.checked !== false);
  return byValue?.value;
}

/** GOV.UK radios with hints, dividers and conditional reveals. */
export function Radios(props: RadiosProps) {
  const { name, items, fieldset, hint, errorMessage, formGroup } = props;
  const ref = useGovukModule<HTMLDivElement>(RadiosModule);
  const [selected, setSelected] = useControllable<string | undefined>(props.value, initialValue(props), (next) => {
    if (next !== undefined) props.onChange?.(next);
  });
  const idPrefix = props.idPrefix || name;
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const inner = (
    <>
      <FieldHint hint={hint} id={hintId} />
      <FieldError error={errorMessage} id={errorId} />
      <div ref={ref} className={cx('govuk-radios', props.className)} {...props.attributes} data-module="govuk-radios">
        <Slot content={formGroup?.beforeInput} />
        {items.map((item, index) => {
          if (!item) return null;
          if ('divider' in item) {
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a divider has no identity but its position.
              <div key={`divider-${index}`} className="govuk-radios__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id || (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
          const conditionalId = `conditional-${itemId}`;
          const isChecked = selected !== undefined && selected === item.value;
          const hasConditional = hasContent(item.conditional);
          const hasHint = item.hint !== undefined && hasContent(item.hint.text);
          const itemHintId = `${itemId}-item-hint`;
          return (
            <Fragment key={itemId}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={isChecked}
                  onChange={() => setSelected(item.value)}
                  disabled={item.disabled || undefined}
                  data-aria-controls={hasConditional ? conditionalId : undefined}
                  aria-describedby={hasHint ? itemHintId : undefined}
                  {...item.attributes}
                />
                <Label
                  htmlFor={itemId}
                  className={cx('govuk-radios__label', item.label?.className)}
                  attributes={item.label?.attributes}
                >
                  {item.text}
                </Label>
                {hasHint && item.hint && (
                  <Hint
                    id={itemHintId}
                    className={cx('govuk-radios__hint', item.hint.className)}
                    attributes={item.hint.attributes}
                  >
                    {item.hint.text}
                  </Hint>
                )}
              </div>
              {hasConditional && (
                <div
                  className={cx('govuk-radios__conditional', !isChecked && 'govuk-radios__conditional--hidden')}
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
          describedBy={describedByList(fieldset.describedBy, hint && hintId, errorMessage && errorId)}
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
