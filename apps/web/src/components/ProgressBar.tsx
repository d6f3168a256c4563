import { useId } from 'react';

/** Props for `ProgressBar`. */
export interface ProgressBarProps {
  /** What is in progress: "Importing SSDA903 return". */
  label: string;
  /** Steps done so far. */
  value: number;
  /** Total steps; when unknown, leave it out and the bar shows as indeterminate. */
  max?: number;
  /** The current step in words, announced politely: "Validating: 120 of 311 rules". */
  status?: string;
  id?: string;
}

/** Whole-number percentage of `value` out of `max`, clamped to 0–100. */
export function percentComplete(value: number, max: number): number {
  if (!(max > 0)) return 0;
  return Math.min(100, Math.max(0, Math.floor((value / max) * 100)));
}

/**
 * Progress of a long job (imports, report builds): a native `<progress>` with a visible label, the percentage in
 * text, and an `aria-live="polite"` status line. Keep the component mounted while the job runs so screen readers
 * hear updates; update `status` only when the step changes, not on every tick.
 */
export function ProgressBar({ label, value, max, status, id }: ProgressBarProps) {
  const generatedId = useId();
  const barId = id ?? `progress-${generatedId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const percent = max === undefined ? undefined : percentComplete(value, max);
  return (
    <div className="app-progress">
      <label className="govuk-label govuk-label--s" htmlFor={barId}>
        {label}
      </label>
      <progress className="app-progress__bar" id={barId} value={max === undefined ? undefined : value} max={max}>
        {percent === undefined ? 'In progress' : `${percent}%`}
      </progress>
      {percent !== undefined && <p className="govuk-body govuk-!-margin-bottom-1">{percent}% complete</p>}
      <p className="govuk-body" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
