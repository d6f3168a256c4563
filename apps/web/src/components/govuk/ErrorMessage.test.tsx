import fixtures from 'govuk-frontend/dist/govuk/components/error-message/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

interface NjErrorMessage extends NjContent {
  id?: string;
  classes?: string;
  visuallyHiddenText?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjErrorMessage>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <ErrorMessage
      id={o.id}
      className={o.classes}
      visuallyHiddenText={o.visuallyHiddenText}
      attributes={attrs(o.attributes)}
    >
      {content(o)}
    </ErrorMessage>
  ),
);
