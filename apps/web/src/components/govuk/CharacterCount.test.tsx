import { render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/character-count/fixtures.json';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { attrs, describeFixtures, type NjAttributes } from '../test-utils/fixtures.ts';
import { enableGovukFrontendScripts } from '../test-utils/govuk-frontend-env.ts';
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
import { CharacterCount } from './CharacterCount.tsx';

interface NjCharacterCount {
  id?: string;
  name: string;
  maxlength?: number;
  maxwords?: number;
  countType?: 'characters' | 'words' | 'length';
  threshold?: number;
  textareaDescriptionText?: string;
  countMessage?: { classes?: string };
  rows?: number;
  value?: string;
  label: NjLabel;
  hint?: NjHint;
  errorMessage?: NjErrorMessage;
  formGroup?: NjFormGroup;
  spellcheck?: boolean;
  classes?: string;
  attributes?: NjAttributes;
}

// Not covered: "with translations" (Waypoint is English only, so the i18n data attributes are not offered).
describeFixtures<NjCharacterCount>(
  fixtures,
  fixtures.fixtures.map((f) => f.name).filter((name) => name !== 'with translations'),
  (o) => (
    <CharacterCount
      id={o.id}
      name={o.name}
      maxlength={o.maxlength}
      maxwords={o.maxwords}
      countType={o.countType}
      threshold={o.threshold}
      textareaDescriptionText={o.textareaDescriptionText}
      countMessage={o.countMessage && { className: o.countMessage.classes }}
      rows={o.rows}
      defaultValue={o.value}
      label={toLabel(o.label)}
      hint={toHint(o.hint)}
      errorMessage={toError(o.errorMessage)}
      formGroup={toFormGroup(o.formGroup)}
      spellcheck={o.spellcheck}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);

describe('CharacterCount behaviour (GOV.UK Frontend script running)', () => {
  beforeEach(enableGovukFrontendScripts);

  it('replaces the static limit hint with a live count, once under StrictMode', () => {
    const { container } = render(
      <StrictMode>
        <CharacterCount name="summary" label={{ text: 'Summary' }} maxlength={20} defaultValue="Twelve chars" />
      </StrictMode>,
    );
    expect(container.querySelector('.govuk-character-count')?.hasAttribute('data-govuk-character-count-init')).toBe(
      true,
    );
    expect(container.textContent).toContain('You have 8 characters remaining');
  });
});
