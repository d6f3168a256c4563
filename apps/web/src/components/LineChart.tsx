import * as Plot from '@observablehq/plot';
import { type ReactNode, useCallback } from 'react';
import { Chart } from './Chart.tsx';
import { chartColours, formatNumber, seriesColours, seriesSymbols } from './chart-palette.ts';
import type { TableCell } from './govuk/Table.tsx';

/** One line: its name (used as its direct label) and its values in order. */
export interface LineSeries {
  name: string;
  /** `x` is an ISO date (`xType: 'date'`) or a period label such as "2024-25"; `y` null for no data. */
  values: ReadonlyArray<{ x: string; y: number | null }>;
}

/** Props for `LineChart`. */
export interface LineChartProps {
  /** States the message. */
  title: string;
  description?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  series: readonly LineSeries[];
  xLabel: string;
  yLabel: string;
  /** `category` (default) for period labels, `date` for ISO dates on a time axis. */
  xType?: 'category' | 'date';
  format?: (value: number) => string;
  /** Fix the value axis, for example `[0, 100]` for percentages. */
  yDomain?: readonly [number, number];
  width?: number;
  height?: number;
}

interface Row {
  series: string;
  x: string | Date;
  y: number | null;
}

/** Parses an ISO date (YYYY-MM-DD) as a UTC date for Plot's time scale. */
export function isoToUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Line chart for trends (this authority against England, for example): one colour and marker shape per series from
 * the colour-blind-safe palette, each line labelled at its end, and the data as a table.
 */
export function LineChart(props: LineChartProps) {
  const { title, description, headingLevel, series, xLabel, yLabel, xType = 'category', yDomain } = props;
  const format = props.format ?? formatNumber;
  const width = props.width ?? 640;
  const height = props.height ?? 320;

  const draw = useCallback(
    (document: Document) => {
      const rows: Row[] = series.flatMap((s) =>
        s.values.map((v) => ({ series: s.name, x: xType === 'date' ? isoToUtc(v.x) : v.x, y: v.y })),
      );
      const names = series.map((s) => s.name);
      const labelWidth = Math.max(...names.map((n) => n.length)) * 7 + 16;
      return Plot.plot({
        document,
        width,
        height,
        marginRight: labelWidth,
        marginLeft: 56,
        marginBottom: 56,
        style: { fontFamily: 'arial, sans-serif', fontSize: '14px', color: chartColours.text },
        x: {
          label: xLabel,
          labelAnchor: 'center',
          labelOffset: 48,
          type: xType === 'date' ? 'utc' : 'point',
          padding: 0.2,
        },
        y: { label: yLabel, grid: true, domain: yDomain ? [...yDomain] : undefined, tickFormat: format, nice: true },
        color: { domain: names, range: [...seriesColours] },
        symbol: { domain: names, range: [...seriesSymbols] },
        marks: [
          Plot.line(rows, { x: 'x', y: 'y', z: 'series', stroke: 'series', strokeWidth: 3 }),
          Plot.dot(rows, { x: 'x', y: 'y', symbol: 'series', stroke: 'series', fill: 'series', r: 4 }),
          Plot.text(
            rows.filter((r) => r.y !== null),
            Plot.selectLast({
              x: 'x',
              y: 'y',
              z: 'series',
              text: 'series',
              dx: 10,
              textAnchor: 'start',
              fill: chartColours.text,
              fontWeight: 'bold',
            }),
          ),
        ],
      });
    },
    [series, xLabel, yLabel, xType, yDomain, format, width, height],
  );

  const xs = Array.from(new Set(series.flatMap((s) => s.values.map((v) => v.x))));
  const head: TableCell[] = [{ text: xLabel }, ...series.map((s) => ({ text: s.name, format: 'numeric' as const }))];
  const tableRows: TableCell[][] = xs.map((x) => [
    { text: x },
    ...series.map((s): TableCell => {
      const y = s.values.find((v) => v.x === x)?.y;
      return { text: y === null || y === undefined ? 'No data' : format(y), format: 'numeric' };
    }),
  ]);

  return (
    <Chart
      title={title}
      description={description}
      headingLevel={headingLevel}
      draw={draw}
      table={{ caption: `${title}: ${yLabel} by ${xLabel.toLowerCase()}`, head, rows: tableRows }}
    />
  );
}
