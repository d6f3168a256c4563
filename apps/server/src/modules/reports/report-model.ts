/**
 * The view model every report format (HTML preview, PDF, DOCX) is rendered from. Built by the report service from
 * a frozen snapshot; renderers never query anything. All text is final (already suppressed or anonymised for the
 * public version); dates are ISO `YYYY-MM-DD`, times ISO date-times.
 */

/** Report types. */
export type ReportKind = 'scrutiny' | 'statement' | 'exceptions' | 'public';

/** Delivery RAG of an action, in words and as a key. */
export interface RagLabel {
  key: 'green' | 'amber' | 'red' | 'complete' | 'closed';
  text: string;
}

/** Measure RAG (computed from data) with the distance to target. */
export interface MeasureRag {
  key: 'green' | 'amber' | 'red' | 'grey' | 'none';
  text: string;
}

/** One point of a monthly series. */
export interface SeriesPoint {
  /** Month end (ISO date). */
  date: string;
  value: number | null;
}

/** A measure as a report shows it: value, target, distance, SPC, comparators and the series for a chart. */
export interface ReportMeasure {
  id: string;
  title: string;
  /** 'percent' | 'rate-per-10000' | 'count' | 'days' | 'weeks' | 'months' | 'score' | 'ratio' */
  unit: string;
  polarity: 'higher-better' | 'lower-better' | 'neither';
  /** Latest value as text, e.g. "78%" or "fewer than 5". */
  valueText: string;
  /** Period of the latest value, e.g. "June 2026" or "12 months to June 2026". */
  periodText: string;
  /** e.g. "41 of 52". Empty in the public version when small numbers are suppressed. */
  numeratorText?: string;
  targetText?: string;
  /**
   * Baseline with its date, e.g. "61% (January 2026)" (written statement). Optional: added for the renderers; when it
   * is absent they show the first value of `series`.
   */
  baselineText?: string;
  /** e.g. "3.2 points below target". */
  distanceText?: string;
  rag: MeasureRag;
  /** 'improving' | 'worsening' | 'stable' in words, e.g. "Improving since last month". */
  directionText?: string;
  /** SPC reading: 'improving', 'concerning', 'no significant change' (or 'unusual change' for ◇ measures). */
  spcSignal: string;
  /** Whether the target lies within the natural process limits (the process can hit it without change). */
  targetWithinLimits?: boolean;
  englandText?: string;
  neighboursText?: string;
  series: SeriesPoint[];
  /** XmR lines over the same months as `series` (null where not computed). */
  spc?: { mean: number; upper: number; lower: number; signalDates: string[] };
  /** Target value and trajectory points for the chart. */
  target?: { value: number; date: string; trajectory: Array<{ date: string; value: number }> };
  /** A sentence describing the chart for screen readers and the DOCX alt text. */
  chartDescription: string;
  /** Plain-English definition (appendix). */
  definition: string;
  source: string;
}

/** One action of a priority area. */
export interface ReportAction {
  reference: string;
  title: string;
  lead: string;
  /** Owner name (omitted in the public version). */
  owner?: string;
  startDate?: string;
  dueDate: string;
  statusText: string;
  rag: RagLabel;
  /** First reason for the rating, e.g. "Overdue by 5 days". */
  ragReason: string;
  latestUpdate?: { date: string; text: string; author?: string };
  successMeasures?: string;
  overdue: boolean;
}

/** An exception the committee or board should see. */
export interface ReportException {
  kind: 'overdue' | 'off-track' | 'at-risk' | 'measure-concern' | 'measure-red';
  reference: string;
  text: string;
  /** What is being done (owner commentary or latest update). */
  response?: string;
}

/** A priority area with its findings, actions, measures and exceptions. */
export interface ReportArea {
  reference: string;
  title: string;
  lead: string;
  outcome: string;
  findings: Array<{ number: number; text: string }>;
  actions: ReportAction[];
  measures: ReportMeasure[];
  exceptions: ReportException[];
}

/** Everything a report shows. */
export interface ReportModel {
  kind: ReportKind;
  /** e.g. "Improvement plan progress report". */
  title: string;
  subtitle?: string;
  authority: { name: string; shortName: string };
  meeting?: { committee: string; date: string };
  plan: { title: string; statusText: string; versionLabel: string; accountableOfficer: string };
  /** When the data the report shows were frozen. */
  dataAsAt: string;
  generatedAt: string;
  generatedBy: string;
  inspection: {
    typeText: string;
    onSiteText: string;
    publishedText?: string;
    judgements: Array<{ area: string; grade: string }>;
    summary?: string;
  };
  deadlines: Array<{ label: string; dueDate: string; remainingText: string }>;
  summary: {
    actions: { total: number; green: number; amber: number; red: number; complete: number; overdue: number };
    measures: { total: number; green: number; amber: number; red: number; grey: number; none: number };
    /** Short paragraphs, e.g. the overall position. */
    paragraphs: string[];
  };
  areas: ReportArea[];
  /** Committee recommendations and responses (scrutiny report). */
  recommendations?: Array<{ committee: string; meetingDate: string; text: string; response: string; status: string }>;
  /** Measure definitions for the appendix (unique by id). */
  appendix: Array<{ id: string; title: string; definition: string; source: string; polarity: string }>;
  /** Public version: a note on what has been left out (names, small numbers). */
  publicNote?: string;
}
