import type { MeasureRag, RagLabel, ReportException } from '../../report-model.ts';
import type { Tone } from '../blocks.ts';

/** Tag colour of each delivery RAG key. */
export const DELIVERY_TONES: Record<RagLabel['key'], Tone> = {
  green: 'green',
  amber: 'amber',
  red: 'red',
  complete: 'blue',
  closed: 'grey',
};

/** Tag colour of each measure RAG key (◇ measures have no rating colour). */
export const MEASURE_TONES: Record<MeasureRag['key'], Tone> = {
  green: 'green',
  amber: 'amber',
  red: 'red',
  grey: 'grey',
  none: 'plain',
};

/** Rows of the delivery summary table: the count's key, its words and its tag colour. */
export const DELIVERY_COUNT_ROWS: ReadonlyArray<{
  key: 'green' | 'amber' | 'red' | 'complete' | 'overdue';
  label: string;
  tone: Tone;
}> = [
  { key: 'green', label: 'Green: on track', tone: 'green' },
  { key: 'amber', label: 'Amber: at risk', tone: 'amber' },
  { key: 'red', label: 'Red: off track', tone: 'red' },
  { key: 'complete', label: 'Complete', tone: 'blue' },
  { key: 'overdue', label: 'Overdue (past due date, not complete)', tone: 'red' },
];

/** Rows of the measure summary table. */
export const MEASURE_COUNT_ROWS: ReadonlyArray<{ key: MeasureRag['key']; label: string; tone: Tone }> = [
  { key: 'green', label: 'Green: meeting the trajectory', tone: 'green' },
  { key: 'amber', label: 'Amber: within tolerance, or off trajectory but improving', tone: 'amber' },
  { key: 'red', label: 'Red: off trajectory and not improving', tone: 'red' },
  { key: 'grey', label: 'Grey: data missing or out of date', tone: 'grey' },
  { key: 'none', label: 'Not rated (context measure)', tone: 'plain' },
];

/** Words for each kind of exception. */
export const EXCEPTION_LABELS: Record<ReportException['kind'], string> = {
  overdue: 'Overdue action',
  'off-track': 'Action off track',
  'at-risk': 'Action at risk',
  'measure-red': 'Measure rated red',
  'measure-concern': 'Measure with a concerning special-cause signal',
};

/** Order in which exception kinds are counted and listed. */
export const EXCEPTION_ORDER: ReadonlyArray<ReportException['kind']> = [
  'overdue',
  'off-track',
  'at-risk',
  'measure-red',
  'measure-concern',
];
