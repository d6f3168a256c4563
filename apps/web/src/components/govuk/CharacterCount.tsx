import { CharacterCount as CharacterCountModule } from 'govuk-frontend';
import { Hint } from './Hint.tsx';
import { cx } from './shared.ts';
import { Textarea, type TextareaProps } from './Textarea.tsx';
import { useGovukModule } from './use-govuk-module.ts';

/** Props for `CharacterCount` (govukCharacterCount macro options): a textarea plus a limit. */
export interface CharacterCountProps extends Omit<TextareaProps, 'formGroupRef' | 'describedBy'> {
  /** Character limit. Give this or `maxwords`. */
  maxlength?: number;
  /** Word limit. */
  maxwords?: number;
  /** What to count: `characters` (default), `words`, or `length` (UTF-16 code units, as `maxlength` does). */
  countType?: 'characters' | 'words' | 'length';
  /** Percentage of the limit at which the count appears, for example 75. */
  threshold?: number;
  /** Text before the script runs; `%{count}` is replaced by the limit. Defaults to "You can enter up to …". */
  textareaDescriptionText?: string;
  countMessage?: { className?: string };
}

/**
 * GOV.UK character count: the server-rendered "You can enter up to N characters" hint, which the script turns into a
 * live count with a polite status message. Content beyond the limit is allowed and flagged, not cut.
 */
export function CharacterCount(props: CharacterCountProps) {
  const {
    maxlength,
    maxwords,
    countType: countTypeOption,
    threshold,
    textareaDescriptionText,
    countMessage,
    formGroup,
    ...textarea
  } = props;
  const ref = useGovukModule<HTMLDivElement>(CharacterCountModule);
  const id = props.id || props.name;
  const countType = countTypeOption ?? (maxwords ? 'words' : undefined);
  const limit = maxwords || maxlength;
  const description = (
    textareaDescriptionText || `You can enter up to %{count} ${countType === 'words' ? 'words' : 'characters'}`
  ).replace('%{count}', String(limit));
  return (
    <Textarea
      {...textarea}
      id={id}
      describedBy={`${id}-info`}
      className={cx('govuk-js-character-count', props.className)}
      formGroupRef={ref}
      formGroup={{
        className: cx('govuk-character-count', formGroup?.className),
        attributes: {
          'data-module': 'govuk-character-count',
          'data-maxlength': maxlength,
          'data-maxwords': maxwords,
          'data-threshold': threshold,
          'data-count-type': countType,
          ...(limit === undefined && textareaDescriptionText
            ? { 'data-i18n.textarea-description.other': textareaDescriptionText }
            : {}),
          ...formGroup?.attributes,
        },
        beforeInput: formGroup?.beforeInput,
        afterInput: (
          <>
            <Hint id={`${id}-info`} className={cx('govuk-character-count__message', countMessage?.className)}>
              {limit === undefined ? undefined : description}
            </Hint>
            {formGroup?.afterInput}
          </>
        ),
      }}
    />
  );
}
