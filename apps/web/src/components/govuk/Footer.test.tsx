import { render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/footer/fixtures.json';
import { expect, it } from 'vitest';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { CouncilFooter, Footer } from './Footer.tsx';

interface NjLink {
  href: string;
  text: string;
  attributes?: NjAttributes;
}

interface NjFooter {
  meta?: NjContent & { items?: NjLink[]; visuallyHiddenTitle?: string };
  navigation?: Array<{ title: string; width?: string; columns?: number; items?: NjLink[] }>;
  contentLicence?: NjContent | null;
  copyright?: NjContent;
  containerClasses?: string;
  classes?: string;
  attributes?: NjAttributes;
}

const link = (l: NjLink) => ({ href: l.href, text: l.text, attributes: attrs(l.attributes) });

// Deliberate difference: Waypoint's footer never draws the crown (councils are not on GOV.UK), so the crown
// `<svg class="govuk-footer__crown">` is removed from the upstream HTML before comparing. Nothing else differs.
const withoutCrown = (html: string) => html.replace(/<svg[^>]*?class="govuk-footer__crown"[\s\S]*?<\/svg>/, '');

describeFixtures<NjFooter>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Footer
      meta={
        o.meta && {
          items: o.meta.items?.map(link),
          text: content(o.meta),
          visuallyHiddenTitle: o.meta.visuallyHiddenTitle,
        }
      }
      navigation={o.navigation?.map((n) => ({ ...n, items: n.items?.map(link) }))}
      contentLicence={o.contentLicence === null ? null : content(o.contentLicence)}
      copyright={content(o.copyright)}
      containerClasses={o.containerClasses}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
  { expected: withoutCrown },
);

it('the crown-removal helper really removes the crown from the upstream default', () => {
  const html = fixtures.fixtures.find((f) => f.name === 'default')?.html ?? '';
  expect(html).toContain('govuk-footer__crown');
  expect(withoutCrown(html)).not.toContain('govuk-footer__crown');
});

it('CouncilFooter has the three required meta links, the council copyright and no crown or OGL line', () => {
  const { container, getByRole } = render(
    <CouncilFooter councilName="Northshire County Council" councilUrl="https://www.northshire.example" />,
  );
  expect(getByRole('link', { name: 'Accessibility statement' }).getAttribute('href')).toBe('/accessibility-statement');
  expect(getByRole('link', { name: 'Cookies' }).getAttribute('href')).toBe('/cookies');
  expect(getByRole('link', { name: 'Privacy notice' }).getAttribute('href')).toBe('/privacy-notice');
  expect(getByRole('link', { name: '© Northshire County Council' }).getAttribute('href')).toBe(
    'https://www.northshire.example',
  );
  expect(container.querySelector('.govuk-footer__crown')).toBeNull();
  expect(container.textContent).not.toMatch(/Crown copyright|Open Government Licence/);
});
