import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';

/** The service name used in every page title. */
export const serviceName = 'Waypoint';

/** Builds a page title: "<title> – Waypoint – <council>", prefixed "Error: " when the page shows errors. */
export function pageTitle(title: string, councilName: string, hasErrors = false): string {
  return `${hasErrors ? 'Error: ' : ''}${title} – ${serviceName} – ${councilName}`;
}

type Announce = (message: string) => void;
const AnnouncerContext = createContext<Announce | null>(null);

/**
 * A polite live region that outlives route changes, so page changes are announced reliably (a region created with
 * its text already in it often is not read). Mount it once in the app shell around the routed content.
 */
export function RouteAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback<Announce>((next) => {
    // Clear first, then set after a pause, so the same title twice is still announced.
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 100);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnouncerContext value={announce}>
      {children}
      <p className="govuk-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
        {message}
      </p>
    </AnnouncerContext>
  );
}

/** Props for `Page`. */
export interface PageProps {
  /** The page's title, also the `<h1>` unless `heading` is given. */
  title: string;
  /** The council's name, the last part of `document.title`. */
  councilName: string;
  /** True after a failed submit: prefixes "Error: " to the title and leaves focus with the error summary. */
  hasErrors?: boolean;
  /** The h1 content when it differs from `title` (for example with extra markup). */
  heading?: ReactNode;
  /** A caption above the h1 ("Improvement plan"). */
  caption?: string;
  /** Defaults to `govuk-heading-l`. */
  headingClassName?: string;
  /** Changes when the route changes without remounting the page (for example a new search query). */
  routeKey?: string;
  /** Set false to leave focus alone (the first page after a full load, so the skip link stays first). */
  moveFocus?: boolean;
  /** Content before the heading, for example an `ErrorSummary` or a success `NotificationBanner`. */
  beforeHeading?: ReactNode;
  children?: ReactNode;
}

/**
 * A routed page of the single-page app: sets `document.title`, renders the `<h1>`, and on arrival moves focus to
 * the `<h1>` and announces the new page in a live region, as a full page load would. When the page has errors,
 * focus is left to the error summary (which takes it itself).
 */
export function Page(props: PageProps) {
  const { title, councilName, hasErrors = false, caption, routeKey, moveFocus = true } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const announce = useContext(AnnouncerContext);
  const [localMessage, setLocalMessage] = useState('');
  const fullTitle = pageTitle(title, councilName, hasErrors);

  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on arrival and on route changes only, not on every title edit.
  useEffect(() => {
    if (moveFocus && !hasErrors) headingRef.current?.focus();
    const message = pageTitle(title, councilName, hasErrors);
    if (announce) announce(message);
    else setLocalMessage(message);
  }, [routeKey]);

  return (
    <>
      {props.beforeHeading}
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className={`${props.headingClassName ?? 'govuk-heading-l'} app-page__heading`} ref={headingRef} tabIndex={-1}>
        {props.heading ?? title}
      </h1>
      {announce === null && (
        <p className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
          {localMessage}
        </p>
      )}
      {props.children}
    </>
  );
}
