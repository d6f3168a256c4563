import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** A footer link. */
export interface FooterLink {
  href: string;
  text: string;
  attributes?: HtmlAttributes;
}

/** A footer navigation section. */
export interface FooterNavigation {
  title: string;
  /** Grid width, for example `one-third`; defaults to `full`. */
  width?: string;
  /** Split the list into columns. */
  columns?: number;
  items?: readonly FooterLink[];
}

/** Props for `Footer` (govukFooter macro options, without the crown). */
export interface FooterProps {
  meta?: {
    items?: readonly FooterLink[];
    /** Extra meta text or markup (`text`/`html`). */
    text?: ReactNode;
    /** Heading for the meta links, read by screen readers; defaults to "Support links". */
    visuallyHiddenTitle?: string;
  };
  navigation?: readonly FooterNavigation[];
  /** Licence text or markup; `undefined` shows the Open Government Licence statement, `null` removes it. */
  contentLicence?: ReactNode | null;
  /** Copyright text or markup; defaults to "© Crown copyright". `null` removes the copyright link. */
  copyright?: ReactNode | null;
  /** Where the copyright links; defaults to The National Archives' Crown copyright page. */
  copyrightHref?: string;
  containerClasses?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

const crownCopyrightHref =
  'https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/';

function LicenceLogo() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className="govuk-footer__licence-logo"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 483.2 195.7"
      height="17"
      width="41"
    >
      <path
        fill="currentColor"
        d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145"
      />
    </svg>
  );
}

/**
 * GOV.UK footer. Unlike `govukFooter` it never draws the crown: councils are not on GOV.UK. Everything else
 * (navigation, meta links, licence, copyright) matches upstream markup.
 */
export function Footer(props: FooterProps) {
  const { meta, navigation = [], contentLicence, copyright, containerClasses, className, attributes } = props;
  const Link = useLinkComponent();
  return (
    <div className={cx('govuk-footer', className)} {...attributes}>
      <div className={cx('govuk-width-container', containerClasses)}>
        {navigation.length > 0 && (
          <>
            <div className="govuk-footer__navigation">
              {navigation.map((nav, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: sections are positional.
                <div key={index} className={`govuk-footer__section govuk-grid-column-${nav.width || 'full'}`}>
                  <h2 className="govuk-footer__heading govuk-heading-m">{nav.title}</h2>
                  {nav.items && nav.items.length > 0 && (
                    <ul
                      className={cx(
                        'govuk-footer__list',
                        nav.columns ? `govuk-footer__list--columns-${nav.columns}` : undefined,
                      )}
                    >
                      {nav.items
                        .filter((item) => item.href && item.text)
                        .map((item, index) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: links may share an href.
                          <li key={index} className="govuk-footer__list-item">
                            <Link className="govuk-footer__link" href={item.href} {...item.attributes}>
                              {item.text}
                            </Link>
                          </li>
                        ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
            <hr className="govuk-footer__section-break" />
          </>
        )}
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta && (
              <>
                <h2 className="govuk-visually-hidden">{meta.visuallyHiddenTitle || 'Support links'}</h2>
                {meta.items && meta.items.length > 0 && (
                  <ul className="govuk-footer__inline-list">
                    {meta.items.map((item, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: links may share an href.
                      <li key={index} className="govuk-footer__inline-list-item">
                        <Link className="govuk-footer__link" href={item.href} {...item.attributes}>
                          {item.text}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                {hasContent(meta.text) && <div className="govuk-footer__meta-custom">{meta.text}</div>}
              </>
            )}
            {contentLicence !== null && (
              <>
                <LicenceLogo />
                <span className="govuk-footer__licence-description">
                  {hasContent(contentLicence) ? (
                    contentLicence
                  ) : (
                    <>
                      All content is available under the{' '}
                      <a
                        className="govuk-footer__link"
                        href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                        rel="license"
                      >
                        Open Government Licence v3.0
                      </a>
                      , except where otherwise stated
                    </>
                  )}
                </span>
              </>
            )}
          </div>
          {copyright !== null && (
            <div className="govuk-footer__meta-item">
              <a
                className="govuk-footer__link govuk-footer__copyright-logo"
                href={props.copyrightHref || crownCopyrightHref}
              >
                {hasContent(copyright) ? copyright : '© Crown copyright'}
              </a>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** Props for `CouncilFooter`. */
export interface CouncilFooterProps {
  /** The council's name, for the copyright line. */
  councilName: string;
  /** The council's website, linked from the copyright line. */
  councilUrl?: string;
  /** Defaults to `/accessibility-statement`. */
  accessibilityHref?: string;
  /** Defaults to `/cookies`. */
  cookiesHref?: string;
  /** Defaults to `/privacy-notice`. */
  privacyHref?: string;
  /** More meta links, after the three required ones (for example "Help"). */
  extraLinks?: readonly FooterLink[];
  /** Extra text in the meta area, for example the version. */
  metaText?: ReactNode;
}

/**
 * Waypoint's council footer: no crown, no Open Government Licence line, the council's copyright, and the meta links
 * every council service needs: Accessibility statement, Cookies, Privacy notice.
 */
export function CouncilFooter(props: CouncilFooterProps) {
  return (
    <Footer
      meta={{
        items: [
          { href: props.accessibilityHref ?? '/accessibility-statement', text: 'Accessibility statement' },
          { href: props.cookiesHref ?? '/cookies', text: 'Cookies' },
          { href: props.privacyHref ?? '/privacy-notice', text: 'Privacy notice' },
          ...(props.extraLinks ?? []),
        ],
        text: props.metaText,
      }}
      contentLicence={null}
      copyright={props.councilUrl ? `© ${props.councilName}` : null}
      copyrightHref={props.councilUrl}
    />
  );
}
