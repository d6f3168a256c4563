// govuk-frontend 6.6 ships JavaScript without type declarations. These are the parts Waypoint uses.
declare module 'govuk-frontend' {
  /** A GOV.UK Frontend JavaScript component class: constructed on its root element, marks it `data-<module>-init`. */
  export interface GovukComponentClass {
    new ($root: Element, config?: object): object;
    /** The `data-module` value, for example `govuk-accordion`. */
    readonly moduleName: string;
  }
  export const Accordion: GovukComponentClass;
  export const Button: GovukComponentClass;
  export const CharacterCount: GovukComponentClass;
  export const Checkboxes: GovukComponentClass;
  export const ErrorSummary: GovukComponentClass;
  export const FileUpload: GovukComponentClass;
  export const NotificationBanner: GovukComponentClass;
  export const Radios: GovukComponentClass;
  export const ServiceNavigation: GovukComponentClass;
  export const SkipLink: GovukComponentClass;
  export const Tabs: GovukComponentClass;
  /** True when `<body>` has the `govuk-frontend-supported` class. */
  export function isSupported($scope?: HTMLElement | null): boolean;
  export const version: string;
}
