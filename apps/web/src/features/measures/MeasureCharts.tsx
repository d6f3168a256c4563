import { useMemo } from 'react';
import { type BenchmarkBar, BenchmarkChart } from '../../components/BenchmarkChart.tsx';
import { SpcChart, type SpcPoint } from '../../components/SpcChart.tsx';
import {
  formatAxisValue,
  formatMeasureValue,
  monthLabel,
  spcText,
  specialCauseReason,
  unitLabel,
} from './measure-format.ts';
import type { MeasureView } from './types.ts';

/** The SPC chart of a measure's series (mean, process limits, target, special-cause points), or why there is none. */
export function MeasureSpcChart({ measure }: { measure: MeasureView }) {
  const points = useMemo<SpcPoint[]>(
    () =>
      measure.series.flatMap((p) =>
        p.value === null || p.mean === undefined
          ? []
          : [{ x: p.date, value: p.value, specialCause: p.signal ? specialCauseReason(p) : undefined }],
      ),
    [measure.series],
  );
  const format = useMemo(() => (v: number) => formatAxisValue(v, measure.unit), [measure.unit]);
  const spc = measure.spc;
  if (!spc || points.length < 2) return <p className="govuk-body">{spcText(null)}, so there is no chart yet.</p>;
  const target = measure.target ? (measure.target.trajectoryPoint?.value ?? measure.target.value) : undefined;
  const signals = spc.signalMonths.length;
  return (
    <SpcChart
      title={`${measure.title}: ${spcText(spc).split(':')[0]!.toLowerCase()} over ${points.length} months`}
      description={
        <>
          {spcText(spc)}.{' '}
          {signals === 0
            ? 'No month is a special cause.'
            : `${signals === 1 ? 'One month is a special cause' : `${signals} months are special causes`}: ${spc.signalMonths.map(monthLabel).join(', ')}.`}
          {measure.baseline && ` Limits recalculated from ${monthLabel(measure.baseline.fromMonth)}.`}
        </>
      }
      points={points}
      mean={spc.mean}
      upperLimit={spc.upper}
      lowerLimit={spc.lower}
      target={target}
      xLabel="Month"
      yLabel={unitLabel(measure.unit, measure.countNoun)}
      xType="date"
      format={format}
    />
  );
}

/** This council against England and the statistical neighbours' average, when either is published. */
export function MeasureBenchmarkChart({ measure, authorityName }: { measure: MeasureView; authorityName: string }) {
  const bars = useMemo<BenchmarkBar[]>(() => {
    const own = measure.latest?.value;
    const list: BenchmarkBar[] = [
      { label: authorityName, value: typeof own === 'number' && Number.isFinite(own) ? own : null, kind: 'authority' },
    ];
    if (measure.england) list.push({ label: 'England', value: measure.england.value, kind: 'england' });
    if (measure.neighbours)
      list.push({ label: 'Statistical neighbours (average)', value: measure.neighbours.mean, kind: 'neighbour' });
    return list;
  }, [measure.latest, measure.england, measure.neighbours, authorityName]);
  const format = useMemo(() => (v: number) => formatAxisValue(v, measure.unit), [measure.unit]);
  if (!measure.england && !measure.neighbours)
    return <p className="govuk-body">No England or statistical neighbour figure is published for this measure.</p>;
  const own = bars[0]!.value;
  const england = measure.england?.value;
  const title =
    own === null || england === undefined
      ? `${measure.title}: ${authorityName} compared with England`
      : own === england
        ? `${authorityName} is the same as England`
        : `${authorityName} is ${own > england ? 'higher' : 'lower'} than England`;
  const parts = [
    measure.latest ? `${authorityName}: ${measure.latest.valueText} in ${monthLabel(measure.latest.month)}.` : '',
    measure.england
      ? `England: ${formatMeasureValue(measure.england.value, measure.unit, measure.countNoun)} in ${measure.england.year} (${measure.england.source}).`
      : '',
    measure.neighbours?.mean != null
      ? `Statistical neighbours: ${formatMeasureValue(measure.neighbours.mean, measure.unit, measure.countNoun)} in ${measure.neighbours.year}.`
      : '',
    'Published figures are for a year, so they are a guide rather than an exact comparison.',
  ];
  return (
    <BenchmarkChart
      title={title}
      description={parts.filter(Boolean).join(' ')}
      bars={bars}
      valueLabel={unitLabel(measure.unit, measure.countNoun)}
      format={format}
    />
  );
}
