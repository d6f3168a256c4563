import fixtures from 'govuk-frontend/dist/govuk/components/warning-text/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { WarningText } from './WarningText.tsx';

interface NjWarningText extends NjContent {
  iconFallbackText?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjWarningText>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <WarningText iconFallbackText={o.iconFallbackText} className={o.classes} attributes={attrs(o.attributes)}>
      {content(o)}
    </WarningText>
  ),
);
