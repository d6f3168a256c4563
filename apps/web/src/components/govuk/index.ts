// GOV.UK Frontend components as thin React wrappers (markup checked against govuk-frontend's fixtures).
export { Accordion, type AccordionItem, type AccordionProps } from './Accordion.tsx';
export { BackLink, type BackLinkProps } from './BackLink.tsx';
export { type BreadcrumbItem, Breadcrumbs, type BreadcrumbsProps } from './Breadcrumbs.tsx';
export { Button, type ButtonProps } from './Button.tsx';
export { CharacterCount, type CharacterCountProps } from './CharacterCount.tsx';
export { Checkboxes, type CheckboxesItem, type CheckboxesOption, type CheckboxesProps } from './Checkboxes.tsx';
export { DateInput, type DateInputItem, type DateInputProps, type DateInputValues } from './DateInput.tsx';
export { Details, type DetailsProps } from './Details.tsx';
export { ErrorMessage, type ErrorMessageProps } from './ErrorMessage.tsx';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './ErrorSummary.tsx';
export { Fieldset, type FieldsetProps, type LegendOptions } from './Fieldset.tsx';
export { FileUpload, type FileUploadProps } from './FileUpload.tsx';
export {
  CouncilFooter,
  type CouncilFooterProps,
  Footer,
  type FooterLink,
  type FooterNavigation,
  type FooterProps,
} from './Footer.tsx';
export type {
  ErrorMessageOptions,
  FieldsetOptions,
  FormGroupOptions,
  HintOptions,
  LabelOptions,
} from './form-field.tsx';
export { GenericHeader, type GenericHeaderProps } from './GenericHeader.tsx';
export { Header, type HeaderProps } from './Header.tsx';
export { Hint, type HintProps } from './Hint.tsx';
export { Input, type InputAffix, type InputProps } from './Input.tsx';
export { InsetText, type InsetTextProps } from './InsetText.tsx';
export { hasContent, Label, type LabelProps } from './Label.tsx';
export { type LinkComponent, type LinkProps, LinkProvider, useLinkComponent } from './link.tsx';
export { NotificationBanner, type NotificationBannerProps } from './NotificationBanner.tsx';
export {
  Pagination,
  type PaginationItem,
  type PaginationLink,
  type PaginationProps,
} from './Pagination.tsx';
export { Panel, type PanelAction, type PanelProps } from './Panel.tsx';
export { PhaseBanner, type PhaseBannerProps } from './PhaseBanner.tsx';
export { Radios, type RadiosItem, type RadiosOption, type RadiosProps } from './Radios.tsx';
export { Select, type SelectItem, type SelectProps } from './Select.tsx';
export {
  ServiceNavigation,
  type ServiceNavigationItem,
  type ServiceNavigationProps,
} from './ServiceNavigation.tsx';
export { SkipLink, type SkipLinkProps } from './SkipLink.tsx';
export {
  type SummaryCard,
  SummaryList,
  type SummaryListAction,
  type SummaryListActions,
  type SummaryListProps,
  type SummaryListRow,
} from './SummaryList.tsx';
export type { HtmlAttributes } from './shared.ts';
export { Table, type TableCell, type TableProps } from './Table.tsx';
export { Tabs, type TabsItem, type TabsProps } from './Tabs.tsx';
export { Tag, type TagColour, type TagProps } from './Tag.tsx';
export { TaskList, type TaskListItem, type TaskListProps } from './TaskList.tsx';
export { Textarea, type TextareaProps } from './Textarea.tsx';
export { useGovukModule } from './use-govuk-module.ts';
export { WarningText, type WarningTextProps } from './WarningText.tsx';
