import { formatLongDate } from '@waypoint/calendar';
import {
  ACTION_STATUS_LABELS,
  type ActionStatus,
  COMMITTEE_LABELS,
  type Committee,
  DELIVERY_RAG_LABELS,
  GRADE_LABELS,
  type Grade,
  INSPECTION_TYPE_LABELS,
  type InspectionType,
  JUDGEMENT_AREA_LABELS,
  type JudgementArea,
} from '@waypoint/contracts';
import { formatValue, getMeasure } from '@waypoint/measures';
import type { MeasureView } from '../measures/measure-view.ts';
import type { getPlanDetail } from '../plans/plans.service.ts';
import type {
  ReportAction,
  ReportArea,
  ReportException,
  ReportKind,
  ReportMeasure,
  ReportModel,
} from './report-model.ts';

type PlanDetail = Awaited<ReturnType<typeof getPlanDetail>>;
type PlanAction = PlanDetail['areas'][number]['actions'][number];

const TITLES: Record<ReportKind, string> = {
  scrutiny: 'Improvement plan: progress report',
  statement: 'Written statement of action in response to the Ofsted inspection',
  exceptions: 'Improvement board exception report',
  public: 'Improving our children’s services: how we are doing',
};

const MEASURE_RAG_TEXT: Record<string, string> = {
  green: 'On target',
  amber: 'Close to target',
  red: 'Off target',
  grey: 'No recent data',
  none: 'No target (context)',
};

function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return formatLongDate(`${y}-${String(m).padStart(2, '0')}-01`).replace(/^1 /, '');
}

/** Inputs the builder combines, all already loaded by the service. */
export interface ReportInputs {
  kind: ReportKind;
  authority: { name: string; shortName: string };
  meeting?: { committee: string; date: string };
  plan: PlanDetail;
  versionLabel: string;
  /** Measures by id (the scorecard as at the report date). */
  measures: Map<string, MeasureView>;
  /** Measure ids per priority area id. */
  areaMeasures: Map<string, string[]>;
  dataAsAt: string;
  generatedAt: string;
  generatedBy: string;
}

/** A measure in report form (with small numbers suppressed in the public version). */
function reportMeasure(view: MeasureView, isPublic: boolean): ReportMeasure {
  const def = getMeasure(view.id);
  const small = (n: number | null | undefined) => n !== null && n !== undefined && n >= 1 && n <= 4;
  const latest = view.latest;
  const suppressed = isPublic && latest && (small(latest.numerator) || (view.unit === 'count' && small(latest.value)));
  const valueText = !latest ? 'No data' : suppressed && view.unit === 'count' ? 'fewer than 5' : latest.valueText;
  const series = view.series.map((p) => ({
    date: p.date,
    value: isPublic && view.unit === 'count' && small(p.value) ? null : p.value,
  }));
  const firstSeries = view.series.find((p) => p.mean !== undefined);
  return {
    id: view.id,
    title: view.title,
    unit: view.unit,
    polarity: view.polarity as ReportMeasure['polarity'],
    valueText,
    periodText: latest ? monthText(latest.month) : '',
    numeratorText:
      latest && latest.numerator !== null && latest.denominator !== null && !suppressed
        ? `${latest.numerator} of ${latest.denominator}`
        : undefined,
    targetText: view.target ? `${view.target.valueText} by ${formatLongDate(view.target.date)}` : undefined,
    distanceText: view.rag.distanceText || undefined,
    rag: { key: view.rag.rag as ReportMeasure['rag']['key'], text: MEASURE_RAG_TEXT[view.rag.rag] ?? view.rag.rag },
    directionText:
      view.rag.direction === 'improving'
        ? 'Improving'
        : view.rag.direction === 'worsening'
          ? 'Getting worse'
          : 'No change',
    spcSignal: view.spc?.interpretation ?? 'not enough data',
    targetWithinLimits: view.spc?.targetWithinLimits ?? undefined,
    englandText: view.england
      ? `England ${formatValue(view.england.value, def.unit, def.countNoun)} (${view.england.year})`
      : undefined,
    neighboursText:
      view.neighbours?.mean !== null && view.neighbours
        ? `Statistical neighbours ${formatValue(view.neighbours.mean!, def.unit, def.countNoun)}`
        : undefined,
    series,
    spc:
      view.spc && firstSeries
        ? {
            mean: view.spc.mean,
            upper: view.spc.upper,
            lower: view.spc.lower,
            signalDates: view.series.filter((p) => p.signal).map((p) => p.date),
          }
        : undefined,
    target: view.target ? { value: view.target.value, date: view.target.date, trajectory: [] } : undefined,
    chartDescription: `${view.title}: ${valueText}${latest ? ` in ${monthText(latest.month)}` : ''}${view.target ? `, target ${view.target.valueText}` : ''}. ${view.spc ? `Statistical process control: ${view.spc.interpretation}.` : ''}`,
    definition: def.definition,
    source: def.source,
  };
}

