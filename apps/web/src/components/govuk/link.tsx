import { type AnchorHTMLAttributes, createContext, type ReactNode, type Ref, useContext } from 'react';

/** Props every link component receives: plain anchor attributes plus a required `href`. */
export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; ref?: Ref<HTMLAnchorElement> };

/** A component that renders an `<a>` with exactly the props it is given (for example a router link wrapper). */
export type LinkComponent = (props: LinkProps) => ReactNode;

function PlainLink(props: LinkProps) {
  return <a {...props} />;
}

const LinkContext = createContext<LinkComponent>(PlainLink);

/**
 * Makes the navigational components (BackLink, Breadcrumbs, ServiceNavigation, SummaryList actions, Pagination,
 * TaskList, Footer, GenericHeader, link Buttons) render their links with `component`, for client-side routing.
 * The component must render one `<a>` carrying all props (including `ref`), so the markup stays GOV.UK's.
 */
export function LinkProvider({ component, children }: { component: LinkComponent; children: ReactNode }) {
  return <LinkContext value={component}>{children}</LinkContext>;
}

/** The link component in force (a plain `<a>` unless a `LinkProvider` says otherwise). */
export function useLinkComponent(): LinkComponent {
  return useContext(LinkContext);
}
