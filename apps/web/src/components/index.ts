// Waypoint components: GOV.UK Frontend wrappers (./govuk) and the app's own accessible building blocks.
export {
  type BenchmarkBar,
  BenchmarkChart,
  type BenchmarkChartProps,
  type BenchmarkKind,
} from './BenchmarkChart.tsx';
export { Chart, type ChartKeyEntry, type ChartProps, type ChartTable } from './Chart.tsx';
export { chartColours, formatNumber, seriesColours, seriesSymbols } from './chart-palette.ts';
export { Gallery } from './Gallery.tsx';
export * from './govuk/index.ts';
export { KeyFigure, type KeyFigureProps } from './KeyFigure.tsx';
export { isoToUtc, LineChart, type LineChartProps, type LineSeries } from './LineChart.tsx';
export { Page, type PageProps, pageTitle, RouteAnnouncer, serviceName } from './Page.tsx';
export { ProgressBar, type ProgressBarProps, percentComplete } from './ProgressBar.tsx';
export { type RagStatus, RagTag, type RagTagProps, ragLabels } from './RagTag.tsx';
export { describeTrend, Sparkline, type SparklineProps } from './Sparkline.tsx';
export { SpcChart, type SpcChartProps, type SpcPoint } from './SpcChart.tsx';
