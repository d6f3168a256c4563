import fixtures from 'govuk-frontend/dist/govuk/components/generic-header/fixtures.json';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { attrs, describeFixtures, markup, type NjAttributes } from '../test-utils/fixtures.ts';
import { GenericHeader } from './GenericHeader.tsx';
import { Header } from './Header.tsx';

interface NjGenericHeader {
  logoText?: string;
  logoHtml?: string;
  url?: string;
  containerClasses?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjGenericHeader>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <GenericHeader
      logo={markup(o.logoHtml) ?? o.logoText}
      url={o.url}
      containerClasses={o.containerClasses}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);

it('Header shows the council name on a generic header, with no crown or GOV.UK logotype', () => {
  const html = renderToStaticMarkup(<Header councilName="Northshire County Council" homepageUrl="/home" />);
  const host = document.createElement('div');
  host.innerHTML = html;
  const link = host.querySelector('a.govuk-generic-header__homepage-link');
  expect(link?.getAttribute('href')).toBe('/home');
  expect(link?.textContent).toBe('Northshire County Council');
  expect(host.querySelector('svg')).toBeNull();
  expect(html).not.toMatch(/GOV\.UK|crown/i);
});
