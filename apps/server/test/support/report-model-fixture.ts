import type {
  MeasureRag,
  RagLabel,
  ReportAction,
  ReportArea,
  ReportException,
  ReportKind,
  ReportMeasure,
  ReportModel,
  SeriesPoint,
} from '../../src/modules/reports/report-model.ts';

/**
 * Report view models for the renderer tests and the reports benchmark, modelled on the fictional demo authority
 * (Kellingford City Council, data as at 15 July 2026). Every name is invented. Series are generated deterministically
 * (a fixed-seed generator), and their SPC lines are computed here with the XmR method (mean ± 2.66 × mean moving range).
 */

/** The month-end dates of the `months` months ending with `lastMonthEnd` (ISO). */
function monthEnds(lastMonthEnd: string, months: number): string[] {
  const [y, m] = lastMonthEnd.split('-').map(Number) as [number, number];
  const dates: string[] = [];
  for (let k = months - 1; k >= 0; k -= 1) {
    const total = y * 12 + (m - 1) - k;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    dates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  return dates;
}

/** A small deterministic pseudo-random generator (LCG) returning numbers in [-1, 1). */
function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2 - 1;
  };
}

/** How a fixture measure's series is generated. */
interface SeriesSpec {
  from: number;
  to: number;
  wobble: number;
  seed: number;
  months?: number;
  /** Months (index from the start) with no value. */
  gaps?: number[];
  /** Round values to this many decimals. */
  decimals?: number;
  /** A jump added from this month index onward (makes a special cause). */
  shiftAt?: number;
  shiftBy?: number;
}

/** A monthly series drifting from `from` to `to` with noise, ending June 2026. */
function series(spec: SeriesSpec): SeriesPoint[] {
  const months = spec.months ?? 36;
  const rand = noise(spec.seed);
  const dates = monthEnds('2026-06-30', months);
  const scale = 10 ** (spec.decimals ?? 1);
  return dates.map((date, i) => {
    if (spec.gaps?.includes(i)) return { date, value: null };
    const trend = spec.from + ((spec.to - spec.from) * i) / Math.max(1, months - 1);
    const shift = spec.shiftAt !== undefined && i >= spec.shiftAt ? (spec.shiftBy ?? 0) : 0;
    return { date, value: Math.round((trend + shift + rand() * spec.wobble) * scale) / scale };
  });
}

/** XmR lines over the first 24 points (the baseline period), with the dates of points beyond the limits. */
function xmr(points: SeriesPoint[]): NonNullable<ReportMeasure['spc']> {
  const values = points.slice(0, 24).flatMap((p) => (p.value === null ? [] : [p.value]));
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  const ranges = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const mr = ranges.reduce((s, v) => s + v, 0) / Math.max(1, ranges.length);
  const upper = Math.round((mean + 2.66 * mr) * 10) / 10;
  const lower = Math.round((mean - 2.66 * mr) * 10) / 10;
  const signalDates = points.filter((p) => p.value !== null && (p.value > upper || p.value < lower)).map((p) => p.date);
  return { mean: Math.round(mean * 10) / 10, upper, lower, signalDates };
}

/** What a fixture measure needs beyond its generated series. */
interface MeasureSpec {
  id: string;
  title: string;
  unit: string;
  polarity: ReportMeasure['polarity'];
  series: SeriesSpec;
  rag: MeasureRag;
  numeratorText?: string;
  target?: { value: number; date: string; trajectory: Array<{ date: string; value: number }> };
  distanceText?: string;
  directionText?: string;
  englandText?: string;
  neighboursText?: string;
  definition: string;
  source: string;
}

/** Formats a fixture value for `valueText`/`targetText` the way the service would. */
function fixtureValue(unit: string, value: number): string {
  if (unit === 'percent') return `${value}%`;
  if (unit === 'weeks' || unit === 'days') return `${value} ${unit}`;
  return String(value);
}

