import type { ReactNode } from 'react';
import { useLinkComponent } from './govuk/link.tsx';

/** Props for `KeyFigure`. */
export interface KeyFigureProps {
  /** The number, already formatted ("1,204", "12.5%"). */
  value: ReactNode;
  /** What it counts: "actions overdue". Read together with the number, so write it to follow it. */
  label: string;
  /** Makes the whole figure a link to the detail. */
  href?: string;
}

/** A dashboard count: big number and label, optionally one link (the number and label are its text). */
export function KeyFigure({ value, label, href }: KeyFigureProps) {
  const Link = useLinkComponent();
  const inner = (
    <>
      <span className="app-key-figure__number">{value}</span> <span className="app-key-figure__label">{label}</span>
    </>
  );
  return href ? (
    <Link className="app-key-figure" href={href}>
      {inner}
    </Link>
  ) : (
    <div className="app-key-figure">{inner}</div>
  );
}
