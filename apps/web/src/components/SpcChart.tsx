import * as Plot from '@observablehq/plot';
import { type ReactNode, useCallback } from 'react';
import { Chart, type ChartKeyEntry } from './Chart.tsx';
import { chartColours, formatNumber } from './chart-palette.ts';
import type { TableCell } from './govuk/Table.tsx';
import { isoToUtc } from './LineChart.tsx';

/** One period of a statistical process control (SPC) chart. */
export interface SpcPoint {
  /** ISO date (`xType: 'date'`) or period label ("Apr 2025"). */
  x: string;
  value: number;
  /** Set when the point is a special-cause signal, with why in words ("Above the upper process limit"). */
  specialCause?: string;
}

/** Props for `SpcChart`. Limits and signals are computed by the measures package and passed in. */
export interface SpcChartProps {
  /** States the message: "Timeliness of assessments is stable, but below target". */
  title: string;
  description?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  points: readonly SpcPoint[];
  mean: number;
  upperLimit: number;
  lowerLimit: number;
  target?: number;
  xLabel: string;
  yLabel: string;
  xType?: 'category' | 'date';
  format?: (value: number) => string;
  width?: number;
  height?: number;
}

/**
 * SPC chart: the series as a line with points, the mean (solid), upper and lower process limits (dashed), an optional
 * target (dashed, another colour), and special-cause points drawn as larger triangles, so a signal differs in shape
 * and size as well as colour. Reference lines are labelled at their right-hand end; the table says "Yes" and why for
 * each signal.
 */
export function SpcChart(props: SpcChartProps) {
  const { title, description, headingLevel, points, mean, upperLimit, lowerLimit, target, xLabel, yLabel } = props;
  const xType = props.xType ?? 'category';
  const format = props.format ?? formatNumber;
  const width = props.width ?? 640;
  const height = props.height ?? 340;

  const draw = useCallback(
    (document: Document) => {
      const rows = points.map((p) => ({ ...p, x: xType === 'date' ? isoToUtc(p.x) : p.x }));
      const lines = [
        { y: upperLimit, label: `Upper limit ${format(upperLimit)}`, colour: chartColours.muted, dash: '6,4' },
        { y: mean, label: `Mean ${format(mean)}`, colour: chartColours.muted, dash: undefined },
        { y: lowerLimit, label: `Lower limit ${format(lowerLimit)}`, colour: chartColours.muted, dash: '6,4' },
        ...(target === undefined
          ? []
          : [{ y: target, label: `Target ${format(target)}`, colour: chartColours.orange, dash: '2,3' }]),
      ];
      const values = [...points.map((p) => p.value), ...lines.map((l) => l.y)];
      return Plot.plot({
        document,
        width,
        height,
        marginRight: 130,
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
        y: {
          label: yLabel,
          grid: true,
          domain: [Math.min(...values), Math.max(...values)],
          nice: true,
          tickFormat: format,
        },
        marks: [
          ...lines.map((l) => Plot.ruleY([l.y], { stroke: l.colour, strokeWidth: 2, strokeDasharray: l.dash })),
          Plot.text(lines, {
            y: 'y',
            text: 'label',
            frameAnchor: 'right',
            dx: 126,
            textAnchor: 'end',
            fill: chartColours.text,
            lineAnchor: 'middle',
          }),
          Plot.line(rows, { x: 'x', y: 'value', stroke: chartColours.darkBlue, strokeWidth: 2.5 }),
          Plot.dot(
            rows.filter((p) => !p.specialCause),
            { x: 'x', y: 'value', r: 3.5, fill: chartColours.darkBlue },
          ),
          Plot.dot(
            rows.filter((p) => p.specialCause),
            {
              x: 'x',
              y: 'value',
              r: 7,
              symbol: 'triangle',
              fill: chartColours.darkPink,
              stroke: '#ffffff',
              strokeWidth: 1.5,
            },
          ),
        ],
      });
    },
    [points, mean, upperLimit, lowerLimit, target, xLabel, yLabel, xType, format, width, height],
  );

  const chartKey: ChartKeyEntry[] = [
    { label: yLabel, colour: chartColours.darkBlue },
    { label: 'Mean', colour: chartColours.muted },
    { label: 'Process limits', colour: chartColours.muted, dashed: true },
    ...(target === undefined ? [] : [{ label: 'Target', colour: chartColours.orange, dashed: true }]),
    { label: 'Special cause', colour: chartColours.darkPink, shape: 'triangle' },
  ];
  const head: TableCell[] = [{ text: xLabel }, { text: yLabel, format: 'numeric' }, { text: 'Special cause' }];
  const rows: TableCell[][] = points.map((p) => [
    { text: p.x },
    { text: format(p.value), format: 'numeric' },
    { text: p.specialCause ? `Yes: ${p.specialCause}` : 'No' },
  ]);
  const limits = `Mean ${format(mean)}, upper process limit ${format(upperLimit)}, lower process limit ${format(lowerLimit)}${
    target === undefined ? '' : `, target ${format(target)}`
  }`;

  return (
    <Chart
      title={title}
      description={
        <>
          {description}
          {description ? ' ' : ''}
          {limits}.
        </>
      }
      headingLevel={headingLevel}
      draw={draw}
      chartKey={chartKey}
      table={{ caption: `${title}: ${yLabel} by ${xLabel.toLowerCase()}`, head, rows }}
    />
  );
}
