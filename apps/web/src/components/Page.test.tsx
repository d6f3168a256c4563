import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from './govuk/ErrorSummary.tsx';
import { Page, pageTitle, RouteAnnouncer } from './Page.tsx';
import { enableGovukFrontendScripts } from './test-utils/govuk-frontend-env.ts';

describe('Page', () => {
  it('sets the document title as "<title> – Waypoint – <council>"', () => {
    render(<Page title="Improvement plan" councilName="Northshire County Council" />);
    expect(document.title).toBe('Improvement plan – Waypoint – Northshire County Council');
  });

  it('prefixes "Error: " when the page has errors', () => {
    const { rerender } = render(<Page title="Add an action" councilName="Northshire County Council" />);
    rerender(<Page title="Add an action" councilName="Northshire County Council" hasErrors />);
    expect(document.title).toBe('Error: Add an action – Waypoint – Northshire County Council');
    expect(pageTitle('A', 'B', true)).toBe('Error: A – Waypoint – B');
  });

  it('renders the h1 and moves focus to it on arrival', () => {
    const { getByRole } = render(<Page title="Measures" councilName="Northshire" />);
    const heading = getByRole('heading', { level: 1, name: 'Measures' });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('moves focus again when the route key changes', () => {
    const { getByRole, rerender } = render(<Page title="Measures" councilName="Northshire" routeKey="a" />);
    const heading = getByRole('heading', { level: 1 });
    heading.blur();
    expect(document.activeElement).not.toBe(heading);
    rerender(<Page title="Measures" councilName="Northshire" routeKey="b" />);
    expect(document.activeElement).toBe(heading);
  });

  it('leaves focus alone when told to (first page after a full load)', () => {
    render(<Page title="Home" councilName="Northshire" moveFocus={false} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves focus with the error summary when the page has errors', () => {
    enableGovukFrontendScripts();
    render(
      <Page
        title="Add an action"
        councilName="Northshire"
        hasErrors
        beforeHeading={<ErrorSummary errorList={[{ text: 'Enter a due date', href: '#due' }]} />}
      />,
    );
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
  });

  it('announces the new page in a persistent polite live region', () => {
    vi.useFakeTimers();
    try {
      const { getByTestId, rerender } = render(
        <RouteAnnouncer>
          <Page key="plans" title="Plans" councilName="Northshire" />
        </RouteAnnouncer>,
      );
      const region = getByTestId('route-announcer');
      expect(region.getAttribute('aria-live')).toBe('polite');
      act(() => vi.advanceTimersByTime(150));
      expect(region.textContent).toBe('Plans – Waypoint – Northshire');
      rerender(
        <RouteAnnouncer>
          <Page key="measures" title="Measures" councilName="Northshire" />
        </RouteAnnouncer>,
      );
      act(() => vi.advanceTimersByTime(150));
      expect(getByTestId('route-announcer')).toBe(region);
      expect(region.textContent).toBe('Measures – Waypoint – Northshire');
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to its own live region without a RouteAnnouncer', () => {
    const { container } = render(<Page title="Plans" councilName="Northshire" />);
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('Plans – Waypoint – Northshire');
  });
});