function reportAction(a: PlanAction, isPublic: boolean, areaLead: string): ReportAction {
  return {
    reference: a.reference,
    title: a.title,
    lead: isPublic ? areaLead : a.leadOfficer,
    ...(!isPublic && a.owner && { owner: a.owner.name }),
    startDate: a.startDate ?? undefined,
    dueDate: a.dueDate,
    statusText: ACTION_STATUS_LABELS[a.status as ActionStatus],
    rag: { key: a.rag.rag, text: DELIVERY_RAG_LABELS[a.rag.rag] },
    ragReason: a.rag.reasons[0] ?? '',
    latestUpdate: a.latestUpdate
      ? {
          date: a.latestUpdate.date,
          text: a.latestUpdate.narrative,
          ...(!isPublic && { author: a.latestUpdate.author }),
        }
      : undefined,
    successMeasures: a.successMeasures || undefined,
    overdue: a.overdue,
  };
}

function exceptionsOf(actions: PlanAction[], measures: ReportMeasure[]): ReportException[] {
  const out: ReportException[] = [];
  for (const a of actions) {
    const response = a.latestUpdate?.narrative ?? (a.rag.override?.reason || undefined);
    if (a.overdue)
      out.push({
        kind: 'overdue',
        reference: a.reference,
        text: `${a.title}: ${a.rag.reasons[0] ?? 'overdue'}`,
        response,
      });
    else if (a.rag.rag === 'red')
      out.push({
        kind: 'off-track',
        reference: a.reference,
        text: `${a.title}: ${a.rag.reasons[0] ?? 'off track'}`,
        response,
      });
    else if (a.rag.rag === 'amber')
      out.push({
        kind: 'at-risk',
        reference: a.reference,
        text: `${a.title}: ${a.rag.reasons[0] ?? 'at risk'}`,
        response,
      });
  }
  for (const m of measures) {
    if (m.spcSignal === 'concerning')
      out.push({
        kind: 'measure-concern',
        reference: m.id,
        text: `${m.title}: a special-cause change in the wrong direction (${m.valueText}).`,
      });
    else if (m.rag.key === 'red')
      out.push({
        kind: 'measure-red',
        reference: m.id,
        text: `${m.title}: ${m.valueText}, ${m.distanceText ?? 'off target'}.`,
      });
  }
  return out;
}

