import { useQueryClient } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { AppPage } from '../../app/AppPage.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { RouterLink } from '../../app/RouterLink.tsx';
import { useMe } from '../../app/session.ts';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Details } from '../../components/govuk/Details.tsx';
import { InsetText } from '../../components/govuk/InsetText.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { SummaryList } from '../../components/govuk/SummaryList.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { date } from '../../lib/format.ts';
import { canEditMeasures, hidesSmallCounts } from './access.ts';
import { BaselineForm } from './BaselineForm.tsx';
import { ManualValueForm } from './ManualValueForm.tsx';
import { MeasureBenchmarkChart, MeasureSpcChart } from './MeasureCharts.tsx';
import { ComparatorValue, MeasureRagTag } from './MeasureParts.tsx';
import {
  countedText,
  directionText,
  FREQUENCY_LABELS,
  formatMeasureValue,
  latestText,
  monthLabel,
  noDataText,
  periodKindLabel,
  polarityText,
  serviceAreaLabel,
  sourceLabel,
  spcText,
  subsetText,
  targetLimitsText,
  targetText,
  trajectoryText,
} from './measure-format.ts';
import { refreshMeasures, useMeasure } from './queries.ts';
import { childrenHref, measureHref, type ScorecardSearch, scorecardHref } from './search.ts';
import { TargetForm } from './TargetForm.tsx';
import type { MeasureDetail } from './types.ts';
import './measures.scss';

/** The measure's figures as the display rule asks: value, counts, target, rating with distance, trend, SPC. */
function MeasureSummary({ measure, hideSmall }: { measure: MeasureDetail; hideSmall: boolean }) {
  const latestSource = measure.series.find((p) => p.month === measure.latest?.month)?.source;
  return (
    <SummaryList
      rows={[
        {
          key: { text: 'Latest value' },
          value: {
            text: measure.latest ? (
              <>
                {latestText(measure)}
                {latestSource === 'manual' && ' (entered by hand)'}
              </>
            ) : (
              <>No data: {noDataText(measure)}</>
            ),
          },
        },
        measure.latest && {
          key: { text: 'Counted' },
          value: { text: countedText(measure, hideSmall) ?? 'Not recorded' },
        },
        { key: { text: 'Target' }, value: { text: targetText(measure) } },
        measure.target && {
          key: { text: 'Trajectory point now' },
          value: {
            text:
              trajectoryText(measure) ??
              (measure.latest ? 'None: judged against the final target' : 'None yet: there is no value to judge'),
          },
        },
        {
          key: { text: 'Rating' },
          value: {
            text: (
              <>
                <MeasureRagTag view={measure} />
                <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{measure.rag.reason}</p>
              </>
            ),
          },
        },
        { key: { text: 'Direction of travel' }, value: { text: directionText(measure) } },
        { key: { text: 'SPC reading' }, value: { text: spcText(measure.spc) } },
        measure.target && { key: { text: 'Target and process limits' }, value: { text: targetLimitsText(measure) } },
        { key: { text: 'England and neighbours' }, value: { text: <ComparatorValue view={measure} /> } },
        {
          key: { text: 'Data as of' },
          value: {
            text: `${date(measure.asOf)}${measure.latest ? `; the latest value is for ${monthLabel(measure.latest.month)}` : ''}`,
          },
        },
      ]}
    />
  );
}

