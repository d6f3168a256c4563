/**
 * Lets GOV.UK Frontend's scripts run in happy-dom: the `govuk-frontend-supported` body class (set by
 * `src/body-class.ts` in the app) and the breakpoint custom properties its stylesheet would define.
 * `setup.ts` undoes both after each test.
 */
export function enableGovukFrontendScripts(): void {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  document.documentElement.style.setProperty('--govuk-breakpoint-mobile', '20rem');
  document.documentElement.style.setProperty('--govuk-breakpoint-tablet', '40.0625rem');
  document.documentElement.style.setProperty('--govuk-breakpoint-desktop', '48.0625rem');
}
