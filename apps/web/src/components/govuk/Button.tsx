import { Button as ButtonModule } from 'govuk-frontend';
import type { MouseEventHandler, ReactNode } from 'react';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** Props for `Button` (govukButton macro options). */
export interface ButtonProps {
  /** Button text or markup (`text`/`html`). */
  children: ReactNode;
  /** Renders a link styled as a button (`<a role="button">`) instead of a `<button>`. */
  href?: string;
  /** `<button type>`; defaults to `submit`. */
  type?: 'submit' | 'button' | 'reset';
  /** Shorthand for the modifier classes `govuk-button--secondary`, `--warning` or `--inverse`. */
  variant?: 'secondary' | 'warning' | 'inverse';
  isStartButton?: boolean;
  disabled?: boolean;
  name?: string;
  value?: string;
  /** Stops a second click within one second submitting twice (`data-prevent-double-click`). */
  preventDoubleClick?: boolean;
  id?: string;
  className?: string;
  attributes?: HtmlAttributes;
  onClick?: MouseEventHandler<HTMLButtonElement | HTMLAnchorElement>;
}

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** GOV.UK button: primary, secondary, warning, inverse or start; a `<button>` or, with `href`, a link. */
export function Button(props: ButtonProps) {
  const { children, href, isStartButton, id, attributes, onClick } = props;
  const ref = useGovukModule<HTMLButtonElement & HTMLAnchorElement>(ButtonModule);
  const Link = useLinkComponent();
  const className = cx(
    'govuk-button',
    props.className,
    props.variant && `govuk-button--${props.variant}`,
    isStartButton && 'govuk-button--start',
  );
  // Start buttons use flexbox, which drops whitespace between elements, so markup is wrapped in a span upstream.
  const text = isStartButton && typeof children !== 'string' ? <span>{children}</span> : children;
  if (href !== undefined) {
    return (
      <Link
        ref={ref}
        href={href || '#'}
        role="button"
        draggable="false"
        className={className}
        data-module="govuk-button"
        id={id}
        onClick={onClick}
        {...attributes}
      >
        {text}
        {isStartButton && <StartIcon />}
      </Link>
    );
  }
  return (
    <button
      ref={ref}
      type={props.type ?? 'submit'}
      value={props.value || undefined}
      name={props.name || undefined}
      disabled={props.disabled || undefined}
      aria-disabled={props.disabled ? 'true' : undefined}
      data-prevent-double-click={props.preventDoubleClick === undefined ? undefined : String(props.preventDoubleClick)}
      className={className}
      data-module="govuk-button"
      id={id}
      onClick={onClick}
      {...attributes}
    >
      {text}
      {isStartButton && <StartIcon />}
    </button>
  );
}
