import type {
  ErrorMessageOptions,
  FieldsetOptions,
  FormGroupOptions,
  HintOptions,
  LabelOptions,
} from '../govuk/form-field.tsx';
import { attrs, content, type NjAttributes, type NjContent } from './fixtures.ts';

// Nunjucks option shapes shared by the form components, and their translation to Waypoint props.

/** Nunjucks `label`. */
export interface NjLabel extends NjContent {
  classes?: string;
  isPageHeading?: boolean;
  attributes?: NjAttributes;
}
/** Nunjucks `hint`. */
export interface NjHint extends NjContent {
  classes?: string;
  attributes?: NjAttributes;
}
/** Nunjucks `errorMessage`. */
export interface NjErrorMessage extends NjContent {
  classes?: string;
  attributes?: NjAttributes;
  visuallyHiddenText?: string;
}
/** Nunjucks `fieldset`. */
export interface NjFieldset {
  legend?: NjContent & { classes?: string; isPageHeading?: boolean };
  describedBy?: string;
  classes?: string;
  attributes?: NjAttributes;
}
/** Nunjucks `formGroup`. */
export interface NjFormGroup {
  classes?: string;
  attributes?: NjAttributes;
  beforeInput?: NjContent;
  afterInput?: NjContent;
  beforeInputs?: NjContent;
  afterInputs?: NjContent;
}

/** Translates a Nunjucks label. */
export function toLabel(label: NjLabel | undefined): LabelOptions {
  return {
    text: content(label),
    className: label?.classes,
    isPageHeading: label?.isPageHeading,
    attributes: attrs(label?.attributes),
  };
}

/** Translates a Nunjucks hint (absent stays absent). */
export function toHint(hint: NjHint | undefined): HintOptions | undefined {
  return hint && { text: content(hint), className: hint.classes, attributes: attrs(hint.attributes) };
}

/** Translates a Nunjucks error message (absent or falsy stays absent). */
export function toError(error: NjErrorMessage | false | undefined): ErrorMessageOptions | undefined {
  return error
    ? {
        text: content(error),
        className: error.classes,
        attributes: attrs(error.attributes),
        visuallyHiddenText: error.visuallyHiddenText,
      }
    : undefined;
}

/** Translates a Nunjucks fieldset. */
export function toFieldset(fieldset: NjFieldset | undefined): FieldsetOptions | undefined {
  return (
    fieldset && {
      legend: fieldset.legend && {
        text: content(fieldset.legend),
        className: fieldset.legend.classes,
        isPageHeading: fieldset.legend.isPageHeading,
      },
      describedBy: fieldset.describedBy,
      className: fieldset.classes,
      attributes: attrs(fieldset.attributes),
    }
  );
}

/** Translates a Nunjucks form group. */
export function toFormGroup(formGroup: NjFormGroup | undefined): FormGroupOptions | undefined {
  return (
    formGroup && {
      className: formGroup.classes,
      attributes: attrs(formGroup.attributes),
      beforeInput: content(formGroup.beforeInput ?? formGroup.beforeInputs),
      afterInput: content(formGroup.afterInput ?? formGroup.afterInputs),
    }
  );
}
