/** Small pieces shown wherever a measure appears: its rating with distance, trend, SPC reading and comparators. */
import { RouterLink } from '../../app/RouterLink.tsx';
import { RagTag } from '../../components/RagTag.tsx';
import { Sparkline } from '../../components/Sparkline.tsx';
import {
  countedText,
  formatMeasureValue,
  latestText,
  noDataText,
  ragDisplay,
  targetText,
  trajectoryText,
  trendArrow,
} from './measure-format.ts';
import { type FigureFilter, measureHref } from './search.ts';
import type { MeasureSummary } from './types.ts';

/** The rating in words with the distance to target beside it (never colour alone). */
export function MeasureRagTag({ view }: { view: Pick<MeasureSummary, 'rag' | 'polarity' | 'latest' | 'target'> }) {
  const shown = ragDisplay(view);
  return <RagTag status={shown.status} label={shown.label} explanation={shown.explanation} />;
}

/** Title linked to the measure page. */
export function MeasureLink({
  view,
  asOf,
  filter,
}: {
  view: Pick<MeasureSummary, 'id' | 'title'>;
  asOf?: string;
  filter?: FigureFilter;
}) {
  return (
    <RouterLink href={measureHref(view.id, asOf, filter)} className="govuk-link">
      {view.title}
    </RouterLink>
  );
}

/** Latest value with its month and numerator/denominator, or "No data" with the reason. */
export function LatestValue({ view, hideSmall }: { view: MeasureSummary; hideSmall: boolean }) {
  if (!view.latest)
    return (
      <>
        No data
        <br />
        <span className="govuk-body-s app-measure-note">{noDataText(view)}</span>
      </>
    );
  const counted = countedText(view, hideSmall);
  return (
    <>
      {latestText(view)}
      {counted && (
        <>
          <br />
          <span className="govuk-body-s app-measure-note">{counted}</span>
        </>
      )}
    </>
  );
}

/** Target with this period's trajectory point. */
export function TargetValue({ view }: { view: MeasureSummary }) {
  const point = trajectoryText(view);
  if (view.polarity === 'neither' && !view.target) return <>No target (context measure)</>;
  return (
    <>
      {targetText(view)}
      {point && (
        <>
          <br />
          <span className="govuk-body-s app-measure-note">Now: {point}</span>
        </>
      )}
    </>
  );
}

/** Sparkline of the series with the direction of travel in words and the polarity. */
export function TrendValue({ view }: { view: MeasureSummary }) {
  const values = view.series.map((p) => p.value);
  const any = values.some((v) => v !== null);
  const word =
    view.polarity === 'neither'
      ? { up: 'Up', down: 'Down', flat: 'No change' }[view.rag.trend]
      : { improving: 'Improving', worsening: 'Worsening', stable: 'Stable' }[view.rag.direction];
  return (
    <>
      {any ? (
        <Sparkline
          values={values}
          label={`${view.title}, last ${values.length} months`}
          format={(v) => formatMeasureValue(v, view.unit, view.countNoun)}
        />
      ) : (
        <span className="govuk-body-s">No trend yet</span>
      )}
      {view.latest && (
        <>
          <br />
          <span aria-hidden="true">{trendArrow(view.rag.trend)}</span> {word}
        </>
      )}
      <br />
      <span className="govuk-body-s app-measure-note">
        {view.polarity === 'higher-better'
          ? 'Higher is better'
          : view.polarity === 'lower-better'
            ? 'Lower is better'
            : 'No better direction'}
      </span>
    </>
  );
}

/** The SPC reading in one or two words. */
export function spcShort(view: Pick<MeasureSummary, 'spc'>): string {
  if (!view.spc) return 'Too few months';
  const words = {
    'no significant change': 'No significant change',
    improving: 'Improving (special cause)',
    concerning: 'Concerning (special cause)',
    'unusual change': 'Unusual change (special cause)',
  } as const;
  return words[view.spc.interpretation];
}

/** England (and statistical neighbours when published), with their years. */
export function ComparatorValue({ view }: { view: MeasureSummary }) {
  if (!view.england && view.neighbours?.mean == null) return <>None published</>;
  return (
    <>
      {view.england && (
        <>
          England {formatMeasureValue(view.england.value, view.unit, view.countNoun)} ({view.england.year})
        </>
      )}
      {view.neighbours?.mean != null && (
        <>
          {view.england && <br />}
          Neighbours {formatMeasureValue(view.neighbours.mean, view.unit, view.countNoun)} ({view.neighbours.year})
        </>
      )}
    </>
  );
}