/** Builds the view model of a report from a plan, its measures and the meeting. Pure: no I/O. */
export function buildReportModel(input: ReportInputs): ReportModel {
  const { plan, kind } = input;
  const isPublic = kind === 'public';
  const allActions = plan.areas.flatMap((a) => a.actions);
  const areas: ReportArea[] = plan.areas.map((area) => {
    const measures = (input.areaMeasures.get(area.id) ?? [])
      .map((id) => input.measures.get(id))
      .filter((m): m is MeasureView => !!m)
      .map((m) => reportMeasure(m, isPublic));
    const actions = area.actions.map((a) => reportAction(a, isPublic, area.leadOfficer));
    const exceptions = exceptionsOf(area.actions, measures);
    return {
      reference: area.reference,
      title: area.title,
      lead: area.leadOfficer,
      outcome: area.outcome,
      findings: plan.findings
        .filter((f) => area.findingIds.includes(f.id))
        .map((f) => ({ number: f.number, text: f.text })),
      actions:
        kind === 'exceptions'
          ? actions.filter((a) => a.overdue || a.rag.key === 'red' || a.rag.key === 'amber')
          : actions,
      measures:
        kind === 'exceptions'
          ? measures.filter((m) => m.rag.key === 'red' || m.rag.key === 'amber' || m.spcSignal === 'concerning')
          : measures,
      exceptions,
    };
  });
  const reportMeasures = areas.flatMap((a) => a.measures);
  const unique = new Map(reportMeasures.map((m) => [m.id, m]));
  const count = (key: string) => allActions.filter((a) => a.rag.rag === key).length;
  const measureCount = (key: string) => [...unique.values()].filter((m) => m.rag.key === key).length;
  const overdue = allActions.filter((a) => a.overdue).length;
  const submit = plan.deadlines.find((d) => d.id === 'submit-plan');
  const paragraphs = [
    `${allActions.length} actions: ${count('complete')} complete, ${count('green')} on track, ${count('amber')} at risk and ${count('red')} off track${overdue ? `; ${overdue} overdue` : ''}.`,
    unique.size > 0
      ? `${unique.size} measures: ${measureCount('green')} on target, ${measureCount('amber')} close to target, ${measureCount('red')} off target.`
      : 'No measures are linked to the priority areas yet.',
    ...(submit && submit.state !== 'passed'
      ? [
          `The plan must reach Ofsted by ${formatLongDate(submit.dueDate)} (${submit.workingDaysRemaining} working days from ${formatLongDate(plan.today)}).`,
        ]
      : []),
  ];
  return {
    kind,
    title: TITLES[kind],
    subtitle: plan.title,
    authority: input.authority,
    meeting: input.meeting,
    plan: {
      title: plan.title,
      statusText: plan.statusLabel,
      versionLabel: input.versionLabel,
      accountableOfficer: plan.accountableOfficer,
    },
    dataAsAt: input.dataAsAt,
    generatedAt: input.generatedAt,
    generatedBy: isPublic ? input.authority.name : input.generatedBy,
    inspection: {
      typeText: INSPECTION_TYPE_LABELS[plan.inspection.type as InspectionType],
      onSiteText: `${plan.inspection.onSiteStart ? formatLongDate(plan.inspection.onSiteStart) : '–'} to ${plan.inspection.onSiteEnd ? formatLongDate(plan.inspection.onSiteEnd) : '–'}`,
      publishedText: plan.inspection.published ? formatLongDate(plan.inspection.published) : undefined,
      judgements: plan.inspection.judgements.map((j) => ({
        area: JUDGEMENT_AREA_LABELS[j.area as JudgementArea],
        grade: GRADE_LABELS[j.grade as Grade],
      })),
    },
    deadlines: plan.deadlines.map((d) => ({
      label: d.label,
      dueDate: d.dueDate,
      remainingText:
        d.state === 'passed'
          ? 'passed'
          : d.state === 'due-today'
            ? 'due today'
            : `${d.workingDaysRemaining} working days left`,
    })),
    summary: {
      actions: {
        total: allActions.length,
        green: count('green'),
        amber: count('amber'),
        red: count('red'),
        complete: count('complete'),
        overdue,
      },
      measures: {
        total: unique.size,
        green: measureCount('green'),
        amber: measureCount('amber'),
        red: measureCount('red'),
        grey: measureCount('grey'),
        none: measureCount('none'),
      },
      paragraphs,
    },
    areas,
    recommendations:
      kind === 'scrutiny'
        ? plan.recommendations.map((r) => ({
            committee: COMMITTEE_LABELS[r.committee as Committee] ?? r.committee,
            meetingDate: r.meetingDate,
            text: r.text,
            response: r.response,
            status: r.status,
          }))
        : undefined,
    appendix: [...unique.values()].map((m) => ({
      id: m.id,
      title: m.title,
      definition: m.definition,
      source: m.source,
      polarity: m.polarity,
    })),
    publicNote: isPublic
      ? 'This public version leaves out the names of staff below head of service and any figure from 1 to 4, which could identify a child; those are shown as “fewer than 5”.'
      : undefined,
  };
}
