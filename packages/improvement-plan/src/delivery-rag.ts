import { daysBetween, formatLongDate, type IsoDate } from '@waypoint/calendar';
import type { ActionStatus, DeliveryRag, OverrideRag } from '@waypoint/contracts';

/** What the delivery RAG of an action is worked out from. */
export interface DeliveryRagInput {
  status: ActionStatus;
  startDate: IsoDate | null;
  dueDate: IsoDate;
  percentComplete: number;
  /** Date of the latest progress update, if any. */
  lastUpdateDate: IsoDate | null;
  milestones: ReadonlyArray<{ title: string; dueDate: IsoDate; completedOn: IsoDate | null }>;
  override: { rag: OverrideRag; reason: string } | null;
}

/** The RAG shown for an action, with the computed one kept beside any manual override. */
export interface DeliveryRagResult {
  rag: DeliveryRag;
  computed: DeliveryRag;
  overridden: boolean;
  /** Plain-English reasons, most important first ("Overdue by 5 days"). */
  reasons: string[];
}

/** Thresholds used by {@link deliveryRag}; exported so the rules can be shown to users. */
export const DELIVERY_RAG_RULES = {
  /** Progress this many points behind the straight line from start to due date is "at risk". */
  amberBehindPoints: 20,
  /** …and this many points behind is "off track". */
  redBehindPoints: 40,
  /** An action in progress with no update for this many days is "at risk". */
  staleAfterDays: 28,
} as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Computes an action's delivery RAG on a date: complete/closed by status; red when overdue or far behind
 * the expected progress; amber when a milestone is overdue, it has not started on time, it is behind, or
 * updates have gone stale; green otherwise. A manual override (which must carry a reason) replaces the
 * computed colour but never hides it.
 */
export function deliveryRag(input: DeliveryRagInput, today: IsoDate): DeliveryRagResult {
  const computed = computeRag(input, today);
  if (input.override && computed.rag !== 'complete' && computed.rag !== 'closed') {
    return {
      rag: input.override.rag,
      computed: computed.rag,
      overridden: true,
      reasons: [`Set by hand: ${input.override.reason}`, ...computed.reasons],
    };
  }
  return { rag: computed.rag, computed: computed.rag, overridden: false, reasons: computed.reasons };
}

function computeRag(input: DeliveryRagInput, today: IsoDate): { rag: DeliveryRag; reasons: string[] } {
  if (input.status === 'complete') return { rag: 'complete', reasons: ['Complete'] };
  if (input.status === 'closed-superseded') return { rag: 'closed', reasons: ['Closed or superseded'] };

  const red: string[] = [];
  const amber: string[] = [];

  const overdueDays = daysBetween(input.dueDate, today);
  if (overdueDays > 0) red.push(`Overdue by ${plural(overdueDays, 'day')} (due ${formatLongDate(input.dueDate)})`);

  for (const m of input.milestones) {
    if (!m.completedOn && m.dueDate < today) amber.push(`Milestone “${m.title}” was due ${formatLongDate(m.dueDate)}`);
  }

  if (input.status === 'not-started' && input.startDate && input.startDate < today) {
    amber.push(`Not started; it was due to start on ${formatLongDate(input.startDate)}`);
  }

  if (input.startDate && overdueDays <= 0) {
    const total = daysBetween(input.startDate, input.dueDate);
    const elapsed = daysBetween(input.startDate, today);
    if (total > 0 && elapsed > 0) {
      const expected = Math.min(100, Math.round((elapsed / total) * 100));
      const behind = expected - input.percentComplete;
      const text = `${input.percentComplete}% complete against ${expected}% expected by now`;
      if (behind >= DELIVERY_RAG_RULES.redBehindPoints) red.push(text);
      else if (behind >= DELIVERY_RAG_RULES.amberBehindPoints) amber.push(text);
    }
  }

  if (input.status === 'in-progress') {
    const since = input.lastUpdateDate ? daysBetween(input.lastUpdateDate, today) : null;
    if (since === null) amber.push('No progress update recorded');
    else if (since > DELIVERY_RAG_RULES.staleAfterDays) amber.push(`No progress update for ${plural(since, 'day')}`);
  }

  if (red.length > 0) return { rag: 'red', reasons: [...red, ...amber] };
  if (amber.length > 0) return { rag: 'amber', reasons: amber };
  return { rag: 'green', reasons: ['On track against its dates and milestones'] };
}
