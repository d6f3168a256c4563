import { AppPage } from '../../app/AppPage.tsx';

/** Accessibility statement (Public Sector Bodies Accessibility Regulations 2018). */
export function AccessibilityPage() {
  return (
    <AppPage title="Accessibility statement for Waypoint" wide={false}>
      <p className="govuk-body">
        This statement applies to Waypoint, the service your council uses to run its children’s services improvement
        plan.
      </p>
      <h2 className="govuk-heading-m">Using Waypoint</h2>
      <p className="govuk-body">
        We want as many people as possible to be able to use Waypoint. You should be able to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole service using just a keyboard or speech recognition software</li>
        <li>listen to the service using a screen reader (including recent versions of JAWS, NVDA and VoiceOver)</li>
        <li>reorder priority areas with buttons, without dragging</li>
        <li>read every chart as a table</li>
        <li>paste passwords and use a password manager when you sign in</li>
      </ul>
      <h2 className="govuk-heading-m">Compliance status</h2>
      <p className="govuk-body">
        Waypoint aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard. Every page is
        checked automatically with axe in each release; automated checks find about a third of problems, so we also test
        with keyboards and screen readers.
      </p>
      <h2 className="govuk-heading-m">Reporting accessibility problems</h2>
      <p className="govuk-body">
        If you find a problem, tell your council’s Waypoint administrator. If you are not happy with how your complaint
        is handled, contact the Equality Advisory and Support Service (EASS). The Equality and Human Rights Commission
        (EHRC) enforces the accessibility regulations.
      </p>
    </AppPage>
  );
}

/** Cookies: Waypoint sets only one essential cookie, so there is no cookie banner. */
export function CookiesPage() {
  return (
    <AppPage title="Cookies" wide={false}>
      <p className="govuk-body">Waypoint puts one small file (a cookie) on your device to keep you signed in.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Essential cookie</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Purpose
            </th>
            <th scope="col" className="govuk-table__header">
              Expires
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <td className="govuk-table__cell">__Host-waypoint-session</td>
            <td className="govuk-table__cell">
              Keeps you signed in. It cannot be read by scripts and is only sent to Waypoint.
            </td>
            <td className="govuk-table__cell">After 60 minutes without activity, or 10 hours after you sign in</td>
          </tr>
        </tbody>
      </table>
      <p className="govuk-body">We do not use analytics or advertising cookies, so we do not ask for your consent.</p>
    </AppPage>
  );
}

/** Privacy notice for staff and councillors, and how children's data is protected. */
export function PrivacyPage() {
  return (
    <AppPage title="Privacy notice" wide={false}>
      <p className="govuk-body">Your council is the data controller for the information in Waypoint.</p>
      <h2 className="govuk-heading-m">Information about you</h2>
      <p className="govuk-body">
        We hold your name, work email address, job title and role, and a record of what you do in Waypoint (the audit
        log), so that the council can show who changed the plan and who looked at children’s information.
      </p>
      <h2 className="govuk-heading-m">Information about children</h2>
      <p className="govuk-body">
        Statutory returns and local records about children are used only to measure how services are doing. Only people
        whose role needs it can see child-level information, every view is recorded, and councillors see totals only,
        with counts from 1 to 4 shown as “fewer than 5”.
      </p>
      <p className="govuk-body">
        The council’s data protection officer can tell you more, including how to ask for a copy of information about
        you.
      </p>
    </AppPage>
  );
}

/** Unknown address. */
export function NotFoundPage() {
  return (
    <AppPage title="Page not found" wide={false}>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
    </AppPage>
  );
}
