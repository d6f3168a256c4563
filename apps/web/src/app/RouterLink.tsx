import { useRouter } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import type { LinkProps } from '../components/govuk/link.tsx';

/** Renders GOV.UK links as plain `<a>` elements that navigate inside the app without a page load. */
export function RouterLink({ href, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const internal = href.startsWith('/') && !href.startsWith('/api/') && !rest.download && !rest.target;
    if (
      event.defaultPrevented ||
      !internal ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    void router.navigate({ href });
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
