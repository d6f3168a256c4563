import { daysBetween, type IsoDate, type WorkingDayCalendar } from '@waypoint/calendar';
import type { InspectionType } from '@waypoint/contracts';

/** A statutory or Ofsted deadline that follows an inspection. */
export interface StatutoryDeadline {
  id: 'early-draft' | 'publish-report' | 'submit-plan';
  label: string;
  basis: string;
  workingDays: number;
  anchor: IsoDate;
  dueDate: IsoDate;
  /** Working days from today to the deadline (negative once passed). */
  workingDaysRemaining: number;
  calendarDaysRemaining: number;
  state: 'upcoming' | 'due-today' | 'passed';
}

/** What deadlines are counted from. */
export interface DeadlineInput {
  type: InspectionType;
  reportReceived: IsoDate | null;
  hasPriorityActions: boolean;
  /** A user-chosen date to count from instead of the report's receipt (recorded with a reason). */
  anchorOverride?: IsoDate | null;
}

const RULES: ReadonlyArray<{
  id: StatutoryDeadline['id'];
  label: string;
  basis: string;
  workingDays: number;
  applies: (input: DeadlineInput) => boolean;
}> = [
  {
    id: 'early-draft',
    label: 'Send Ofsted an early draft of the plan',
    basis:
      'Ofsted asks for an early draft within 20 working days after a focused visit with areas for priority action.',
    workingDays: 20,
    applies: (i) => i.type === 'focused-visit' && i.hasPriorityActions,
  },
  {
    id: 'publish-report',
    label: 'Publish the inspection report',
    basis:
      'The Education and Inspections Act 2006 (Inspection of Local Authorities) Regulations 2007: publish within 30 working days of receiving the report.',
    workingDays: 30,
    applies: (i) => i.type === 'ilacs-standard' || i.type === 'ilacs-short' || i.type === 'jtai',
  },
  {
    id: 'submit-plan',
    label: 'Submit the improvement plan (written statement) to Ofsted',
    basis:
      'Education and Inspections Act 2006 s.137: a written statement of proposed action; Ofsted expects it within 70 working days of receiving the report or letter.',
    workingDays: 70,
    applies: (i) => i.type !== 'focused-visit' || i.hasPriorityActions,
  },
];

/**
 * The deadlines that follow an inspection, counted in England and Wales working days from the day the report
 * was received (day 0), with working and calendar days remaining from today. Empty until the report is received.
 */
export function statutoryDeadlines(
  input: DeadlineInput,
  calendar: WorkingDayCalendar,
  today: IsoDate,
): StatutoryDeadline[] {
  const anchor = input.anchorOverride ?? input.reportReceived;
  if (!anchor) return [];
  return RULES.filter((r) => r.applies(input)).map((r) => {
    const dueDate = calendar.addWorkingDays(anchor, r.workingDays);
    const calendarDaysRemaining = daysBetween(today, dueDate);
    return {
      id: r.id,
      label: r.label,
      basis: r.basis,
      workingDays: r.workingDays,
      anchor,
      dueDate,
      workingDaysRemaining: calendar.elapsedWorkingDays(today, dueDate),
      calendarDaysRemaining,
      state: calendarDaysRemaining > 0 ? 'upcoming' : calendarDaysRemaining === 0 ? 'due-today' : 'passed',
    };
  });
}
