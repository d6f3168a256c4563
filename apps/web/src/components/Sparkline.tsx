/** Props for `Sparkline`. */
export interface SparklineProps {
  /** Values in time order; `null` for a missing period (the line breaks there). */
  values: ReadonlyArray<number | null>;
  /** What the values are, for the text alternative: "Re-referrals within 12 months, last 6 quarters". */
  label: string;
  /** Formats values in the text alternative; defaults to en-GB number format. */
  format?: (value: number) => string;
  width?: number;
  height?: number;
}

const defaultFormat = (value: number) => value.toLocaleString('en-GB');

/** Text alternative for a sparkline: label, first and last values and the direction, in words. */
export function describeTrend(
  values: ReadonlyArray<number | null>,
  label: string,
  format: (value: number) => string = defaultFormat,
): string {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return `${label}: no data`;
  const first = present[0]!;
  const last = present[present.length - 1]!;
  if (present.length === 1) return `${label}: ${format(first)}`;
  const direction = last > first ? 'up' : last < first ? 'down' : 'no change';
  return `${label}: ${direction} from ${format(first)} to ${format(last)}`;
}

/** A tiny inline trend line (no axes), with its trend in words as the accessible name. */
export function Sparkline({ values, label, format, width = 80, height = 20 }: SparklineProps) {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const point = (v: number, i: number) =>
    `${(2 + i * step).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`;
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${point(v, i)}`;
    pen = true;
  });
  const lastIndex = values.findLastIndex((v) => v !== null && Number.isFinite(v));
  const last = lastIndex >= 0 ? values[lastIndex] : null;
  return (
    <span className="app-sparkline">
      <svg role="img" aria-label={describeTrend(values, label, format)} width={width} height={height}>
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" />
        {last !== null && last !== undefined && (
          <circle
            cx={point(last, lastIndex).split(',')[0]}
            cy={point(last, lastIndex).split(',')[1]}
            r="2.5"
            fill="currentColor"
          />
        )}
      </svg>
    </span>
  );
}
