import type { ReactNode } from 'react';
import { GenericHeader } from './GenericHeader.tsx';
import type { HtmlAttributes } from './shared.ts';

/** Props for `Header`: the council's header (a generic header carrying the council's name, never the crown). */
export interface HeaderProps {
  /** The council's name, for example "Northshire County Council". */
  councilName: string;
  /** Optional council logo (an `<img>` or inline SVG with a text alternative), shown before the name. */
  logo?: ReactNode;
  /** Where the name links; defaults to `/` (the service's start page). */
  homepageUrl?: string;
  /** Use `govuk-generic-header__container--full-width` for wide layouts. */
  containerClasses?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/**
 * Council header for Waypoint. Councils are not on GOV.UK, so there is no crown or GOV.UK logotype (GOV.UK's
 * `govukHeader` always renders them); the service name belongs in `ServiceNavigation` below it.
 */
export function Header({ councilName, logo, homepageUrl, containerClasses, className, attributes }: HeaderProps) {
  return (
    <GenericHeader
      logo={
        logo ? (
          <>
            {logo} <span className="app-header__council-name">{councilName}</span>
          </>
        ) : (
          councilName
        )
      }
      url={homepageUrl}
      containerClasses={containerClasses}
      className={className}
      attributes={attributes}
    />
  );
}
