import buttonFixtures from 'govuk-frontend/dist/govuk/components/button/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes } from '../test-utils/fixtures.ts';
import { Button } from './Button.tsx';

interface NjButton {
  text?: string;
  html?: string;
  href?: string;
  type?: 'submit' | 'button' | 'reset';
  name?: string;
  value?: string;
  disabled?: boolean;
  preventDoubleClick?: boolean;
  isStartButton?: boolean;
  id?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjButton>(
  buttonFixtures,
  buttonFixtures.fixtures.map((f) => f.name),
  (o) => (
    <Button
      href={o.href}
      type={o.type}
      name={o.name}
      value={o.value}
      disabled={o.disabled}
      preventDoubleClick={o.preventDoubleClick}
      isStartButton={o.isStartButton}
      id={o.id}
      className={o.classes}
      attributes={attrs(o.attributes)}
    >
      {content(o)}
    </Button>
  ),
);
