import * as Plot from '@observablehq/plot';
import { type ReactNode, useCallback } from 'react';
import { Chart, type ChartKeyEntry } from './Chart.tsx';
import { chartColours, formatNumber } from './chart-palette.ts';
import type { TableCell } from './govuk/Table.tsx';

/** Who a benchmark bar is for. */
export type BenchmarkKind = 'authority' | 'england' | 'region' | 'neighbour';

/** One bar: a named comparator and its value (null when it has no published value). */
export interface BenchmarkBar {
  label: string;
  value: number | null;
  kind: BenchmarkKind;
}

/** Props for `BenchmarkChart`. */
export interface BenchmarkChartProps {
  /** States the message: "Northshire's re-referral rate is higher than England and most statistical neighbours". */
  title: string;
  description?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** In the order to show, top to bottom. */
  bars: readonly BenchmarkBar[];
  valueLabel: string;
  format?: (value: number) => string;
  width?: number;
}

const kindColours: Readonly<Record<BenchmarkKind, string>> = {
  authority: chartColours.darkBlue,
  england: chartColours.orange,
  region: chartColours.darkPink,
  neighbour: chartColours.turquoise,
};

const kindNames: Readonly<Record<BenchmarkKind, string>> = {
  authority: 'This council',
  england: 'England',
  region: 'Region',
  neighbour: 'Statistical neighbour',
};

/**
 * Horizontal bar chart comparing this authority with England, its region and statistical neighbours. Every bar is
 * named on the axis and has its value written at its end ("No data" when missing), so colour only groups the bars.
 */
export function BenchmarkChart(props: BenchmarkChartProps) {
  const { title, description, headingLevel, bars, valueLabel } = props;
  const format = props.format ?? formatNumber;
  const width = props.width ?? 640;

  const draw = useCallback(
    (document: Document) => {
      const labels = bars.map((b) => b.label);
      const marginLeft = Math.min(260, Math.max(...labels.map((l) => l.length)) * 7 + 16);
      const rows = bars.map((b) => ({
        ...b,
        shown: b.value ?? 0,
        text: b.value === null ? 'No data' : format(b.value),
      }));
      return Plot.plot({
        document,
        width,
        height: bars.length * 34 + 70,
        marginLeft,
        marginRight: 70,
        marginBottom: 50,
        style: { fontFamily: 'arial, sans-serif', fontSize: '14px', color: chartColours.text },
        x: { label: valueLabel, labelAnchor: 'center', labelOffset: 40, grid: true, tickFormat: format, nice: true },
        y: { label: null, domain: labels, padding: 0.25 },
        marks: [
          Plot.barX(rows, { x: 'shown', y: 'label', fill: (d: BenchmarkBar) => kindColours[d.kind] }),
          Plot.ruleX([0], { stroke: chartColours.text }),
          Plot.text(rows, {
            x: 'shown',
            y: 'label',
            text: 'text',
            dx: 6,
            textAnchor: 'start',
            fill: chartColours.text,
          }),
        ],
      });
    },
    [bars, valueLabel, format, width],
  );

  const kinds = Array.from(new Set(bars.map((b) => b.kind)));
  const chartKey: ChartKeyEntry[] = kinds.map((k) => ({ label: kindNames[k], colour: kindColours[k] }));
  const head: TableCell[] = [{ text: 'Area' }, { text: 'Comparison' }, { text: valueLabel, format: 'numeric' }];
  const rows: TableCell[][] = bars.map((b) => [
    { text: b.label },
    { text: kindNames[b.kind] },
    { text: b.value === null ? 'No data' : format(b.value), format: 'numeric' },
  ]);

  return (
    <Chart
      title={title}
      description={description}
      headingLevel={headingLevel}
      draw={draw}
      chartKey={chartKey}
      table={{ caption: `${title}: ${valueLabel}`, head, rows }}
    />
  );
}