/** What the measure is: definition, numerator, denominator, source, statutory basis, frequency and notes. */
function MeasureDefinitionList({ measure }: { measure: MeasureDetail }) {
  return (
    <SummaryList
      rows={[
        { key: { text: 'Definition' }, value: { text: measure.definition } },
        { key: { text: 'Numerator' }, value: { text: measure.numerator } },
        measure.denominator ? { key: { text: 'Denominator' }, value: { text: measure.denominator } } : null,
        { key: { text: 'Source' }, value: { text: sourceLabel(measure.source) } },
        { key: { text: 'Statutory basis' }, value: { text: measure.statutoryBasis ?? 'None' } },
        { key: { text: 'Frequency' }, value: { text: FREQUENCY_LABELS[measure.frequency] ?? measure.frequency } },
        { key: { text: 'Period' }, value: { text: periodKindLabel(measure.periodKind) } },
        { key: { text: 'Which way is better' }, value: { text: polarityText(measure.polarity) } },
        measure.notes.length > 0 && {
          key: { text: 'Notes' },
          value: {
            text: (
              <ul className="govuk-list govuk-list--bullet">
                {measure.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ),
          },
        },
        measure.variants.length > 0 && {
          key: { text: 'Companion views' },
          value: {
            text: (
              <ul className="govuk-list">
                {measure.variants.map((v) => (
                  <li key={v.id}>{v.title}</li>
                ))}
              </ul>
            ),
          },
        },
      ]}
    />
  );
}

/** The plan priority areas and actions that use this measure. */
function MeasureLinks({ measure }: { measure: MeasureDetail }) {
  if (measure.linkedAreas.length === 0 && measure.linkedActions.length === 0)
    return <p className="govuk-body">No priority area or action uses this measure yet.</p>;
  const value = (v: number | null) => (v === null ? null : formatMeasureValue(v, measure.unit, measure.countNoun));
  return (
    <ul className="govuk-list govuk-list--bullet">
      {measure.linkedAreas.map((a) => (
        <li key={a.areaId}>
          Priority area {a.reference}. {a.title}
        </li>
      ))}
      {measure.linkedActions.map((a) => (
        <li key={a.actionId}>
          <RouterLink href={`/actions/${a.actionId}`} className="govuk-link">
            Action {a.reference}
          </RouterLink>
          {a.targetValue !== null &&
            `: target ${value(a.targetValue)}${a.targetDate ? ` by ${date(a.targetDate)}` : ''}`}
          {a.baselineValue !== null && ` (baseline ${value(a.baselineValue)})`}
        </li>
      ))}
    </ul>
  );
}

/** Values entered by hand: month, value, counts, who and the note. */
function ManualValuesTable({ measure }: { measure: MeasureDetail }) {
  if (measure.manualValues.length === 0) return <p className="govuk-body">No values have been entered by hand.</p>;
  return (
    <Table
      caption="Values entered by hand"
      captionClasses="govuk-visually-hidden"
      firstCellIsHeader
      head={[
        { text: 'Month' },
        { text: 'Value', format: 'numeric' },
        { text: 'Counted' },
        { text: 'Entered by' },
        { text: 'Note' },
      ]}
      rows={[...measure.manualValues].reverse().map((m) => [
        { text: monthLabel(m.date.slice(0, 7)) },
        { text: formatMeasureValue(m.value, measure.unit, measure.countNoun), format: 'numeric' },
        {
          text:
            m.numerator === null
              ? '–'
              : m.denominator === null
                ? String(m.numerator)
                : `${m.numerator} of ${m.denominator}`,
        },
        { text: m.by ?? '–' },
        { text: m.note || '–' },
      ])}
    />
  );
}

/**
 * One measure: its figures with rating and distance, the SPC chart, England and neighbours, its definition, the
 * plan areas and actions that use it, and (for analysts, improvement leads and administrators) the target,
 * monthly values entered by hand and the SPC baseline.
 */
export function MeasurePage() {
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const search = useSearch({ strict: false }) as Pick<ScorecardSearch, 'asOf' | 'team' | 'ageBand'>;
  const filter = { team: search.team, ageBand: search.ageBand };
  const filtered = Boolean(search.team || search.ageBand);
  const query = useMeasure(measureId, search.asOf, filter);
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<{ message: string; at: number } | null>(null);
  const editor = canEditMeasures(me?.role);
  const onSaved = (message: string) => (detail: MeasureDetail) => {
    if (!search.asOf && !filtered) queryClient.setQueryData(['measure', measureId, 'today', '', ''], detail);
    refreshMeasures(queryClient, measureId);
    setSaved({ message, at: Date.now() });
  };
  return (
    <QueryState query={query}>
      {(measure) => (
        <AppPage
          title={measure.title}
          caption={`Measures: ${serviceAreaLabel(measure.serviceArea)}`}
          before={
            <>
              <BackLink href={scorecardHref({ asOf: search.asOf, ...filter })}>Back to measures</BackLink>
              {saved && (
                <NotificationBanner type="success" key={saved.at}>
                  <p className="govuk-notification-banner__heading">{saved.message}</p>
                </NotificationBanner>
              )}
            </>
          }
        >
          <p className="govuk-body-l">{measure.definition}</p>
          {measure.standards.length > 0 && (
            <div className="govuk-inset-text">
              Worked out with your practice standard
              {measure.standards.length > 1 ? 's' : ''}:{' '}
              {measure.standards
                .map((s) => `${s.label.toLowerCase()}, ${s.value} ${s.unit}${s.isDefault ? ' (the default)' : ''}`)
                .join('; ')}
              .{' '}
              <RouterLink href="/measures/practice-standards" className="govuk-link">
                Practice standards
              </RouterLink>
            </div>
          )}
          {filtered && (
            <InsetText>
              {subsetText(measure)}{' '}
              <RouterLink href={measureHref(measure.id, search.asOf)} className="govuk-link">
                Show the figures for every child
              </RouterLink>
            </InsetText>
          )}
          <MeasureSummary measure={measure} hideSmall={hidesSmallCounts(me?.role)} />
          {measure.drillDownAllowed && measure.latest && (
            <p className="govuk-body">
              <RouterLink href={childrenHref(measure.id, { month: measure.latest.month })} className="govuk-link">
                See the children counted
              </RouterLink>{' '}
              (each view is recorded in the audit log)
            </p>
          )}

          <h2 className="govuk-heading-l">Trend</h2>
          <MeasureSpcChart measure={measure} />

          <h2 className="govuk-heading-l">Comparison</h2>
          <MeasureBenchmarkChart measure={measure} authorityName={me?.authority.name ?? 'This council'} />

          <h2 className="govuk-heading-l">Definition</h2>
          <MeasureDefinitionList measure={measure} />

          <h2 className="govuk-heading-l">Where the plan uses it</h2>
          <MeasureLinks measure={measure} />

          {editor && (
            <>
              <h2 className="govuk-heading-l">Target</h2>
              <p className="govuk-body">
                {measure.target ? `The target is ${targetText(measure)}.` : 'No target is set.'}{' '}
                {measure.polarity === 'neither' &&
                  'This is a context measure: it is never rated red or green, even with a target.'}
              </p>
              <Details summary={measure.target ? 'Change the target' : 'Set the target'}>
                <TargetForm measure={measure} onSaved={onSaved('Target saved')} />
              </Details>
            </>
          )}

          {measure.acceptsManualValues && (editor || measure.manualValues.length > 0) && (
            <>
              <h2 className="govuk-heading-l">Values entered by hand</h2>
              <ManualValuesTable measure={measure} />
              {editor && (
                <Details summary="Enter a value for a month">
                  <ManualValueForm
                    measure={measure}
                    onSaved={(detail, month) => onSaved(`Value for ${monthLabel(month)} saved`)(detail)}
                  />
                </Details>
              )}
            </>
          )}

          <h2 className="govuk-heading-l">SPC baseline</h2>
          <p className="govuk-body">
            {measure.baseline
              ? `The mean and process limits are calculated from ${monthLabel(measure.baseline.fromMonth)}${measure.baseline.by ? `, set by ${measure.baseline.by}` : ''}. Reason: ${measure.baseline.reason}`
              : 'The mean and process limits are calculated from the whole series shown.'}
          </p>
          {editor && (
            <Details summary="Recalculate the limits from a month">
              <BaselineForm measure={measure} onSaved={(detail, message) => onSaved(message)(detail)} />
            </Details>
          )}
        </AppPage>
      )}
    </QueryState>
  );
}