/** A complete report measure from a spec: series, SPC, texts and a chart description. */
function measure(spec: MeasureSpec): ReportMeasure {
  const points = series(spec.series);
  const spc = xmr(points);
  const last = [...points].reverse().find((p) => p.value !== null)!;
  const lastValue = last.value!;
  // The latest signal's side of the mean, read with the polarity, gives the SPC reading.
  const lastSignal = points.find((p) => p.date === spc.signalDates[spc.signalDates.length - 1]);
  const above = lastSignal?.value !== undefined && lastSignal.value !== null && lastSignal.value > spc.mean;
  const signal = !lastSignal
    ? 'no significant change'
    : spec.polarity === 'neither'
      ? 'unusual change'
      : above === (spec.polarity === 'higher-better')
        ? 'improving'
        : 'concerning';
  const targetText = spec.target
    ? `${fixtureValue(spec.unit, spec.target.value)} by ${new Date(`${spec.target.date}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`
    : undefined;
  return {
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    polarity: spec.polarity,
    valueText: fixtureValue(spec.unit, lastValue),
    periodText: 'June 2026',
    numeratorText: spec.numeratorText,
    targetText,
    distanceText: spec.distanceText,
    rag: spec.rag,
    directionText: spec.directionText,
    spcSignal: signal,
    targetWithinLimits: spec.target ? spec.target.value <= spc.upper && spec.target.value >= spc.lower : undefined,
    englandText: spec.englandText,
    neighboursText: spec.neighboursText,
    series: points,
    spc,
    target: spec.target,
    chartDescription: `Line chart of ${spec.title.toLowerCase()} each month from July 2023 to June 2026. The latest value is ${fixtureValue(spec.unit, lastValue)}${targetText ? ` against a target of ${targetText}` : ''}. SPC reading: ${signal}.`,
    definition: spec.definition,
    source: spec.source,
  };
}

const GREEN: RagLabel = { key: 'green', text: 'Green: on track' };
const AMBER: RagLabel = { key: 'amber', text: 'Amber: at risk' };
const RED: RagLabel = { key: 'red', text: 'Red: off track' };
const COMPLETE: RagLabel = { key: 'complete', text: 'Complete' };
const CLOSED: RagLabel = { key: 'closed', text: 'Closed: superseded' };

/** Owner names used in the fixture (the public version must show none of them). */
export const FIXTURE_OWNER_NAMES = [
  'Sasha Whitlock',
  'Farah Quinlan',
  'Priya Ramsden',
  'Jonah Blythe',
  'Declan Moorcroft',
  'Owen Trelawny',
  'Helen Barraclough',
] as const;

/** Authors of latest updates in the fixture (also never shown in the public version). */
export const FIXTURE_AUTHOR_NAMES = ['Beth Oyelaran', 'Rhiannon Deverell'] as const;

/** A fixture action. */
function action(
  reference: string,
  title: string,
  lead: string,
  owner: string,
  dates: { start: string; due: string },
  rag: RagLabel,
  statusText: string,
  ragReason: string,
  update?: { date: string; text: string; author: string },
  extra: Partial<ReportAction> = {},
): ReportAction {
  return {
    reference,
    title,
    lead,
    owner,
    startDate: dates.start,
    dueDate: dates.due,
    statusText,
    rag,
    ragReason,
    latestUpdate: update,
    successMeasures: extra.successMeasures ?? 'See the measures for this priority',
    overdue: extra.overdue ?? false,
  };
}

/** Priority 1: supervision and management oversight. */
function supervisionArea(): ReportArea {
  const supervision = measure({
    id: 'supervision-on-time',
    title: 'Supervision held on time',
    unit: 'percent',
    polarity: 'higher-better',
    series: { from: 60, to: 70, wobble: 2.5, seed: 11, shiftAt: 31, shiftBy: 9 },
    rag: { key: 'amber', text: 'Amber: within tolerance' },
    numeratorText: '164 of 210 supervisions',
    target: {
      value: 90,
      date: '2026-12-31',
      trajectory: [
        { date: '2026-07-31', value: 80 },
        { date: '2026-09-30', value: 84 },
        { date: '2026-12-31', value: 90 },
      ],
    },
    distanceText: '2 points below the July trajectory of 80% (2.5% short)',
    directionText: 'Improving since last month',
    englandText: 'not published',
    definition:
      'Percentage of case-holding social workers whose last supervision was held within the policy interval (4 weeks).',
    source: 'Local supervision records',
  });
  const audits = measure({
    id: 'case-audits-good',
    title: 'Case audits graded good or better',
    unit: 'percent',
    polarity: 'higher-better',
    series: { from: 24, to: 33, wobble: 3, seed: 12, gaps: [2, 14] },
    rag: { key: 'red', text: 'Red: off trajectory' },
    numeratorText: '20 of 61 audits',
    target: { value: 50, date: '2027-03-31', trajectory: [{ date: '2026-06-30', value: 40 }] },
    distanceText: '7 points below the trajectory of 40% (17.5% short)',
    directionText: 'Worsening since last quarter',
    definition: 'Percentage of audited cases graded good or outstanding after moderation.',
    source: 'QA and audit programme',
  });
  return {
    reference: '1',
    title: 'Effectiveness of supervision and management oversight',
    lead: 'Principal Social Worker',
    outcome: 'Children’s plans progress without delay because managers direct and check the work.',
    findings: [
      {
        number: 1,
        text: 'The effectiveness of supervision and management oversight, so that plans progress without delay.',
      },
    ],
    actions: [
      action(
        '1.1',
        'Relaunch the supervision policy and recording template',
        'Principal Social Worker',
        'Sasha Whitlock',
        { start: '2026-06-01', due: '2026-07-28' },
        GREEN,
        'On track',
        'Template agreed; launch events booked',
        { date: '2026-07-10', text: 'Template agreed with team managers; launch on 21 July.', author: 'Beth Oyelaran' },
      ),
      action(
        '1.2',
        'Supervision and oversight training for all 24 managers (2 cohorts)',
        'Principal Social Worker',
        'Sasha Whitlock',
        { start: '2026-05-18', due: '2026-08-25' },
        AMBER,
        'At risk',
        'Venue for cohort 2 not confirmed',
        {
          date: '2026-07-08',
          text: 'Cohort 1 done (12 managers). Cohort 2 venue still to confirm.',
          author: 'Beth Oyelaran',
        },
      ),
      action(
        '1.3',
        'Monthly supervision compliance by team in Waypoint',
        'Performance and Intelligence Manager',
        'Farah Quinlan',
        { start: '2026-05-11', due: '2026-06-30' },
        COMPLETE,
        'Complete',
        'Completed on 26 June 2026',
      ),
      action(
        '1.4',
        'Quarterly supervision audit (20 records) with moderation',
        'Head of Quality Assurance',
        'Priya Ramsden',
        { start: '2026-08-01', due: '2026-09-30' },
        GREEN,
        'Not started',
        'Not due to start until August',
      ),
    ],
    measures: [supervision, audits],
    exceptions: [
      {
        kind: 'measure-red',
        reference: 'case-audits-good',
        text: 'Case audits graded good or better are 7 points below the trajectory.',
        response: 'Audit moderation panel to review grading and feed back to team managers in August.',
      },
    ],
  };
}

/** Priority 3: homeless 16 and 17 year olds. */
function homelessArea(): ReportArea {
  const assessed = measure({
    id: 'homeless-1617-assessed-in-time',
    title: 'Homeless 16 and 17 year olds assessed within 10 working days',
    unit: 'percent',
    polarity: 'higher-better',
    series: { from: 42, to: 58, wobble: 6, seed: 31 },
    rag: { key: 'amber', text: 'Amber: improving' },
    numeratorText: '7 of 12 young people',
    target: { value: 90, date: '2027-03-31', trajectory: [{ date: '2026-09-30', value: 70 }] },
    distanceText: '32 points below the target of 90% (36% short)',
    directionText: 'Improving since last quarter',
    definition:
      'Percentage of 16 and 17 year olds presenting as homeless whose joint assessment ended within 10 working days.',
    source: 'Joint housing and children’s services log',
  });
  const bnb = measure({
    id: 'homeless-1617-bnb',
    title: 'Nights 16 and 17 year olds spent in bed and breakfast',
    unit: 'count',
    polarity: 'lower-better',
    series: { from: 3, to: 1, wobble: 1.5, seed: 32, decimals: 0, shiftAt: 20, shiftBy: 6 },
    rag: { key: 'red', text: 'Red: not improving' },
    target: { value: 0, date: '2026-09-30', trajectory: [] },
    distanceText: '7 nights above the target of 0',
    directionText: 'Worsening since last month',
    definition: 'Nights spent in bed and breakfast by 16 and 17 year olds who presented as homeless, each month.',
    source: 'Housing options placement log',
  });
  const s20 = measure({
    id: 'homeless-1617-accommodated-s20',
    title: 'Homeless 16 and 17 year olds accommodated under section 20',
    unit: 'percent',
    polarity: 'neither',
    series: { from: 22, to: 26, wobble: 4, seed: 33 },
    rag: { key: 'none', text: 'Not rated (context measure)' },
    numeratorText: '9 of 38 presentations',
    directionText: 'Stable',
    definition:
      'Percentage of homeless 16 and 17 year olds who became looked after under section 20 of the Children Act 1989.',
    source: 'SSDA903 and the joint housing log',
  });
  return {
    reference: '3',
    title: 'Responses to 16 and 17 year olds who present as homeless',
    lead: 'Head of Service, Children in Care and Care Leavers',
    outcome: 'Young people who present as homeless are assessed quickly, told their rights and never placed in B&B.',
    findings: [
      {
        number: 3,
        text: 'The response to 16- and 17-year-olds who present as homeless, including information about their rights.',
      },
    ],
    actions: [
      action(
        '3.1',
        'Refresh the joint protocol with housing (single joint assessment, same-day response)',
        'Head of Service, Children in Care and Care Leavers',
        'Jonah Blythe',
        { start: '2026-05-20', due: '2026-07-10' },
        RED,
        'Off track',
        'Overdue by 5 days: housing sign-off delayed',
        {
          date: '2026-07-14',
          text: 'Housing legal review returned comments; revised date 24 July.',
          author: 'Rhiannon Deverell',
        },
        { overdue: true },
      ),
      action(
        '3.2',
        'Rights and entitlements leaflet co-produced with care leavers',
        'Leaving Care Team Manager',
        'Jonah Blythe',
        { start: '2026-06-01', due: '2026-07-28' },
        GREEN,
        'On track',
        'Draft agreed by Kellingford Voices',
        { date: '2026-07-09', text: 'Draft agreed by young advisers; printing booked.', author: 'Beth Oyelaran' },
      ),
      action(
        '3.3',
        'End B&B use: commission 2 emergency beds in registered supported accommodation',
        'Head of Placements and Sufficiency',
        'Declan Moorcroft',
        { start: '2026-06-01', due: '2026-09-30' },
        RED,
        'Off track',
        'No provider has bid yet',
        {
          date: '2026-07-01',
          text: 'Tender closed with no bids; market warming event on 29 July.',
          author: 'Beth Oyelaran',
        },
      ),
      action(
        '3.4',
        'Interim housing advice sessions (replaced by action 3.1)',
        'Leaving Care Team Manager',
        'Jonah Blythe',
        { start: '2026-05-01', due: '2026-06-15' },
        CLOSED,
        'Closed',
        'Superseded by the joint protocol',
      ),
    ],
    measures: [assessed, bnb, s20],
    exceptions: [
      {
        kind: 'overdue',
        reference: '3.1',
        text: 'Joint protocol overdue by 5 days.',
        response: 'Director to escalate to the housing director; revised date 24 July.',
      },
      {
        kind: 'off-track',
        reference: '3.3',
        text: 'No provider for the emergency beds.',
        response: 'Market warming event on 29 July; spot purchase meanwhile.',
      },
      {
        kind: 'measure-concern',
        reference: 'homeless-1617-bnb',
        text: 'B&B nights rose above the upper process limit.',
      },
    ],
  };
}

/** Priority 6: placement sufficiency. */
function sufficiencyArea(): ReportArea {
  const unregistered = measure({
    id: 'unregistered-provision',
    title: 'Children in unregistered provision',
    unit: 'count',
    polarity: 'lower-better',
    series: { from: 1, to: 2, wobble: 0.6, seed: 61, decimals: 0 },
    rag: { key: 'red', text: 'Red: above target' },
    target: {
      value: 0,
      date: '2026-09-30',
      trajectory: [
        { date: '2026-07-31', value: 1 },
        { date: '2026-09-30', value: 0 },
      ],
    },
    distanceText: '1 child above the July trajectory of 1',
    directionText: 'Worsening since last month',
    definition:
      'Children looked after living in provision that should be registered with Ofsted but is not, at month end.',
    source: 'SSDA903 placements and the unregistered-placement panel',
  });
  const foster = measure({
    id: 'foster-households-net',
    title: 'Net change in in-house foster households',
    unit: 'count',
    polarity: 'higher-better',
    series: { from: -6, to: 2, wobble: 1.5, seed: 62, decimals: 0 },
    rag: { key: 'green', text: 'Green: on trajectory' },
    target: { value: 12, date: '2027-03-31', trajectory: [{ date: '2026-06-30', value: 1 }] },
    distanceText: '1 household above the trajectory of 1',
    directionText: 'Improving since last quarter',
    englandText: 'net loss of 765 households (2023/24)',
    definition: 'Foster households approved minus households deregistered, over the last 12 months.',
    source: 'Fostering service records',
  });
  const distance = measure({
    id: 'placed-20-miles',
    title: 'Children looked after placed more than 20 miles from home',
    unit: 'percent',
    polarity: 'lower-better',
    series: { from: 25, to: 24, wobble: 1.5, seed: 63 },
    rag: { key: 'grey', text: 'Grey: data out of date' },
    target: { value: 18, date: '2027-03-31', trajectory: [] },
    directionText: 'No change',
    englandText: '21% of new placements',
    neighboursText: 'not available',
    definition: 'Percentage of children looked after placed more than 20 miles from their home address.',
    source: 'SSDA903 placements',
  });
  return {
    reference: '6',
    title: 'Placement sufficiency: more foster carers, no children in unregistered provision',
    lead: 'Head of Placements and Sufficiency',
    outcome: 'Every child lives in a registered home that meets their needs, close to their school and family.',
    findings: [
      {
        number: 6,
        text: 'Sufficiency of placements, including foster carers, so that no child lives in unregistered or unregulated provision.',
      },
    ],
    actions: [
      action(
        '6.1',
        '"Foster for Kellingford" campaign with revised allowances',
        'Fostering Service Manager',
        'Helen Barraclough',
        { start: '2026-06-01', due: '2026-09-30' },
        GREEN,
        'On track',
        'Campaign launched in June',
        { date: '2026-07-06', text: '58 enquiries in the first month, up from 18.', author: 'Beth Oyelaran' },
      ),
      action(
        '6.2',
        'Weekly unregistered-placement panel chaired by the Director; exit plan for each child',
        'Director of Children’s Services',
        'Declan Moorcroft',
        { start: '2026-05-14', due: '2026-07-28' },
        AMBER,
        'At risk',
        'Two children remain in unregistered provision',
        {
          date: '2026-07-13',
          text: 'New emergency placement on 8 July; exit plans agreed for both children.',
          author: 'Beth Oyelaran',
        },
      ),
      action(
        '6.3',
        'Emergency placement framework with 3 local providers',
        'Commissioning Manager',
        'Owen Trelawny',
        { start: '2026-05-01', due: '2026-07-10' },
        AMBER,
        'At risk',
        'Overdue by 5 days: 1 provider not yet signed',
        {
          date: '2026-07-14',
          text: '2 providers signed; the third is awaiting legal sign-off.',
          author: 'Rhiannon Deverell',
        },
        { overdue: true },
      ),
    ],
    measures: [unregistered, foster, distance],
    exceptions: [
      {
        kind: 'measure-red',
        reference: 'unregistered-provision',
        text: '2 children in unregistered provision against a trajectory of 1.',
        response: 'Weekly panel; both children have exit plans to registered homes by 31 August.',
      },
      { kind: 'at-risk', reference: '6.2', text: 'Panel has not yet ended unregistered placements.' },
      {
        kind: 'overdue',
        reference: '6.3',
        text: 'Emergency placement framework overdue by 5 days.',
        response: 'Legal sign-off booked for 17 July.',
      },
    ],
  };
}

/** The parts of every model that do not depend on the areas. */
function frame(kind: ReportKind, areas: ReportArea[]): ReportModel {
  const actions = areas.flatMap((a) => a.actions);
  const measures = areas.flatMap((a) => a.measures);
  const countActions = (key: RagLabel['key']) => actions.filter((a) => a.rag.key === key).length;
  const countMeasures = (key: MeasureRag['key']) => measures.filter((m) => m.rag.key === key).length;
  const titles: Record<ReportKind, string> = {
    scrutiny: 'Improvement plan progress report',
    statement: 'Written statement of action',
    exceptions: 'Improvement board exception report',
    public: 'Our plan to improve children’s services: progress',
  };
  const appendix = [...new Map(measures.map((m) => [m.id, m])).values()].map((m) => ({
    id: m.id,
    title: m.title,
    definition: m.definition,
    source: m.source,
    polarity: m.polarity,
  }));
  return {
    kind,
    title: titles[kind],
    subtitle: 'Children’s services improvement plan after the March 2026 inspection',
    authority: { name: 'Kellingford City Council', shortName: 'Kellingford' },
    meeting:
      kind === 'exceptions'
        ? { committee: 'Children’s Improvement Board', date: '2026-08-06' }
        : { committee: 'Children and Young People’s Scrutiny Committee', date: '2026-07-28' },
    plan: {
      title: 'Children’s services improvement plan 2026 to 2028',
      statusText: 'Cabinet approved',
      versionLabel: 'Version 1.0 (14 July 2026)',
      accountableOfficer: 'Director of Children’s Services',
    },
    dataAsAt: '2026-07-15',
    generatedAt: '2026-07-15T08:30:00Z',
    generatedBy: 'Beth Oyelaran',
    inspection: {
      typeText: 'Inspection of local authority children’s services (ILACS), standard inspection',
      onSiteText: '9 to 20 March 2026',
      publishedText: '12 May 2026',
      judgements: [
        {
          area: 'Impact of leaders on social work practice with children and families',
          grade: 'Requires improvement to be good',
        },
        {
          area: 'Experiences and progress of children who need help and protection',
          grade: 'Requires improvement to be good',
        },
        { area: 'Experiences and progress of children in care', grade: 'Requires improvement to be good' },
        { area: 'Experiences and progress of care leavers', grade: 'Requires improvement to be good' },
        { area: 'Overall effectiveness', grade: 'Requires improvement to be good' },
      ],
      summary: 'Practice quality has declined since 2020. Leaders know the service well and have started to act.',
    },
    deadlines: [
      { label: 'Internal submission target', dueDate: '2026-07-31', remainingText: '12 working days left' },
      {
        label: 'Submit the plan to Ofsted (70 working days after the report)',
        dueDate: '2026-08-11',
        remainingText: '19 working days left',
      },
    ],
    summary: {
      actions: {
        total: actions.length,
        green: countActions('green'),
        amber: countActions('amber'),
        red: countActions('red'),
        complete: countActions('complete'),
        overdue: actions.filter((a) => a.overdue).length,
      },
      measures: {
        total: measures.length,
        green: countMeasures('green'),
        amber: countMeasures('amber'),
        red: countMeasures('red'),
        grey: countMeasures('grey'),
        none: countMeasures('none'),
      },
      paragraphs: [
        'Most actions are on track. Two are overdue and need a decision from the board.',
        'Supervision on time has risen for four months running, but audit grades have not yet moved.',
      ],
    },
    areas,
    recommendations: [
      {
        committee: 'Children and Young People’s Scrutiny Committee',
        meetingDate: '2026-06-30',
        text: 'Add interim trajectories for every measure.',
        response: 'Accepted. Every measure now has a trajectory by month.',
        status: 'Accepted',
      },
      {
        committee: 'Children and Young People’s Scrutiny Committee',
        meetingDate: '2026-06-30',
        text: 'Show how close each target is, not just a RAG colour.',
        response: 'Accepted. Reports show the value, target and distance beside every rating.',
        status: 'Accepted',
      },
      {
        committee: 'Children and Young People’s Scrutiny Committee',
        meetingDate: '2026-06-30',
        text: 'Arrange quarterly councillor visits to frontline teams.',
        response: 'Accepted. The first visits are in September.',
        status: 'Accepted, in progress',
      },
    ],
    appendix,
  };
}

/** The three-area fixture model of the given kind (owners and update authors included, as the internal kinds have). */
export function reportModelFixture(kind: ReportKind = 'scrutiny'): ReportModel {
  return frame(kind, [supervisionArea(), homelessArea(), sufficiencyArea()]);
}

/**
 * The public version as the report service builds it: no owner or author names, small numbers suppressed in the
 * numerator texts, and the note on what has been left out.
 */
export function publicReportModelFixture(): ReportModel {
  const model = reportModelFixture('public');
  return {
    ...model,
    generatedBy: 'Kellingford City Council',
    publicNote:
      'We have left out the names of staff and any number smaller than 5, so that no child or family can be identified.',
    areas: model.areas.map((area) => ({
      ...area,
      actions: area.actions.map(({ owner: _owner, ...a }) => ({
        ...a,
        latestUpdate: a.latestUpdate ? { date: a.latestUpdate.date, text: a.latestUpdate.text } : undefined,
      })),
      measures: area.measures.map((m) => ({ ...m, numeratorText: m.numeratorText ? 'fewer than 5' : undefined })),
      exceptions: [],
    })),
  };
}

/** Size of the scaled model (the demo plan: 10 areas, about 38 actions, about 30 measures, 36-month series). */
export interface ScaleOptions {
  areas: number;
  actions: number;
  measures: number;
}

/** A model of the demo plan's size, built by repeating the fixture's areas, actions and measures with new references. */
export function scaledReportModel(
  kind: ReportKind = 'scrutiny',
  scale: ScaleOptions = { areas: 10, actions: 38, measures: 30 },
): ReportModel {
  const templates = [supervisionArea(), homelessArea(), sufficiencyArea()];
  const actionPool = templates.flatMap((t) => t.actions);
  const measurePool = templates.flatMap((t) => t.measures);
  const exceptionPool: ReportException[] = templates.flatMap((t) => t.exceptions);
  const areas: ReportArea[] = [];
  for (let i = 0; i < scale.areas; i += 1) {
    const template = templates[i % templates.length]!;
    const ref = String(i + 1);
    const actionCount = Math.floor(scale.actions / scale.areas) + (i < scale.actions % scale.areas ? 1 : 0);
    const measureCount = Math.floor(scale.measures / scale.areas) + (i < scale.measures % scale.areas ? 1 : 0);
    areas.push({
      ...template,
      reference: ref,
      title: `${template.title} (${ref})`,
      findings: template.findings.map((f) => ({ ...f, number: i + 1 })),
      actions: Array.from({ length: actionCount }, (_, k) => ({
        ...actionPool[(i * 5 + k) % actionPool.length]!,
        reference: `${ref}.${k + 1}`,
      })),
      measures: Array.from({ length: measureCount }, (_, k) => {
        const m = measurePool[(i * 3 + k) % measurePool.length]!;
        return { ...m, id: `${m.id}-${ref}-${k + 1}`, title: `${m.title} (${ref}.${k + 1})` };
      }),
      exceptions: exceptionPool.slice(i % exceptionPool.length, (i % exceptionPool.length) + 2),
    });
  }
  return frame(kind, areas);
}
